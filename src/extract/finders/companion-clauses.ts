/**
 * Company at a meeting told after it: "C, who accompanied X, proposed a joint seminar", "A and B
 * accompanied X during the talks", "X was accompanied at the meeting by A and B", "During the meeting,
 * X was accompanied by Counsellor A and B" ("X is accompanied by A", with no meeting named, speaks of
 * the whole visit). C (A, B) sat at the meeting X had just been told to have, beside X. Company the text
 * does not place at the meeting ("X, who was accompanied by A and B, said ...") came with X, and the
 * annotated reports do not count it at the table. Only company of someone of that meeting: "C, who
 * accompanied the minister on his tour" names no one the meeting had.
 */

import { allMatches } from "../all-matches.ts";
import { M, MENTION_LIST } from "./mention-list.ts";

// "@m0 , who (also) accompanied @m1 ,": a relative clause on the companion.
const WHO_ACCOMPANIED = new RegExp(String.raw`(${M}) , who (?:also |had )?accompanied (${M})(?= ,)`, "g");
// "@m0 and @m1 accompanied @m2 during / at / in the meetings": the company of the meetings told.
const ACCOMPANIED_AT = new RegExp(
  String.raw`(${MENTION_LIST}) (?:also )?accompanied (${M}) (?:during|at|in|to|throughout) (?:the|these|both|all(?: the)?|each of the|his|her|their) (?:[\w-]+ )?(?:meetings?|talks|negotiations|discussions|conversations?)\b`,
  "g",
);

// "@m0 was accompanied at the meeting by @m1 and @m2", "@m0 was accompanied by @m1 during the talks".
const ACCOMPANIED_BY_AT = new RegExp(
  String.raw`(${M}) (?:was|were) (?:also )?accompanied (?:(?:at|during|in) (?:the|this|these) (?:[\w-]+ )?(?:meetings?|talks|negotiations) by (${MENTION_LIST})|by (${MENTION_LIST}) (?:at|during|in) (?:the|this|these|both|all) (?:[\w-]+ )?(?:meetings?|talks|negotiations)\b)`,
  "g",
);

// "During the meeting, @m0 was accompanied by Counsellor @m1 , and First Secretary @m2": the meeting
// named at the head of the sentence, the company after the verb, each name maybe after its post.
const FRONTED_ACCOMPANIED_BY = new RegExp(
  String.raw`^(?:during|at|in) (?:the|this) (?:[\w-]+ )?(?:meeting|talks|negotiations) , (${M}) (?:was|were) (?:also )?accompanied by ((?:(?:[a-z][\w-]* |, |and )*${M} ?)+)`,
);

/** The companions of one person of the meeting told before, as mention numbers of a skeleton. */
export interface Companions {
  /** The mention of the one accompanied. */
  of: number;
  /** The mentions of those who went with them. */
  companions: number[];
}

/**
 * The companions a sentence skeleton names: "@m0 , who accompanied @m1 ,", "@m0 and @m1 accompanied
 * @m2 during the meetings", "@m0 was accompanied at the meeting by @m1". The caller checks that the one accompanied took
 * part in the meeting told before.
 */
export function activeCompanions(sk: string): Companions[] {
  if (!sk.includes("accompanied")) return [];
  const numbers = (list: string | undefined) => allMatches(/@m(\d+)/g, list ?? "").map((x) => Number(x[1]));
  const active = [...allMatches(WHO_ACCOMPANIED, sk), ...allMatches(ACCOMPANIED_AT, sk)].map((m) => ({
    of: Number(m[2]?.slice(2)),
    companions: numbers(m[1]),
  }));
  const passive = allMatches(ACCOMPANIED_BY_AT, sk).map((m) => ({
    of: Number(m[1]?.slice(2)),
    companions: numbers(m[2] ?? m[3]),
  }));
  const fronted = FRONTED_ACCOMPANIED_BY.exec(sk);
  if (fronted) passive.push({ of: Number(fronted[1]?.slice(2)), companions: numbers(fronted[2]) });
  return [...active, ...passive];
}
