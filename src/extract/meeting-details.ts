/**
 * Fills each meeting of an article with the documents signed and the topics discussed, read from
 * the article's sentences: a sentence's details belong to the meeting it reports, else to the
 * meeting the article last told of.
 */

import { escapePattern } from "../text/escape-pattern.ts";
import { agreementsOfSentence } from "./agreements.ts";
import type { LocalMeeting } from "./assemble.ts";
import type { Doc, LocalPerson } from "./document.ts";
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

/**
 * The planned meeting a foreseen signing belongs to: of those whose side the sentence names (by name,
 * or by the body they lead: "the signing … will be held during the visit to the State Duma"), else of
 * all, the one told nearest to the sentence ("During the visit, a memorandum will be signed. X will
 * also meet …").
 */
function plannedOwner(doc: Doc, ordered: LocalMeeting[], sentence: number): LocalMeeting | undefined {
  const distance = (m: LocalMeeting) => Math.abs(m.sentence - sentence);
  const planned = ordered.filter((m) => m.planned).sort((a, b) => distance(a) - distance(b));
  const text = doc.sentences[sentence]?.text ?? "";
  // Someone in every planned meeting (the visitor) names none of them in particular.
  const shared = new Set(planned[0]?.people.filter((p) => planned.every((m) => m.people.includes(p))));
  const named = planned.filter((m) =>
    m.people.some((p) => !shared.has(p) && namedIn(text, doc.people[p] as LocalPerson)),
  );
  return named[0] ?? planned[0];
}

// Whether a sentence names a person: a form of their name, or the body one of their roles is in.
function namedIn(text: string, person: LocalPerson): boolean {
  const words = [...person.names, ...person.roles.map(bodyOf)].filter((w) => w !== undefined && w.length > 3);
  return words.some((w) => new RegExp(`\\b${escapePattern(w as string)}\\b`, "u").test(text));
}

// The body a role is in: the one read with it, else the capitalised words after "of the" in its title
// ("Chairman of the National Chamber of X": "National Chamber").
function bodyOf(role: { title: string; body?: string }): string | undefined {
  return role.body ?? /\bof the ((?:\p{Lu}[\p{L}-]*\s?)+)/u.exec(role.title)?.[1]?.trim();
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
      const owner = a.planned ? plannedOwner(doc, ordered, s.index) : target;
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
