import { SingleBar } from "cli-progress";
import { readCorpus } from "../corpus/folder.ts";
import { isKnownCity } from "../extract/gazetteer.ts";
import { extractFacts } from "../extract/index.ts";
import { saveFactBaseIfChanged } from "../facts/io.ts";

/** Below this many articles extraction is over before a progress bar would be read. */
const PROGRESS_THRESHOLD = 200;

/** `parlbot extract`: reads a corpus folder (or one article file), writes the fact base, prints a one-line summary. */
export async function runExtract(opts: { corpus: string; out: string; quiet?: boolean }): Promise<number> {
  let read: ReturnType<typeof readCorpus>;
  try {
    read = readCorpus(opts.corpus, { isKnownCity });
  } catch (error) {
    console.error(`error: cannot read the corpus ${opts.corpus}: ${(error as Error).message}`);
    return 1;
  }
  const { articles, skipped } = read;
  for (const s of skipped) console.error(`warning: skipped ${s.file}: ${s.reason}`);
  // A progress bar only on a terminal: pipes and CI logs get the summary line alone.
  const bar =
    process.stderr.isTTY && !opts.quiet && articles.length >= PROGRESS_THRESHOLD
      ? new SingleBar({
          format: "extracting [{bar}] {value}/{total} articles",
          stream: process.stderr,
          hideCursor: true,
        })
      : undefined;
  bar?.start(articles.length, 0);
  const base = extractFacts(articles, {
    onProgress: (done) => bar?.update(done),
    // Which rule proposed each meeting, for measuring the rules one by one.
    recordFinders: process.env.PARLBOT_DEBUG_FINDERS === "1",
  });
  bar?.stop();
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
