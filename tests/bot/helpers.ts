/**
 * Test helpers for the bot: an emulated Bot API (telegram-test-api) on 127.0.0.1 at a free port,
 * a fact base written by the test, a check that a reply is valid Telegram HTML, and polling waits
 * (tests wait for events, never for fixed times).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Transformer } from "grammy";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import type { FactBase, Meeting, Person } from "../../src/facts/types.ts";
import { createLogger, type Logger } from "../../src/log.ts";

/** A token of the shape Telegram issues (the emulator accepts any). */
export const TOKEN = "123456789:TEST-token_for-parlbot";

/** A running emulated Bot API. */
export interface TestApi {
  server: TelegramServer;
  /** The URL to give the bot as apiRoot / TELEGRAM_API_ROOT. */
  apiRoot: string;
  stop(): Promise<void>;
}

/** Starts telegram-test-api on 127.0.0.1 at a port the system picks (so test files never clash). */
export async function startTestApi(): Promise<TestApi> {
  const server = new TelegramServer({ host: "127.0.0.1", port: 1, storeTimeout: 600 });
  // The emulator reads `port || 9000`, so port 0 cannot be passed in: set it after construction.
  server.config.port = 0;
  await server.start();
  const internal = server as unknown as { server: { address(): AddressInfo } };
  const port = internal.server.address().port;
  server.config.apiURL = `http://127.0.0.1:${port}`;
  return { server, apiRoot: server.config.apiURL, stop: async () => void (await server.stop()) };
}

/** A message the bot sent, as the emulator stored it. */
export interface SentByBot {
  messageId: number;
  chatId: number;
  text: string;
  parseMode?: string;
  buttons: { text: string; callback_data?: string }[];
}

/** Every message the bot has sent to a chat so far, oldest first (edits applied). */
export function sentTo(api: TestApi, chatId: number): SentByBot[] {
  return api.server.storage.botMessages
    .filter((u) => Number(u.message.chat_id) === chatId)
    .map((u) => {
      const m = u.message as unknown as {
        text: string;
        parse_mode?: string;
        reply_markup?: { inline_keyboard?: { text: string; callback_data?: string }[][] };
      };
      return {
        messageId: u.messageId,
        chatId,
        text: m.text,
        parseMode: m.parse_mode,
        buttons: m.reply_markup?.inline_keyboard?.flat() ?? [],
      };
    });
}

/** Polls `check` until it returns something (not undefined/false), or fails after `timeoutMs`. */
export async function waitFor<T>(
  check: () => T | undefined | false,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Waits until the chat has received `count` messages from the bot in all, and returns them. */
export function waitForMessages(api: TestApi, chatId: number, count: number): Promise<SentByBot[]> {
  return waitFor(() => {
    const sent = sentTo(api, chatId);
    return sent.length >= count ? sent : undefined;
  }, `${count} bot message(s) in chat ${chatId}`);
}

/** A logger that keeps its lines in memory, to assert on what was logged. */
export function memoryLogger(level = "info"): { log: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const log = createLogger({
    level,
    secrets: [TOKEN],
    destination: { write: (s: string) => void chunks.push(s) },
  });
  return {
    log,
    lines: () =>
      chunks
        .join("")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
  };
}

const ARTICLE_DATE = "2025-09-04";

function person(id: string, name: string, country: string, title: string): Person {
  return {
    id,
    name,
    aliases: [name.split(" ").at(-1) as string],
    country,
    roles: [{ title, country, articleId: "a1" }],
  };
}

/**
 * A small fact base: Erlan Koshanov (Kazakhstan) met Dashzegve Amarbayasgalan (Mongolia) and signed
 * a memorandum, and Koshanov met `extra` more people (one article each), so that "who met
 * Koshanov?" gives a long list that pages.
 */
export function testFacts(extra = 12): FactBase {
  const people: Person[] = [
    person("p-koshanov", "Erlan Koshanov", "Kazakhstan", "Chairman of the Majilis"),
    person("p-amar", "Dashzegve Amarbayasgalan", "Mongolia", "Chairman of the State Great Khural"),
  ];
  const articles: FactBase["articles"] = [
    {
      id: "a1",
      file: "koshanov-mongolia.txt",
      url: "https://www.inform.kz/en/koshanov-mongolia",
      title: "Kazakh and Mongolian speakers meet in Astana",
      outlet: "Kazinform",
      published: ARTICLE_DATE,
    },
  ];
  const meetings: Meeting[] = [
    {
      id: "m1",
      articleId: "a1",
      participants: ["p-koshanov", "p-amar"],
      parties: [],
      countries: ["Kazakhstan", "Mongolia"],
      date: { start: ARTICLE_DATE, basis: "stated" },
      place: "Astana",
      status: "held",
      agreements: ["memorandum of cooperation"],
      topics: ["trade"],
      evidence: "Erlan Koshanov met with Dashzegve Amarbayasgalan, Chairman of the State Great Khural.",
    },
  ];
  for (let i = 0; i < extra; i++) {
    const day = String((i % 27) + 1).padStart(2, "0");
    const id = `p-guest${i}`;
    const surname = `Guestov${String.fromCharCode(65 + (i % 26))}${i}`;
    people.push(person(id, `Ivan ${surname}`, "Russia", "Deputy of the State Duma"));
    articles.push({
      id: `a-g${i}`,
      file: `guest-${i}.txt`,
      outlet: "Kazinform",
      published: `2024-03-${day}`,
    });
    meetings.push({
      id: `m-g${i}`,
      articleId: `a-g${i}`,
      participants: ["p-koshanov", id],
      parties: [],
      countries: ["Kazakhstan", "Russia"],
      date: { start: `2024-03-${day}`, basis: "publication" },
      place: "Astana",
      status: "held",
      agreements: [],
      topics: [],
      evidence: `Erlan Koshanov met with Ivan ${surname}.`,
    });
  }
  return { version: 1, generatedAt: new Date().toISOString(), articles, people, meetings };
}

/** An invented person whose name the suggestion tests misspell ("Drevolinskas", "Древолинскасом"). */
export const DRAVOLINSKY = "Marek Dravolinsky";

/** {@link testFacts} with one more person, {@link DRAVOLINSKY}, whom Koshanov met in the first article. */
export function factsWithDravolinsky(): FactBase {
  const base = testFacts(2);
  base.people.push(person("p-drav", DRAVOLINSKY, "Poland", "Marshal of the Sejm"));
  const [first] = base.meetings;
  if (first) base.meetings.push({ ...first, id: "m-drav", participants: ["p-koshanov", "p-drav"] });
  return base;
}

/** Writes a fact base to a new temporary folder and returns its path. */
export function writeFacts(base: FactBase): string {
  const dir = mkdtempSync(join(tmpdir(), "parlbot-bot-"));
  const path = join(dir, "facts.json");
  writeFileSync(path, JSON.stringify(base));
  return path;
}

const TELEGRAM_TAGS = new Set([
  "b",
  "strong",
  "i",
  "em",
  "u",
  "ins",
  "s",
  "strike",
  "del",
  "a",
  "code",
  "pre",
  "blockquote",
  "tg-spoiler",
  "span",
  "tg-emoji",
]);

/**
 * Why `html` would be refused by Telegram's HTML parse mode (a tag it does not know, unbalanced
 * tags, a bare "<" or "&"), or undefined when it is fine.
 */
export function telegramHtmlProblem(html: string): string | undefined {
  const stack: string[] = [];
  const token = /<(\/?)([a-z-]+)(\s[^<>]*)?>|<|&(#\d+|#x[\da-f]+|lt|gt|amp|quot);|&/gi;
  for (const match of html.matchAll(token)) {
    const [whole, closing, tag] = match;
    if (whole === "<") return `bare "<" at ${match.index}`;
    if (whole === "&") return `bare "&" at ${match.index}`;
    if (!tag) continue; // an entity
    const name = tag.toLowerCase();
    if (!TELEGRAM_TAGS.has(name)) return `unsupported tag <${name}>`;
    if (closing) {
      if (stack.pop() !== name) return `unbalanced </${name}>`;
    } else stack.push(name);
  }
  return stack.length ? `unclosed <${stack.at(-1)}>` : undefined;
}

/** A Telegram user of the emulator, in their own chat (private unless `type` says otherwise). */
export function testUser(api: TestApi, id: number, type: "private" | "group" = "private", token = TOKEN) {
  return api.server.getClient(token, {
    userId: id,
    chatId: type === "group" ? -id : id,
    type,
    firstName: `User${id}`,
    userName: `user${id}`,
    timeout: 15_000,
  });
}

/** An API call the bot made, seen by {@link spyOn}. */
export interface SeenCall {
  method: string;
  payload: Record<string, unknown>;
}

/**
 * A grammY API transformer that records every call. Calls named in `answer` are answered with
 * success without reaching the server (methods the emulator lacks, such as answerInlineQuery).
 */
export function spyOn(calls: SeenCall[], answer: string[] = []): Transformer {
  return async (prev, method, payload, signal) => {
    calls.push({ method, payload: (payload ?? {}) as Record<string, unknown> });
    if (answer.includes(method)) return { ok: true, result: true as never };
    return prev(method, payload, signal);
  };
}

/** Presses an inline button: a callback query from `client` on the bot's message `messageId`. */
export function pressButton(
  client: ReturnType<typeof testUser>,
  chatId: number,
  messageId: number | undefined,
  data: string,
) {
  return client.sendCallback(
    client.makeCallbackQuery(data, {
      message: { message_id: messageId, chat: { id: chatId, type: "private", first_name: "x" } },
    }),
  );
}
