/**
 * How news prose reports what a question asks in other words: "what did X give Y?" is answered by
 * "X presented Y with the Order …", "what did X tell Y about?" by "X informed Y of …", "why was X in
 * Y?" by "X came to attend …". Used when quoting sentences, so that a question's verb also finds the
 * verbs reporters use for the same act. Each group is one act; any word of it stands for the others.
 */
import { stem } from "../text/stem.ts";

// Words (any inflection, irregular ones spelled out) that report one act, each word in one group only
// (a word in two would join their acts). Words that are as often nouns of another sense ("state",
// "hand") are left out.
const ACTS: string[][] = [
  ["give", "gave", "given", "gift", "gifted", "present", "presented", "award", "awarded"],
  [
    "tell",
    "told",
    "brief",
    "briefed",
    "inform",
    "informed",
    "update",
    "updated",
    "updates",
    "explain",
    "explained",
    "outline",
    "outlined",
    "acquaint",
    "acquainted",
  ],
  ["ask", "asked", "request", "requested", "seek", "sought", "urge", "urged", "invite", "invited"],
  [
    "say",
    "said",
    "welcome",
    "welcomed",
    "remark",
    "remarked",
    "note",
    "noted",
    "stress",
    "stressed",
    "emphasize",
    "emphasized",
    "emphasise",
    "emphasised",
    "point",
    "pointed",
    "highlight",
    "highlighted",
    "underline",
    "underlined",
    "articulate",
    "articulated",
    "voice",
    "voiced",
    "added",
  ],
  [
    "praise",
    "praised",
    "commend",
    "commended",
    "appreciate",
    "appreciated",
    "hail",
    "hailed",
    "laud",
    "lauded",
  ],
  ["thank", "thanked", "gratitude", "grateful"],
  // "Expect" is here, not with asking: news prose uses it for a hope about what will come ("expects
  // the visit to open new routes", "expressed the expectation that …"); even "expects Y to ratify" tells
  // what X hopes Y does, which a question with "hope" asks for.
  ["expect", "expected", "expectation", "believe", "believed", "hope", "hoped"],
  // "Where did X land?" is answered by "X arrived in …", "upon his arrival in …".
  ["arrive", "arrived", "arrives", "arrival", "land", "landed", "lands"],
  ["fly", "flew", "flown", "flies", "flight"],
  ["mention", "mentioned", "recall", "recalled", "refer", "referred", "cite", "cited"],
  ["propose", "proposed", "proposal", "suggest", "suggested", "offer", "offered"],
  ["plan", "plans", "planned", "intention", "intend", "intends", "intended"],
  // "Who led the delegation?" is answered by "X, leading the delegation", "under the leadership of X".
  // ("Headed" stems to "head", a title word no sentence keeps; "leader" names an office, not the act.)
  ["lead", "leads", "led", "leading", "leadership"],
  // "What did X and Y discuss?" is answered by "the sides exchanged views on …", "the deliberations
  // touched on …", "the talks focused on …".
  [
    "discuss",
    "discussed",
    "discussion",
    "discussions",
    "deliberation",
    "deliberations",
    "exchanged",
    "touched",
    "focused",
    "focussed",
  ],
];

/** Words of a question that ask how a meeting was held: in person, online, by video or phone. */
export const FORMAT_ASKED =
  /\b(in person|face[- ]to[- ]face|online|virtual(ly)?|remote(ly)?|by (video|phone|telephone)|via video|video ?(link|call|conference))\b/i;

/** Words of a sentence that tell how a meeting was held, other than in person. */
export const FORMAT_TOLD = /\b(video\w*|online|virtual(ly)?|remote(ly)?|(tele)?phone|web ?conference\w*)\b/i;

// What the opening words of a question ask for, in the words of the sentence that answers it.
const OPENINGS: { pattern: RegExp; key: string; words: string[] }[] = [
  {
    pattern: /^why\b/i,
    key: "why",
    words: ["purpose", "aim", "attend", "participate", "part", "due", "because", "owing"],
  },
  { pattern: /^how long\b/i, key: "long", words: ["last", "lasted", "day", "days", "week", "weeks"] },
  // "how was the meeting held?", "how did X congratulate Y?": the means (a letter, a video link). Not
  // "how did X describe Y?": that asks for X's words.
  {
    pattern:
      /^how (did|does|do|was|were|is|are|will)\b(?!.*\b(describ|call|characteri[sz]|assess|see|saw|view|evaluat|rate|react|respond|explain|justif|sum|feel|think)\w*)/i,
    key: "how",
    words: [
      "letter",
      "message",
      "telegram",
      "phone",
      "telephone",
      "video",
      "videoconference",
      "online",
      "virtual",
      "format",
    ],
  },
  // "was the meeting in person?", "did they meet online?": how it was held, in the words that tell it
  // (a video link, a call), which a report gives in a sentence and the fact base does not record.
  {
    pattern: FORMAT_ASKED,
    key: "format",
    words: [
      "video",
      "videoconference",
      "videoconferencing",
      "online",
      "virtual",
      "virtually",
      "remotely",
      "phone",
      "telephone",
    ],
  },
];

const ALTERNATIVES = new Map<string, Set<string>>();
for (const group of ACTS) {
  const stems = group.map(stem);
  for (const s of stems) {
    const set = ALTERNATIVES.get(s) ?? new Set<string>();
    for (const other of stems) if (other !== s) set.add(other);
    ALTERNATIVES.set(s, set);
  }
}

/** The stems that report the same act as the stem `keyword` (none for most words). */
export function reportedAs(keyword: string): string[] {
  return [...(ALTERNATIVES.get(keyword) ?? [])];
}

/**
 * Keywords that the opening words of a question stand for ("why" → purpose, attend …), each as a key
 * and the stems of the words that answer it.
 */
export function openingKeywords(question: string): { key: string; stems: string[] }[] {
  return OPENINGS.filter((o) => o.pattern.test(question.trim())).map((o) => ({
    key: o.key,
    stems: o.words.map(stem),
  }));
}
