/** The small parts of the bot on their own: button data, page keyboards, the terminal's rendering. */
import { describe, expect, it } from "vitest";
import { cutText } from "../../src/bot/cut.ts";
import { answerBody, MESSAGE_LIMIT } from "../../src/bot/format.ts";
import { withoutMention } from "../../src/bot/groups.ts";
import { ingestReport } from "../../src/bot/ingest-report.ts";
import {
  askData,
  CALLBACK_DATA_LIMIT,
  exampleData,
  examplesKeyboard,
  pageData,
  pageKeyboard,
  parseButtonData,
  QuestionMemory,
} from "../../src/bot/paging.ts";
import { escapeHtml } from "../../src/query/format.ts";
import { renderHtml, renderKeyboard } from "../../src/terminal/render.ts";
import { TerminalTransport } from "../../src/terminal/transport.ts";
import { telegramHtmlProblem } from "./helpers.ts";

describe("button data", () => {
  it("page data round-trips and stays under Telegram's 64 bytes", () => {
    const memory = new QuestionMemory();
    const key = memory.remember("who met Koshanov?");
    const data = pageData(key, 123456);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
    expect(parseButtonData(data)).toEqual({ kind: "page", key, page: 123456 });
    expect(memory.recall(key)).toBe("who met Koshanov?");
  });

  it("an example question rides in the data only when it fits", () => {
    expect(parseButtonData(askData("who met Koshanov?") ?? "")).toEqual({
      kind: "ask",
      question: "who met Koshanov?",
    });
    expect(askData("кто встречался с Кошановым и с кем ещё?")).toBeUndefined(); // > 64 bytes in UTF-8
  });

  it("a longer example rides as its place among its language's examples", () => {
    const keyboard = examplesKeyboard(["что подписали Монголия и Казахстан?", "последние встречи"], "ru");
    const data = keyboard.inline_keyboard.flat().map((b) => ("callback_data" in b ? b.callback_data : ""));
    expect(data).toEqual([exampleData("ru", 0), "q:последние встречи"]);
    expect(parseButtonData(data[0] ?? "")).toEqual({ kind: "example", language: "ru", index: 0 });
    expect(parseButtonData("e:xx:0")).toBeUndefined();
  });

  it("other data is not the bot's", () => {
    expect(parseButtonData("unsub:42")).toBeUndefined();
    expect(parseButtonData("p:key:notanumber")).toBeUndefined();
  });

  it("the memory forgets the oldest question when full", () => {
    const memory = new QuestionMemory(2);
    const first = memory.remember("one");
    memory.remember("two");
    memory.remember("three");
    expect(memory.recall(first)).toBeUndefined();
    expect(memory.recall("never-given")).toBeUndefined();
  });
});

describe("page keyboards", () => {
  const labels = (page: number, count: number) =>
    pageKeyboard("k", page, count)
      ?.inline_keyboard.flat()
      .map((b) => b.text) ?? [];

  it("show More on the first page, Back and More in the middle, Back on the last, nothing for one page", () => {
    expect(labels(0, 3)).toEqual(["More ›"]);
    expect(labels(1, 3)).toEqual(["‹ Back", "More ›"]);
    expect(labels(2, 3)).toEqual(["‹ Back"]);
    expect(pageKeyboard("k", 0, 1)).toBeUndefined();
  });
});

describe("message bodies", () => {
  it("send the HTML when it fits, else the plain text cut to Telegram's limit", () => {
    expect(answerBody({ html: "<b>x</b>", text: "x" })).toEqual({ text: "<b>x</b>", parse_mode: "HTML" });
    const long = answerBody({
      html: `<b>${"y".repeat(MESSAGE_LIMIT)}</b>`,
      text: "y".repeat(MESSAGE_LIMIT + 10),
    });
    expect(long.parse_mode).toBeUndefined();
    expect(long.text.length).toBe(MESSAGE_LIMIT);
  });

  it("are cut with an ellipsis, never between the halves of an emoji", () => {
    expect(cutText("short", 10)).toBe("short");
    expect(cutText("abcdefghij", 5)).toBe("abcd…");
    const cut = cutText(`abc😀def`, 5); // the cut would fall inside the emoji
    expect(cut).toBe("abc…");
    expect(cut.length).toBeLessThanOrEqual(5);
  });

  it("escape text for Telegram HTML", () => {
    const escaped = escapeHtml(`<b>"Tom & Jerry"</b>`);
    expect(escaped).toBe("&lt;b&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt;");
    expect(telegramHtmlProblem(escaped)).toBeUndefined();
  });

  it("drop the bot's @mention from a group question", () => {
    expect(withoutMention("@TestNameBot who met Koshanov?", "TestNameBot")).toBe("who met Koshanov?");
    expect(withoutMention("who met Koshanov, @testnamebot?", "TestNameBot")).toBe("who met Koshanov,?");
  });
});

describe("terminal rendering", () => {
  it("turns Telegram HTML into readable text", () => {
    const html = `<b>Koshanov</b> met <i>Amarbayasgalan</i> &amp; signed a memorandum.\nSource: <a href="https://x.kz/a?b=1&amp;c=2">Kazinform, 4 Sep 2025</a> &lt;b&gt;`;
    expect(renderHtml(html)).toBe(
      "Koshanov met Amarbayasgalan & signed a memorandum.\nSource: Kazinform, 4 Sep 2025 (https://x.kz/a?b=1&c=2) <b>",
    );
  });

  it("uses ANSI bold and italics on a terminal", () => {
    expect(renderHtml("<b>a</b><i>b</i>", true)).toBe("\x1b[1ma\x1b[22m\x1b[3mb\x1b[23m");
  });

  it("shows buttons as [Label], one row a line", () => {
    expect(
      renderKeyboard({
        inline_keyboard: [
          [
            { text: "‹ Back", callback_data: "p:k:0" },
            { text: "More ›", callback_data: "p:k:2" },
          ],
          [{ text: "Site", url: "https://example.org" }],
        ],
      }),
    ).toBe("[‹ Back]  [More ›]\n[Site](https://example.org)");
  });

  it("finds the newest button by label (decoration and case ignored) or by position", async () => {
    const out: string[] = [];
    const transport = new TerminalTransport((s) => out.push(s));
    const send = transport.transformer();
    const markup = (data: string) => ({ inline_keyboard: [[{ text: "More ›", callback_data: data }]] });
    const call = (method: string, payload: unknown) =>
      send(() => Promise.reject(new Error("no network")), method as never, payload as never);
    await call("sendMessage", {
      chat_id: 1,
      text: "<b>old</b>",
      parse_mode: "HTML",
      reply_markup: markup("old"),
    });
    await call("sendMessage", { chat_id: 1, text: "new", reply_markup: markup("new") });
    expect(transport.findButton("more")?.button).toMatchObject({ callback_data: "new" });
    expect(transport.findButton("1")?.button).toMatchObject({ callback_data: "new" });
    expect(transport.findButton("Back")).toBeUndefined();
    expect(out[0]).toBe("old\n[More ›]\n\n");
    const refused = await call("sendPhoto", { chat_id: 1 });
    expect(refused).toMatchObject({ ok: false });
  });
});

describe("the admin's ingest reply", () => {
  const article = {
    id: "a1b2c3",
    title: "Speakers of Velmaria and Dornland meet",
    outlet: "Velmar News",
    published: "2026-05-05",
  };
  const result = {
    added: [article],
    restored: 0,
    duplicates: [],
    replaced: 0,
    meetings: 2,
    notifications: 0,
  };

  it("names each article by title, outlet and date in the chat's language, never by its id", () => {
    expect(ingestReport(result, "x.txt", "en")).toBe(
      "Added 1 article: 2 new meetings, no notification queued.\n• “Speakers of Velmaria and Dornland meet”, Velmar News, 5 May 2026",
    );
    expect(ingestReport(result, "x.txt", "ru")).toMatch(
      /^Добавлено статей: 1; новых встреч: 2; уведомлений в очереди: нет\.\n• “Speakers of Velmaria and Dornland meet”, Velmar News, 5 мая 2026/,
    );
    expect(ingestReport(result, "x.txt", "kk")).toMatch(
      /^Қосылған мақалалар: 1; жаңа кездесулер: 2; кезектегі хабарламалар: жоқ\./,
    );
    for (const language of ["en", "ru", "kk"] as const)
      expect(ingestReport(result, "x.txt", language)).not.toContain("a1b2c3");
  });

  it("names an article without a title by the link or file it came from", () => {
    const untitled = { ...result, added: [{ id: "a1b2c3", url: "https://news.example/velmar" }] };
    expect(ingestReport(untitled, "x.txt", "en").split("\n")[1]).toBe("• https://news.example/velmar");
    const uploaded = { ...result, added: [{ id: "a1b2c3" }] };
    expect(ingestReport(uploaded, "velmar.txt", "en").split("\n")[1]).toBe("• velmar.txt");
    expect(ingestReport({ ...result, added: [] }, "x.txt", "en")).toBe("Already ingested: nothing new.");
  });
});
