/**
 * The articles ingested so far, with their parsed text. This table, not the fact base file, is the
 * record of what was ingested: the two cannot be written in one transaction, so the fact base is
 * written after this table and healed from it ({@link ArticleStore.missingFrom}) when a crash fell
 * between the two.
 */
import type { ParsedArticle } from "../corpus/article.ts";
import { type Db, statements } from "./database.ts";

/** Where an ingested article came from, for the log and for people reading the table. */
export type IngestSource = string;

/** The ingested-articles table. */
export class ArticleStore {
  private readonly sql: ReturnType<typeof statements>;

  constructor(db: Db) {
    this.sql = statements(db);
  }

  /**
   * Whether an article with this URL or this text was ingested before; rows with a hash in
   * `except` (versions being replaced) do not count.
   */
  has(article: { url?: string; hash: string }, except: ReadonlySet<string> = new Set()): boolean {
    const hashes = (
      article.url
        ? this.sql("SELECT hash FROM ingested_articles WHERE hash = ? OR url = ?").all(
            article.hash,
            article.url,
          )
        : this.sql("SELECT hash FROM ingested_articles WHERE hash = ?").all(article.hash)
    ) as { hash: string }[];
    return hashes.some((r) => !except.has(r.hash));
  }

  /** The text hash of the article last ingested from this source (an inbox file), if any. */
  lastHashFrom(source: IngestSource): string | undefined {
    return this.sql("SELECT hash FROM ingested_articles WHERE source = ? ORDER BY rowid DESC LIMIT 1")
      .pluck()
      .get(source) as string | undefined;
  }

  /** Forgets ingested articles by text hash (an old version replaced by a new one). */
  forget(hashes: readonly string[]): void {
    const remove = this.sql("DELETE FROM ingested_articles WHERE hash = ?");
    for (const h of hashes) remove.run(h);
  }

  /** Whether an article with this URL was ingested before (a feed item need not be fetched again). */
  hasUrl(url: string): boolean {
    return this.sql("SELECT 1 FROM ingested_articles WHERE url = ? LIMIT 1").get(url) !== undefined;
  }

  /** Records articles as ingested; call it inside the transaction that queues their notifications. */
  record(articles: readonly ParsedArticle[], source: IngestSource, now = new Date()): void {
    const insert = this.sql(
      "INSERT OR IGNORE INTO ingested_articles (id, url, hash, source, ingested_at, article) VALUES (?, ?, ?, ?, ?, ?)",
    );
    for (const a of articles)
      insert.run(a.id, a.url ?? null, a.hash, source, now.toISOString(), JSON.stringify(a));
  }

  /** How many articles were ingested; a cheap way to notice that another process ingested some. */
  count(): number {
    return (this.sql("SELECT count(*) AS n FROM ingested_articles").get() as { n: number }).n;
  }

  /** Ingested articles whose text hash is not among `known` (the fact base lacks them). */
  missingFrom(known: ReadonlySet<string>): ParsedArticle[] {
    const out: ParsedArticle[] = [];
    for (const row of this.sql(
      "SELECT hash, article FROM ingested_articles WHERE article IS NOT NULL ORDER BY rowid",
    ).iterate() as Iterable<{ hash: string; article: string }>) {
      if (!known.has(row.hash)) out.push(JSON.parse(row.article) as ParsedArticle);
    }
    return out;
  }
}
