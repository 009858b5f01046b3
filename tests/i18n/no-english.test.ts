/**
 * A Russian or Kazakh user never reads English fixed words: every handler of the bot (commands,
 * questions of each kind, paging buttons, subscriptions, errors) is walked through the terminal chat
 * with the chat's language set to ru and kk, and notifications are composed in both; none of the
 * output may contain a phrase of the English catalogue or of the English reply table. Names, roles
 * and topics stay as the articles give them, so the check looks for the fixed phrases only.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/index.ts";
import { subscriptionsComposer } from "../../src/bot/subscriptions.ts";
import type { FactBase } from "../../src/facts/types.ts";
import type { Language } from "../../src/i18n/language.ts";
import { SUBSCRIPTION_COMMANDS } from "../../src/ingest/add-on.ts";
import type { IngestResult } from "../../src/ingest/ingester.ts";
import { notificationHtml } from "../../src/ingest/notification.ts";
import { ENGLISH } from "../../src/query/compose/words.ts";
import { Answerer } from "../../src/query/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { OFFLINE_BOT, offlineBanner, runTerminalChat } from "../../src/terminal/chat.ts";
import { memoryLogger, testFacts } from "../bot/helpers.ts";

// A sentinel that stands for a value in a message, so that only the fixed words around it remain.
const HOLE = "¤";

// The fixed phrases of English: the literal runs of the English catalogue's messages and of the
// English reply table, cut at every value, kept when they hold two English words or more.
function englishPhrases(): string[] {
  const catalogue = readFileSync(new URL("../../src/i18n/locales/en.ftl", import.meta.url), "utf8")
    .split("\n")
    .filter((line) => /^[a-z][\w-]*\s*=/.test(line))
    .map((line) => line.replace(/^[^=]+=\s*/, "").replace(/\{[^}]*\}/g, HOLE));
  const table = Object.values(ENGLISH).flatMap((value) => {
    if (typeof value === "string") return [value];
    try {
      const call = value as (...args: unknown[]) => unknown;
      return [String(call([HOLE], [HOLE])), String(call(HOLE, HOLE)), String(call(2, HOLE))];
    } catch {
      return [];
    }
  });
  const phrases = [...catalogue, ...table]
    .map((text) => text.replace(/<[^>]+>/g, HOLE))
    .flatMap((text) => text.split(/[¤\d"“”«»():;,.?!…—]+/))
    .map((run) => run.trim())
    .filter((run) => /^[A-Za-z']+(\s+[A-Za-z']+)+$/.test(run) && run.length >= 8);
  return [...new Set(phrases)];
}

const PHRASES = englishPhrases();

// Whole English messages without values, which may be a single word ("(edited)").
const MESSAGES = new Set(
  readFileSync(new URL("../../src/i18n/locales/en.ftl", import.meta.url), "utf8")
    .split("\n")
    .filter((line) => /^[a-z][\w-]*\s*=/.test(line) && !line.includes("{"))
    .map((line) => line.replace(/^[^=]+=\s*/, "").trim()),
);

// The first words of an English phrase that occur in a text, or undefined.
function englishIn(text: string): string | undefined {
  return PHRASES.find((p) =>
    new RegExp(`(^|[^A-Za-z])${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^A-Za-z])`).test(text),
  );
}

// The seeds' fact base (real articles: places, parties, agreements) and a small one whose long list pages.
function facts(): FactBase {
  const seeds = JSON.parse(
    readFileSync(new URL("../../data/facts.json", import.meta.url), "utf8"),
  ) as FactBase;
  const extra = testFacts(8);
  return {
    ...seeds,
    articles: [...seeds.articles, ...extra.articles],
    people: [...seeds.people, ...extra.people.filter((p) => p.id !== "p-koshanov" && p.id !== "p-amar")],
    meetings: [
      ...seeds.meetings,
      ...extra.meetings
        .filter((m) => m.id !== "m1")
        .map((m) => ({
          ...m,
          participants: m.participants.map((id) => (id === "p-koshanov" ? "erlan-koshanov" : id)),
        })),
    ],
  };
}

/** What a Russian and a Kazakh user type: one of each kind of question, every command, buttons. */
const SESSIONS: Record<Exclude<Language, "en">, string[]> = {
  ru: [
    "/language ru",
    "/start",
    "/help",
    "/language",
    "/nosuchcommand",
    "???",
    "привет",
    "кто встречался с Кошановым?",
    "[Дальше ›]",
    "[‹ Назад]",
    "[Nope]",
    "когда Нигматулин встречался с Володиным?",
    "где Нигматулин встречался с Баблояном?",
    "где встречался Нигматулин?",
    "что подписали Казахстан и Монголия?",
    "что обсуждали Кошанов и Амарбаясгалан?",
    "кто такой Амарбаясгалан?",
    "встречался ли Кошанов с Володиным?",
    "встречался ли Кошанов с кем-то из Монголии?",
    "встречи с Монголией в 2019 году",
    "кто встречался с Нигматулиным в Москве?",
    "встречи в сентябре 2025 года",
    "встречи в 2001 году",
    "последние встречи",
    "кто встречался с Кошоновым?",
    "кто встречался с Обамой?",
    "что подписал Нигматулин?",
    "кто входил в делегацию Казахстана?",
    "/subscribe",
    "/subscribe Кошанов",
    "/subscribe Монголия",
    "/subscribe all",
    "/subscribe all",
    "/subscribe Жаксыбеков",
    `/subscribe ${"а".repeat(300)}`,
    "/subscriptions",
    "[1]",
    "/unsubscribe",
    "/unsubscribe Никто",
    "/unsubscribe Жаксыбеков",
    "/unsubscribe all",
    "/unsubscribe all",
    "/subscriptions",
    "/ingest",
  ],
  kk: [
    "/language kk",
    "/start",
    "/help",
    "/language",
    "/nosuchcommand",
    "???",
    "сәлем",
    "Қошанов кіммен кездесті?",
    "[Әрі қарай ›]",
    "[‹ Артқа]",
    "[Nope]",
    "Нығматулин Володинмен қашан кездесті?",
    "Нығматулин қайда кездесті?",
    "Қазақстан мен Моңғолия не қол қойды?",
    "Қошанов пен Амарбаясгалан не талқылады?",
    "Амарбаясгалан кім?",
    "Қошанов Моңғолиямен кездесті ме?",
    "Моңғолиямен 2019 жылы кездесулер",
    "2025 жылғы қыркүйекте кездесулер",
    "соңғы кездесулер",
    "Обама кіммен кездесті?",
    "Қазақстан делегациясының құрамында кім болды?",
    "/subscribe",
    "/subscribe Қошанов",
    "/subscribe Моңғолия",
    "/subscribe all",
    "/subscribe all",
    "/subscriptions",
    "[1]",
    "/unsubscribe",
    "/unsubscribe Ешкім",
    "/unsubscribe all",
    "/subscriptions",
    "/ingest",
  ],
};

let store: Store;
let answerer: Answerer;

beforeAll(() => {
  store = openStore(join(mkdtempSync(join(tmpdir(), "parlbot-no-english-")), "parlbot.sqlite"));
  answerer = new Answerer(facts());
});
afterAll(() => store.close());

/** The whole terminal chat for a session: what the bot wrote, and the chat's own remarks. */
async function chat(lines: string[]): Promise<string> {
  const bot = createBot({
    token: "offline",
    botInfo: OFFLINE_BOT,
    answerer,
    log: memoryLogger("fatal").log,
    extensions: [
      subscriptionsComposer({
        subscriptions: store.subscriptions,
        answerer,
        // The terminal's user is an admin, so that /ingest answers with its usage.
        adminChatIds: [1000],
        ingest: () =>
          ({
            added: [],
            restored: 0,
            duplicates: [],
            meetings: 0,
            notifications: 0,
          }) as unknown as IngestResult,
      }),
    ],
    extraCommands: SUBSCRIPTION_COMMANDS,
    languages: store.languages,
    rateLimit: false,
  });
  const input = new PassThrough();
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on("data", (c: Buffer) => chunks.push(c.toString("utf8")));
  const done = runTerminalChat(bot, { input, output, language: lines[0]?.endsWith("kk") ? "kk" : "ru" });
  input.end(`${lines.join("\n")}\n`);
  await done;
  return chunks.join("");
}

describe.each(["ru", "kk"] as const)("a chat in %s", (language) => {
  let transcript = "";
  beforeAll(async () => {
    transcript = await chat(SESSIONS[language]);
  }, 60_000);

  it("answers every line of the session", () => {
    // Each line is echoed ("you> ..."), and something follows each one.
    const turns = transcript.split(/^you> .*$/m).slice(1);
    expect(turns).toHaveLength(SESSIONS[language].length);
    for (const turn of turns) expect(turn.trim()).not.toBe("");
  });

  it("has no English fixed phrase in any reply", () => {
    const bot = transcript
      .split("\n")
      .filter((line) => !line.startsWith("you> "))
      .join("\n");
    if (process.env.SHOW_TRANSCRIPT) console.log(transcript);
    expect(englishIn(bot)).toBeUndefined();
    expect(bot.split("\n").filter((line) => MESSAGES.has(line.trim()))).toEqual([]);
  });

  it("greets with the banner in the language", () => {
    expect(englishIn(offlineBanner("data/facts.json", answerer.stats(), false, language))).toBeUndefined();
  });

  it("notifies in the language", () => {
    const base = answerer.facts();
    const news = base.articles.slice(0, 2).map((article) => ({
      article,
      meetings: base.meetings.filter((m) => m.articleId === article.id),
    }));
    const summarize = (m: (typeof base.meetings)[number]) => answerer.summarizeMeeting(m, language);
    for (const some of [news.slice(0, 1), news])
      expect(englishIn(notificationHtml(some, summarize, language))).toBeUndefined();
  });
});

describe("the English phrases the check looks for", () => {
  it("are found in English replies", () => {
    expect(PHRASES.length).toBeGreaterThan(50);
    expect(englishIn("I know of no meeting of Koshanov.")).toBeDefined();
    expect(englishIn("You will hear about every new meeting.")).toBeDefined();
    expect(MESSAGES.has("(edited)")).toBe(true);
  });
});
