/**
 * "who is the Speaker of the Majilis?": the person whose role fits the office asked about, as the
 * newest article that gives it says.
 */
import type { Person, Role } from "../../facts/types.ts";
import { fold, words } from "../../text/normalize.ts";
import { stem } from "../../text/stem.ts";
import { roleText } from "../format.ts";
import type { QuestionParse } from "../parse.ts";
import { Reply } from "../reply.ts";
import type { Selection } from "../select.ts";
import { type ComposeContext, withCountry } from "./context.ts";

// The titles of whoever leads a body: a question's "Speaker" may be an article's "Chairman".
const LEADER = /\b(speaker|chairman|chairwoman|chairperson|chair|president|head|marshal)\b/;
const DEPUTY = /\b(deputy|vice)\b/;

/** Whether a question asks who holds an office ("who is the Speaker of the Senate?"). */
export function asksForOffice(q: QuestionParse): boolean {
  return !q.people.length && LEADER.test(q.question.toLowerCase());
}

/** Answers "who is the Speaker / Chairman of a body?" with the holder in the newest article. */
export function officeHolder(ctx: ComposeContext, q: QuestionParse, _selection: Selection): Reply {
  const asked = q.question.toLowerCase();
  const deputy = DEPUTY.test(asked);
  const bodyWords = [...q.keywords, ...q.countryKeywords];
  let best: { person: Person; role: Role; score: number; published: string } | undefined;
  for (const person of ctx.index.people.values())
    for (const role of person.roles) {
      const title = fold(`${role.title} ${role.body ?? ""}`);
      if (!LEADER.test(title) || DEPUTY.test(title) !== deputy) continue;
      const stems = new Set(words(title).map(stem));
      let score = bodyWords.filter((k) => stems.has(k)).length * 2;
      const country = ctx.countries.code(role.country ?? person.country);
      if (country && q.countries.includes(country)) score += 1;
      if (score === 0 || score < bodyWords.length) continue;
      const published = ctx.index.articles.get(role.articleId)?.published ?? "";
      if (!best || score > best.score || (score === best.score && published > best.published))
        best = { person, role, score, published };
    }
  const office = q.question
    .replace(/^\s*(who|whom)\s+(is|was|'s)\s+(the\s+)?(current\s+)?/i, "")
    .replace(/[?.!\s]+$/, "");
  if (!best) return new Reply().setHeader(ctx.words.noHolder(office));
  const { person, role, published } = best;
  return new Reply()
    .setHeader(ctx.words.holderOf(office.charAt(0).toUpperCase() + office.slice(1)))
    .add(
      [role.articleId],
      { bold: person.name },
      `, ${withCountry(ctx, roleText(role), role.country ?? person.country)}`,
      published ? ` — ${ctx.words.asOf(ctx.words.date(published))}` : "",
    );
}
