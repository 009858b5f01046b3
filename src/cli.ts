/**
 * The `parlbot` command: one sub-command per job, each a thin door onto the library.
 * Sub-commands live in src/cli/ and are loaded only when called, so `parlbot ask` does not pay
 * for loading grammY and `parlbot start` does not pay for the extractor.
 */
import { Command, Option } from "commander";
import { redactProcessOutput } from "./cli/redact-output.ts";

redactProcessOutput();

const program = new Command()
  .name("parlbot")
  .description("Answers questions about parliamentary diplomacy from facts extracted from news articles.")
  .showHelpAfterError("(run with --help for usage)");

program
  .command("extract")
  .description("Read a folder of articles and write the fact base (people, meetings, articles).")
  .option("--corpus <dir>", "folder of .txt articles (with optional .meta.json sidecars)", "seeds")
  .option("--out <file>", "where to write the fact base", "data/facts.json")
  .option("--quiet", "print nothing but warnings")
  .addHelpText("after", "\nExit code: 0 when every file was read, 2 when some were skipped, 1 on error.")
  .action(async (opts) => {
    const { runExtract } = await import("./cli/extract.ts");
    process.exitCode = await runExtract(opts);
  });

program
  .command("ask")
  .description("Answer questions: one as an argument, or one per line on standard input.")
  .argument("[question...]", "the question; omit it to read questions from standard input")
  .option("--corpus <dir>", "extract facts from this folder on the fly instead of loading a fact base")
  .option("--facts <file>", "the fact base to load", "data/facts.json")
  .addOption(new Option("--format <format>", "output format").choices(["text", "jsonl"]).default("text"))
  .action(async (words: string[], opts) => {
    const { runAsk } = await import("./cli/ask.ts");
    process.exitCode = await runAsk(words.join(" "), opts);
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
    const { runStart } = await import("./cli/start.ts");
    process.exitCode = await runStart();
  });

await program.parseAsync(process.argv);
