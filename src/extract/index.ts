/**
 * The extraction pipeline's entry points: parsed articles in, fact base out.
 */
import type { ParsedArticle } from "../corpus/article.ts";
import type { Article, FactBase, Meeting, Person } from "../facts/types.ts";
import { clearNameCaches } from "../text/bounded-cache.ts";
import { extractArticle } from "./article.ts";
import { exactCopy } from "./exact-lists.ts";
import { isCountryName } from "./gazetteer.ts";
import { Interner } from "./interner.ts";
import { peopleByArticle, refineWithLearnedPairing } from "./learned/refine.ts";
import { readPairByTheRules } from "./learned/rules-reading.ts";
import { learnedPairingWanted } from "./learned/switch.ts";
import { pickFullName } from "./people.ts";
import { PeopleRegistry } from "./registry.ts";

/** Options of the extractors. */
export interface ExtractOptions {
  now?: Date;
  /** Called after each article, for progress bars. */
  onProgress?: (done: number, total: number) => void;
  /** How many articles are coming, for `onProgress`, when they come one at a time (not as an array). */
  total?: number;
  /** Record on each meeting which finders proposed it (a debugging aid; not part of the committed base). */
  recordFinders?: boolean;
  /**
   * Hears of an article whose extraction threw: with it, that article is left out and the others are
   * still extracted (one odd file does not cost a corpus its fact base); without it, the error is thrown.
   */
  onFailed?: (article: ParsedArticle, error: Error) => void;
  /**
   * Let the learned pairing amend the rules' meetings (learned/refine.ts): drop two-person meetings it
   * finds very unlikely, add pairs it finds very likely where the rules' own checks let the sentence
   * stand as an encounter (learned/rules-reading.ts). Unset, PARLBOT_LEARNED_PAIRING decides
   * (learned/switch.ts).
   */
  learnedPairing?: boolean;
}

/**
 * Extracts a fresh fact base from parsed articles. They may come one at a time (a generator that reads
 * each file when asked): each is let go once its facts are folded into the base, so that only what
 * the base keeps of it stays in memory.
 */
export function extractFacts(articles: Iterable<ParsedArticle>, options: ExtractOptions = {}): FactBase {
  const base: FactBase = {
    version: 1,
    generatedAt: (options.now ?? new Date()).toISOString(),
    articles: [],
    people: [],
    meetings: [],
  };
  return addArticles(base, articles, options).base;
}

/**
 * Adds new articles to an existing fact base: articles already present (same URL or same text) are
 * ignored, people seen before stay one entry. Returns the new base and what was added.
 */
export function mergeFacts(
  base: FactBase,
  articles: ParsedArticle[],
  options: ExtractOptions = {},
): { base: FactBase; addedArticles: string[]; addedMeetings: Meeting[] } {
  const seenUrls = new Set(base.articles.map((a) => a.url).filter(Boolean));
  const seenHashes = new Set(base.articles.map((a) => a.hash).filter(Boolean));
  const seenIds = new Set(base.articles.map((a) => a.id));
  const fresh: ParsedArticle[] = [];
  for (const a of articles) {
    if ((a.url && seenUrls.has(a.url)) || seenHashes.has(a.hash)) continue;
    seenHashes.add(a.hash);
    if (a.url) seenUrls.add(a.url);
    // Two files may share a name in different folders or feeds: keep ids unique.
    let id = a.id;
    for (let n = 2; seenIds.has(id); n++) id = `${a.id}-${n}`;
    seenIds.add(id);
    fresh.push({ ...a, id });
  }
  const { base: next, added } = addArticles(base, fresh, options);
  return { base: next, addedArticles: fresh.map((a) => a.id), addedMeetings: added };
}

function addArticles(
  base: FactBase,
  articles: Iterable<ParsedArticle>,
  options: ExtractOptions,
): { base: FactBase; added: Meeting[] } {
  const registry = new PeopleRegistry(base.people);
  // The base keeps a role, a topic or an occasion of every article: one copy of each text repeated.
  const interned = new Interner();
  const newArticles: Article[] = [];
  const added: Meeting[] = [];
  const pairing = options.learnedPairing ?? learnedPairingWanted();
  // With the pairing, each article and its people's ids are kept until every article is read, so
  // that the rules can read again a pair it proposes (learned/rules-reading.ts).
  const read = new Map<string, ReadArticle>();
  const total = options.total ?? (Array.isArray(articles) ? articles.length : Number.NaN);
  let done = 0;
  for (const a of articles) {
    let extracted: ReturnType<typeof extractArticle>;
    try {
      extracted = extractArticle(a);
    } catch (error) {
      if (!options.onFailed) throw error;
      options.onFailed(a, error instanceof Error ? error : new Error(String(error)));
      continue;
    }
    const { doc, meetings } = extracted;
    newArticles.push(articleRecord(a));
    // Every person the article names gets an entry, met or only mentioned.
    const ids = doc.people.map((p) =>
      registry.resolve(
        p.names,
        p.country,
        [...p.roles, ...(p.relativeRoles ?? [])].map((r) => ({
          title: interned.get(r.title),
          ...(r.body ? { body: interned.get(r.body) } : {}),
          ...(r.country ? { country: interned.get(r.country) } : {}),
          articleId: a.id,
        })),
        p.countryGuessed,
      ),
    );
    if (pairing) read.set(a.id, { article: a, ids: ids as string[] });
    // Someone only named, with no role and no meeting here, is still known from this article ("who is X?").
    const met = new Set(meetings.flatMap((m) => m.people));
    doc.people.forEach((p, i) => {
      if (!met.has(i) && p.roles.length === 0 && !p.relativeRoles?.length)
        registry.mentionedIn(ids[i] as string, a.id);
    });
    const countryOfLocal = (i: number) => doc.people[i]?.country;
    meetings.forEach((m, k) => {
      const participants = [...new Set(m.people.map((i) => ids[i] as string))];
      // The names as this article writes them, so that an answer can cite the source's spelling.
      const participantNames = participants.map((id) => {
        const local = doc.people[m.people[m.people.findIndex((i) => ids[i] === id)] as number];
        return local ? pickFullName(local.names, local.nameCounts) : id;
      });
      const countries = [
        ...new Set(
          [...m.people.map(countryOfLocal), ...m.parties.map((p) => p.country)].filter(
            (c): c is string => !!c && isCountryName(c),
          ),
        ),
      ];
      added.push({
        id: `${a.id}#${k + 1}`,
        articleId: a.id,
        participants,
        participantNames,
        // Lists that grew by push are stored at their exact length (exact-lists.ts).
        parties: m.parties.map((x) => ({
          country: interned.get(x.country),
          description: interned.get(x.description),
        })),
        countries,
        ...(m.date ? { date: m.date } : {}),
        ...(m.place ? { place: interned.get(m.place) } : {}),
        ...(m.occasion ? { occasion: interned.get(m.occasion) } : {}),
        status: m.planned ? "planned" : "held",
        agreements: exactCopy(m.agreements),
        topics: m.topics.map((t) => interned.get(t)),
        evidence: m.evidence,
        ...(options.recordFinders ? { finders: m.finders } : {}),
      });
    });
    options.onProgress?.(++done, total);
  }
  // Every name is resolved: the registry's lookups need not be held while the base is assembled and written.
  registry.close();
  const people = registry.people();
  // Nor the caches of name words, some 20 MB for a large corpus (they fill again if names are compared).
  clearNameCaches();
  const refined = pairing ? refineAll(newArticles, added, people, read, options) : added;
  return {
    base: {
      version: 1,
      generatedAt: (options.now ?? new Date()).toISOString(),
      articles: [...base.articles, ...newArticles],
      people,
      meetings: [...base.meetings, ...refined],
    },
    added: refined,
  };
}

/**
 * The new articles' meetings as the learned pairing amends them, once their people are final
 * (learned/refine.ts). Grouped here only when asked for: the grouping walks every person of the base.
 */
function refineAll(
  newArticles: readonly Article[],
  added: readonly Meeting[],
  people: readonly Person[],
  read: ReadonlyMap<string, ReadArticle>,
  options: ExtractOptions,
): Meeting[] {
  const byArticle = new Map<string, Meeting[]>();
  for (const m of added) {
    const list = byArticle.get(m.articleId);
    if (list) list.push(m);
    else byArticle.set(m.articleId, [m]);
  }
  const named = peopleByArticle(people);
  return newArticles.flatMap((a) =>
    refineWithLearnedPairing(a, named.get(a.id) ?? [], people, byArticle.get(a.id) ?? [], {
      recordFinders: options.recordFinders,
      readByRules: (pair, evidence) => {
        const r = read.get(a.id);
        return r ? readPairByTheRules(r.article, r.ids, pair, evidence) : undefined;
      },
    }),
  );
}

/** An article as parsed, with the fact base's id of each of its people (by local id). */
interface ReadArticle {
  article: ParsedArticle;
  ids: string[];
}

function articleRecord(a: ParsedArticle): Article {
  return {
    id: a.id,
    ...(a.file ? { file: a.file } : {}),
    ...(a.url ? { url: a.url } : {}),
    ...(a.title ? { title: a.title } : {}),
    ...(a.outlet ? { outlet: a.outlet } : {}),
    ...(a.published ? { published: a.published } : {}),
    ...(a.dateline ? { dateline: a.dateline } : {}),
    sentences: a.paragraphs.flat(),
    hash: a.hash,
  };
}
