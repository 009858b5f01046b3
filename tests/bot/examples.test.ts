/**
 * A new user's first minute, end to end over HTTP on the bundled seeds: /start, then every example
 * button it offers, each of which must get a real answer (facts with a source), never "I don't know";
 * in English, and for users whose Telegram speaks Russian or Kazakh, whose examples name people in
 * Cyrillic.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/index.ts";
import { startPolling } from "../../src/bot/polling.ts";
import type { RunningBot } from "../../src/bot/startup.ts";
import { loadFactBase } from "../../src/facts/io.ts";
import { Answerer } from "../../src/query/index.ts";
import {
  memoryLogger,
  pressButton,
  startTestApi,
  type TestApi,
  TOKEN,
  telegramHtmlProblem,
  testUser,
  waitForMessages,
} from "./helpers.ts";

let api: TestApi;
let running: RunningBot;
const answerer = new Answerer(loadFactBase(join(import.meta.dirname, "..", "..", "data", "facts.json")));

beforeAll(async () => {
  api = await startTestApi();
  const logs = memoryLogger("info");
  const bot = createBot({ token: TOKEN, apiRoot: api.apiRoot, answerer, log: logs.log });
  running = await startPolling(bot, [], logs.log);
});

afterAll(async () => {
  await running?.stop();
  await api?.stop();
});

// What a reply says when it has no facts, and the heading of its sources, in each language.
const LANGUAGES = [
  {
    code: "en",
    userId: 700,
    noFacts: /I don't know|I only know|no article in my fact base/,
    sources: /Sources?:/,
  },
  { code: "ru", userId: 701, noFacts: /Не знаю|Я знаю только|ни в одной статье/, sources: /Источники?:/ },
  { code: "kk", userId: 702, noFacts: /Білмеймін|Мен тек|бірде-бір мақалада/, sources: /Дереккөз(дер)?:/ },
];

describe.each(LANGUAGES)("/start on the bundled seeds in $code", ({ code, userId, noFacts, sources }) => {
  it("offers example buttons, and every one gets a real answer with its source", async () => {
    const client = testUser(api, userId);
    await client.sendCommand(client.makeCommand("/start", { from: { language_code: code } }));
    const [welcome] = await waitForMessages(api, userId, 1);
    const buttons = welcome?.buttons ?? [];
    expect(buttons.length).toBeGreaterThanOrEqual(3);
    // The examples are questions in the user's language: no Latin word in a Russian or Kazakh one.
    if (code !== "en") for (const button of buttons) expect(button.text).not.toMatch(/[A-Za-z]/);
    for (const [i, button] of buttons.entries()) {
      await pressButton(client, userId, welcome?.messageId, button.callback_data ?? "");
      const replies = await waitForMessages(api, userId, i + 2);
      const reply = replies[i + 1]?.text ?? "";
      expect(reply, button.text).not.toMatch(noFacts);
      expect(reply, button.text).toMatch(sources);
      expect(reply, button.text).toContain("<b>");
      expect(telegramHtmlProblem(reply), button.text).toBeUndefined();
    }
  });
});
