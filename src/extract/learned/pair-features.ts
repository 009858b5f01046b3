/**
 * Features of a candidate pair of people of one article, for the learned pairing (see union.ts).
 * The weights in data/pairing-model.json were learned on exactly these features (scripts/train-pairing.mjs
 * computes them with this file): change a feature and retrain, or the weights mean nothing.
 * Nothing here names an article, person or place: word lists of how news prose reports meetings,
 * and positions and counts.
 */
import { escapePattern } from "../../text/escape-pattern.ts";

/** A whole-word pattern (no letter or digit on either side), any run of spaces matching a space. */
const wordPattern = (s: string, flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapePattern(s).replace(/\s+/g, "\\s+")}(?![\\p{L}\\p{N}])`, flags);

const MEETING_WORDS = [
  "met",
  "meet",
  "meets",
  "meeting",
  "meetings",
  "talks",
  "received",
  "receives",
  "receiving",
  "hosted",
  "hosts",
  "held talks",
  "negotiations",
  "visit",
  "visited",
  "visiting",
  "discussed",
  "discuss",
  "welcomed",
  "call on",
  "called on",
  "courtesy call",
  "audience",
  "phone conversation",
  "telephone",
  "phone call",
  "conversation",
  "bilateral",
  "sat down",
  "conferred",
  "greeted",
  "videoconference",
  "video conference",
  "consultations",
];
const SPEECH_WORDS = [
  "said",
  "noted",
  "stressed",
  "emphasized",
  "emphasised",
  "stated",
  "expressed",
  "added",
  "underlined",
  "pointed out",
  "for his part",
  "for her part",
  "in turn",
  "thanked",
  "invited",
  "informed",
  "told",
];
const GROUP_WORDS = [
  "delegation",
  "delegations",
  "ambassador",
  "ambassadors",
  "group",
  "mission",
  "members",
  "representatives",
  "parliamentarians",
  "deputies",
  "mps",
  "leadership",
  "heads",
  "senators",
  "envoy",
  "chargé",
  "charge",
  "team",
];
const PLAN_WORDS = ["will", "to meet", "expected", "plans", "scheduled", "upcoming", "would"];
// Substrings, not words: "congratulat" stands for congratulate, congratulations, ...
const NEGATIVE_STEMS = ["letter", "message", "congratulat", "condolence", "telegram", "not"];

const patterns = (list: string[]) => list.map((w) => wordPattern(w, "iu"));
const MEETING = patterns(MEETING_WORDS);
const SPEECH = patterns(SPEECH_WORDS);
const GROUP = patterns(GROUP_WORDS);
const PLAN = patterns(PLAN_WORDS);
const NEGATIVE = NEGATIVE_STEMS.map((w) => new RegExp(escapePattern(w), "iu"));
const anyOf = (list: RegExp[], s: string) => list.some((re) => re.test(s));

// What else than an encounter a sentence may tell of two people, by kind: the features name the kind
// found in the sentence that tells of the pair, and between their two names. Stems, any case.
const CONTEXTS: [string, RegExp][] = [
  ["praise", /\b(?:prais|commend|laud|applaud|hail|admir)/iu],
  ["thanks", /\b(?:thank|gratitude|grateful|appreciat)/iu],
  ["congrat", /congratulat|felicitat/iu],
  ["written", /\b(?:letters?|messages?|telegrams?|cables?|wrote|written|signed)\b/iu],
  ["condolence", /condolence|sympath|mourn/iu],
  ["remote", /\b(?:tele)?phone|\bvideo|\bonline\b|\bvirtual|\bcalled\b/iu],
  ["greetings", /\b(?:greetings|regards|best wishes)\b/iu],
  ["conveyed", /\b(?:conve(?:y|yed|ys)|passed on|handed (?:over )?a)\b/iu],
  [
    "future",
    /\b(?:will|would|shall|to meet|to visit|expected|plans?|planned|scheduled|upcoming|next (?:week|month|year))\b/iu,
  ],
  ["invite", /\binvit/iu],
  ["calledoff", /postpon|cancel|called off|call off|deferred/iu],
  ["recalled", /\b(?:recall|remind|earlier|previous|former|last year|ago|in (?:19|20)\d\d)/iu],
  ["negation", /\b(?:not|never|no|neither|nor|without)\b|n['’]t\b/iu],
  ["between", /\bbetween\b/iu],
  ["passive_by", /\b(?:was|were|been) \w+(?:ed|en) by\b/iu],
  ["quote", /["“”«»]/u],
];
/** The kinds of other-than-encounter contexts a stretch of text shows. */
const contextsOf = (s: string) => CONTEXTS.filter(([, re]) => re.test(s)).map(([kind]) => kind);

// The kind of office a title names, most telling first: two heads of parliament meet as counterparts,
// an ambassador calls on an office-holder, two members of one parliament are colleagues.
const ROLE_KINDS: [string, RegExp][] = [
  ["ambassador", /\b(?:ambassador|envoy|charg[ée]|consul)/iu],
  [
    "parl_head",
    /\b(?:speaker|chair(?:man|woman|person)?|president of the (?:\w+ )?(?:senate|parliament|assembly|house|chamber|council|congress|majlis|mazhilis|duma|diet|sejm|saeima))\b/iu,
  ],
  ["head_of_state", /\b(?:president|king|queen|emir|prince|sultan)\b/iu],
  ["government", /\b(?:prime minister|premier|minister|secretary of state)\b/iu],
  [
    "member",
    /\b(?:deputy|deputies|mp|member|senator|parliamentarian|lawmaker|legislator|congress(?:man|woman))\b/iu,
  ],
];
/** The kind of office of a person's titles (the most telling kind any title names), or "none"/"other". */
export function roleKind(titles: readonly string[]): string {
  if (!titles.length) return "none";
  for (const [kind, re] of ROLE_KINDS) if (titles.some((t) => re.test(t))) return kind;
  return "other";
}

// Capitalised role and institution words are generic, so the bag of words keeps them; other
// capitalised words (country or party names) would tie the model to the places of its training articles.
const ROLE_WORDS = new Set(
  (
    "speaker chairman chairwoman chairperson chair president vice minister prime ambassador deputy head " +
    "secretary general senate senator parliament parliamentary assembly council house delegation committee mr mrs ms dr " +
    "foreign affairs national people congress state meeting talks during"
  ).split(" "),
);
/** The bag-of-words words of a stretch of text: lower-case words (and role words), lower-cased. */
const words = (s: string) =>
  (s.match(/\p{L}+/gu) ?? [])
    .filter((w) => w.length >= 2 && (w === w.toLowerCase() || ROLE_WORDS.has(w.toLowerCase())))
    .map((w) => w.toLowerCase());

/** A person of the article as the pairing sees them. */
export interface PairingPerson {
  /** The fullest name. */
  name: string;
  /** Every spelling of the name the article uses. */
  forms: string[];
  /** The titles the article gives the person (roles, and roles relative to someone else). */
  roleTitles: string[];
  country?: string;
}

/** A pair of people of one article with its features; `people` are indexes into the people given. */
export interface PairCandidate {
  people: [number, number];
  /** The sentence that tells most about them: the first with both and a meeting word, else the first with both. */
  sentence: number;
  features: Map<string, number>;
}

interface Mention {
  sentence: number;
  start: number;
  end: number;
}

/** Patterns of a person's mentions: each name form, a title of two words or more, the surname (4+ letters). */
function mentionPatterns(p: PairingPerson): RegExp[] {
  const forms = new Set(p.forms.filter((f) => f?.trim()).map((f) => f.trim()));
  // A title of a single word ("Speaker") would stand for anyone holding it.
  for (const t of p.roleTitles) if (t.trim().split(/\s+/).length >= 2) forms.add(t.trim());
  const last = p.name.trim().split(/\s+/).pop();
  if (last && [...last].filter((c) => /\p{L}/u.test(c)).length >= 4) forms.add(last);
  // A title may be written in any case ("the deputy speaker"), a name only as written.
  const titles = new Set(p.roleTitles.map((t) => t.trim()));
  return [...forms].map((f) => wordPattern(f, titles.has(f) ? "giu" : "gu"));
}

/** Where a person is mentioned; where two forms overlap the longest one counts once. */
function mentionsOf(p: PairingPerson, sentences: string[]): Mention[] {
  const res = mentionPatterns(p);
  const out: Mention[] = [];
  sentences.forEach((text, sentence) => {
    const spans: [number, number][] = [];
    for (const re of res) for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
    spans.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
    let lastEnd = -1;
    for (const [start, end] of spans)
      if (start >= lastEnd) {
        out.push({ sentence, start, end });
        lastEnd = end;
      }
  });
  return out;
}

/** The name of the first bucket (`<=cut`) a count falls in, or `>last`. */
const bucket = (x: number, cuts: number[]) => {
  for (const cut of cuts) if (x <= cut) return `<=${cut}`;
  return `>${cuts[cuts.length - 1]}`;
};

/**
 * Every pair of the article's people with its features. `sentences` are the article's sentences as
 * the model was trained on them: the title first (unless a body sentence repeats it), then the body.
 * `rulesMeetings` are the rules' meetings of the article (indexes into `people`): whether the rules
 * already pair the two, or either with someone else, is a feature.
 */
export function pairCandidates(
  sentences: string[],
  people: PairingPerson[],
  rulesMeetings: readonly (readonly number[])[] = [],
): PairCandidate[] {
  const mentions = people.map((p) => mentionsOf(p, sentences));
  const firstAt = (id: number) => {
    const m = mentions[id]?.[0];
    return m ? m.sentence * 10000 + m.start : 1e9;
  };
  // People in the order the article first names them: the first is the article's protagonist.
  const ids = people.map((_, i) => i).sort((x, y) => firstAt(x) - firstAt(y));
  const rank = new Map(ids.map((id, i) => [id, i]));
  const mentionsOfId = (id: number) => mentions[id] ?? [];
  const sentencesOf = (id: number) => new Set(mentionsOfId(id).map((m) => m.sentence));
  const meetingSentence = sentences.map((t) => anyOf(MEETING, t));
  const speechSentence = sentences.map((t) => anyOf(SPEECH, t));
  const peopleIn = sentences.map(
    (_, s) => ids.filter((id) => mentionsOfId(id).some((m) => m.sentence === s)).length,
  );

  // How many meeting-word sentences two people share: each person's main counterpart is the one
  // sharing most (the first named among equals).
  const shared = (x: number, y: number) => {
    const sx = sentencesOf(x);
    return [...sentencesOf(y)].filter((s) => sx.has(s) && meetingSentence[s]).length;
  };
  const topPartner = new Map(
    ids.map((x) => {
      let best: number | null = null;
      let most = 0;
      for (const y of ids) {
        if (y === x) continue;
        const n = shared(x, y);
        if (n > most) {
          most = n;
          best = y;
        }
      }
      return [x, best] as const;
    }),
  );

  const candidates: PairCandidate[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i] as number;
      const b = ids[j] as number;
      const ma = mentionsOfId(a);
      const mb = mentionsOfId(b);
      const f = new Map<string, number>();
      f.set("bias", 1);
      f.set(`npeople:${bucket(ids.length, [1, 2, 3, 5])}`, 1);
      const sa = sentencesOf(a);
      const sb = sentencesOf(b);
      const together = [...sa].filter((s) => sb.has(s)).sort((x, y) => x - y);
      const togetherMeeting = together.filter((s) => meetingSentence[s]);
      f.set("co_any", together.length ? 1 : 0);
      f.set("co_log", Math.log1p(together.length));
      f.set("comeet_any", togetherMeeting.length ? 1 : 0);
      f.set("comeet_log", Math.log1p(togetherMeeting.length));
      let nearest = 99;
      for (const x of sa) for (const y of sb) nearest = Math.min(nearest, Math.abs(x - y));
      f.set(`sdist:${bucket(nearest, [0, 1, 2, 5])}`, 1);
      // The nearest distance where one of the two sentences has a meeting word.
      let nearestMeeting = 99;
      for (const x of sa)
        for (const y of sb)
          if (meetingSentence[x] || meetingSentence[y])
            nearestMeeting = Math.min(nearestMeeting, Math.abs(x - y));
      f.set(`sdistmeet:${bucket(nearestMeeting, [0, 1, 2, 5])}`, 1);
      const best = togetherMeeting[0] ?? together[0];
      let sentence: number;
      if (best !== undefined) {
        sentence = best;
        addSentenceFeatures(f, sentences, best, ma, mb, peopleIn, speechSentence, sa, sb);
      } else {
        // Never in one sentence: the earliest sentence naming either stands for the pair.
        sentence = Math.min(...sa, ...sb);
        f.set("no_co", 1);
        if (nearest === 1) {
          let adjacentMeeting = 0;
          for (const x of sa) if ((sb.has(x + 1) || sb.has(x - 1)) && meetingSentence[x]) adjacentMeeting = 1;
          for (const y of sb) if ((sa.has(y + 1) || sa.has(y - 1)) && meetingSentence[y]) adjacentMeeting = 1;
          f.set("adj_meet", adjacentMeeting);
        }
      }
      f.set("top_partner_both", topPartner.get(a) === b && topPartner.get(b) === a ? 1 : 0);
      f.set("top_partner_one", (topPartner.get(a) === b) !== (topPartner.get(b) === a) ? 1 : 0);
      f.set("first_sent_both", sa.has(0) && sb.has(0) ? 1 : 0);
      f.set("first_sent_one", (sa.has(0) ? 1 : 0) + (sb.has(0) ? 1 : 0) === 1 ? 1 : 0);
      f.set("protagonist", rank.get(a) === 0 || rank.get(b) === 0 ? 1 : 0);
      f.set("top2", (rank.get(a) as number) <= 1 && (rank.get(b) as number) <= 1 ? 1 : 0);
      f.set("unmentioned", ma.length === 0 || mb.length === 0 ? 1 : 0);
      f.set("men_min", Math.log1p(Math.min(ma.length, mb.length)));
      f.set("men_max", Math.log1p(Math.max(ma.length, mb.length)));
      const pa = people[a] as PairingPerson;
      const pb = people[b] as PairingPerson;
      f.set(`roles:${(pa.roleTitles.length ? 1 : 0) + (pb.roleTitles.length ? 1 : 0)}`, 1);
      f.set(
        pa.country && pb.country
          ? pa.country === pb.country
            ? "country_same"
            : "country_diff"
          : "country_unknown",
        1,
      );
      const kinds = [roleKind(pa.roleTitles), roleKind(pb.roleTitles)].sort();
      f.set(`kinds:${kinds.join("|")}`, 1);
      for (const k of new Set(kinds)) f.set(`kind:${k}`, 1);
      for (const k of contextsOf(sentences[sentence] ?? "")) f.set(`ctx:${k}`, 1);
      const inRules = (id: number) => rulesMeetings.some((m) => m.includes(id));
      const pairedByRules = rulesMeetings.some((m) => m.includes(a) && m.includes(b));
      f.set(
        pairedByRules ? "rules:pair" : `rules:${(inRules(a) ? 1 : 0) + (inRules(b) ? 1 : 0)}_elsewhere`,
        1,
      );
      f.set(`rules_meetings:${bucket(rulesMeetings.length, [0, 1, 2])}`, 1);
      candidates.push({ people: [a, b], sentence, features: f });
    }
  }
  return candidates;
}

/** Features of the sentence where both are named: what stands between them, around them, in it, after it. */
function addSentenceFeatures(
  f: Map<string, number>,
  sentences: string[],
  best: number,
  ma: Mention[],
  mb: Mention[],
  peopleIn: number[],
  speechSentence: boolean[],
  sa: Set<number>,
  sb: Set<number>,
): void {
  const text = sentences[best] as string;
  const x = ma.find((m) => m.sentence === best) as Mention;
  const y = mb.find((m) => m.sentence === best) as Mention;
  const [left, right] = x.start < y.start ? [x, y] : [y, x];
  const between = text.slice(left.end, right.start);
  const betweenWords = words(between);
  f.set(`tokdist:${bucket(betweenWords.length, [1, 3, 8, 15])}`, 1);
  f.set("btw_meet", anyOf(MEETING, between) ? 1 : 0);
  f.set("btw_and_only", /^\s*(,?\s*and|&)\s*$/i.test(between) ? 1 : 0);
  f.set("btw_with", /\bwith\b/i.test(between) ? 1 : 0);
  f.set("btw_commas", Math.min(3, (between.match(/,/g) ?? []).length));
  for (const k of contextsOf(between)) f.set(`btw_ctx:${k}`, 1);
  f.set(`best_others:${bucket((peopleIn[best] as number) - 2, [0, 1])}`, 1);
  f.set(`best_sent:${bucket(best, [0, 1, 2, 5])}`, 1);
  f.set("best_speech", speechSentence[best] ? 1 : 0);
  f.set("best_plan", anyOf(PLAN, text) ? 1 : 0);
  f.set("best_neg", NEGATIVE.some((re) => re.test(text)) ? 1 : 0);
  f.set("best_group", anyOf(GROUP, text) ? 1 : 0);
  for (const w of new Set(betweenWords)) f.set(`btw:${w}`, 1);
  for (const w of new Set(words(text.slice(0, left.start)).slice(-3))) f.set(`pre:${w}`, 1);
  for (const w of new Set(words(text.slice(right.end)).slice(0, 3))) f.set(`post:${w}`, 1);
  // A speech verb soon after that names one of them ("For his part, B said ..."): they spoke to each other.
  let speechLater = 0;
  for (let s = best + 1; s < Math.min(sentences.length, best + 6); s++)
    if (speechSentence[s] && (sa.has(s) || sb.has(s))) speechLater = 1;
  f.set("speech_later", speechLater);
}
