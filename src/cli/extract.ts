import { type CorpusFiles, listCorpus, readArticles, type SkippedFile } from "../corpus/folder.ts";
import { isKnownCity } from "../extract/gazetteer.ts";
import { extractFacts } from "../extract/index.ts";
import { saveFactBaseIfChanged } from "../facts/io.ts";
import type { FactBase } from "../facts/types.ts";
import { raiseOptimiserBudget } from "./optimiser-budget.ts";

/** Below this many articles extraction is over before a progress bar would be read. */
const PROGRESS_THRESHOLD = 200;

/** `parlbot extract`: reads a corpus folder (or one article file), writes the fact base, prints a one-line summary. */
export async function runExtract(opts: { corpus: string; out: string; quiet?: boolean }): Promise<number> {
  let corpus: CorpusFiles;
  try {
    corpus = listCorpus(opts.corpus);
  } catch (error) {
    console.error(`error: cannot read the corpus ${opts.corpus}: ${(error as Error).message}`);
    return 1;
  }
  const total = corpus.files.length;
  // A progress bar only on a terminal: pipes and CI logs get the summary line alone. Its package
  // (and the string-width packages under it) is loaded only then, not by every run.
  const bar =
    process.stderr.isTTY && !opts.quiet && total >= PROGRESS_THRESHOLD
      ? new (await import("cli-progress")).SingleBar({
          format: "extracting [{bar}] {value}/{total} files",
          stream: process.stderr,
          hideCursor: true,
        })
      : undefined;
  bar?.start(total, 0);
  const { base, skipped } = extractCorpus(corpus, { onProgress: (files) => bar?.update(files) });
  bar?.stop();
  for (const s of skipped) console.error(`warning: skipped ${s.file}: ${s.reason}`);
  // Unchanged facts leave the file (a committed one) untouched, not rewritten for a new date.
  const written = saveFactBaseIfChanged(opts.out, base);
  if (!opts.quiet) {
    console.log(
      `${base.articles.length} articles, ${base.people.length} people, ${base.meetings.length} meetings` +
        `, ${skipped.length} skipped → ${opts.out}${written ? "" : " (unchanged)"}`,
    );
  }
  return skipped.length ? 2 : 0;
}

/**
 * The fact base of a corpus, as `parlbot extract` makes it (the benchmark measures this very path).
 * Files are read one at a time as extraction asks for them: a corpus of many thousands of articles is
 * never held in memory whole, only what the fact base keeps of each. `onProgress` hears how many
 * files are done (read and extracted, or skipped).
 */
export function extractCorpus(
  corpus: CorpusFiles,
  options: { onProgress?: (files: number) => void } = {},
): { base: FactBase; skipped: SkippedFile[] } {
  // Fewer, later and lasting compilations of the rules (see optimiser-budget.ts).
  raiseOptimiserBudget();
  const skipped: SkippedFile[] = [];
  const base = extractFacts(
    readArticles(corpus, { isKnownCity }, (s) => skipped.push(s)),
    {
      total: corpus.files.length,
      onProgress: (done) => options.onProgress?.(done + skipped.length),
      // Which rule proposed each meeting, for measuring the rules one by one.
      recordFinders: process.env.PARLBOT_DEBUG_FINDERS === "1",
      // An article the rules cannot read is skipped with the reason, as an unreadable file is.
      onFailed: (article, error) => {
        skipped.push({ file: article.file ?? article.id, reason: `extraction failed: ${error.message}` });
      },
    },
  );
  options.onProgress?.(corpus.files.length);
  return { base, skipped };
}
