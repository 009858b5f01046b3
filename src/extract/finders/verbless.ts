/**
 * Meetings a sentence reports without a finite meeting verb between the sides: a photo caption
 * ("A and B during the meeting", "A and B at the talks in Riga") and a participle clause ("Having
 * met Y, X said ...", "Having received Y, X noted ...", "Met by Y at the airport, X ...", "X, received
 * on Monday by Y, invited him"). The
 * sentence finders of meetings.ts read a subject, a verb and an object; these read the shapes that
 * have no such verb.
 */

import { MEAL } from "../meals.ts";
import { M } from "./mention-list.ts";

/** A meeting one of these finders reads: the mention numbers of its subjects and of the sides they met. */
export interface VerblessMatch {
  finder: string;
  subjects: number[];
  objects: number[];
}

const ENCOUNTER = String.raw`(?:meeting|meetings|talks|negotiations|conversation|consultations|audience|luncheon|lunch|dinner|breakfast|reception|handshake)`;

// "@m0 and @m1 during the meeting": two sides, each with an optional apposition, and at once a
// preposition of time or place before an encounter. A caption has no verb, so none may stand between.
const CAPTION = new RegExp(
  String.raw`^(?:[^@]{0,30}? )?(${M})(?: , [^@]{0,60}? ,| ,)? (?:and|with) (${M})(?: , [^@]{0,60}? ,| ,)? (?:during|at|before|after|following|ahead of) (?:the|their|a|an) (?:[\w'’-]+ ){0,2}?${ENCOUNTER}\b`,
);

// "Having met @m0 , @m1 said": the participle's object is met by the subject of the main clause.
const HAVING_MET = new RegExp(
  String.raw`^(?:[^@]{0,30}? )?having (?:met|received|hosted|welcomed|held (?:[\w'’-]+ ){0,3}?(?:talks|a meeting|meetings|consultations) with|had (?:a |an )?(?:[\w'’-]+ ){0,2}?(?:meeting|talks|conversation) with) (?:with )?(${M})(?: (?:and|as well as) (${M}))?(?: , [^@]{0,60}? ,)? (?:[^@,]{0,40}? )?, (?:[^@]{0,20}? )?(${M})`,
);

// "After a dinner hosted by @m0 , @m1 will be received by @m2": the host of a meal or reception
// named in an opening phrase met its guest, the one it honours ("in honour of @m1") or else the
// subject of the main clause.
const HOSTED_MEAL = new RegExp(
  String.raw`^(?:[^@]{0,30}? )?(?:during|at|after|following|before) (?:a|an|the) (?:[\w'’-]+ ){0,3}?${MEAL} (?:given|hosted|offered|organi[sz]ed|held) (?:[^@]{0,20}? )?by (${M})(?: in honou?r of (${M}))?(?: , [^@]{0,60}? ,)? (?:[^@,]{0,40}? )?, (?:[^@]{0,20}? )?(${M})`,
);

// "Met at the airport by @m0 , @m1 laid a wreath": a passive participle opening the sentence; its
// agent met the main clause's subject, which follows the comma at once.
const MET_BY_OPENER = new RegExp(
  String.raw`^(?:[^@]{0,20}? )?(?:met|received|welcomed|greeted)(?: [^@,]{1,40}?)? by (?:the )?(${M})(?: [^@,]{1,40}?)? , (?:the )?(${M})(?! ,? (?:who|which)\b)`,
);

// "@m0 , (who was) received on Monday by @m1 , invited him": a passive clause set off after the guest,
// its agent the host. ("X, accompanied by Y," is company, and no verb of this list.)
const RECEIVED_BY_ASIDE = new RegExp(
  String.raw`(${M}) , (?:who (?:was|had been) )?(?:[a-z]+ly )?(?:received|welcomed|hosted|greeted|met)(?: [^@,]{1,30}?)? by (?:the )?(${M})(?: [^@,]{1,30}?)? ,`,
);

/**
 * The meetings a sentence's skeleton reports without a meeting verb: a photo caption naming two
 * sides "during the meeting", a participle clause "Having met Y, X ...", or a meal its host gave
 * ("After a dinner hosted by Y, X ..."), or a passive participle opening it ("Met at the airport by Y,
 * X laid a wreath").
 */
export function verblessMeetings(sk: string): VerblessMatch[] {
  const out: VerblessMatch[] = [];
  const n = (at: string | undefined) => (at === undefined ? undefined : Number(at.slice(2)));
  const caption = CAPTION.exec(sk);
  if (caption) {
    const [a, b] = [n(caption[1]), n(caption[2])];
    if (a !== undefined && b !== undefined) out.push({ finder: "caption", subjects: [a], objects: [b] });
  }
  const having = HAVING_MET.exec(sk);
  if (having) {
    const met = [n(having[1]), n(having[2])].filter((x): x is number => x !== undefined);
    const subject = n(having[3]);
    if (subject !== undefined && met.length)
      out.push({ finder: "having-met", subjects: [subject], objects: met });
  }
  const metBy = MET_BY_OPENER.exec(sk);
  if (metBy) {
    const [host, guest] = [n(metBy[1]), n(metBy[2])];
    if (host !== undefined && guest !== undefined)
      out.push({ finder: "met-by-opener", subjects: [host], objects: [guest] });
  }
  const aside = RECEIVED_BY_ASIDE.exec(sk);
  if (aside) {
    const [guest, host] = [n(aside[1]), n(aside[2])];
    if (host !== undefined && guest !== undefined)
      out.push({ finder: "received-by-aside", subjects: [host], objects: [guest] });
  }
  const meal = HOSTED_MEAL.exec(sk);
  if (meal) {
    const [host, guest] = [n(meal[1]), n(meal[2]) ?? n(meal[3])];
    if (host !== undefined && guest !== undefined)
      out.push({ finder: "hosted-meal", subjects: [host], objects: [guest] });
  }
  return out;
}
