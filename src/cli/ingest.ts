/**
 * `parlbot ingest PATH|URL...`: adds article files, folders and pages to the fact base, records
 * them in the database and queues notifications for subscribers (the running bot sends them).
 */
import { readableArticle } from "../bot/ingest-report.ts";
import { parseConfig } from "../config.ts";
import { LiveFactBase } from "../facts/live.ts";
import { DEFAULT_FETCH_LIMITS } from "../ingest/fetch.ts";
import { Ingester } from "../ingest/ingester.ts";
import type { Log } from "../ingest/log.ts";
import { readSources } from "../ingest/sources.ts";
import { Answerer } from "../query/index.ts";
import { openStore } from "../store/index.ts";

/** Options of `parlbot ingest`. */
export interface IngestOptions {
  /** The fact base to update; default FACTS_PATH, else data/live/facts.json (never the committed one). */
  facts?: string;
}

const stderrLog: Log = {
  info() {},
  warn: (m) => console.error(`warning: ${m}`),
  error: (m) => console.error(`error: ${m}`),
};

/** Runs `parlbot ingest`; returns the exit code: 0 all read, 2 some sources skipped, 1 error. */
export async function runIngest(
  sources: string[],
  opts: IngestOptions = {},
  env = process.env,
): Promise<number> {
  try {
    // The same validated settings as `parlbot start`: paths, and whether pages on private hosts may be fetched.
    const config = parseConfig(env);
    const factsPath = opts.facts || config.factsPath;
    const live = new LiveFactBase({ livePath: factsPath, basePath: config.baseFactsPath });
    const base = live.load();
    const { articles, problems } = await readSources(sources, {
      ...DEFAULT_FETCH_LIMITS,
      allowPrivate: config.fetchAllowPrivate,
    });
    for (const p of problems) console.error(`warning: skipped ${p.source}: ${p.reason}`);
    const store = openStore(config.databasePath);
    try {
      const ingester = new Ingester({ store, answerer: new Answerer(base), factsPath, live, log: stderrLog });
      const result = ingester.ingest(articles);
      const dup = result.duplicates.length ? `, ${result.duplicates.length} already ingested` : "";
      // Articles the fact base had lost (re-extracted meanwhile) and got back from the database.
      const restored = result.restored ? `, ${result.restored} restored from the database` : "";
      console.log(
        `${result.added.length} article(s) added${dup}${restored}, ${problems.length} skipped: ${result.meetings} new meeting(s), ` +
          `${result.notifications} notification(s) queued → ${factsPath}`,
      );
      // Each article added, as a person knows it (title, outlet, date), not by its id in the fact base.
      for (const article of result.added) console.log(`  ${readableArticle(article, article.id, "en")}`);
    } finally {
      store.close();
    }
    return problems.length ? 2 : 0;
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    return 1;
  }
}
