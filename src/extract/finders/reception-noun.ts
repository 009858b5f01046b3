/**
 * A reception told as a noun, its guest and host its complements: "The reception of X by Y took
 * place on Thursday", "X's reception by Y focused on ...", "X thanked Z during his reception by Y",
 * "At the reception given by Y in honour of X, the sides ...". The host received the guest, so they
 * met, and so do a guest and the one by whom they "were given a warm reception", who "accorded a warm
 * welcome to" them, or who gave a meal or an audience in their honour ("A luncheon in honour of X was given by Y", "an
 * audience was granted to X by Y",
 * "In honour of X, Y gave a dinner"). "The reception of the bill by the committee" names no person after "of", and so no one met.
 */

import { MEAL } from "../meals.ts";
import { M } from "./mention-list.ts";
import type { VerblessMatch } from "./verbless.ts";

// "the reception of @m0 by @m1", "@m0 's reception by @m1", "the welcome of @m0 by @m1".
const RECEPTION_OF_BY = new RegExp(
  String.raw`(?:\b(?:the|an?) (?:[\w'’-]+ )?(?:reception|welcome|welcoming) of (?:the )?(${M})|(${M}) 's (?:[\w'’-]+ )?(?:reception|welcome)) (?:[^@,.;]{0,30}? )?by (?:the )?(${M})`,
);

// "... during / at / after his (official) reception by @m1": the owner is the sentence's subject, the
// mention that opens it.
const OWN_RECEPTION = new RegExp(
  String.raw`^(?:[^@]{0,30}? )?(${M})(?: , [^@]{1,60}? ,)? (?:[^;]*? )?(?:during|at|after|following|before) (?:his|her|their) (?:[\w'’-]+ )?(?:reception|welcome) by (?:the )?(${M})`,
);

// "@m0 was given / accorded a warm reception by @m1".
const GIVEN_A_RECEPTION = new RegExp(
  String.raw`(${M})(?: , [^@]{1,60}? ,)? (?:was|were) (?:also )?(?:given|accorded|offered) (?:a|an) (?:[\w'’-]+ ){0,2}?(?:reception|welcome) by (?:the )?(${M})`,
);

// "@m0 accorded / extended a warm welcome to @m1", "@m0 accorded an audience to @m1".
const ACCORDED_A_WELCOME = new RegExp(
  String.raw`(${M})(?: , [^@]{1,60}? ,)? (?:accorded|extended|gave) (?:a|an) (?:[\w'’-]+ ){0,2}?(?:reception|welcome|audience) to (?:the )?(?:visiting )?(${M})`,
);

// "a luncheon in honour of @m0 was given by @m1": the meal in the passive, its guest first.
const MEAL_IN_HONOUR_GIVEN_BY = new RegExp(
  String.raw`\b(?:a|an|the) (?:[\w'’-]+ ){0,2}?${MEAL} in honou?r of (?:the )?(?:visiting )?(${M})(?: , [^@]{1,60}? ,)? (?:was|were) (?:also )?(?:given|hosted|offered|held|organi[sz]ed|thrown) (?:[^@]{0,20}? )?by (?:the )?(${M})`,
);

// "a working lunch was given in honour of @m0 by @m1", "an audience was granted to @m0 by @m1": the
// meal or audience in the passive, its guest named after the verb.
const GIVEN_TO_BY = new RegExp(
  String.raw`\b(?:a|an|the) (?:[\w'’-]+ ){0,2}?(?:${MEAL}|audience) (?:was|were) (?:also )?(?:given|granted|hosted|offered|held|organi[sz]ed|thrown) (?:in honou?r of|to|for) (?:the )?(?:visiting )?(${M})(?: , [^@]{1,60}? ,)? (?:[^@]{0,20}? )?by (?:the )?(${M})`,
);

// "In honour of (the visiting) @m0 , @m1 gave a dinner": the guest in a phrase that opens the sentence.
const IN_HONOUR_OPENING = new RegExp(
  String.raw`^(?:[^@]{0,20}? )?in honou?r of (?:the )?(?:visiting )?(${M})(?: , [^@]{1,60}?)? , (?:the )?(${M}) (?:also )?(?:gave|hosted|offered|threw|held|organi[sz]ed) (?:a|an) (?:[\w'’-]+ ){0,2}?${MEAL}\b`,
);

// "at / during the reception given by @m0 in honour of @m1": a meal or reception for someone, whose
// host the phrase names; the main clause may then name no one ("the sides stressed ...").
const GIVEN_IN_HONOUR = new RegExp(
  String.raw`\b(?:at|during|after|following) (?:a|an|the) (?:[\w'’-]+ ){0,3}?${MEAL} (?:given|hosted|offered|organi[sz]ed|held) (?:[^@]{0,20}? )?by (?:the )?(${M}) (?:in honou?r of|for) (?:the )?(${M})`,
);

/** The meetings a sentence's skeleton tells as a reception noun: the host as subject, the guest met. */
export function receptionsAsNouns(sk: string): VerblessMatch[] {
  const n = (at: string | undefined) => (at === undefined ? undefined : Number(at.slice(2)));
  const pair = (finder: string, host?: number, guest?: number): VerblessMatch[] =>
    host === undefined || guest === undefined || host === guest
      ? []
      : [{ finder, subjects: [host], objects: [guest] }];
  const ofBy = RECEPTION_OF_BY.exec(sk);
  if (ofBy) return pair("reception-of-by", n(ofBy[3]), n(ofBy[1] ?? ofBy[2]));
  const given = GIVEN_A_RECEPTION.exec(sk);
  if (given) return pair("given-a-reception", n(given[2]), n(given[1]));
  const accorded = ACCORDED_A_WELCOME.exec(sk);
  if (accorded) return pair("accorded-a-welcome", n(accorded[1]), n(accorded[2]));
  const mealGiven = MEAL_IN_HONOUR_GIVEN_BY.exec(sk);
  if (mealGiven) return pair("meal-in-honour-given-by", n(mealGiven[2]), n(mealGiven[1]));
  const givenTo = GIVEN_TO_BY.exec(sk);
  if (givenTo) return pair("given-to-by", n(givenTo[2]), n(givenTo[1]));
  const opening = IN_HONOUR_OPENING.exec(sk);
  if (opening) return pair("in-honour-opening", n(opening[2]), n(opening[1]));
  const own = OWN_RECEPTION.exec(sk);
  if (own) return pair("own-reception", n(own[2]), n(own[1]));
  const honour = GIVEN_IN_HONOUR.exec(sk);
  if (honour) return pair("reception-in-honour", n(honour[1]), n(honour[2]));
  return [];
}
