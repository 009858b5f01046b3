/**
 * A new user and a hostile one, end to end over telegram-test-api: seventy-odd ordinary and odd
 * messages and commands (empty-looking, emoji, very long, mixed scripts, code, links, numbers, other
 * bots' commands, commands with odd arguments, small talk in three languages), each from its own chat.
 * Every one gets exactly one reply that is valid Telegram HTML, short enough for a phone, and neither
 * a crash nor a name search for words that are no name.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/index.ts";
import { startPolling } from "../../src/bot/polling.ts";
import type { RunningBot } from "../../src/bot/startup.ts";
import { subscriptionsComposer } from "../../src/bot/subscriptions.ts";
import { Ingester } from "../../src/ingest/ingester.ts";
import { silentLog } from "../../src/ingest/log.ts";
import { Answerer } from "../../src/query/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import * as bot from "./helpers.ts";

// Messages, and what the reply must say (a pattern), or only the rules every reply keeps (undefined).
const MESSAGES: [string, RegExp | undefined][] = [
  ["hello", /^Hello!/],
  ["Hi!", /^Hello!/],
  ["Привет", /^Здравствуйте!/],
  ["Сәлем", /^Сәлеметсіз бе!/],
  ["Салам", /^Здравствуйте!/],
  ["thanks", /^You're welcome!/],
  ["ok thanks", /^You're welcome!/],
  ["спасибо", /^Пожалуйста!/],
  ["рахмет", /^Оқасы жоқ!/],
  ["?", undefined],
  ["...", undefined],
  ["!!!???", undefined],
  ["😀", undefined],
  ["👍👍👍", undefined],
  ["🇰🇿🇲🇳", undefined],
  ["help me", /\/help/],
  ["help", /\/help/],
  ["помогите", /\/help/],
  ["who are you?", /^I am parlbot: /],
  ["what can you do?", /^I am parlbot: /],
  ["how does this work", /^I am parlbot: /],
  ["кто ты?", /^Я parlbot: /],
  ["что ты умеешь?", /^Я parlbot: /],
  ["сен кімсің?", /^Мен parlbot: /],
  ["yes", /^OK!/],
  ["no", /^OK!/],
  ["да", /^Хорошо!/],
  ["нет", /^Хорошо!/],
  ["иә", /^Жақсы!/],
  ["жоқ", /^Жақсы!/],
  ["ok", /^OK!/],
  ["ok cool", /^OK!/],
  ["how are you?", /^Hello!/],
  ["как дела?", /^Здравствуйте!/],
  ["bye", /^Goodbye!/],
  ["good night", /^Goodbye!/],
  ["12345", /^I only know about meetings/],
  ["+7 701 123 4567", /^I only know about meetings/],
  ["3.14", /^I only know about meetings/],
  ["你好", /^I read questions in English, Russian and Kazakh\./],
  ["مرحبا", /^I read questions in English, Russian and Kazakh\./],
  ["https://example.com/news?id=1", /^I do not open links/],
  ["www.example.com", /^I do not open links/],
  ["DELETE FROM people WHERE 1=1; --", /^I only know about meetings/],
  ["'; DROP TABLE users; --", /^I only know about meetings/],
  ['{"question":"who met Koshanov?"}', /^I only know about meetings/],
  ["<script>alert(1)</script>", /^I only know about meetings/],
  ["console.log(document.cookie)", /^I only know about meetings/],
  ["rm -rf /", /^I only know about meetings/],
  ["asdfghjkl", undefined],
  ["tell me a joke", /^I only know about meetings/],
  ["who met Koshanov?", /Amarbayasgalan/],
  ["WHO MET KOSHANOV", /Amarbayasgalan/],
  ["koshanov", /Amarbayasgalan/],
  ["кто встречался с Кошановым?", /Amarbayasgalan/],
  ["Қошанов кіммен кездесті?", /Amarbayasgalan/],
  ["Привет, кто встречался с Кошановым?", /Amarbayasgalan/],
  ["who met Koshanov?????!!!!", /Amarbayasgalan/],
  ["Кошанов Koshanov 習近平", undefined],
  ["latest meetings", undefined],
  ["who met?", /^Whom do you mean\?/],
  ["x".repeat(600), /600 characters long/],
  ["who met Koshanov? ".repeat(40), /characters long/],
  ["/start", /Hello!/],
  ["/START", /Hello!/],
  ["/start now please", /Hello!/],
  ["/help", /\/start/],
  ["/help extra words", /\/start/],
  ["/start@otherbot", /is a command for @otherbot, not for me\. \/help/],
  ["/help@SomeOtherBot", /^\/help@SomeOtherBot is a command for @SomeOtherBot, not for me\./],
  ["/HELP@SomeOtherBot", /^\/help@SomeOtherBot is a command for @SomeOtherBot, not for me\./],
  ["/Start@TESTNAMEBOT", /Hello!/],
  ["/foo", /do not know the command \/foo/],
  ["/foo bar baz", /do not know the command \/foo/],
  ["/language", /\/language en/],
  ["/language xx", /\/language en/],
  ["/language русский", /по-русски/],
  ["/subscribe", /^Whom shall I follow/],
  ["/subscribe please", /^Whom shall I follow/],
  ["/subscribe all please", /^You will hear about every new meeting\.$/],
  ["/subscribe Koshanov, Mongolia", /Koshanov.*\n.*Mongolia/],
  ["/subscribe https://evil.example", /is not a name, a country or "all"/],
  ["/subscribe DROP TABLE subs;--", /is not a name, a country or "all"/],
  ["/subscribe 12345", /is not a name, a country or "all"/],
  ["/subscribe 😀", /is not a name, a country or "all"/],
  ["/subscribe a b c d e f g h", /at most 6 words/],
  ["/unsubscribe", /^Which subscription shall I remove\?/],
  ["/unsubscribe Volodin", /^You do not follow "Volodin"/],
  [`/unsubscribe ${"x".repeat(3000)}`, /^You do not follow "x{99}…"\. /],
  [`/subscribe ${"SELECT * FROM subscriptions; ".repeat(100)}`, /^"SELECT \* FROM .{80,}…" is not a name/],
  [`/${"y".repeat(300)}`, /^I do not know the command \/y{39}…\. /],
  ["/unsubscribe all", /^You had no subscriptions\.$/],
  ["/subscriptions", /^You follow nothing yet\./],
  ["/ingest https://example.com", /not allowed/],
];

let api: bot.TestApi;
let running: RunningBot;
let store: Store;
let nextUserId = 7000;

beforeAll(async () => {
  api = await bot.startTestApi();
  const dir = mkdtempSync(join(tmpdir(), "parlbot-odd-users-"));
  store = openStore(join(dir, "db.sqlite"));
  const answerer = new Answerer(bot.testFacts());
  const ingester = new Ingester({ store, answerer, factsPath: join(dir, "facts.json"), log: silentLog });
  const { log } = bot.memoryLogger("warn");
  // The subscription commands as `parlbot start` installs them, with no admin.
  const subscriptions = subscriptionsComposer({
    answerer,
    subscriptions: store.subscriptions,
    ingest: (batch) => ingester.ingest(batch),
    adminChatIds: [],
  });
  const parlbot = createBot({
    token: bot.TOKEN,
    apiRoot: api.apiRoot,
    answerer,
    log,
    rateLimit: false,
    extensions: [subscriptions],
  });
  running = await startPolling(parlbot, [], log);
});

afterAll(async () => {
  await running?.stop();
  await api?.stop();
  store?.close();
});

describe("odd and ordinary messages from new users", () => {
  it.each(MESSAGES)("%s gets one short, valid reply", async (text, expected) => {
    const id = nextUserId++;
    const client = bot.testUser(api, id);
    if (text.startsWith("/")) await client.sendCommand(client.makeCommand(text));
    else await client.sendMessage(client.makeMessage(text));
    const [reply] = await bot.waitForMessages(api, id, 1);
    const body = reply?.text ?? "";
    expect(body.length).toBeGreaterThan(0);
    // A phone screen: an answer lists at most five facts (More pages on); a reply to a command or odd
    // input is a few lines, never a wall of text.
    if (/Koshanov|Кошанов|Қошанов|latest/i.test(text))
      expect(body.split("•").length - 1).toBeLessThanOrEqual(5);
    else expect(body.length).toBeLessThan(text.startsWith("/help") || text.startsWith("/start") ? 2000 : 700);
    if (reply?.parseMode === "HTML") expect(bot.telegramHtmlProblem(body)).toBeUndefined();
    expect(body).not.toMatch(/undefined|\[object|Error:|at .+\.ts:\d+|\{\$?[a-z-]+\}/);
    if (expected) expect(body).toMatch(expected);
    // Words that are no name are never searched for as one.
    if (!/Koshanov|Кошанов|Қошанов|КОШАНОВ|koshanov|who met\?|Volodin/i.test(text))
      expect(body).not.toMatch(/don't know anything about|Не знаю: ни в одной|Білмеймін: менің/);
  });

  it("no message got a second reply", () => {
    for (let id = 7000; id < nextUserId; id++) expect(bot.sentTo(api, id), `chat ${id}`).toHaveLength(1);
  });
});
