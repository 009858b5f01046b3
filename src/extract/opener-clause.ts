/**
 * A sentence that opens with a non-finite clause: "After receiving Y, he said ...", "Speaking after
 * his talks with Y, she noted ...", "Before meeting Y next week, X will visit ...". News English leaves
 * the subject of such a clause out: it is the subject of the main clause that follows the comma. So the
 * people named inside the opener are what its verb acts on, never the main clause's subject.
 */

// An opening participle or gerund, bare or after a subordinator ("after", "while", "upon", "having"),
// with at least one word after it, closed by the comma before the main clause. A word after the
// participle keeps a place name ending in "-ing" ("Beijing, he said") out.
const OPENER = /^(?:(?:after|before|while|when|upon|on)\s+)?(?:having\s+\p{L}+|\p{L}+ing)\s+\S.*\s,$/iu;

/** Whether `before`, the text (tokens joined by spaces) of a sentence up to a word, is a non-finite opener ending in a comma. */
export function isNonFiniteOpener(before: string): boolean {
  return OPENER.test(before.trim());
}

// The main clause's own verb after its subject says the future: "..., X will visit", "..., X is to
// meet". Only right after the subject: a "will" inside reported words ("X said the sides will") is
// no plan of the encounter the opener tells.
const FUTURE_MAIN_CLAUSE =
  /^[^,]*,(?: @m\d+)+ (?:also |then |later )?(?:will|shall|is to|are to|is set to|is due to|is expected to|plans to)\b/;

/**
 * Whether a sentence skeleton (mentions written "@mN") opens with a non-finite clause whose main clause
 * is told in the future: "Before meeting @m0 , @m1 will lay a wreath" (the encounter is still to come).
 */
export function futureAfterOpener(sk: string): boolean {
  return (
    FUTURE_MAIN_CLAUSE.test(sk) && isNonFiniteOpener(sk.slice(0, sk.indexOf(",") + 1).replace(/@m\d+/g, "X"))
  );
}
