/**
 * "met A and B of the Foreign Affairs Committee", "talks with A, B and C of the Ostrian Senate": an "of"
 * phrase written straight after a list of bare names (no comma, no title) says which body they all sit
 * in. Each name of the list is a member of it: one phrase, one body, shared by the whole list.
 */
import type { Found } from "./gazetteer.ts";
import { countryIn, joinWords, nameRuns, type RoleSpan } from "./roles.ts";
import { isCapitalized, type Token } from "./text.ts";

// The last word of a body's name: a committee, a chamber, a group of members. ("A and B of Ostria" names
// a country, and "A and B of the ruling party" a party: neither is a seat at one table.)
const BODY_HEAD =
  /^(?:committee|commission|subcommittee|group|caucus|faction|parliament|assembly|council|senate|house|chamber|congress|bundestag|bundesrat|duma|majilis|mazhilis|majlis|seimas|sejm|rada|knesset|khural|hural|storting|riksdag|folketing|eduskunta|althing|delegation)$/i;
// Lower-case words that may stand inside a body's name ("Committee on Legal Affairs and Consumer
// Protection", "House of Representatives").
const INSIDE_NAME = /^(?:of|the|on|for|and|in|to)$/;
// Words that may follow a body's name without belonging to it: a preposition, a conjunction, a time, a
// relative pronoun, a verb's adverb.
const AFTER_BODY =
  /^(?:on|in|at|during|over|for|to|from|with|as|about|after|before|and|or|but|while|when|who|whom|which|that|yesterday|today|tonight|last|this|earlier|later|also|then|respectively|separately|together)$/;
// A day or a month is never a word of a body's name: "of the Foreign Affairs Committee on Monday" ends
// before "on Monday", though "on" may stand inside a name ("Committee on Legal Affairs").
const DAY_OR_MONTH =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
// How many tokens the "of" phrase may run.
const MAX_PHRASE = 14;

/**
 * The role "member of the <body>" of each name of a list (token spans, in order) that an "of" phrase
 * naming a body follows right after its last name, by the name's index. Only lists of two or more names
 * joined by ",", "and" or ", and", with no role of their own in between.
 */
export function membersOfAfterList(
  tokens: Token[],
  found: Found[],
  spans: readonly { from: number; to: number }[],
): Map<number, RoleSpan> {
  const out = new Map<number, RoleSpan>();
  for (const [runFrom, j] of nameRuns(tokens, spans)) {
    const span = spans[j] as { from: number; to: number };
    if (j - runFrom < 1 || tokens[span.to]?.key !== "of") continue;
    const role = bodyPhrase(tokens, found, span.to);
    if (role) for (let x = runFrom; x <= j; x++) out.set(x, role);
  }
  return out;
}

/** The role "member of ..." that the "of" phrase at `of` gives, when it names a body; else undefined. */
function bodyPhrase(tokens: Token[], found: Found[], of: number): RoleSpan | undefined {
  let end = of + 1;
  let head = -1;
  while (end < tokens.length && end < of + MAX_PHRASE) {
    const t = tokens[end] as Token;
    if (DAY_OR_MONTH.test(t.key)) break;
    if (isCapitalized(t.text) || /^[A-Z]{2,}$/.test(t.text)) {
      if (BODY_HEAD.test(t.text)) head = end;
    } else if (!INSIDE_NAME.test(t.key)) break;
    end++;
  }
  // The phrase ends at its last capitalised word ("of the EU Affairs Committee in the capital").
  while (end > of + 1 && !isCapitalized(tokens[end - 1]?.text ?? "")) end--;
  // A lower-case noun right after it makes the name a modifier ("of the Assembly secretariat": staff,
  // not members).
  const next = tokens[end];
  if (next && /^\p{Ll}/u.test(next.text) && !AFTER_BODY.test(next.key)) return undefined;
  // A known body only where it is the phrase's head ("of the Ostrian Senate"), not a word of a longer
  // name ("of the EU Affairs Committee" sits in a parliament, not in the EU).
  const known = found.find(
    (f) => f.from > of && f.to === end && (f.entry.kind === "body" || f.entry.kind === "org"),
  );
  if (head < 0 && !known) return undefined;
  // Two countries in the phrase ("of the parliaments of A and B") give each name its own.
  const countries = new Set(
    found.filter((f) => f.from > of && f.to <= end && f.entry.kind === "country").map((f) => f.entry.name),
  );
  if (countries.size > 1) return undefined;
  return {
    from: of,
    to: end,
    title: `member ${joinWords(tokens, of, end)}`,
    ...(known ? { body: known.entry.name } : {}),
    ...countryIn(of, end, found),
    counterpart: false,
  };
}
