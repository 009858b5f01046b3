/**
 * Fills each meeting of an article with the documents signed and the topics discussed, read from
 * the article's sentences: a sentence's details belong to the meeting it reports, else to the
 * meeting the article last told of.
 */

import { agreementsOfSentence } from "./agreements.ts";
import type { LocalMeeting } from "./assemble.ts";
import type { Doc } from "./document.ts";
import { articleProtagonist } from "./protagonist.ts";
import { topicsOfSentence } from "./topics.ts";

/**
 * The meeting a sentence's details belong to: the meeting it reports itself; else the last one told
 * before it that the article's protagonist took part in ("X met Y. … talks between the presidents
 * showed … During the meeting, a memorandum was signed": the meeting is X's, not the presidents'),
 * else the last one told before it, else the first.
 */
function ownerOf(
  ordered: LocalMeeting[],
  sentence: number,
  protagonist: number | undefined,
): LocalMeeting | undefined {
  const own = ordered.find((m) => m.sentence === sentence);
  if (own) return own;
  const before = ordered.filter((m) => m.sentence < sentence).reverse();
  return (
    (protagonist === undefined ? undefined : before.find((m) => m.people.includes(protagonist))) ??
    before[0] ??
    ordered[0]
  );
}

/** The planned meeting told nearest to a sentence ("During the visit, a memorandum will be signed. X will also meet …"). */
function nearestPlanned(ordered: LocalMeeting[], sentence: number): LocalMeeting | undefined {
  const distance = (m: LocalMeeting) => Math.abs(m.sentence - sentence);
  return ordered.filter((m) => m.planned).sort((a, b) => distance(a) - distance(b))[0];
}

/** Adds a document to a meeting's list; of two names of one document the fuller one is kept. */
function addAgreement(list: string[], text: string): void {
  const lower = text.toLowerCase();
  const dup = list.findIndex((x) => x.toLowerCase().includes(lower) || lower.includes(x.toLowerCase()));
  if (dup < 0) list.push(text);
  else if (text.length > (list[dup] as string).length && text.length <= 200) list[dup] = text;
}

/**
 * Records on each meeting the documents signed (a foreseen signing only on a planned meeting) and
 * up to six topics, from the article's body sentences.
 */
export function fillAgreementsAndTopics(doc: Doc, meetings: LocalMeeting[]): void {
  if (!meetings.length) return;
  const ordered = [...meetings].sort((a, b) => a.sentence - b.sentence);
  const protagonist = articleProtagonist(doc)?.id;
  const year = Number(doc.article.published?.slice(0, 4)) || undefined;
  // What one side stressed the importance of, per meeting: topics only after the matters discussed.
  const stressed = new Map<LocalMeeting, string[]>();
  for (const s of doc.sentences) {
    if (s.headline) continue;
    const target = ownerOf(ordered, s.index, protagonist);
    if (!target) continue;
    for (const a of agreementsOfSentence(s.text, year)) {
      // A signing foreseen is the business of a meeting foreseen: the nearest one the article tells of.
      const owner = a.planned ? nearestPlanned(ordered, s.index) : target;
      if (owner) addAgreement(owner.agreements, a.text);
    }
    for (const t of topicsOfSentence(s.text)) {
      const list = t.weak
        ? (stressed.get(target) ?? stressed.set(target, []).get(target) ?? [])
        : target.topics;
      if (!list.some((x) => x.toLowerCase() === t.text.toLowerCase())) list.push(t.text);
    }
  }
  // The matters said to be discussed come first; what one side stressed fills what room is left.
  for (const m of meetings) {
    const extra = stressed.get(m) ?? [];
    m.topics = [...m.topics, ...extra.filter((t) => !m.topics.includes(t))].slice(0, MAX_TOPICS);
  }
}

// A reply lists a meeting's topics on one line: a handful is what fits.
const MAX_TOPICS = 6;
