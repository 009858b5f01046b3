/**
 * Meetings only wished for or offered: "expressed readiness to hold a joint meeting with the group
 * headed by X", "proposed to hold talks with Y", "invited the deputies to hold a meeting with Z". The
 * bare "hold" after such words is the content of a wish, neither held nor arranged.
 */

// A wish, an offer or a proposal, then "to" (maybe with a few words between: "readiness of the group to").
const WISH_BEFORE =
  /\b(?:readiness|ready|willingness|willing|interest|interested|desire|wish|wishes|wished|hope|hopes|hoped|proposed|proposes|suggested|suggests|offered|offers|invited|invites|urged|urges)\b(?: [^@.;]{0,40}?)? to$/;

/**
 * Whether the verb of a meeting match (`verb`, as the finders' skeleton writes it) is a bare "hold ..."
 * whose words before (`before`, the skeleton up to the verb) make it a wish or an offer.
 */
export function wishedNotHeld(before: string, verb: string): boolean {
  return /^hold\b/.test(verb) && WISH_BEFORE.test(before.trimEnd());
}
