/**
 * Meetings told with a plural subject that refers back to two people named before: "The two met in
 * Astana on Monday", "The two leaders held talks", "Both speakers later sat down for talks", "They
 * met on the sidelines of the session", "The speakers also met privately". Agencies name the two
 * sides in one sentence (a visit, an invitation, a forum both attend) and tell the encounter in the
 * next without naming them again, so no sentence finder sees a name beside the verb.
 *
 * The verb must be the encounter itself, told as done or to come ("The two will meet again in
 * October", a plan), and with no one else as its object ("The two
 * met with students" is a meeting of theirs with others); and what is recalled ("The two have met
 * several times since 2019", "They first met in 2018") or done at a distance ("The two spoke by
 * phone") is no meeting of the report.
 */
import type { Doc, Sentence } from "./document.ts";
import { type Proposal, skeleton } from "./meetings.ts";
import { pairProposal } from "./pair-proposal.ts";
import { recallsAnEncounter, tellsOfEarlierEncounter } from "./recalled.ts";
import { quotesElsewhere, speaksOfExchangeAtADistance } from "./said-elsewhere.ts";

// The people behind a plural subject: "the two (leaders)", "both (speakers)", "the pair", "the
// speakers". Only nouns for people or their sides, not "the two countries" or "the two parliaments".
const PEOPLE_NOUN =
  "(?:sides|delegations|leaders|speakers|officials|presidents|chairmen|chairs|chairpersons|chairwomen|heads|parliamentarians|ministers|men|women|politicians|counterparts|lawmakers|legislators|dignitaries|diplomats|statesmen)";
// "the heads of the two parliaments", "the speakers of both chambers".
const OF_THE_TWO = String.raw`the ${PEOPLE_NOUN} of (?:the two|both) (?:\w+ )?(?:parliaments|countries|chambers|legislatures|delegations|houses|assemblies|states|nations|sides)`;
const PLURAL_SUBJECT = String.raw`(?:${OF_THE_TWO}|the two(?: (?:\w+ )?${PEOPLE_NOUN})?|both(?: (?:\w+ )?${PEOPLE_NOUN})?|the pair|the ${PEOPLE_NOUN}|they)`;
// Words that may stand between the subject and its verb without changing what it tells.
const ADVERBS =
  "(?:also|then|later|last|subsequently|separately|privately|briefly|afterwards|thereafter|again|,)";
// The encounter told as done, with no object after it: a place, a time or the end of a clause follows
// "met"; nothing names a third side after "talks" or "a meeting".
const ENCOUNTER = String.raw`(?:met(?!(?: [a-z-]+){0,2} with\b)(?= *(?:$|[,.;:]|(?:in|at|on|during|behind|privately|for|before|after|ahead|shortly|one-on-one|face-to-face|briefly|separately|again|yesterday|today|tonight|this|earlier|later|over|informally|alone|under|inside|within|amid|as)\b))|(?:held|had|conducted) (?:a |an )?(?:\w+ ){0,2}?(?:talks|meeting|consultations|discussions?|conversation|tete-a-tete)\b(?! with\b)|sat down (?:for|to) (?:\w+ ){0,2}?(?:talks|meeting|discussions?)\b(?! with\b)|conferred\b(?! with\b))`;
// Opens the sentence, after a short opener ("On Monday, ", "Later, ", "In Astana, ").
const PLURAL_MEETING = new RegExp(
  String.raw`^(?:[^@,]{0,40} , )?${PLURAL_SUBJECT}(?: ${ADVERBS})* ${ENCOUNTER}`,
);
// The encounter still to come: "The two will meet again in October", "Both are expected to hold talks".
const PLURAL_PLAN = new RegExp(
  String.raw`^(?:[^@,]{0,40} , )?${PLURAL_SUBJECT}(?: ${ADVERBS})* (?:will|are (?:also )?(?:to|set to|expected to|scheduled to|due to)|plan to) (?:also )?(?:meet|hold (?:\w+ ){0,2}?(?:talks|a meeting|meetings))\b(?!(?: [a-z-]+){0,2} with\b)`,
);
// "They" refers to the two people only when the sentence before names them as its joint subject
// ("A and B attended the forum"); a bare "they" may stand for anything plural before.
const THEY = /^(?:[^@,]{0,40} , )?they\b/;
const JOINT_SUBJECT = /^(?:[^@]{0,60}? )?@m(\d+)(?: , [^@]{0,100}? ,)? and (?:[^@]{0,60}? )?@m(\d+)\b/;

// An encounter of another time ("The two met previously in Geneva", "met years ago"), or words said
// elsewhere ("in an interview", "in a statement"). A recent one ("The speakers last met in Baku last
// week") is a meeting of its own, as the annotated reports count it; one of a year before the
// report's is dropped by the year it names.
const PAST_OCCASION = /\b(?:previously|in the past|years? ago|interview|statement|letter|message)\b/i;

/**
 * The two people a plural subject refers back to: the two last named (or referred to by a pronoun
 * resolved to them) before the sentence, read sentence by sentence back through the paragraph before; nobody when the sentence that brings the
 * count to two names a third, or they are of one country (colleagues, not two sides).
 */
function twoNamedBefore(doc: Doc, at: number): [number, number] | undefined {
  const seen: number[] = [];
  const own = doc.sentences[at];
  for (let i = at - 1; i >= 0 && i >= at - 4; i--) {
    const s = doc.sentences[i] as Sentence;
    if (s.headline || (own && own.paragraph - s.paragraph > 1)) break;
    const named = [...new Set(s.mentions.map((m) => m.person))].filter(
      (p): p is number => p !== undefined && !seen.includes(p),
    );
    // Two named in what is recalled or quoted from elsewhere ("the treaty A and B signed in 2019", "in
    // a letter to B") are not two who are together in the report.
    if (named.length && (quotesElsewhere(s) || tellsOfEarlierEncounter(s.text, doc.article.published)))
      return undefined;
    seen.push(...named);
    if (seen.length >= 2) break;
  }
  if (seen.length !== 2) return undefined;
  const [a, b] = seen as [number, number];
  const [ca, cb] = [doc.people[a]?.country, doc.people[b]?.country];
  if (!ca || !cb || ca === cb) return undefined;
  return [a, b];
}

/** The meetings told by a plural subject that stands for two people named just before. */
export function pluralSubjectMeetings(doc: Doc): Proposal[] {
  const out: Proposal[] = [];
  for (const s of doc.sentences) {
    if (s.headline || s.index === 0) continue;
    const sk = skeleton(s);
    const planned = !PLURAL_MEETING.test(sk) && PLURAL_PLAN.test(sk);
    if (!planned && !PLURAL_MEETING.test(sk)) continue;
    if (speaksOfExchangeAtADistance(s.text) || recallsAnEncounter(s.text) || PAST_OCCASION.test(s.text))
      continue;
    if (tellsOfEarlierEncounter(s.text, doc.article.published)) continue;
    let pair = twoNamedBefore(doc, s.index);
    if (pair && THEY.test(sk)) {
      const before = doc.sentences[s.index - 1] as Sentence;
      const joint = JOINT_SUBJECT.exec(skeleton(before));
      const named = [
        before.mentions[Number(joint?.[1])]?.person,
        before.mentions[Number(joint?.[2])]?.person,
      ];
      if (!pair.every((p) => named.includes(p))) pair = undefined;
    }
    if (!pair) continue;
    out.push(pairProposal(s.index, pair[0], pair[1], "plural-subject", planned));
  }
  return out;
}
