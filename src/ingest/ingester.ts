/**
 * Ingesting new articles: skip those seen before, merge the rest into the fact base, let the
 * running answers see them, and queue one notification per following chat.
 *
 * Order matters for crash safety. The articles are recorded as ingested *in the same SQLite
 * transaction* as their notifications, then the fact base file is written. A crash before the
 * commit loses nothing (the article is still new next time); a crash after it leaves the fact base
 * file short of articles the database has, and {@link Ingester.reconcile} merges them back (without
 * notifying again) before anything else is ingested.
 */
import { createHash } from "node:crypto";
import type { ParsedArticle } from "../corpus/article.ts";
import { mergeFacts } from "../extract/index.ts";
import { saveFactBase } from "../facts/io.ts";
import type { LiveFactBase } from "../facts/live.ts";
import { meetingKey, removeArticles } from "../facts/remove.ts";
import type { Article, FactBase, Meeting, Person } from "../facts/types.ts";
import type { Language } from "../i18n/language.ts";
import type { Answerer } from "../query/index.ts";
import type { Store } from "../store/index.ts";
import type { OutboxMessage } from "../store/outbox.ts";
import type { Log } from "./log.ts";
import { matchMeetings } from "./matcher.ts";
import { type ArticleNews, notificationHtml, type Summarize } from "./notification.ts";

/** An article to ingest and where it came from ("inbox/x.txt", a feed or page URL, "admin 42"). */
export interface IncomingArticle {
  article: ParsedArticle;
  source: string;
  /**
   * The source is a place whose text may change (an inbox file): a new text from it replaces the
   * article ingested from it before, instead of being a second article.
   */
  replaces?: boolean;
}

/** What one ingest did. */
export interface IngestResult {
  /** Articles added to the fact base. */
  added: Article[];
  /** Articles ingested before that the fact base had lost (rewritten by `extract`), put back without notifying. */
  restored: number;
  /** Sources skipped because the same URL or text was ingested before. */
  duplicates: string[];
  /** Added articles that replaced an older version from the same source (counted in `added` too). */
  replaced: number;
  /** New meetings found in the added articles. */
  meetings: number;
  /** Notifications queued in the outbox. */
  notifications: number;
}

/** What the ingester works on. */
export interface IngesterOptions {
  store: Store;
  /** The answering core; it is given each new fact base, and it writes the notification summaries. */
  answerer: Answerer;
  /** Where the fact base is saved. */
  factsPath: string;
  /** The live fact base file, when the caller keeps one (saves go through it so it knows they are ours). */
  live?: LiveFactBase;
  log: Log;
  now?: () => Date;
  /** Called after notifications were queued (the sender wakes up). */
  onQueued?: () => void;
}

/** Ingests articles into one fact base and one store. */
export class Ingester {
  private reconciledCount = -1;

  constructor(private readonly options: IngesterOptions) {}

  // An article the rules cannot read is left out with a warning: one odd file must not cost the
  // batch its other articles, nor make every later catch-up throw.
  private readonly skipped = (article: ParsedArticle, error: Error): void => {
    this.options.log.warn(
      `ingest: ${article.id} skipped, its facts could not be extracted (${error.message})`,
    );
  };

  /**
   * Merges into the fact base every ingested article it lacks (after a crash between the database
   * commit and the file write, or articles another process ingested). Returns how many.
   */
  reconcile(options: { force?: boolean } = {}): number {
    const { store, answerer, log } = this.options;
    const count = store.articles.count();
    if (count === this.reconciledCount && !options.force) return 0;
    const base = answerer.facts();
    const missing = store.articles.missingFrom(new Set(base.articles.map((a) => a.hash).filter(isString)));
    if (missing.length) {
      const merged = mergeFacts(base, missing, { now: this.now(), onFailed: this.skipped });
      answerer.replace(merged.base);
      this.save(merged.base);
      log.info(`fact base: ${missing.length} ingested article(s) merged back in`);
    }
    this.reconciledCount = count;
    return missing.length;
  }

  /** Ingests articles as one batch: each following chat gets one message for the whole batch. */
  ingest(incoming: readonly IncomingArticle[]): IngestResult {
    const { store, answerer, log } = this.options;
    const restored = this.reconcile();
    const current = answerer.facts();
    const old = this.oldVersions(incoming, current);
    const { fresh, duplicates } = this.newArticles(incoming, current, old);
    if (fresh.length === 0) {
      return { added: [], restored, duplicates, replaced: 0, meetings: 0, notifications: 0 };
    }
    // Only versions that a fresh article replaces are taken out; a duplicate changes nothing.
    const replacing = new Set(fresh.filter((f) => f.replaces).map((f) => f.source));
    const replaced = old.bySource.filter((o) => replacing.has(o.source));
    const baseWithout = removeArticles(current, new Set(replaced.map((o) => o.articleId)));

    const now = this.now();
    const merged = mergeFacts(
      baseWithout,
      fresh.map((f) => f.article),
      { now, onFailed: this.skipped },
    );
    answerer.replace(merged.base);
    const byHash = new Map(merged.base.articles.map((a) => [a.hash, a]));
    const added = fresh.map((f) => byHash.get(f.article.hash)).filter((a): a is Article => a !== undefined);
    // A new version re-reports the meetings of the old one: those were announced already.
    const announced = new Set(replaced.flatMap((o) => o.meetingKeys));
    const news = merged.addedMeetings.filter((m) => !announced.has(meetingKey(m)));
    const messages = this.notifications(added, news, merged.base);

    let queued = 0;
    store.db.transaction(() => {
      store.articles.forget(replaced.map((o) => o.hash));
      for (const f of fresh) store.articles.record([f.article], f.source, now);
      queued = store.outbox.enqueue(messages, now);
    })();
    this.reconciledCount = store.articles.count();
    this.save(merged.base);
    const changed = replaced.length ? ` (${replaced.length} replacing an older version)` : "";
    log.info(
      `ingested ${added.length} article(s)${changed}: ${news.length} new meeting(s), ${queued} notification(s) queued`,
    );
    if (queued) this.options.onQueued?.();
    return {
      added,
      restored,
      duplicates,
      replaced: replaced.length,
      meetings: news.length,
      notifications: queued,
    };
  }

  // The articles ingested before from the replaceable sources of the batch whose text differs now.
  private oldVersions(incoming: readonly IncomingArticle[], base: FactBase) {
    const bySource: { source: string; hash: string; articleId: string; meetingKeys: string[] }[] = [];
    for (const item of incoming) {
      if (!item.replaces) continue;
      const hash = this.options.store.articles.lastHashFrom(item.source);
      if (!hash || hash === item.article.hash) continue;
      const article = base.articles.find((a) => a.hash === hash);
      if (!article) continue;
      const meetingKeys = base.meetings.filter((m) => m.articleId === article.id).map(meetingKey);
      bySource.push({ source: item.source, hash, articleId: article.id, meetingKeys });
    }
    return { bySource, articleIds: bySource.map((o) => o.articleId), hashes: bySource.map((o) => o.hash) };
  }

  // Splits the batch into new articles (with ids unique in the base) and duplicates. The old
  // versions of changed sources do not count: their hash, URL and id do not make a new version a
  // duplicate, nor rename it.
  private newArticles(
    incoming: readonly IncomingArticle[],
    base: FactBase,
    old: { articleIds: readonly string[]; hashes: readonly string[] },
  ) {
    const oldIds = new Set(old.articleIds);
    const kept = base.articles.filter((a) => !oldIds.has(a.id));
    const replaced = new Set(old.hashes);
    const hashes = new Set(kept.map((a) => a.hash).filter(isString));
    const urls = new Set(kept.map((a) => a.url).filter(isString));
    const ids = new Set(kept.map((a) => a.id));
    const fresh: IncomingArticle[] = [];
    const duplicates: string[] = [];
    for (const item of incoming) {
      const a = item.article;
      if (hashes.has(a.hash) || (a.url && urls.has(a.url)) || this.options.store.articles.has(a, replaced)) {
        duplicates.push(item.source);
        continue;
      }
      hashes.add(a.hash);
      if (a.url) urls.add(a.url);
      let id = a.id;
      for (let n = 2; ids.has(id); n++) id = `${a.id}-${n}`;
      ids.add(id);
      fresh.push({ ...item, article: { ...a, id } });
    }
    return { fresh, duplicates };
  }

  // One message per chat that follows something in the new meetings.
  private notifications(added: Article[], meetings: Meeting[], base: FactBase): OutboxMessage[] {
    if (meetings.length === 0) return [];
    const { store, answerer } = this.options;
    const people = new Map<string, Person>(base.people.map((p) => [p.id, p]));
    const matches = matchMeetings(meetings, people, store.subscriptions);
    const meetingsById = new Map(meetings.map((m) => [m.id, m]));
    // One summary per meeting and language, however many chats follow it.
    const summaries = new Map<string, ReturnType<Summarize>>();
    const summarizeIn =
      (language: Language): Summarize =>
      (m) => {
        const key = `${language}:${m.id}`;
        const s = summaries.get(key) ?? answerer.summarizeMeeting(m, language);
        summaries.set(key, s);
        return s;
      };
    const messages: OutboxMessage[] = [];
    for (const [chatId, ids] of matches) {
      // Subscribers hear in the language their chat chose with /language.
      const language = store.languages.get(chatId) ?? "en";
      const news: ArticleNews[] = [];
      for (const article of added) {
        const followed = [...ids]
          .map((id) => meetingsById.get(id))
          .filter((m): m is Meeting => m?.articleId === article.id);
        if (followed.length) news.push({ article, meetings: followed });
      }
      if (news.length === 0) continue;
      const key = createHash("sha256")
        .update(news.map((n) => n.article.hash ?? n.article.id).join("\n"))
        .digest("hex")
        .slice(0, 24);
      messages.push({
        chatId,
        dedupeKey: `news:${chatId}:${key}`,
        html: notificationHtml(news, summarizeIn(language), language),
      });
    }
    return messages;
  }

  private save(base: FactBase): void {
    if (this.options.live) this.options.live.save(base);
    else saveFactBase(this.options.factsPath, base);
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}

function isString(x: unknown): x is string {
  return typeof x === "string";
}
