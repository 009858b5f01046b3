/**
 * What a question asks for, read from its wording. The rules are tried in order; the first that fits
 * wins. Who and what the question is about (people, countries, dates) is read elsewhere.
 */

/** The kinds of question parlbot answers. */
export type Intent =
  | "empty"
  | "greeting"
  | "did-meet"
  | "who-is"
  | "when"
  | "where"
  | "signed"
  | "discussed"
  | "who-met"
  | "latest"
  | "open"
  | "about";

const MEET =
  /\b(meet|meets|met|meeting|meetings|receive[sd]?|receiving|talks?|talked|held|hold|holds|negotiat\w*|visit\w*|host\w*|welcom\w*|led|lead|leads|headed|heads?|chaired|chairs|sign\w*|congratulat\w*|invit\w*|interview\w*|call(s|ed|ing)? on|paid a (courtesy )?call)\b/;
// The verbs of going somewhere, in a yes-no question: a visit there is what is asked.
const TRAVEL = /\b(travel\w*|go|gone|went|fly|flew|flown|arriv\w*|been (to|in))\b/;
// The noun follows "which"/"what" and its adjectives directly: in "what did the senators do", the
// senators are the subject of another question.
const PERSON_NOUN =
  /^(which|what)\s+((?!(did|does|do|is|was|were|are|will|would|has|have|had)\s)\S+\s+){0,3}?(official|officials|speaker|chairman|chairwoman|chairperson|chair|ambassador|minister|deputy|deputies|president|senator|mp|counterpart|guest|leader|person|people|diplomat|head|delegate|delegation|politician|parliamentarian|lawmaker|legislator|congressman|congressmen|congresswoman|representative|member|officer|envoy|colleague)s?\b/;
// Someone's counterpart ("X's counterpart", "his guests"): the people X met, not X, are asked about.
const COUNTERPART_OF =
  /['’]s? (counterparts?|guests?|hosts?|interlocutors?|visitors?)\b|\b(his|her|their) (counterparts?|guests?|hosts?|interlocutors?|visitors?)\b/;
// Being at an event with others: "which speakers attended the forum?", "who took part in the talks?".
const ATTEND = /\b(attend\w*|participat\w*|took part|take part|taking part)\b/;
const SIGN =
  /\b(sign|signs|signed|signing|agreements?|memorand\w*|mou|road ?maps?|treaty|treaties|accords?)\b/;
// The same words, each one wherever it stands, to see whether a question has another verb of meeting.
const SIGN_WORDS = new RegExp(SIGN.source, "g");
// Verbs of the acts a report tells of besides meeting ("who announced the visit?", "who praised
// the measures?", "whom did X thank?"): a question of who did it, or to whom, is answered by the
// sentence that tells it. The verbs of meeting itself (met, received, visited, hosted, held talks) keep
// the meeting list: "X called on Y" is a courtesy visit (a meeting), "X called for Y" is not.
const NOT_MEETING_VERB =
  /(announc\w*|organi[sz]\w*|accompan\w*|prais\w*|interview\w*|welcom\w*|greet\w*|propos\w*|invit\w*|say|says|said|told|tell\w*|thank\w*|award\w*|congratulat\w*|criticis\w*|criticiz\w*|condemn\w*|call(?!(s|ed|ing)? on\b)\w*|urg\w*|express\w*|stress\w*|note[sd]?|present\w*|protest\w*|paid(?! a (courtesy )?call)|pays?|spoke|speaks?)\b/;
// "who praised X?": the act asked of its doer.
const NOT_MEETING_ACT = new RegExp(`^(who|whom) ${NOT_MEETING_VERB.source}`);
// "who did X protest to?", "whom did X thank?": the act asked of whom it was done to. Left out here:
// the verbs whose object is what was said, not a person (say, express, stress, note, speak), and those
// whose person is a guest (welcome, invite, call on, pay a visit), whom the meeting list answers.
const NOT_MEETING_ACT_DONE_TO = new RegExp(
  `^(who|whom) (did|does|will|would|has|had) (\\S+ ){1,6}?(?!welcom|invit|sa(y|id)|express|stress|note|call|pa(y|id)|spoke|speak)${NOT_MEETING_VERB.source}`,
);
// Questions are read in lower case with single spaces.
export const normalised = (question: string): string => question.toLowerCase().replace(/\s+/g, " ").trim();

const LED_GROUP =
  /^(who|which (\S+ ){0,2}?\S+) (led|headed|leads|heads|chaired) (the|a|an|their|his|her) (\S+ ){0,3}?(delegation|side|visit|group|team|mission)s?\b/;
/** Whether a question asks who led a group ("who led the Kazakh delegation to the UK?"). */
export function asksWhoLedGroup(question: string): boolean {
  return LED_GROUP.test(normalised(question));
}
// "where did X say he hoped to travel?", "when did X announce the session?": the place or time is in what
// X said, not that of a meeting.
const SAID_WHERE_OR_WHEN = /^(where|when)\b.*\b(say|says|said|tell|tells|told|announc\w*|mention\w*)\b/;
// The city asked with the question word first ("which city did X and Y meet in?", "what city did X
// arrive in?", "which city hosted their talks?"), or a country or place with "in" at the end ("which
// country did they meet in?"): where, as "in which city" asks. Not "which city's companies did they
// visit?": that asks about the city's things.
const CITY_ASKED =
  /^(which|what) (city|town|capital)\b(?!['’])|^(which|what) (country|place) (did|does|do|will|would|has|have|had) .*\b(in|at)[?.!]*$/;
// Where someone went, asked with a verb of going as the question's own ("did X land", "did X fly"). Not
// two people going together ("where did X and Y go?"): that is where they met.
const WENT_WHERE =
  /^(?!.*\b(and|together)\b)(where|(which|what) (city|town|capital|country)) (did|does|do|will|would|has|have|had) \S+( \S+){0,5}? (land|fly|arrive|go|head|travel|proceed|continue|depart|return)\b/;
// What someone said or announced: a place in it is not where a meeting was.
const SAID = /\b(say|says|said|tell|tells|told|announc\w*|mention\w*|according to)\b/;
// The verbs of two sides meeting, without those that also tell of events ("the session was held").
const MET_OR_VISITED = /\b(meet|meets|met|meeting|receive[sd]?|receiving|talks|visit\w*)\b/;
// The event a meeting was held at, asked for: "at what event", "on the sidelines of which summit",
// "what forum did they meet at".
// The meeting must be what the question asks about: "which summit hosted by X was praised at the
// meeting?" asks about another event.
const OCCASION_ASKED =
  /^((at|during|on the (sidelines|margins) of)\s+(what|which)|(what|which))\s+(\S+\s+)?(event|occasion|forum|summit|conference|gathering|congress|ceremony)s?\s+(did|does|do|will|would|had|has|have)\s+.*\b(meet|met|hold talks|held talks)\b/;
const DISCUSS =
  /\b(discuss\w*|talk(ed)? about|topics?|agenda|agree(d)? on|agree(d)? to|focus(ed)? on|exchange(d)? views)\b/;

// "hello", "thanks a lot", "good morning!", "help", "cool" alone, and the same in Russian and Kazakh.
const GREETING =
  /^(hi|hello|hey|hiya|howdy|greetings|good (morning|afternoon|evening|day)|thanks?|thank you|thx|cheers|bye|goodbye|ok|okay|(cool|good|great|fine)(?=[!.]*$)|help( me)?|привет|здравствуйте|добрый (день|вечер)|спасибо|сәлем|сәлеметсіз бе|рахмет)([\s,!.?]|$)/u;
// "what's new", "anything new?", "meetings this week", "news": the newest meetings. So is the bare
// word "meetings" ("show me all meetings?"): the user names no one, and the newest are the useful start.
// So are "list all people", "who do you know?": the newest meetings show who is known, with sources.
const LATEST =
  /^(what'?s new|what is new|anything new|news|updates?)\b|^(show |list |give me )?(the )?(latest|recent|newest|last) (meetings|news|talks|visits)\b|^(meetings|talks|visits) (this|last) (week|month|year)\b|^((show|list|give)( me)? )?(all |the )?(meetings|talks|visits|people|persons|names|officials|politicians)( you know)?[?!.]*$|^(who|whom) (do|can) you know\b/;

/** Detects the intent of a question (lower case or not). */
export function detectIntent(question: string): Intent {
  const q = normalised(question);
  if (!/[\p{L}\p{N}]/u.test(q)) return "empty";
  if (GREETING.test(q) && q.split(" ").length <= 6 && !/\b(who|what|when|where|which|met|meet)\b/.test(q))
    return "greeting";
  if (LATEST.test(q)) return "latest";
  // "did X and Y sign anything?", "was a treaty signed?": a yes-no question about signing is answered
  // with what was signed (or that nothing is recorded), not with "yes, they met".
  if (/^(did|has|have|had|was|were|is)\b/.test(q) && SIGN.test(q) && !MEET.test(q.replace(SIGN_WORDS, " ")))
    return "signed";
  // "did X and Y discuss water?": answered with what they discussed, not with "yes, they met".
  if (/^(did|has|have|had|was|were|is)\b/.test(q) && DISCUSS.test(q) && !MEET.test(q.replace(DISCUSS, " ")))
    return "discussed";
  if (/^(did|has|have|had|was|were|is)\b/.test(q) && MEET.test(q)) return "did-meet";
  // "did X travel to Kuwait?", "has X been to Japan?": whether X went there, as "did X visit" asks.
  if (/^(did|has|have|had)\b/.test(q) && TRAVEL.test(q)) return "did-meet";
  if (/^(who is|who was|who's|who are|tell me about|what do you know about)\b/.test(q) && !MEET.test(q))
    return "who-is";
  if (
    /^(which|what) countr(y|ies)('s| does| is| did)?\b/.test(q) &&
    /\b(represent\w*|from|ambassador|is)\b/.test(q)
  )
    return MEET.test(q) || COUNTERPART_OF.test(q) ? "open" : "who-is";
  if (/\b(what|which) (post|position|title|role|office|job)\b/.test(q)) return "who-is";
  // "what is X's position?", "X is ambassador of which country?": who X is.
  if (/^(what|which)('s| is| was)\b.*\b(position|post|title|role|job)\??$/.test(q) && !MEET.test(q))
    return "who-is";
  if (/\b(is|was)\b.*\b(of|from) (which|what) countr(y|ies)\b/.test(q) && !MEET.test(q)) return "who-is";
  // "what does X do?", "what does X do for a living?": their office ("what did X do" asks what happened).
  if (/^what does \S+(\s+\S+){0,3}? do\b/.test(q) && !MEET.test(q)) return "who-is";
  // "who welcomed X when he arrived?": the question word that opens it says what is asked.
  if (NOT_MEETING_ACT.test(q) || NOT_MEETING_ACT_DONE_TO.test(q)) return "open";
  // "who led the delegation to Vienna?": the leader of a group, which a sentence names ("led by X"),
  // not the meetings of its country.
  if (LED_GROUP.test(q)) return "open";
  // "since when have they been partners?", "where will the next session be held according to X?": what
  // a report says, not when or where two people met.
  if (
    (/^since when\b/.test(q) || /\baccording to\b/.test(q) || SAID_WHERE_OR_WHEN.test(q)) &&
    !MET_OR_VISITED.test(q)
  )
    return "open";
  // "where did X land?", "which city did X fly to after the talks?": where someone went, which a sentence
  // tells ("arrived in the capital", "flew to Lisbon"), not where a meeting was.
  if (WENT_WHERE.test(q)) return "open";
  // "at what event did X meet Y?", "which forum did they meet at?": the occasion, which the place-and-
  // occasion line of each of their meetings gives (a sentence alone may be about another meeting).
  if (OCCASION_ASKED.test(q)) return "where";
  if (
    (/\bwhen\b/.test(q) && !/^(who|whom|with whom)\b/.test(q)) ||
    /\bwhat (date|day|time)\b|\bon which (date|day)\b/.test(q)
  )
    return "when";
  if (/\bwhere\b|\bin (which|what) (city|town|place|capital)\b/.test(q)) return "where";
  // "Which city is X from?" asks where X comes from, which no meeting tells.
  if (CITY_ASKED.test(q) && !SAID.test(q) && !/\bfrom[?.!]*$/.test(q)) return "where";
  if (/\b(latest|most recent|newest|recent|last)\b.*\b(meetings?|talks|visits?|news)\b/.test(q))
    return "latest";
  if (/^(who|whom|with whom)\b/.test(q) && SIGN.test(q)) return "who-met";
  if (/^(what|which)\b/.test(q) && SIGN.test(q) && !/^(what|which) (year|day|date)s?\b/.test(q))
    return "signed";
  if (/^(what|which)\b/.test(q) && DISCUSS.test(q)) return "discussed";
  if (/\b(who|whom)\b/.test(q) && (MEET.test(q) || ATTEND.test(q))) return "who-met";
  // "which speakers congratulated X?": congratulations are mostly sent, so a sentence tells who.
  if (PERSON_NOUN.test(q) && /\bcongratulat/.test(q) && !MEET.test(q.replace(/\bcongratulat\w*/g, " ")))
    return "open";
  if (PERSON_NOUN.test(q) && (MEET.test(q) || ATTEND.test(q))) return "who-met";
  if (
    /^((on|at|in|during|for|from|to|with|by|under|of|after|before)\b[^?]{0,40}?\b(which|what|whose|whom)|what|which|how|why|whose|whom)\b/.test(
      q,
    )
  )
    return "open";
  // "is X the first woman to preside over the parliament?": a statement about X to check, which a
  // sentence of a report confirms, not X's meetings (not "was X in the hall?": a preposition before it).
  const predicate = /^(is|was|are|were) ((?:\S+ ){1,4}?)(the|a|an) /.exec(q);
  if (predicate && !PREPOSITION_LAST.test(predicate[2] as string) && !MEET.test(q)) return "open";
  return "about";
}

// The words before the first article of a yes-no question ending in a preposition: "was X in the hall?".
const PREPOSITION_LAST = /\b(in|at|on|to|from|with|for|of|during|by) $/;

/** Whether a question asks the event a meeting was held at ("at what event did X meet Y?"). */
export function asksOccasion(question: string): boolean {
  return OCCASION_ASKED.test(normalised(question));
}

/** Whether a question asks who signed (so that only meetings with agreements count). */
export function asksWhoSigned(question: string): boolean {
  return /^(who|whom|with whom)\b/i.test(question.trim()) && SIGN.test(question.toLowerCase());
}
