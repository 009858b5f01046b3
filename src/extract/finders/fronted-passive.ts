/**
 * A passive whose participle opens the sentence and whose guest follows the verb: "Received by the
 * Speaker were the Ambassadors of A and B", "Also received by the Speaker was X", "Welcomed to the
 * Parliament by Speaker Y was X", "Received at the Senate on Thursday was X, whom Y briefed on ...". The
 * host is the agent after "by", else the subject of a relative clause on the guest ("whom Y briefed"),
 * else left for the caller to find (the report's protagonist). Its active kin puts the hosts after the
 * verb: "On hand to greet him at the airport was Y", "Greeting him were A and B".
 */

import { M, MENTION_LIST, mentionNumbers } from "./mention-list.ts";

/** A fronted passive's host (when the sentence names one) and the mention numbers of its guests. */
export interface FrontedPassive {
  host?: number;
  guests: number[];
}

// "(also) received / welcomed / hosted / greeted (in audience) (at the Senate) (by @m0) (on Tuesday)
// was/were @m1 (and @m2)". Only a participle opening the sentence: inside one, "X was received by Y"
// is the ordinary passive the subject-verb-object finder reads.
const FRONTED = new RegExp(
  String.raw`^(?:also |later |then |first |next |earlier |separately )?(?:received|welcomed|hosted|greeted)(?: also)?(?: (?:[^@,.;]{1,40}? )??by (?:the )?(${M}))?(?: [^@,.;]{1,40}?)? (?:was|were) (?:also )?(?:the )?(?:visiting |newly appointed |new |outgoing |incoming )?(${MENTION_LIST})(?= [.,;]| (?:on|in|at|for|who|with)\b|$)`,
);

// "..., whom @m0 briefed": the relative clause's subject hosted the guest.
const WHOM_AFTER = new RegExp(String.raw`^ , whom (?:the )?(${M})`);

// "On hand to greet him at the airport was @m1", "Greeting him at the airport were @m1 and @m2",
// "Welcoming @m0 was @m1": those who greeted follow the verb; the one greeted is its object, a mention
// or a pronoun for someone the caller finds.
const ON_HAND = new RegExp(
  String.raw`^(?:also )?(?:on hand to (?:greet|welcome|meet|receive)|greeting|welcoming|meeting|receiving) (?:him|her|them|(?:the )?(?:visiting )?(${M}))(?: [^@,.;]{1,40}?)? (?:was|were) (?:also )?(?:the )?(${MENTION_LIST})(?= [.,;]|$)`,
);

/**
 * Those who greeted someone, told after the verb ("On hand to greet him was Y"): the mention numbers
 * of the greeters, and the one greeted when a mention names them.
 */
export function greetersAfterTheVerb(sk: string): { greeted?: number; greeters: number[] } | undefined {
  const m = ON_HAND.exec(sk);
  if (!m) return undefined;
  const greeters = mentionNumbers(m[2]);
  return { greeted: m[1] === undefined ? undefined : Number(m[1].slice(2)), greeters };
}

/** The fronted passive a sentence's skeleton opens with, or undefined. */
export function frontedPassive(sk: string): FrontedPassive | undefined {
  const m = FRONTED.exec(sk);
  if (!m) return undefined;
  const guests = mentionNumbers(m[2]);
  const byAgent = m[1] ?? WHOM_AFTER.exec(sk.slice(m[0].length))?.[1];
  const host = byAgent === undefined ? undefined : Number(byAgent.slice(2));
  return guests.length ? { host, guests } : undefined;
}
