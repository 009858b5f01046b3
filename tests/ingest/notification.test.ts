import { describe, expect, it } from "vitest";
import type { Article, Meeting } from "../../src/facts/types.ts";
import { notificationHtml, type Summarize, sourceLine } from "../../src/ingest/notification.ts";

const article = (n: number, extra: Partial<Article> = {}): Article => ({
  id: `a${n}`,
  title: `Speakers meet <${n}>`,
  url: `https://news.test/${n}`,
  outlet: "Test News",
  published: "2026-05-05",
  hash: `h${n}`,
  ...extra,
});
const meeting = (n: number, articleId: string): Meeting => ({
  id: `m${n}`,
  articleId,
  participants: [],
  parties: [],
  countries: [],
  status: "held",
  agreements: [],
  topics: [],
  evidence: `Meeting number ${n} took place.`,
});
// The answering core's summary is an input here; this one cites nothing, so the source line is ours.
const bare: Summarize = (m) => ({ html: m.evidence, sources: [] });

describe("notifications", () => {
  it("one article: its meeting's summary and its source, linked, with the date written out", () => {
    const html = notificationHtml([{ article: article(1), meetings: [meeting(1, "a1")] }], bare);
    expect(html).toBe(
      '<b>New meeting</b>\n\nMeeting number 1 took place.\nSource: <a href="https://news.test/1">Speakers meet &lt;1&gt;</a>, Test News, 5 May 2026',
    );
  });

  it("names the file only when neither a title nor an outlet is known", () => {
    const noUrl = { url: undefined, outlet: undefined, file: "inbox/new.txt" };
    expect(sourceLine(article(2, noUrl))).toBe("Source: Speakers meet &lt;2&gt;, 5 May 2026");
    expect(sourceLine(article(2, { ...noUrl, title: undefined }))).toBe("Source: inbox/new.txt, 5 May 2026");
  });

  it("names the agency of the dateline when no sidecar gives the outlet", () => {
    const wire = { url: undefined, outlet: undefined, title: undefined, file: "inbox/w.txt" };
    expect(sourceLine(article(3, { ...wire, dateline: "ASTANA. KAZINFORM" }))).toBe(
      "Source: KAZINFORM, 5 May 2026",
    );
    expect(sourceLine(article(3, { ...wire, title: "Talks held", dateline: "MOSCOW, May 5 (TASS)" }))).toBe(
      "Source: Talks held, TASS, 5 May 2026",
    );
  });

  it("does not add a source line to a summary that cites its own", () => {
    const citing: Summarize = (m) => ({ html: `${m.evidence}\n<i>Source:</i> [1] x`, sources: [{}] });
    const html = notificationHtml([{ article: article(1), meetings: [meeting(1, "a1")] }], citing);
    expect(html.match(/Source:/g)).toHaveLength(1);
  });

  it("ten articles at once are one digest message naming every source", () => {
    const news = Array.from({ length: 10 }, (_, i) => ({
      article: article(i),
      meetings: [meeting(i, `a${i}`), meeting(100 + i, `a${i}`)],
    }));
    const html = notificationHtml(news, bare);
    expect(html.startsWith("<b>10 new articles</b>")).toBe(true);
    for (let i = 0; i < 10; i++) expect(html).toContain(`https://news.test/${i}"`);
    expect(html).toContain("(and 1 more meetings in this article)");
  });

  it("keeps a huge digest under Telegram's 4096 characters and says how many were left out", () => {
    const news = Array.from({ length: 200 }, (_, i) => ({
      article: article(i),
      meetings: [meeting(i, `a${i}`)],
    }));
    const html = notificationHtml(news, bare);
    expect(html.length).toBeLessThan(4096);
    expect(html).toMatch(/…and \d+ more articles: ask me about them\.$/);
  });
});
