/**
 * "Which country's officials did X meet?", "officials of which countries met X?", "which country did X
 * meet?", "which country was X's counterpart from?": one line per country,
 * naming whom of it X met, newest first. A list of counterparts would leave the country unsaid where a
 * role already implies it ("Speaker of the Korean National Assembly") and page away the older ones.
 */
import type { Person } from "../../facts/types.ts";
import { tokenize } from "../../text/normalize.ts";
import { stem } from "../../text/stem.ts";
import type { QuestionParse } from "../parse.ts";
import { Reply } from "../reply.ts";
import { selectMeetings } from "../select.ts";
import { type ComposeContext, countryName, personCountry, personName, unmatchedNotice } from "./context.ts";
import { describeByNewestRole } from "./newest-role.ts";
import { knownWithoutMeetings } from "./roles.ts";
import { whoMet } from "./who-met.ts";

// The people a question may ask the country of: officials, speakers, guests and the like.
const WHICH_COUNTRY =
  /\b(which|what) countr(y|ies)(['’]s?|s['’])?\s+(\S+\s+){0,2}?(officials?|speakers?|chair\w*|guests?|counterparts?|delegat\w*|leaders?|heads?|parliamentarians?|lawmakers?|legislators?|representatives?|ministers?|ambassadors?|presidents?|people|members?|diplomats?|envoys?)\b|\b(officials?|speakers?|guests?|counterparts?|delegat\w*|leaders?|people|parliamentarians?|lawmakers?) (of|from) (which|what) countr(y|ies)\b|\b(which|what) (countr(y|ies)|nations?) (did|has|have|had) \S+(\s+\S+){0,3}?\s+(meet|met|talk(ed)?|h[oe]ld talks|receive[sd]?|host(s|ed)?)\b(?!\s+(in|at)\s*[?.!]*$)|\b(with|from) (which|what) (countries|nations)\b|\b(which|what) countr(y|ies) (is|was|were|are|did|does|do) \S+(\s+\S+){0,3}?['’]s? (counterparts?|guests?|hosts?|interlocutors?|visitors?)\b/i;

/** Whether a question asks which countries the people someone met are from. */
export function asksWhichCountries(question: string): boolean {
  return WHICH_COUNTRY.test(question);
}

interface CountryLine {
  code: string;
  people: string[];
  /** Unnamed sides of that country ("the delegation of the Majilis"). */
  sides: string[];
  articles: string[];
}

/**
 * The question without the words that ask for the countries ("country", "officials"): they say what
 * kind of answer is wanted, and would otherwise narrow the meetings to those whose words have them
 * ("official visit").
 */
function withoutAskingWords(q: QuestionParse): QuestionParse {
  const asking = WHICH_COUNTRY.exec(q.question)?.[0] ?? "";
  const stems = new Set(tokenize(asking).folded.map(stem));
  return { ...q, keywords: q.keywords.filter((k) => !stems.has(k)) };
}

/** Answers "which country's officials did X meet?" for the first person the question names. */
export function whichCountries(ctx: ComposeContext, asked: QuestionParse): Reply {
  const q = withoutAskingWords(asked);
  const selection = selectMeetings(ctx.index, q, ctx.countries);
  const subject = new Set(q.people.flatMap((p) => p.ids));
  const first = ctx.index.people.get(q.people[0]?.ids[0] as string) as Person;
  if (selection.meetings.length === 0) return knownWithoutMeetings(ctx, first);
  const own = ctx.countries.code(first.country);
  const lines = new Map<string, CountryLine>();
  const lineOf = (code: string) => {
    let line = lines.get(code);
    if (!line) {
      line = { code, people: [], sides: [], articles: [] };
      lines.set(code, line);
    }
    return line;
  };
  // Newest first (the selection's order), so each country's line comes where its latest meeting is.
  for (const m of selection.meetings) {
    const others = m.participants.filter((id) => !subject.has(id));
    for (const id of others) {
      const code = personCountry(ctx, id, m.articleId);
      if (!code || code === own) continue;
      const line = lineOf(code);
      if (!line.people.includes(id)) line.people.push(id);
      if (!line.articles.includes(m.articleId)) line.articles.push(m.articleId);
    }
    if (others.length) continue;
    for (const party of m.parties) {
      const code = ctx.countries.code(party.country);
      if (!code || code === own) continue;
      const line = lineOf(code);
      if (!line.sides.includes(party.description)) line.sides.push(party.description);
      if (!line.articles.includes(m.articleId)) line.articles.push(m.articleId);
    }
  }
  const about = describeByNewestRole(ctx, first, selection.meetings);
  const reply = new Reply().setHeader(
    ctx.words.met(`${first.name}${about ? `, ${about},` : ""}`, "", first.name),
  );
  for (const line of lines.values()) {
    const country = countryName(ctx, line.code);
    const named = line.people.map((id) => personName(ctx, id));
    // A line past the first page is only named under it ("…and 3 more: Poland, …").
    reply.addLazy(
      () => ({
        articleIds: line.articles.slice(0, 3),
        segments: [{ bold: country }, `: ${[...named, ...line.sides].join(", ")}`],
      }),
      country,
    );
  }
  // No counterpart's country is known: the plain list of whom they met says what there is.
  if (!reply.lines.length) return whoMet(ctx, q, selection);
  unmatchedNotice(reply, ctx, q, selection);
  return reply;
}
