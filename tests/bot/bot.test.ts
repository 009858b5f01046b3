/**
 * The bot end to end over HTTP: grammY long-polling telegram-test-api on 127.0.0.1, users sending
 * messages, commands and button presses through the emulator's client.
 */
import { Composer } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/index.ts";
import { startPolling } from "../../src/bot/polling.ts";
import type { RunningBot } from "../../src/bot/startup.ts";
import { Answerer } from "../../src/query/index.ts";
import {
  memoryLogger,
  pressButton,
  type SeenCall,
  sentTo,
  spyOn,
  startTestApi,
  type TestApi,
  TOKEN,
  telegramHtmlProblem,
  testFacts,
  testUser,
  waitFor,
  waitForMessages,
} from "./helpers.ts";

const QUESTION = "who met Koshanov?";

let api: TestApi;
let running: RunningBot;
const answerer = new Answerer(testFacts());
let bot: ReturnType<typeof createBot>;
const calls: SeenCall[] = [];
const logs = memoryLogger("info");
let nextUserId = 100;

/** A new user in a new chat, so that tests never read each other's replies. */
function newUser(type: "private" | "group" = "private") {
  const id = nextUserId++;
  const chatId = type === "group" ? -id : id;
  return { client: testUser(api, id, type), id, chatId };
}

/** A new user sends a message (or a command) and gets the bot's first reply. */
async function firstReply(text: string, kind: "message" | "command" = "message") {
  const { client, chatId } = newUser();
  if (kind === "command") await client.sendCommand(client.makeCommand(text));
  else await client.sendMessage(client.makeMessage(text));
  const [reply] = await waitForMessages(api, chatId, 1);
  return reply;
}

beforeAll(async () => {
  api = await startTestApi();
  const subscriptions = new Composer();
  subscriptions.command("subscribe", (ctx) => ctx.reply(`subscribed to ${ctx.match}`));
  bot = createBot({
    token: TOKEN,
    apiRoot: api.apiRoot,
    answerer,
    log: logs.log,
    extensions: [subscriptions],
    extraCommands: [{ command: "subscribe", description: "hear about new meetings of a person or country" }],
  });
  bot.api.config.use(spyOn(calls, ["answerInlineQuery"]));
  running = await startPolling(bot, [], logs.log);
});

afterAll(async () => {
  await running?.stop();
  await api?.stop();
});

describe("questions", () => {
  it("answers a question with exactly the answering core's reply, in HTML", async () => {
    const reply = await firstReply(QUESTION);
    const expected = answerer.answer(QUESTION);
    expect(reply?.text).toBe(expected.html);
    expect(reply?.parseMode).toBe("HTML");
    expect(telegramHtmlProblem(reply?.text ?? "")).toBeUndefined();
  });

  it("tries the typing action once; the emulator lacks it, so it is not asked again", async () => {
    await firstReply(QUESTION);
    await firstReply(QUESTION);
    expect(calls.filter((c) => c.method === "sendChatAction")).toHaveLength(1);
    expect(logs.lines().some((l) => String(l.msg).includes("does not support sendChatAction"))).toBe(true);
  });

  it("names Amarbayasgalan and the source article, linked", async () => {
    const reply = await firstReply(QUESTION);
    expect(reply?.text).toContain("Amarbayasgalan");
    expect(reply?.text).toContain('<a href="https://www.inform.kz/en/koshanov-mongolia">');
  });

  it("answers an edited message as a new question", async () => {
    const { id, chatId } = newUser();
    await bot.handleUpdate({
      update_id: 900_001,
      edited_message: {
        message_id: 5,
        date: 1,
        edit_date: 2,
        chat: { id: chatId, type: "private", first_name: "Edit" },
        from: { id, is_bot: false, first_name: "Edit" },
        text: QUESTION,
      },
    });
    const [reply] = await waitForMessages(api, chatId, 1);
    expect(reply?.text).toBe(answerer.answer(QUESTION).html);
  });
});

describe("commands", () => {
  it("/start says what the bot knows and offers three example questions as buttons", async () => {
    const welcome = await firstReply("/start", "command");
    const stats = answerer.stats();
    expect(welcome?.text).toContain(`${stats.articles} articles`);
    expect(welcome?.text).toContain(`${stats.people} people`);
    expect(welcome?.text).toContain(`${stats.meetings} meetings`);
    expect(welcome?.text).toContain("4 September 2025");
    expect(welcome?.buttons.map((b) => b.text)).toEqual([
      "who met Koshanov?",
      "what did Kazakhstan and Mongolia sign?",
      "latest meetings",
    ]);
    expect(telegramHtmlProblem(welcome?.text ?? "")).toBeUndefined();
  });

  it("tapping an example question answers it", async () => {
    const { client, chatId } = newUser();
    await client.sendCommand(client.makeCommand("/start"));
    const [welcome] = await waitForMessages(api, chatId, 1);
    const button = welcome?.buttons[0];
    await pressButton(client, chatId, welcome?.messageId, button?.callback_data ?? "");
    const [, reply] = await waitForMessages(api, chatId, 2);
    expect(reply?.text).toBe(answerer.answer(button?.text ?? "").html);
  });

  it("/help lists what can be asked, examples, and every command including the extensions'", async () => {
    const help = await firstReply("/help", "command");
    expect(help?.text).toContain("/start");
    expect(help?.text).toContain("/help");
    expect(help?.text).toContain("/subscribe");
    expect(help?.text).toContain("who met Koshanov?");
    expect(telegramHtmlProblem(help?.text ?? "")).toBeUndefined();
  });

  it("extensions handle their commands before questions are answered", async () => {
    const reply = await firstReply("/subscribe Mongolia", "command");
    expect(reply?.text).toBe("subscribed to Mongolia");
  });

  it.each([
    ["/HELP", "/subscribe"],
    ["/Start", "articles"],
    ["/Subscribe Mongolia", "subscribed to Mongolia"],
  ])("%s in capitals is the command, not an unknown one", async (command, expected) => {
    const reply = await firstReply(command, "command");
    expect(reply?.text).toContain(expected);
    expect(reply?.text).not.toMatch(/do not know the command/);
  });

  it("an unknown command gets a pointer to /help, not an answer", async () => {
    const reply = await firstReply("/frobnicate", "command");
    expect(reply?.text).toContain("/frobnicate");
    expect(reply?.text).toContain("/help");
  });
});

describe("paging", () => {
  it("More edits the reply to the next page, Back to the one before", async () => {
    expect(answerer.answer(QUESTION).pageCount).toBeGreaterThan(1); // the test's fact base is built to page
    const { client, chatId } = newUser();
    await client.sendMessage(client.makeMessage(QUESTION));
    const [first] = await waitForMessages(api, chatId, 1);
    const more = first?.buttons.find((b) => b.text.includes("More"));
    expect(more?.callback_data).toBeDefined();
    expect(Buffer.byteLength(more?.callback_data ?? "")).toBeLessThanOrEqual(64);
    const press = (data: string) => pressButton(client, chatId, first?.messageId, data);
    await press(more?.callback_data ?? "");
    const page2 = answerer.answer(QUESTION, { page: 1 }).html;
    const edited = await waitFor(() => sentTo(api, chatId).find((m) => m.text === page2), "page 2");
    const back = edited.buttons.find((b) => b.text.includes("Back"));
    expect(back).toBeDefined();
    await press(back?.callback_data ?? "");
    await waitFor(() => sentTo(api, chatId).find((m) => m.text === first?.text), "page 1 again");
    expect(sentTo(api, chatId)).toHaveLength(1); // edited in place, not a wall of messages
  });

  it("more typed in words (also in Russian, after a tap on More) sends the next page; past the last, a hint", async () => {
    const pageCount = answerer.answer(QUESTION).pageCount;
    expect(pageCount).toBe(3); // the test's fact base is built to page: three pages, so "more" runs out
    const { client, chatId } = newUser();
    const say = (text: string) => client.sendMessage(client.makeMessage(text));
    await say("more");
    const [nothing] = await waitForMessages(api, chatId, 1);
    // The answering core's line, as `parlbot ask` says it: one message for both.
    expect(nothing?.text).toMatch(/^There is no more to show\. Ask me a question, for example: “.+”\.$/);
    expect(nothing?.text).toBe(answerer.answer("more").html);
    await say(QUESTION);
    const [, first] = await waitForMessages(api, chatId, 2);
    await say("More please!");
    const [, , second] = await waitForMessages(api, chatId, 3);
    expect(second?.text).toBe(answerer.answer(QUESTION, { page: 1 }).html);
    expect(second?.buttons.map((b) => b.text)).toEqual(["‹ Back", "More ›"]);
    // More pressed on the first answer (page 2 there too), then "дальше": the page after the one last shown.
    await pressButton(client, chatId, first?.messageId, first?.buttons[0]?.callback_data ?? "");
    await waitFor(() => calls.some((c) => c.method === "answerCallbackQuery"), "the press answered");
    await waitFor(() => sentTo(api, chatId)[1]?.text === second?.text, "the first answer on page 2");
    await say("дальше");
    const [, , , third] = await waitForMessages(api, chatId, 4);
    expect(third?.text).toBe(answerer.answer(QUESTION, { page: 2 }).html);
    await say("next");
    const [, , , , last] = await waitForMessages(api, chatId, 5);
    expect(last?.text).toBe(answerer.answer("next").html);
    for (const m of sentTo(api, chatId)) expect(telegramHtmlProblem(m.text)).toBeUndefined();
  });

  it("a button whose question has expired asks the user to ask again", async () => {
    const { client, chatId } = newUser();
    await client.sendMessage(client.makeMessage(QUESTION));
    const [first] = await waitForMessages(api, chatId, 1);
    await pressButton(client, chatId, first?.messageId, "p:expired0:1");
    const answered = await waitFor(
      () =>
        calls.find((c) => c.method === "answerCallbackQuery" && String(c.payload.text ?? "").includes("ask")),
      "answerCallbackQuery",
    );
    expect(answered.payload.text).toMatch(/expired.*ask the question again/i);
  });
});

describe("inline mode", () => {
  it("offers the answer as an inline result", async () => {
    const id = nextUserId++;
    await bot.handleUpdate({
      update_id: 900_002,
      inline_query: {
        id: "iq-1",
        from: { id, is_bot: false, first_name: "Inline" },
        query: "who met Koshanov",
        offset: "",
      },
    });
    const call = await waitFor(
      () => calls.find((c) => c.method === "answerInlineQuery" && c.payload.inline_query_id === "iq-1"),
      "answerInlineQuery",
    );
    const results = call.payload.results as {
      id: string;
      title: string;
      input_message_content: { message_text: string; parse_mode: string };
    }[];
    expect(results).toHaveLength(1);
    expect(Buffer.byteLength(results[0]?.id ?? "")).toBeLessThanOrEqual(64);
    expect(results[0]?.title).toBe("who met Koshanov");
    expect(results[0]?.input_message_content.message_text).toBe(answerer.answer("who met Koshanov").html);
    expect(results[0]?.input_message_content.parse_mode).toBe("HTML");
  });

  it("answers an empty inline query with no results", async () => {
    await bot.handleUpdate({
      update_id: 900_003,
      inline_query: {
        id: "iq-empty",
        from: { id: nextUserId++, is_bot: false, first_name: "I" },
        query: " ",
        offset: "",
      },
    });
    const call = await waitFor(
      () => calls.find((c) => c.method === "answerInlineQuery" && c.payload.inline_query_id === "iq-empty"),
      "answerInlineQuery",
    );
    expect(call.payload.results).toEqual([]);
  });
});

describe("odd input never crashes the bot and gets a helpful reply", () => {
  const cases: [string, string, RegExp][] = [
    ["whitespace", "    ", /ask a question in words/i],
    ["only emoji", "😀🎉🤷", /ask a question in words/i],
    ["4,096 characters", "who met Koshanov? ".repeat(228).slice(0, 4096), /4096 characters long/],
  ];
  for (const [name, text, expected] of cases) {
    it(name, async () => {
      const { client, chatId } = newUser();
      await client.sendMessage(client.makeMessage(text));
      const [reply] = await waitForMessages(api, chatId, 1);
      expect(reply?.text).toMatch(expected);
      expect(telegramHtmlProblem(reply?.text ?? "")).toBeUndefined();
    });
  }

  for (const text of ["<b>who</b> met *_Koshanov_*?", "кто встречался с Кошановым?", "<script>&amp;"]) {
    it(`answers ${JSON.stringify(text)} with valid Telegram HTML`, async () => {
      const { client, chatId } = newUser();
      await client.sendMessage(client.makeMessage(text));
      const [reply] = await waitForMessages(api, chatId, 1);
      expect(reply?.text).toBe(answerer.answer(text).html);
      expect(telegramHtmlProblem(reply?.text ?? "")).toBeUndefined();
    });
  }

  const media: [string, Record<string, unknown>][] = [
    [
      "sticker",
      { sticker: { file_id: "s1", file_unique_id: "s1", type: "regular", width: 512, height: 512 } },
    ],
    ["photo", { photo: [{ file_id: "p1", file_unique_id: "p1", width: 90, height: 90 }] }],
    ["voice", { voice: { file_id: "v1", file_unique_id: "v1", duration: 3 } }],
  ];
  for (const [name, content] of media) {
    it(`a ${name} gets "I answer text questions"`, async () => {
      const { client, chatId } = newUser();
      const message: Record<string, unknown> = { ...client.makeMessage(""), ...content };
      delete message.text;
      await client.sendMessage(message as never);
      const [reply] = await waitForMessages(api, chatId, 1);
      expect(reply?.text).toMatch(/I answer text questions/);
    });
  }

  // What a new user types besides questions: each gets a short reply that helps, never an error.
  const words: [string, RegExp][] = [
    ["help", /^Ask me about meetings of parliament leaders in plain words; \/help lists everything/],
    ["Help!", /^Ask me about meetings/],
    ["thanks", /^You're welcome!/],
    ["спасибо", /^Пожалуйста!/],
    ["рахмет", /^Оқасы жоқ!/],
    ["помощь", /\/help/],
    ["who met?", /^Whom do you mean\? Name a person or a country\. Try: “who met/],
    ["when", /^Whom do you mean\?/],
    ["кто встречался?", /^Кого вы имеете в виду\?/],
    ["x".repeat(5000), /5000 characters long; I answer questions of up to 500/],
    ["?!...", /ask a question in words/i],
    ["/unknowncommand", /do not know the command \/unknowncommand\. \/help/],
    ["bye", /^Goodbye! Ask me about meetings of parliament leaders any time\.$/],
    ["https://news.test/a?id=1", /^I do not open links: ask me a question in words\. Try: “/],
    ["who met https://news.test/a?", /^I do not open links/],
    ["'; DROP TABLE users; --", /^I only know about meetings of parliament leaders\. Try: “/],
    ["SELECT * FROM meetings", /^I only know about meetings of parliament leaders/],
    // A nod asks nothing: a nod back and one example, not the hello.
    ["ok", /^OK! Ask me about meetings of parliament leaders whenever you like\. Try: “[^”]*”\.$/],
    ["okay", /^OK! .*Try: “[^”]*”\.$/],
    ["cool", /^OK! .*Try: “[^”]*”\.$/],
    ["good", /^OK! .*Try: “[^”]*”\.$/],
    ["хорошо", /^Хорошо! .*«[^»]*»\.$/],
    ["жақсы", /^Жақсы! .*«[^»]*»\.$/],
  ];
  for (const [text, expected] of words) {
    it(`answers ${JSON.stringify(text.slice(0, 20))} helpfully and briefly`, async () => {
      const reply = await firstReply(text, text.startsWith("/") ? "command" : "message");
      expect(reply?.text).toMatch(expected);
      expect(reply?.text.length).toBeLessThan(300);
      expect(reply?.text).not.toMatch(/\n\s+at |Error:|undefined/);
    });
  }

  it("still answers questions afterwards", async () => {
    const reply = await firstReply(QUESTION);
    expect(reply?.text).toBe(answerer.answer(QUESTION).html);
  });
});

describe("groups", () => {
  it("answers mentions, replies to the bot and its commands; ignores other chatter and bots", async () => {
    const { client, chatId } = newUser("group");
    await client.sendMessage(client.makeMessage("hello everyone, who met Koshanov?"));
    await client.sendMessage(client.makeMessage(`@TestNameBot ${QUESTION}`));
    const [answer] = await waitForMessages(api, chatId, 1);
    expect(answer?.text).toBe(answerer.answer(QUESTION).html);

    await client.sendMessage(
      client.makeMessage("and who met Amarbayasgalan?", {
        reply_to_message: {
          message_id: answer?.messageId,
          chat: { id: chatId, type: "group", title: "g" },
          from: { id: bot.botInfo.id, is_bot: true, first_name: "bot" },
          date: 1,
        },
      } as never),
    );
    const [, second] = await waitForMessages(api, chatId, 2);
    expect(second?.text).toBe(answerer.answer("and who met Amarbayasgalan?").html);

    await client.sendMessage(client.makeMessage("more chatter"));
    await client.sendCommand(client.makeCommand("/help@OtherBot")); // another bot's command
    await client.sendCommand(client.makeCommand("/help@TestNameBot"));
    const all = await waitForMessages(api, chatId, 3);
    expect(all[2]?.text).toContain("/start");
    expect(sentTo(api, chatId)).toHaveLength(3);
  });
});

describe("logs", () => {
  it("log one line per update with chat, intent and latency, never the question or the token", async () => {
    const { client, chatId } = newUser();
    await client.sendMessage(client.makeMessage("who met Secretive Person Xyzzy?"));
    await waitForMessages(api, chatId, 1);
    const line = await waitFor(
      () => logs.lines().find((l) => l.msg === "update" && l.chatId === chatId),
      "the update's log line",
    );
    expect(line.intent).toBe(answerer.answer("who met Secretive Person Xyzzy?").parsed.intent);
    expect(typeof line.latencyMs).toBe("number");
    const all = JSON.stringify(logs.lines());
    expect(all).not.toContain("Xyzzy");
    // The emulator refuses setMyCommands: a warning at start, and the bot runs on.
    expect(logs.lines().some((l) => l.level === 40 && l.msg === "setMyCommands failed (ignored)")).toBe(true);
    expect(all).not.toContain(TOKEN);
  });
});
