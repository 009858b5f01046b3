/**
 * "Kuwaiti MP A, B, C and D", "Polish senator A, B and C": agency English often writes one seat title
 * of a country before a list of several members of that country's parliament, in the singular. Each
 * name of the list that has no title of its own holds that seat.
 */
import { honorificStart } from "./honorifics.ts";
import type { RoleSpan } from "./roles.ts";
import type { Token } from "./text.ts";

// The last word of a seat title: a member of a parliament, not an office only one person holds
// ("Kuwaiti Ambassador A, B and C" lists the ambassador and two others).
const SEAT_WORD =
  /^(?:MP|MEP|deputy|senator|lawmaker|legislator|parliamentarian|congressman|congresswoman)$/i;

/**
 * The seat title a list gives the name at `nameFrom`: `listHead` is the country-led title of the
 * list's first name, `lastTo` where the previous name ended. Only "," , "and" or ", and" may stand
 * between the previous name and this one. Undefined when the name does not go on such a list.
 */
export function seatTitleOfList(
  tokens: Token[],
  nameFrom: number,
  listHead: RoleSpan | undefined,
  lastTo: number,
): RoleSpan | undefined {
  // A seat title, or the seat in a body that colleagues.ts gives the first of "colleagues A, B and C".
  const seat =
    SEAT_WORD.test(listHead?.title.split(/\s+/).at(-1) ?? "") || /^member of /.test(listHead?.title ?? "");
  if (!listHead || !seat) return undefined;
  const start = honorificStart(tokens, nameFrom);
  const between = tokens.slice(lastTo, start).map((t) => t.key);
  const joined = between.length === 1 ? /^(?:,|and)$/.test(between[0] ?? "") : between.join(" ") === ", and";
  return joined ? { ...listHead, from: start, to: start } : undefined;
}
