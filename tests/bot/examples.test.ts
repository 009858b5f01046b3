/**
 * A new user's first minute, end to end over HTTP on the bundled seeds: /start, then every example
 * button it offers, each of which must get a real answer (facts with a source), never "I don't know".
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

describe("/start on the bundled seeds", () => {
  it("offers example buttons, and every one gets a real answer with its source", async () => {
    const userId = 700;
    const client = testUser(api, userId);
    await client.sendCommand(client.makeCommand("/start"));
    const [welcome] = await waitForMessages(api, userId, 1);
    const buttons = welcome?.buttons ?? [];
    expect(buttons.length).toBeGreaterThanOrEqual(3);
    for (const [i, button] of buttons.entries()) {
      await pressButton(client, userId, welcome?.messageId, button.callback_data ?? "");
      const replies = await waitForMessages(api, userId, i + 2);
      const reply = replies[i + 1]?.text ?? "";
      expect(reply, button.text).not.toMatch(/I don't know|I only know|no article in my fact base/);
      expect(reply, button.text).toMatch(/Sources?:/);
      expect(reply, button.text).toContain("<b>");
      expect(telegramHtmlProblem(reply), button.text).toBeUndefined();
    }
  });
});
