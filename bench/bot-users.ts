/**
 * The other side of bench/bot.bench.ts, run in its own process so that it does not share a CPU
 * core with the bot: telegram-test-api on 127.0.0.1 and the simulated users. Prints the emulator's
 * URL as one JSON line, waits for a line on standard input (the bot is polling), then lets every
 * user ask its questions one after another and prints the latencies as one JSON line.
 */
import { once } from "node:events";
import { startTestApi, TOKEN, testUser } from "../tests/bot/helpers.ts";
import { BENCH_QUESTIONS } from "./bot-questions.ts";

const [users = 50, perUser = 20] = process.argv.slice(2).map(Number);

const api = await startTestApi();
console.log(JSON.stringify({ apiRoot: api.apiRoot, token: TOKEN }));
await once(process.stdin, "data");

// Each message of the bot resolves the waiter of its chat.
const waiting = new Map<number, () => void>();
api.server.on("AddedBotMessage", () => {
  const chatId = Number(api.server.storage.botMessages.at(-1)?.message.chat_id);
  waiting.get(chatId)?.();
  waiting.delete(chatId);
});

const latencies: number[] = [];
const started = performance.now();
await Promise.all(
  Array.from({ length: users }, async (_, i) => {
    const id = 10_000 + i;
    const user = testUser(api, id);
    for (let q = 0; q < perUser; q++) {
      const replied = new Promise<void>((resolve) => waiting.set(id, resolve));
      const sent = performance.now();
      await user.sendMessage(user.makeMessage(BENCH_QUESTIONS[(i + q) % BENCH_QUESTIONS.length] as string));
      await replied;
      latencies.push(performance.now() - sent);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, latencies }));
await api.stop();
process.exit(0);
