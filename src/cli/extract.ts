import { readCorpus } from "../corpus/folder.ts";
import { isKnownCity } from "../extract/gazetteer.ts";
import { extractFacts } from "../extract/index.ts";
import { saveFactBase } from "../facts/io.ts";

/** `parlbot extract`: reads a corpus folder, writes the fact base, prints a one-line summary. */
export async function runExtract(opts: { corpus: string; out: string; quiet?: boolean }): Promise<number> {
  const { articles, skipped } = readCorpus(opts.corpus, { isKnownCity });
  for (const s of skipped) console.error(`warning: skipped ${s.file}: ${s.reason}`);
  const base = extractFacts(articles);
  saveFactBase(opts.out, base);
  if (!opts.quiet) {
    console.log(
      `${base.articles.length} articles, ${base.people.length} people, ${base.meetings.length} meetings` +
        `, ${skipped.length} skipped → ${opts.out}`,
    );
  }
  return skipped.length ? 2 : 0;
}
