/**
 * The last refiner of extraction: the learned pairing amends an article's rules meetings (see
 * union.ts). It runs on the fact base, once every article of the batch is read, because that is what
 * the model was trained on: a person's spellings and country there gather what every article says of
 * them (a report's bare "President X" gets the country other reports state), and the features lean
 * on them (whether two people are of one country or of two is among the strongest).
 */
import type { Article, Meeting, Person } from "../../facts/types.ts";
import { logisticScore } from "./logistic.ts";
import { type PairingPerson, pairCandidates } from "./pair-features.ts";
import { pairingWeightsFor } from "./pairing-model.ts";
import type { PairReading } from "./rules-reading.ts";
import { unionOfMeetings } from "./union.ts";

/** The finder name recorded on a meeting the pairing added. */
export const PAIRING_FINDER = "learned-pairing";

/** An article's sentences as the model was trained on them: the title first (unless the body repeats it), then the body. */
export function pairingSentences(article: Article): string[] {
  const body = article.sentences ?? [];
  return article.title && !body.includes(article.title) ? [article.title, ...body] : body;
}

/**
 * The people each article gives a role or only names, in the order of the fact base (the features
 * order them by first mention; this order breaks the ties). Built once for a batch of articles.
 */
export function peopleByArticle(people: readonly Person[]): Map<string, Person[]> {
  const byArticle = new Map<string, Person[]>();
  for (const p of people) {
    const articles = new Set([...p.roles.map((r) => r.articleId), ...(p.mentionedIn ?? [])]);
    for (const id of articles) {
      const list = byArticle.get(id);
      if (list) list.push(p);
      else byArticle.set(id, [p]);
    }
  }
  return byArticle;
}

/** The people of an article: those it gives a role or only names, then those of its meetings. */
export function peopleOfArticle(
  named: readonly Person[],
  people: readonly Person[],
  meetings: readonly Meeting[],
): Person[] {
  const out = [...named];
  const ids = new Set(named.map((p) => p.id));
  const missing = meetings.flatMap((m) => m.participants).filter((id) => !ids.has(id));
  if (!missing.length) return out;
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const id of missing) {
    const p = byId.get(id);
    if (p && !ids.has(id)) {
      ids.add(id);
      out.push(p);
    }
  }
  return out;
}

/** A person of the fact base as the pairing's features see them in one article. */
export function pairingPerson(p: Person, articleId: string): PairingPerson {
  return {
    name: p.name,
    forms: [p.name, ...p.aliases],
    roleTitles: p.roles.filter((r) => r.articleId === articleId).map((r) => r.title),
    ...(p.country ? { country: p.country } : {}),
  };
}

/**
 * How the rules read a pair the model proposes in its sentence (see rules-reading.ts): undefined when
 * their checks reject the sentence as an encounter of the two, else the details they give it.
 */
export type PairReader = (pair: readonly [string, string], evidence: string) => PairReading | undefined;

/**
 * One article's meetings after the pairing: two-person meetings the model finds very unlikely are
 * dropped, pairs it finds very likely that no meeting holds are added. An added meeting is held and
 * cites the sentence that names the pair. With `readByRules`, a pair is added only where the rules'
 * own checks let its sentence stand as an encounter, and takes the date, place and occasion their
 * refiners give it; without, it has none (a date the text does not support must be absent rather
 * than guessed).
 */
export function refineWithLearnedPairing(
  article: Article,
  named: readonly Person[],
  people: readonly Person[],
  meetings: readonly Meeting[],
  options: { recordFinders?: boolean; readByRules?: PairReader } = {},
): Meeting[] {
  const local = peopleOfArticle(named, people, meetings);
  if (local.length < 2) return [...meetings];
  const index = new Map(local.map((p, i) => [p.id, i]));
  const sentences = pairingSentences(article);
  const weights = pairingWeightsFor(article.id);
  const rulesMeetings = meetings.map((m) => m.participants.map((id) => index.get(id) as number));
  const pairs = pairCandidates(
    sentences,
    local.map((p) => pairingPerson(p, article.id)),
    rulesMeetings,
  ).map((c) => ({ ...c, probability: logisticScore(weights, c.features) }));
  const { keep, add } = unionOfMeetings(rulesMeetings, pairs);
  // Read by the rules, their meetings all stand: a meeting a finder read in a clause ("conveyed the
  // greetings of Z to Y during the meeting", "at a meeting with Y, X noted") is not undone by word
  // counts. (In 5-fold cross-validation on the development articles, the drops cost recall and
  // bought no precision.)
  const result = options.readByRules ? [...meetings] : meetings.filter((_, i) => keep[i]);
  let n = meetings.length;
  const toldIn = ([a, b]: readonly number[]) =>
    pairs.find((p) => p.people.includes(a as number) && p.people.includes(b as number))?.sentence;
  // One sentence the model splits into two meetings that share someone ("A and B opened the
  // commission's meeting, attended by C": A with B, B with C, not A with C) is one it cannot read:
  // the rules found no meeting there either, and each half would be the meeting misread.
  const split = (pair: [number, number]) =>
    add.some((o) => o !== pair && toldIn(o) === toldIn(pair) && (o.includes(pair[0]) || o.includes(pair[1])));
  for (const pair of add) {
    if (options.readByRules && split(pair)) continue;
    const [a, b] = pair;
    const ids = [local[a]?.id, local[b]?.id];
    if (result.some((m) => ids.every((id) => id && m.participants.includes(id)))) continue;
    const told = pairs.find((p) => p.people.includes(a) && p.people.includes(b));
    const two = [local[a], local[b]] as Person[];
    const evidence = sentences[told?.sentence ?? 0] ?? "";
    const reading = options.readByRules?.([two[0]?.id ?? "", two[1]?.id ?? ""], evidence);
    if (options.readByRules && !reading) continue;
    const countries = [...new Set(two.map((p) => p.country).filter((c): c is string => !!c))];
    result.push({
      id: `${article.id}#${++n}`,
      articleId: article.id,
      participants: two.map((p) => p.id),
      participantNames: two.map((p) => p.name),
      parties: [],
      countries,
      ...reading,
      status: "held",
      agreements: [],
      topics: [],
      evidence,
      ...(options.recordFinders ? { finders: [PAIRING_FINDER] } : {}),
    });
  }
  return result;
}
