/**
 * "Did you mean …?" buttons end to end over HTTP: a name misspelt beyond correction gets a button per
 * name suggested; pressing it asks the same question with that name, answered as if typed (in English,
 * and in Russian from a case form, whose longer question is remembered behind a key); a key that has
 * expired gets an alert, not a crash. Also the keyboard itself: at most three buttons, short labels,
 * callback data within Telegram's 64 bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/index.ts";
import { CALLBACK_DATA_LIMIT, pageKeyboard, parseButtonData, QuestionMemory } from "../../src/bot/paging.ts";
import { startPolling } from "../../src/bot/polling.ts";
import type { RunningBot } from "../../src/bot/startup.ts";
import { SUGGESTION_LABEL_LIMIT, withSuggestionButtons } from "../../src/bot/suggestions.ts";
import { Answerer } from "../../src/query/index.ts";
import {
  DRAVOLINSKY,
  factsWithDravolinsky,
  memoryLogger,
  pressButton,
  type SeenCall,
  spyOn,
  startTestApi,
  type TestApi,
  TOKEN,
  telegramHtmlProblem,
  testUser,
  waitFor,
  waitForMessages,
} from "./helpers.ts";

let api: TestApi;
let running: RunningBot;
const answerer = new Answerer(factsWithDravolinsky());
const calls: SeenCall[] = [];
let nextUserId = 900;

beforeAll(async () => {
  api = await startTestApi();
  const logs = memoryLogger("info");
  const bot = createBot({ token: TOKEN, apiRoot: api.apiRoot, answerer, log: logs.log });
  bot.api.config.use(spyOn(calls));
  running = await startPolling(bot, [], logs.log);
});

afterAll(async () => {
  await running?.stop();
  await api?.stop();
});

/** A new user asks `question`, presses the first suggestion under the reply, and gets both replies. */
async function askAndPressSuggestion(question: string) {
  const id = nextUserId++;
  const client = testUser(api, id);
  await client.sendMessage(client.makeMessage(question));
  const [first] = await waitForMessages(api, id, 1);
  const button = first?.buttons.find((b) => b.text === DRAVOLINSKY);
  expect(button).toBeDefined();
  await pressButton(client, id, first?.messageId, button?.callback_data ?? "");
  const [, second] = await waitForMessages(api, id, 2);
  return { first, button, second };
}

describe("Did you mean buttons", () => {
  it("a button for the name suggested asks the question again with it", async () => {
    const { first, button, second } = await askAndPressSuggestion("who met Drevolinskas?");
    expect(first?.text).toContain(`Did you mean ${DRAVOLINSKY}?`);
    expect(first?.buttons).toHaveLength(1);
    expect(button?.callback_data).toBe(`q:who met ${DRAVOLINSKY}?`);
    expect(second?.text).toBe(answerer.answer(`who met ${DRAVOLINSKY}?`).html);
    expect(second?.text).toContain(`${DRAVOLINSKY}, Marshal of the Sejm (Poland), met:`);
    expect(second?.text).toContain("Erlan Koshanov");
    expect(second?.buttons).toEqual([]);
    expect(telegramHtmlProblem(second?.text ?? "")).toBeUndefined();
  });

  it("a Russian question too long to carry is remembered behind a key, and answered in Russian", async () => {
    const question = "Скажите, пожалуйста, кто встречался с Древолинскасом?";
    const { button, second } = await askAndPressSuggestion(question);
    expect(button?.callback_data).toMatch(/^a:[\w-]{8}$/);
    const expected = answerer.answer(`Скажите, пожалуйста, кто встречался с ${DRAVOLINSKY}?`);
    expect(expected.language).toBe("ru");
    expect(expected.parsed.people.map((p) => p.name)).toEqual([DRAVOLINSKY]);
    expect(second?.text).toBe(expected.html);
  });

  it("a Russian question asked again says 'о', not 'об', before a name that starts with a consonant", async () => {
    const { button, second } = await askAndPressSuggestion("Что известно об Эдраволинскасе?");
    expect(button?.callback_data).toBe(`q:Что известно о ${DRAVOLINSKY}?`);
    expect(second?.text).toBe(answerer.answer(`Что известно о ${DRAVOLINSKY}?`).html);
    expect(second?.text).toContain("Erlan Koshanov");
  });

  it("a suggestion whose question has expired gets an alert saying to ask again", async () => {
    const id = nextUserId++;
    const client = testUser(api, id);
    await client.sendMessage(client.makeMessage("who met Drevolinskas?"));
    const [first] = await waitForMessages(api, id, 1);
    await pressButton(client, id, first?.messageId, "a:expired0");
    const answered = await waitFor(
      () => calls.find((c) => c.method === "answerCallbackQuery" && c.payload.show_alert),
      "the alert",
    );
    expect(answered.payload.text).toMatch(/suggestion has expired.*question again/i);
    // Nothing else is sent: the press is answered with the alert alone.
    await client.sendMessage(client.makeMessage("who met Koshanov?"));
    const [, next] = await waitForMessages(api, id, 2);
    expect(next?.text).toBe(answerer.answer("who met Koshanov?").html);
  });
});

describe("withSuggestionButtons", () => {
  const long = "Carolina Wilhelmina Ostrovska-Lindqvist de Valderrama";

  it("gives at most three buttons, one a row, with short labels and callback data within 64 bytes", () => {
    const memory = new QuestionMemory();
    const suggestions = ["Ana Tirelo", "Ivo Karovic", long, "Noa Perelli"].map((name) => ({
      name,
      question: `кто встречался с ${name}?`,
    }));
    const keyboard = withSuggestionButtons(suggestions, memory);
    const rows = keyboard?.inline_keyboard ?? [];
    expect(rows.map((row) => row.length)).toEqual([1, 1, 1]);
    for (const [button] of rows) {
      expect(button?.text.length).toBeLessThanOrEqual(SUGGESTION_LABEL_LIMIT);
      const data = button && "callback_data" in button ? button.callback_data : "";
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
      const parsed = parseButtonData(data);
      const asked =
        parsed?.kind === "ask" ? parsed.question : parsed?.kind === "asked" ? memory.recall(parsed.key) : "";
      expect(asked).toMatch(/^кто встречался с .+\?$/);
    }
    expect(rows[2]?.[0]?.text).toMatch(/^Carolina Wilhelmina .*…$/);
  });

  it("adds its rows under page buttons, and nothing when there is no suggestion", () => {
    const memory = new QuestionMemory();
    expect(withSuggestionButtons([], memory)).toBeUndefined();
    const pages = pageKeyboard("k", 0, 2);
    const under = withSuggestionButtons(
      [{ name: "Ana Tirelo", question: "who met Ana Tirelo?" }],
      memory,
      pages,
    );
    expect(under?.inline_keyboard).toEqual([
      [{ text: "More ›", callback_data: "p:k:1" }],
      [{ text: "Ana Tirelo", callback_data: "q:who met Ana Tirelo?" }],
    ]);
  });
});
