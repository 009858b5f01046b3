/**
 * The people met told as a list of someone's interlocutors, or of those someone met: "Among her
 * interlocutors were A and B", "His interlocutors included A", "Her interlocutor was A", "X, among whose interlocutors was A,
 * ended his visit", "A was among those X met", "Among those who received her was A". The owner of the
 * list met each of them; when no mention names the owner ("her interlocutors"), the caller finds them
 * (the sentence's subject before, the report's protagonist).
 */

import { M, MENTION_LIST, mentionNumbers } from "./mention-list.ts";

/** Who met (when the sentence names them) and the mention numbers of those they met. */
export interface InterlocutorList {
  owner?: number;
  met: number[];
}

const PEOPLE_MET = String.raw`(?:interlocutors?|counterparts (?:he|she|they) met|officials (?:he|she|they) met|those (?:he|she|they) met|people (?:he|she|they) met)`;
const WERE = String.raw`(?:were|was|included|include|are|is|will be)`;

// "among her interlocutors were @m0 and @m1", "his interlocutors included @m0", "among the
// interlocutors of @m0 were @m1", "@m0 's interlocutors included @m1".
const LIST_OF_INTERLOCUTORS = new RegExp(
  String.raw`^(?:[^@]{0,30}? )?(?:among |the )?(?:(?:his|her|their) (?:[\w'’-]+ )?${PEOPLE_MET}|(?:the )?(?:[\w'’-]+ )?interlocutors? of (?:the )?(${M})|(${M}) 's (?:[\w'’-]+ )?interlocutors?)(?: [^@,.;]{1,40}?)? ${WERE} (?:also )?(?:the )?(${MENTION_LIST})`,
);

// "@m0 , among whose interlocutors was @m1 ,".
const WHOSE_INTERLOCUTORS = new RegExp(
  String.raw`(${M}) , among whose (?:[\w'’-]+ )?interlocutors ${WERE} (?:also )?(?:the )?(${MENTION_LIST}) ,`,
);

// "@m0 was among those @m1 met / received / held talks with"; "among those who received / met her was @m0".
const AMONG_THOSE = new RegExp(
  String.raw`(${MENTION_LIST}) (?:was|were) (?:also )?among (?:those|the (?:officials|people|leaders)) (?:whom |that )?(${M}) (?:met|received|held talks with|had talks with|met with)\b`,
);
const AMONG_THOSE_WHO = new RegExp(
  String.raw`^(?:[^@]{0,30}? )?among (?:those|the (?:officials|people|leaders)) who (?:met|received|held talks with|hosted|welcomed) (?:him|her|them|(${M})) (?:[^@,.;]{1,40}? )?${WERE} (?:also )?(?:the )?(${MENTION_LIST})`,
);

// "@m0 was @m1" where @m0 is only the words "her interlocutor" (the role finder took them as a mention).
const INTERLOCUTOR_WAS = new RegExp(
  String.raw`^(?:[^@]{0,30}? )?(${M}) (?:was|is|will be) (?:also )?(?:the )?(${M})`,
);
const INTERLOCUTOR_WORDS = /^(?:his|her|their|the) (?:[\w'’-]+ )?interlocutor$/;

const one = (at: string | undefined) => (at === undefined ? undefined : Number(at.slice(2)));

/**
 * The list of interlocutors a sentence's skeleton tells, or undefined; `wordsOf(n)` gives mention n's
 * words, to know a mention that is only "her interlocutor".
 */
export function interlocutorList(sk: string, wordsOf: (n: number) => string): InterlocutorList | undefined {
  const was = INTERLOCUTOR_WAS.exec(sk);
  if (was && INTERLOCUTOR_WORDS.test(wordsOf(Number(was[1]?.slice(2)))))
    return { met: mentionNumbers(was[2]) };
  const list = LIST_OF_INTERLOCUTORS.exec(sk);
  if (list) return { owner: one(list[1] ?? list[2]), met: mentionNumbers(list[3]) };
  const whose = WHOSE_INTERLOCUTORS.exec(sk);
  if (whose) return { owner: one(whose[1]), met: mentionNumbers(whose[2]) };
  const among = AMONG_THOSE.exec(sk);
  if (among) return { owner: one(among[2]), met: mentionNumbers(among[1]) };
  const who = AMONG_THOSE_WHO.exec(sk);
  if (who) return { owner: one(who[1]), met: mentionNumbers(who[2]) };
  return undefined;
}
