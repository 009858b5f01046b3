/**
 * A host who speaks to a delegation just received: "A delegation led by X was received at the
 * headquarters of the Assembly. The Secretary General of the organization, Y, briefed the delegation on
 * its work." The reception names no host; the one who briefs, informs or acquaints the guests with
 * something in the sentence after it is the one they met. "The delegation" stands for its head here (the
 * mention that finders/sides.ts adds in its place), so Y met the head.
 */

import { M } from "./mention-list.ts";

// "@m0 , briefed @m1 on", "@m0 also acquainted @m1 with", "@m0 informed @m1 about".
const BRIEFED = new RegExp(
  String.raw`(?:^|[,;:] |^[^@]{0,30}? )(${M})(?: ,)? (?:also |then |later )?(?:briefed|acquainted|familiari[sz]ed|informed) (${M}) (?:on|about|with|of)\b`,
);
// The guests' reception, visit or arrival, told in the sentence before.
const RECEIVED = /\b(?:received|welcomed|hosted|greeted|visited|arrived)\b/;

/**
 * The mention numbers [host, guest] of a host who briefs a delegation in skeleton `sk`, when the
 * sentence before (`before`) tells the guests' reception or visit; `standsForDelegation(n)` tells
 * whether mention n is a delegation read as its head, and `named(n)` whether it is a person by name.
 */
export function briefedGuests(
  sk: string,
  before: string | undefined,
  standsForDelegation: (n: number) => boolean,
  named: (n: number) => boolean,
): [number, number] | undefined {
  if (!before || !RECEIVED.test(before)) return undefined;
  const m = BRIEFED.exec(sk);
  const host = Number(m?.[1]?.slice(2));
  const guest = Number(m?.[2]?.slice(2));
  if (!m || !named(host) || !standsForDelegation(guest)) return undefined;
  return [host, guest];
}
