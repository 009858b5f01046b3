/**
 * `parlbot ask`: answers one question given as an argument, or one question per line of standard
 * input, in order. `--format jsonl` prints one JSON object a line (question, text, sources, parsed),
 * the form scripts and the scorer read; `text` is exactly what the bot would send.
 */

import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { loadFactBase } from "../facts/io.ts";
import { COMMITTED_FACTS_PATH } from "../facts/paths.ts";
import type { FactBase } from "../facts/types.ts";
import { asksForMore } from "../i18n/more-words.ts";
import { type Answer, Answerer } from "../query/index.ts";
import { hasNextPage } from "../query/reply.ts";
import { LEAVE } from "../text/leave-words.ts";

/** Options of `parlbot ask`. */
export interface AskOptions {
  corpus?: string;
  facts?: string;
  format?: "text" | "jsonl" | string;
}

/** How to use `parlbot ask`, printed after the help for an empty question. */
const USAGE = 'Usage: parlbot ask "who met Koshanov?"  (parlbot ask --help lists the options)';

/**
 * Runs `parlbot ask`; returns the exit code (0 answered, 1 when the facts could not be read).
 * `question` undefined: questions come from standard input, prompted for when it is a terminal.
 */
export async function runAsk(question: string | undefined, opts: AskOptions): Promise<number> {
  let base: FactBase;
  try {
    base = await loadBase(opts);
  } catch (error) {
    console.error(`parlbot ask: ${(error as Error).message}`);
    return 1;
  }
  const answerer = new Answerer(base);
  // "more" on a line after a long answer shows its next page, as the bot does; with nothing to go on
  // with, the answering core says there is nothing to continue.
  // The page shown last of the last question asked ("more" that found nothing to continue leaves it).
  let shown: { question: string; page: number; pageCount: number } | undefined;
  const answerLine = (q: string): Answer => {
    const more = asksForMore(q);
    if (more && shown && hasNextPage(shown)) {
      const answer = { ...answerer.answer(shown.question, { page: shown.page + 1 }), question: q };
      shown = { ...shown, page: answer.page };
      return answer;
    }
    const answer = answerer.answer(q);
    if (!more) shown = { question: q, page: answer.page, pageCount: answer.pageCount };
    return answer;
  };
  const print = (q: string) => process.stdout.write(`${render(answerLine(q), opts.format)}\n`);
  if (question !== undefined) {
    print(question);
    if (!question.trim() && opts.format !== "jsonl") process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // One question a line: every line gets exactly one answer, an empty one a short help.
  const interactive = process.stdin.isTTY === true;
  const lines = createInterface({
    input: process.stdin,
    output: interactive ? process.stdout : undefined,
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  if (interactive) {
    // A person at a terminal sees a prompt rather than a command that seems to hang.
    process.stdout.write("Type a question and press Enter (/quit or Ctrl-D to end).\n");
    lines.setPrompt("? ");
    lines.prompt();
  }
  for await (const line of lines) {
    // At a prompt /quit leaves as Ctrl-D does; piped lines are all questions, each answered.
    if (interactive && LEAVE.test(line.trim())) break;
    print(line);
    if (interactive) lines.prompt();
  }
  if (interactive) {
    process.stdout.write("\n");
    // Left by /quit, the terminal is still open: let go of it, or it would keep the process waiting.
    process.stdin.destroy();
  }
  return 0;
}

async function loadBase(opts: AskOptions): Promise<FactBase> {
  if (opts.corpus) {
    if (!existsSync(opts.corpus)) throw new Error(`no corpus folder or file ${opts.corpus}`);
    // Loaded only here: a question on the fact base does not pay for loading the extractor.
    const { readCorpus } = await import("../corpus/folder.ts");
    const { extractFacts } = await import("../extract/index.ts");
    const { articles, skipped } = readCorpus(opts.corpus);
    for (const s of skipped) console.error(`warning: skipped ${s.file}: ${s.reason}`);
    return extractFacts(articles, {
      onFailed: (a, error) =>
        console.error(`warning: skipped ${a.file ?? a.id}: extraction failed: ${error.message}`),
    });
  }
  return loadFactBase(opts.facts ?? COMMITTED_FACTS_PATH);
}

/** One answer as the chosen format prints it. */
export function render(answer: Answer, format: AskOptions["format"]): string {
  if (format !== "jsonl") return `${answer.text}\n`;
  return JSON.stringify({
    question: answer.question,
    text: answer.text,
    sources: answer.sources.map((s) => ({
      articleId: s.articleId,
      file: s.file,
      url: s.url,
      published: s.published,
    })),
    parsed: answer.parsed,
  });
}
