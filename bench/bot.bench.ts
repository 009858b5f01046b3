/**
 * The bot's throughput on loopback: 50 simulated users, each asking questions one after another
 * (the next once the reply has arrived), through telegram-test-api on 127.0.0.1 with the bot
 * long-polling it. The emulator and the users run in a child process (bench/bot-users.ts) so that
 * the bot has a core of its own, as it would against Telegram. Prints questions answered per
 * second and the reply latency (p50, p99), from the user's send to the bot's message reaching the
 * emulator; both include the emulator's own HTTP handling (express and axios), which saturates
 * its core first. The bot's own cost is printed too: its CPU time per question answered.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { createBot } from "../src/bot/index.ts";
import { startPolling } from "../src/bot/polling.ts";
import { createLogger } from "../src/log.ts";
import { Answerer } from "../src/query/index.ts";
import { testFacts } from "../tests/bot/helpers.ts";
import { BENCH_QUESTIONS } from "./bot-questions.ts";

const USERS = 50;
const QUESTIONS_PER_USER = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Runs the benchmark and prints its figures. */
export default async function (): Promise<void> {
  const script = new URL("./bot-users.ts", import.meta.url).pathname;
  const users = spawn(
    process.execPath,
    ["--import", "tsx", script, String(USERS), String(QUESTIONS_PER_USER)],
    {
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const lines = createInterface({ input: users.stdout })[Symbol.asyncIterator]();
  const { apiRoot, token } = JSON.parse((await lines.next()).value) as { apiRoot: string; token: string };

  const log = createLogger({ level: "silent" });
  const answerer = new Answerer(testFacts(200));
  const bot = createBot({
    token,
    apiRoot,
    answerer,
    log,
    rateLimit: false, // users asking at full speed would be limited, which is not what is measured here
  });
  const running = await startPolling(bot, [], log);
  const cpuBefore = process.cpuUsage();
  users.stdin.write("go\n");
  const { seconds, latencies } = JSON.parse((await lines.next()).value) as {
    seconds: number;
    latencies: number[];
  };
  const cpu = process.cpuUsage(cpuBefore);
  await running.stop();

  latencies.sort((a, b) => a - b);
  const total = latencies.length;
  console.log(`bot: ${total} questions from ${USERS} users in ${seconds.toFixed(2)} s`);
  console.log(`bot: ${(total / seconds).toFixed(0)} questions answered per second`);
  console.log(
    `bot: reply latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms`,
  );
  const cpuMs = (cpu.user + cpu.system) / 1000 / total;
  console.log(
    `bot: ${cpuMs.toFixed(2)} ms of CPU per question in the bot process (about ${(1000 / cpuMs).toFixed(0)} questions/s on one core)`,
  );
  // Of which the answering core: the same questions answered directly.
  const asked = BENCH_QUESTIONS.flatMap((q) => Array.from({ length: 200 }, () => q));
  const core = process.cpuUsage();
  for (const q of asked) answerer.answer(q);
  const coreUsage = process.cpuUsage(core);
  console.log(
    `bot: of which ${((coreUsage.user + coreUsage.system) / 1000 / asked.length).toFixed(2)} ms in Answerer.answer`,
  );
}
