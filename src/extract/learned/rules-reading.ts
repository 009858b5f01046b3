/**
 * What the rules make of a pair the learned pairing proposes: whether their own checks of a sentence
 * let it stand as an encounter, and if so the date, place and occasion their refiners give it. The
 * model reads words, not clauses: it pairs the two people of "X received a letter from Y", "X praised
 * President Y" or "X recalled that he had met Y in 2015" as readily as those of "X met Y". The rules
 * already know these sentences for no encounter, so the pairing adds a meeting only where they agree
 * the sentence could report one, and never dates or places it otherwise than they would.
 */
import type { ParsedArticle } from "../../corpus/article.ts";
import type { MeetingDate } from "../../facts/types.ts";
import { readArticle } from "../article.ts";
import { assembleMeetings } from "../assemble.ts";
import { calledOffMentions, isCalledOff } from "../called-off.ts";
import type { Doc, Sentence } from "../document.ts";
import { looksAhead, reportsRemoteExchange } from "../implied.ts";
import { filingDay } from "../meeting-dates.ts";
import { namedThroughANoun, namesAnEncounter, type Proposal, skeleton, wishesToMeet } from "../meetings.ts";
import { speaksOfRecalled, tellsOfEarlierEncounter } from "../recalled.ts";
import { quotesElsewhere, speaksOfExchangeAtADistance } from "../said-elsewhere.ts";

/** The finder name the pair's proposal carries among the rules' proposals. */
const PAIRING_PROPOSAL = "learned-pairing";

/** The details of an added meeting, as the rules' refiners give them. */
export interface PairReading {
  date?: MeetingDate;
  place?: string;
  occasion?: string;
}

/**
 * Reads the pair `pair` (two person ids of the fact base) in `evidence`, a sentence of `article`, the
 * way the rules would: undefined when the rules reject the sentence as an encounter of the two,
 * else the date, place and occasion their refiners give the meeting. `personIds` maps each person of
 * the article as the rules number them (its local ids) to their id in the fact base.
 */
export function readPairByTheRules(
  article: ParsedArticle,
  personIds: readonly string[],
  pair: readonly [string, string],
  evidence: string,
): PairReading | undefined {
  const { doc, proposals } = readArticle(article);
  const sentence = doc.sentences.find((s) => s.text === evidence);
  if (!sentence) return undefined;
  // Both must be named in the sentence: a pair the report never names together is the article
  // pass's to tie (implied.ts), and it has read this article already.
  const local = pair.map(
    (id) => sentence.mentions.find((m) => m.person !== undefined && personIds[m.person] === id)?.person,
  );
  const [a, b] = local;
  if (a === undefined || b === undefined || a === b) return undefined;
  if (rejectedAsEncounter(doc, sentence, a, b) || readOtherwise(proposals, sentence, a, b)) return undefined;
  // The rules' refiners assemble the pair beside their own meetings: they drop it as they drop theirs
  // (a meeting recalled beside the one reported, a headline the body retells) and date and place it
  // from its sentence with the evidence they demand of their own.
  const meetings = assembleMeetings(doc, [
    ...proposals,
    { sentence: sentence.index, people: [a, b], parties: [], planned: false, finder: PAIRING_PROPOSAL },
  ]);
  const own = meetings.find((m) => m.finders[0] === PAIRING_PROPOSAL);
  if (!own || own.planned) return undefined;
  return {
    ...(own.date ? { date: own.date } : {}),
    ...(own.place ? { place: own.place } : {}),
    ...(own.occasion ? { occasion: own.occasion } : {}),
  };
}

/**
 * The rules' checks that a sentence naming people `a` and `b` (local ids) reports no encounter of
 * theirs: an article about a call or a letter; words quoted from elsewhere, recalled, or of an
 * exchange at a distance; something to come; no word the finders read an encounter by (praise,
 * thanks, congratulations, a relationship, a visit or a letter received); a meeting called off; an
 * earlier encounter; a wish to meet; the second named as the author of a thing; or two not known
 * to be of two countries.
 */
function rejectedAsEncounter(doc: Doc, s: Sentence, a: number, b: number): boolean {
  if (reportsRemoteExchange(doc) || quotesElsewhere(s) || speaksOfExchangeAtADistance(s.text)) return true;
  if (looksAhead(s.text) || speaksOfRecalled(s.text) || !namesAnEncounter(s.text)) return true;
  if (wishesToMeet(s.text) || isCalledOff([a, b], calledOffMentions(skeleton(s)))) return true;
  if (secondThroughANoun(s, a, b)) return true;
  if (tellsOfEarlierEncounter(s.text, filingDay(doc.article), doc.sentences[s.index + 1]?.text)) return true;
  // As the article pass ties a side that only acts in a report (implied.ts): only someone of a known
  // country other than the other's is a side met; two of one country are colleagues, and one of no
  // known country is as likely a colleague, a person spoken of or the same side spelt another way.
  const [ca, cb] = [doc.people[a]?.country, doc.people[b]?.country];
  return !ca || !cb || ca === cb;
}

/**
 * Whether the one of `a` and `b` named second is named as the owner or author of a thing rather than
 * as the one met ("attended a luncheon on the law proposed by B"): the words between their names end
 * as the finders' objects do when a noun, not the verb, holds the person (meetings.ts).
 */
function secondThroughANoun(s: Sentence, a: number, b: number): boolean {
  const sk = skeleton(s);
  const mentionOf = (p: number) => s.mentions.findIndex((m) => m.person === p);
  const [first, second] = [mentionOf(a), mentionOf(b)].sort((x, y) => x - y);
  if (first === undefined || second === undefined || first < 0) return false;
  const at = (n: number) => sk.search(new RegExp(`@m${n}(?!\\d)`));
  const [from, to] = [at(first), at(second)];
  if (from < 0 || to < from) return false;
  const gap = sk.slice(from + `@m${first}`.length, to).trimEnd();
  // The sentence before the gap's last verb and preposition: "was received by" is a passive.
  return namedThroughANoun(gap, sk.slice(0, from) + gap.replace(/ ?\S+ \S+$/, ""));
}

/**
 * Whether the finders have already read the sentence as telling who met `a` or `b`: a meeting (or an
 * attendance) of either proposed there. They read its clauses ("met Y and members of the delegation,
 * including Z"; "A and B opened the meeting, attended by C"); a second pairing of the same sentence
 * by word counts would overrule that reading.
 */
function readOtherwise(proposals: readonly Proposal[], s: Sentence, a: number, b: number): boolean {
  return proposals.some((p) => p.sentence === s.index && (p.people.includes(a) || p.people.includes(b)));
}
