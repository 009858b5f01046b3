/**
 * The `parlbot` command: one sub-command per job, each a thin door onto the library.
 * Sub-commands live in src/cli/ and are loaded only when called, so `parlbot ask` does not pay
 * for loading grammY and `parlbot start` does not pay for the extractor.
 */
import { readFileSync } from "node:fs";
import { Command, Option } from "commander";
import { redactProcessOutput } from "./cli/redact-output.ts";
import { COMMITTED_FACTS_PATH } from "./facts/paths.ts";

redactProcessOutput();

const program = new Command()
  .name("parlbot")
  .description("Answers questions about parliamentary diplomacy from facts extracted from news articles.")
  .version(packageVersion(), "-V, --version", "print the version of parlbot")
  .showHelpAfterError("(run with --help for usage)");

/** The version in package.json, read next to the sources (not from the current directory). */
function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

program
  .command("extract")
  .description("Read a folder of articles and write the fact base (people, meetings, articles).")
  .option(
    "--corpus <path>",
    "folder of .txt articles (with optional .meta.json sidecars), or one .txt file",
    "seeds",
  )
  .option("--out <file>", "where to write the fact base", COMMITTED_FACTS_PATH)
  .option("--quiet", "print nothing but warnings")
  .addHelpText("after", "\nExit code: 0 when every file was read, 2 when some were skipped, 1 on error.")
  .action(async (opts) => {
    const { runExtract } = await import("./cli/extract.ts");
    process.exitCode = await runExtract(opts);
  });

program
  .command("ask")
  .description(
    "Answer questions: one as an argument, or one per line on standard input (prompted for on a terminal).",
  )
  .argument("[question...]", "the question; omit it to read questions from standard input")
  .option(
    "--corpus <path>",
    "extract facts from this folder (or .txt file) on the fly instead of loading a fact base",
  )
  .option("--facts <file>", "the fact base to load", COMMITTED_FACTS_PATH)
  .addOption(new Option("--format <format>", "output format").choices(["text", "jsonl"]).default("text"))
  .action(async (words: string[], opts) => {
    const { runAsk } = await import("./cli/ask.ts");
    // `ask ""` is a question that says nothing: it gets the help, not a wait for standard input.
    process.exitCode = await runAsk(words.length ? words.join(" ") : undefined, opts);
  });

program
  .command("ingest")
  .description(
    "Add new articles (a .txt file, a folder, or a page URL) to the fact base and notify subscribers.",
  )
  .argument("<source...>", "file, folder or http(s) URL")
  .option("--facts <file>", "the live fact base to update (default: FACTS_PATH or data/live/facts.json)")
  .action(async (sources: string[], opts) => {
    const { runIngest } = await import("./cli/ingest.ts");
    process.exitCode = await runIngest(sources, opts);
  });

program
  .command("start")
  .description(
    "Start the Telegram bot (TELEGRAM_BOT_TOKEN set) or, without a token, the same bot as a terminal chat.",
  )
  .action(async () => {
    const { runStart, LINGER_MS } = await import("./cli/start.ts");
    process.exitCode = await runStart();
    // Stopped: a request still pending (a getMe cannot be aborted) must not hold the process until
    // the stop deadline. The short wait lets the last log lines reach their destination.
    setTimeout(() => process.exit(), LINGER_MS).unref();
  });

await program.parseAsync(process.argv);
