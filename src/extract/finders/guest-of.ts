/**
 * A visitor told as someone's guest: "X was the guest of Y", "X and his spouse were the guests of Y at
 * a working dinner", "X was a guest at the residence of Y", "X was a guest at Y's official residence".
 * The host received the guest, so they met; no verb of meeting stands between them.
 */

import { M } from "./mention-list.ts";
import type { VerblessMatch } from "./verbless.ts";

// The guest noun: plain words, or a mention of their own when the role finder took "the guest" as one.
const GUEST = String.raw`(?:(?:the |a |an )?(?:honou?red |special |distinguished )?guests?|(${M}))`;

// Where the host is named: "of Y", "at the residence of Y", "at Y's residence".
const HOST = String.raw`(?:of (?:the )?(${M})(?! 's)|at (?:the )?(?:[\w-]+ )?(?:residence|home|house|palace|dacha) of (?:the )?(${M})|at (${M}) 's (?:[\w-]+ )?(?:residence|home|house|palace|dacha))`;

// "@m0 (, aside ,)( and his spouse) was/were (also) the guest(s) of @m1".
const GUEST_OF = new RegExp(
  String.raw`(?:^|[,;] )(?:[^@]{0,40}? )?(${M})(?: , [^@]{1,60}? ,)?(?: and (?:his|her) (?:spouse|wife|husband|delegation))? (?:was|were) (?:also |then |later )?${GUEST} ${HOST}`,
);

const GUEST_WORDS = /^(?:the |a |an )?(?:honou?red |special |distinguished )?guests?$/;

/**
 * The meeting of a guest and their host a sentence's skeleton tells ("X was the guest of Y");
 * `wordsOf(n)` gives mention n's words, to know a mention that is only the word "guest".
 */
export function guestOfHost(sk: string, wordsOf: (n: number) => string): VerblessMatch[] {
  const m = GUEST_OF.exec(sk);
  if (!m) return [];
  const n = (at: string | undefined) => (at === undefined ? undefined : Number(at.slice(2)));
  const [guest, noun, host] = [n(m[1]), n(m[2]), n(m[3] ?? m[4] ?? m[5])];
  if (guest === undefined || host === undefined) return [];
  if (noun !== undefined && !GUEST_WORDS.test(wordsOf(noun))) return [];
  return [{ finder: "guest-of", subjects: [host], objects: [guest] }];
}
