/**
 * The bot's languages end to end over HTTP (grammY long-polling telegram-test-api): the greeting
 * in the user's Telegram language, answers in the question's language, and /language kept in the
 * SQLite store across a restart of the bot.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/index.ts";
import { startPolling } from "../../src/bot/polling.ts";
import type { RunningBot } from "../../src/bot/startup.ts";
import { Answerer } from "../../src/query/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import {
  memoryLogger,
  sentTo,
  startTestApi,
  type TestApi,
  TOKEN,
  telegramHtmlProblem,
  testFacts,
  testUser,
  waitForMessages,
} from "./helpers.ts";

let api: TestApi;
const answerer = new Answerer(testFacts(2));
const logs = memoryLogger("warn");
const databasePath = join(mkdtempSync(join(tmpdir(), "parlbot-languages-")), "parlbot.sqlite");
let store: Store;
let running: RunningBot | undefined;

/** Starts the bot on the store at `databasePath` (as `parlbot start` does after a restart). */
async function startBot(): Promise<void> {
  store = openStore(databasePath);
  const bot = createBot({
    token: TOKEN,
    apiRoot: api.apiRoot,
    answerer,
    log: logs.log,
    languages: store.languages,
  });
  running = await startPolling(bot, [], logs.log);
}

async function stopBot(): Promise<void> {
  await running?.stop();
  running = undefined;
  store.close();
}

/** A user writes (with Telegram's language_code) and gets the bot's next reply. */
async function say(userId: number, text: string, languageCode?: string): Promise<string> {
  const client = testUser(api, userId);
  const before = sentTo(api, userId).length;
  const options = languageCode ? { from: { language_code: languageCode } } : {};
  if (text.startsWith("/")) await client.sendCommand(client.makeCommand(text, options));
  else await client.sendMessage(client.makeMessage(text, options));
  const reply = (await waitForMessages(api, userId, before + 1))[before]?.text ?? "";
  expect(telegramHtmlProblem(reply)).toBeUndefined();
  return reply;
}

beforeAll(async () => {
  api = await startTestApi();
  await startBot();
});

afterAll(async () => {
  await stopBot();
  await api?.stop();
});

describe("the language of replies", () => {
  it("greets a user whose Telegram speaks Russian in Russian, and answers their English question in English", async () => {
    const greeting = await say(301, "/start", "ru");
    expect(greeting).toMatch(/Здравствуйте/);
    expect(greeting).not.toMatch(/Hello/);
    const help = await say(301, "/help", "ru");
    expect(help).toMatch(/Команды/);

    const english = await say(301, "who met Amarbayasgalan?", "ru");
    expect(english).toMatch(/Koshanov/);
    expect(english).toMatch(/\bmet\b/);
    expect(english).toMatch(/Source/);
    expect(english).not.toMatch(/[а-яё]{3,}/i);
  });

  it("answers a Russian question in Russian, with dates as Russian writes them", async () => {
    const reply = await say(302, "кто встречался с Амарбаясгаланом?");
    expect(reply).toMatch(/Koshanov/);
    expect(reply).toMatch(/Источник/);
    expect(reply).toMatch(/4 сентября 2025\sг\./);
  });

  it("answers a Kazakh question in Kazakh, also to a user whose Telegram speaks English", async () => {
    const reply = await say(303, "Амарбаясгалан кіммен кездесті?", "en");
    expect(reply).toMatch(/Koshanov/);
    expect(reply).toMatch(/кездес/);
    expect(reply).toMatch(/Дереккөз/);
  });

  it("says where in each language's case: «в Астане», and in Kazakh a city CLDR lacks as a city", async () => {
    expect(await say(305, "где встречался Кошанов с Амарбаясгаланом?")).toMatch(/встретились в Астане/);
    const kazakh = await say(306, "Қошанов Амарбаясгаланмен қайда кездесті?");
    expect(kazakh).toMatch(/кездесті: Astana қаласында/);
    expect(await say(306, "Амарбаясгалан кіммен кездесті?")).toMatch(/мыналармен кездесті:/);
  });

  it("offers Kazakh examples in Kazakh words, naming no Kazakh in Russian letters", async () => {
    const client = testUser(api, 307);
    const before = sentTo(api, 307).length;
    await client.sendCommand(client.makeCommand("/start", { from: { language_code: "kk" } }));
    const welcome = (await waitForMessages(api, 307, before + 1))[before];
    const examples = (welcome?.buttons ?? []).map((b) => b.text);
    expect(examples).toContain("Қазақстан мен Моңғолия қандай құжаттарға қол қойды?");
    expect(examples.join(" ")).not.toMatch(/Кошанов/);
    expect(examples.some((e) => / кіммен кездесті\?$/.test(e))).toBe(true);
  });

  it("says there is no more to show in the language asked, in the words `parlbot ask` says it", async () => {
    const russian = await say(308, "дальше");
    expect(russian).toMatch(/^Больше показать нечего\. Задайте вопрос, например: «.+»\.$/);
    expect(russian).toBe(answerer.answer("дальше").html);
    const kazakh = await say(309, "тағы");
    expect(kazakh).toMatch(/^Бұдан артық көрсететін ештеңе жоқ\. Сұрақ қойыңыз, мысалы: «.+»\.$/);
    expect(kazakh).toBe(answerer.answer("тағы").html);
  });

  it("says a Russian 'I don't know' about someone the fact base does not know", async () => {
    expect(await say(304, "кто встречался с Тимофеевым?")).toMatch(/не знаю/i);
  });
});

describe("/language", () => {
  it("keeps the chosen language across a restart of the bot, over the user's Telegram language", async () => {
    expect(await say(310, "/language kk", "en")).toMatch(/қазақша/);
    expect(await say(310, "/start", "en")).toMatch(/Сәлеметсіз бе/);

    await stopBot();
    await startBot();

    expect(await say(310, "/start", "en")).toMatch(/Сәлеметсіз бе/);
    // Another chat is not affected.
    expect(await say(311, "/start", "en")).toMatch(/Hello/);
  });

  it("takes a language by its name, in any of its languages", async () => {
    expect(await say(313, "/language русский", "en")).toBe("Теперь в этом чате я говорю по-русски.");
    expect(await say(313, "/language English", "en")).toBe("From now on I speak English in this chat.");
    expect(await say(313, "/language қазақша", "en")).toMatch(/қазақша/);
    expect(await say(313, "/language Kazakh", "en")).toMatch(/қазақша/);
  });

  it("lists the languages when asked for one it does not speak", async () => {
    const reply = await say(312, "/language fr", "ru");
    expect(reply).toMatch(/\/language kk/);
    expect(reply).toMatch(/Выберите язык/);
  });
});
