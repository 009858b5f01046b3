/**
 * "who is the Speaker of the Majilis?", "who is the X secretary general?": the person whose role fits
 * the office asked about, as the newest article that gives it says.
 */
import type { Person, Role } from "../../facts/types.ts";
import { fold, words } from "../../text/normalize.ts";
import { stem } from "../../text/stem.ts";
import { roleText } from "../format.ts";
import type { QuestionParse } from "../parse.ts";
import { Reply } from "../reply.ts";
import type { Selection } from "../select.ts";
import { type ComposeContext, withCountry } from "./context.ts";
import { addQuotes, quoteFor } from "./quoting.ts";

// The titles of whoever leads a body: a question's "Speaker" may be an article's "Chairman".
const LEADER =
  /\b(speaker|chairman|chairwoman|chairperson|chair|president|head|marshal|heads|chairs|leads)\b/;
const DEPUTY = /\b(deputy|vice)\b/;
// The post that runs a body's secretariat ("TURKPA Secretary General"): an office with one holder too,
// asked for by its own title, since it is no leader's ("the Speaker" is never its holder).
const SECRETARY_GENERAL = /\bsecretar(y|ies)[\s-]+generals?\b/;

// "who heads the X group?", "which MP chairs the X league?": who leads a body, asked with a verb.
const LEADS =
  /^\s*(who|which\s+(\S+\s+){0,2}?(mp|official|deputy|member|senator|person|politician|lawmaker|parliamentarian)s?)\s+(currently\s+|now\s+)?(heads|chairs|leads)\s+(?=(the|a|an)\b)/i;

/** Whether a question asks who holds an office ("who is the Speaker of the Senate?"). */
export function asksForOffice(q: QuestionParse): boolean {
  const asked = q.question.toLowerCase();
  return !q.people.length && (LEADER.test(asked) || SECRETARY_GENERAL.test(asked));
}

/** Whether a question asks who leads a body with a verb ("who heads the X group?"), naming no one. */
export function asksWhoLeads(q: QuestionParse): boolean {
  return !q.people.length && LEADS.test(q.question);
}

// The office a question asks about, in the words of a title: "Speaker of the Senate", "Head of the X".
function officeAsked(question: string): string {
  const office = question
    .replace(/^\s*(who|whom)\s+(is|was|'s)\s+(the\s+)?(current\s+)?/i, "")
    .replace(LEADS, (...m) => `${/chairs/i.test(m[5] as string) ? "chair" : "head"} of `)
    .replace(/[?.!\s]+$/, "")
    // Where the reader saw the title is no part of it: "the X secretary general mentioned in the report".
    .replace(/\s+(mentioned|named|cited|quoted|reported)\s+(in|by)\b.*$/i, "");
  return office.charAt(0).toUpperCase() + office.slice(1);
}

/** Answers "who is the Speaker / Chairman of a body?" with the holder in the newest article. */
export function officeHolder(ctx: ComposeContext, q: QuestionParse, _selection: Selection): Reply {
  const asked = q.question.toLowerCase();
  const deputy = DEPUTY.test(asked);
  const post = SECRETARY_GENERAL.test(asked) ? SECRETARY_GENERAL : LEADER;
  const bodyWords = [...q.keywords, ...q.countryKeywords];
  const askedPairs = wordPairs(words(fold(q.question)));
  let best: { person: Person; role: Role; score: number; order: number; published: string } | undefined;
  for (const person of ctx.index.people.values())
    for (const role of person.roles) {
      const title = fold(`${role.title} ${role.body ?? ""}`);
      if (!post.test(title) || DEPUTY.test(title) !== deputy) continue;
      const titleWords = words(title);
      const stems = new Set(titleWords.map(stem));
      let score = bodyWords.filter((k) => stems.has(k)).length * 2;
      const country = ctx.countries.code(role.country ?? person.country);
      const ofCountry = country !== undefined && q.countries.includes(country);
      if (ofCountry) score += 1;
      // A country the question names is the body's ("the Kazakh Senate") or in its name ("the
      // Mongolia-Britain group"): an office of another country's body is not the one asked about.
      if (q.countries.length && !ofCountry && !q.countryKeywords.some((k) => stems.has(k))) continue;
      if (score === 0 || score < bodyWords.length) continue;
      // Alike on words and date (one report), the title that has the question's words in their order
      // ("Japan-Cuba League of Friendship", not "Cuba-Japan Friendship League") names the body asked about.
      const order = [...wordPairs(titleWords)].filter((pair) => askedPairs.has(pair)).length;
      const published = ctx.index.articles.get(role.articleId)?.published ?? "";
      if (
        !best ||
        score > best.score ||
        (score === best.score &&
          (published > best.published || (published === best.published && order > best.order)))
      )
        best = { person, role, score, order, published };
    }
  const office = officeAsked(q.question);
  if (!best) {
    // No role records the office: a sentence may still name its holder ("the group, headed by X, …").
    // A country the question names must be in it: the Latvian group's head is not the Estonian one's.
    const quotes = quoteFor(ctx, q, { meetings: [], unmatched: [] }, 0.5, 1, true).filter(
      (quote) => !q.countryKeywords.length || quote.matched.some((k) => q.countryKeywords.includes(k)),
    );
    return quotes.length ? addQuotes(new Reply(), quotes) : new Reply().setHeader(ctx.words.noHolder(office));
  }
  const { person, role, published } = best;
  return new Reply()
    .setHeader(ctx.words.holderOf(office))
    .add(
      [role.articleId],
      { bold: person.name },
      `, ${withCountry(ctx, roleText(role), role.country ?? person.country)}`,
      published ? ` — ${ctx.words.asOf(ctx.words.date(published))}` : "",
    );
}

// Each two neighbouring words of a text, as "first second".
function wordPairs(list: string[]): Set<string> {
  return new Set(list.slice(1).map((word, i) => `${list[i]} ${word}`));
}
