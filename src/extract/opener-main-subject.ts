/**
 * The main clause's subject after a non-finite opener that ends in a name: "Talking to the Ambassador
 * of Ostria Mrs. X, the Speaker said ...", "While talking to X, the Chairman noted ...". The role phrase
 * after the opener's comma runs straight into its verb: it is who speaks, not an apposition of X (an
 * apposition is closed by a second comma: "Meeting X, the Speaker of Y, Z said").
 */
import { isNonFiniteOpener } from "./opener-clause.ts";
import type { RoleSpan } from "./roles.ts";
import type { Token } from "./text.ts";

// A word that may stand right after a role phrase inside the name's apposition: a comma or a bracket
// goes on with it, "and" joins a further title.
const APPOSITION_GOES_ON = /^(?:,|\(|\)|and|—|–|-)$/;

// "Earlier, after a meeting with X, the Speaker said": an adverb and its comma before the opener.
const LEADING_ADVERB = /^(?:earlier|later|meanwhile|then|also|afterwards|separately|likewise) , /i;
// An opener that frames the main clause with an encounter: "After a meeting with X,", "During his
// talks with X,", "At the meeting with X," (not "On Thursday she met with X,": a clause of its own).
const PREPOSITIONAL_OPENER =
  /^(?:after|before|during|following|at|upon|on|in) (?:(?:a|an|the|his|her|their|its) )?(?:[\p{L}-]+ ){0,2}?(?:meeting|meetings|talks|conversation|audience|negotiations|consultations) (?:with|between) [^,]*,$/iu;

/**
 * Whether the role read after the name ending at `nameTo` (its comma at `nameTo`) is instead the
 * subject of the main clause: the words up to that comma are a non-finite opener ("Talking to ...,"),
 * the role is "the" and a title right after the comma, and a lower-case word (a verb) follows it with no comma between.
 */
export function roleIsMainSubject(tokens: Token[], nameTo: number, role: RoleSpan): boolean {
  if (tokens[nameTo]?.text !== "," || tokens[role.from - 1]?.key !== "the" || role.from !== nameTo + 2)
    return false;
  const next = tokens[role.to]?.text ?? "";
  // A finite verb follows ("said", "noted"), not a participle ("the President of Y, describing ...").
  if (!/^\p{Ll}/u.test(next) || APPOSITION_GOES_ON.test(next) || /ing$/.test(next)) return false;
  const opener = tokens
    .slice(0, nameTo + 1)
    .map((t) => t.text)
    .join(" ")
    .replace(LEADING_ADVERB, "");
  // One comma only, the one after the name: "In Astana, X, the Speaker said" has a subject already.
  if (opener.indexOf(",") < opener.length - 1) return false;
  return isNonFiniteOpener(opener) || PREPOSITIONAL_OPENER.test(opener);
}
