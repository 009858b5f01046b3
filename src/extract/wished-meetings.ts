/**
 * Meetings only wished for or offered: "expressed readiness to hold a joint meeting with the group
 * headed by X", "proposed to hold talks with Y", "invited the deputies to hold a meeting with Z". The
 * bare "hold" after such words is the content of a wish, neither held nor arranged; so is a passive
 * "to be received / hosted / welcomed by Y" after them ("said he hoped to be hosted by Y next year").
 */

// A wish, an offer or a proposal, then "to" (maybe with a few words between: "readiness of the group to").
const WISH_BEFORE =
  /\b(?:readiness|ready|willingness|willing|interest|interested|desire|wish|wishes|wished|hope|hopes|hoped|proposed|proposes|suggested|suggests|offered|offers|invited|invites|urged|urges)\b(?: [^@.;]{0,40}?)? to$/;

/**
 * Whether the verb of a meeting match (`verb`, as the finders' skeleton writes it) is a bare "hold ..."
 * whose words before (`before`, the skeleton up to the verb) make it a wish or an offer.
 */
export function wishedNotHeld(before: string, verb: string): boolean {
  if (/^hold\b/.test(verb)) return WISH_BEFORE.test(before.trimEnd());
  // "hoped to be hosted by Y", "is interested to be received by Y": the passive of a wish.
  const passive = /^(?:received|hosted|welcomed)$/.test(verb) && /(?:^| )to be$/.test(before.trimEnd());
  return passive && WISH_BEFORE.test(before.trimEnd().replace(/ be$/, ""));
}
