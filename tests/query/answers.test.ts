import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { fixtureBase, NOW } from "./fixture.ts";

const answerer = new Answerer(fixtureBase(), { now: NOW });
const ask = (q: string, page = 0) => answerer.answer(q, { page });
const sourceIds = (q: string) => ask(q).sources.map((s) => s.articleId);

describe("who met X", () => {
  it("lists each counterpart with role, country, date, place and source", () => {
    const a = ask("who met Koshanov?");
    expect(a.text).toContain("Dashzegve Amarbayasgalan, Chairman of the State Great Khural (Mongolia)");
    expect(a.text).toContain("in Astana on 4 September 2025");
    expect(a.text).toContain("Kazinform, 4 September 2025, https://news.example.org/mongolia");
    expect(a.sources).toEqual([
      expect.objectContaining({
        articleId: "a-mongolia",
        file: "mongolia.txt",
        url: "https://news.example.org/mongolia",
      }),
    ]);
    expect(a.parsed).toMatchObject({
      intent: "who-met",
      people: [{ id: "koshanov", name: "Erlan Koshanov" }],
    });
  });
  it("does not repeat a country the role already names", () => {
    const base = fixtureBase();
    const amar = base.people.find((p) => p.id === "amar");
    if (!amar) throw new Error("the fixture has Amarbayasgalan");
    amar.roles = amar.roles.map((r) => ({
      ...r,
      title: "Speaker of the State Great Khural of Mongolia",
      body: "",
    }));
    const text = new Answerer(base, { now: NOW }).answer("who met Koshanov?").text;
    expect(text).toContain("Speaker of the State Great Khural of Mongolia");
    expect(text).not.toContain("of Mongolia (Mongolia)");
  });
  it("never names people who were only mentioned", () => {
    expect(ask("who met Koshanov?").text).not.toContain("Khürelsükh");
    expect(ask("who did Nigmatullin meet in Tashkent?").text).not.toContain("Nazarbayev");
  });
  it("names every counterpart of both spellings and says when the date is unknown", () => {
    const text = ask("who did Nigmatulin meet?").text;
    for (const name of ["Chung Sye-kyun", "Vyacheslav Volodin", "Ara Babloyan", "Shavkat Mirziyoyev"])
      expect(text).toContain(name);
    expect(text).toContain("the article gives no date");
    expect(text).not.toMatch(/\b(19|20)\d\d-\d\d-\d\d\b/);
  });
  it("narrows by a country, a date and the place words of the question", () => {
    expect(ask("who did Nigmatulin meet from Russia?").text).toContain("Volodin");
    expect(ask("who did Nigmatulin meet from Russia?").text).not.toContain("Babloyan");
    const tashkent = ask("who did Nigmatulin meet in Tashkent?").text;
    expect(tashkent).toContain("Mirziyoyev");
    expect(tashkent).not.toContain("Chung");
    const june2019 = ask("who did Nigmatulin meet in June 2019?").text;
    expect(june2019).toContain("Mirziyoyev");
    expect(june2019).not.toContain("Volodin");
  });
  it("says so when a narrowing matches nothing, instead of pretending", () => {
    // The first line says it: a header "Erlan Koshanov … met:" above it would say the opposite.
    const text = ask("who did Koshanov meet in 2015?").text;
    expect(text.split("\n")[0]).toBe("No meeting of Erlan Koshanov in 2015 is recorded. Other meetings:");
    expect(text).not.toMatch(/met( [^\n]*)?:\n/);
    const longAgo = ask("who met Koshanov in 1850?").text;
    expect(longAgo.split("\n")[0]).toBe("No meeting of Erlan Koshanov in 1850 is recorded. Other meetings:");
  });
  it("lists the meetings of a country", () => {
    const a = ask("meetings with Mongolia");
    expect(a.text).toContain("Amarbayasgalan");
    expect(a.sources.map((s) => s.articleId)).toEqual(["a-mongolia"]);
  });
});

describe("when, where, what", () => {
  it("when: the date in words, or that the article gives none", () => {
    expect(ask("when did Koshanov meet the Mongolian speaker?").text).toContain("4 September 2025");
    const volodin = ask("when did Nigmatulin meet Volodin?");
    expect(volodin.text).toContain("the article gives no date");
    expect(volodin.sources.map((s) => s.file)).toEqual(["seoul.txt"]);
  });
  it("an undated meeting is said to be reported on its article's day, never met on it", () => {
    const base = fixtureBase();
    for (const m of base.meetings) if (m.articleId === "a-tashkent") delete m.date;
    const undatedAsk = new Answerer(base, { now: NOW });
    for (const q of ["when did Nigmatullin meet Mirziyoyev?", "who did Nigmatullin meet in Tashkent?"]) {
      const text = undatedAsk.answer(q).text;
      expect(text).toMatch(/reported on 7 June 2019/);
      expect(text).not.toMatch(/\bmet\b[^.;(]*\bon 7 June 2019/);
    }
  });
  it("where: the place", () => {
    expect(ask("where did Koshanov meet Amarbayasgalan?").text).toContain("in Astana");
  });
  it("where: quotes the sentence when the question asks about something else than the meeting", () => {
    expect(ask("Where did Babloyan invite Nigmatulin?").text).toContain("to visit Armenia");
  });
  it("what was signed, by a person or between two countries", () => {
    expect(ask("what did Kazakhstan and Mongolia sign?").text).toContain("memorandum of cooperation");
    expect(ask("what did Koshanov sign?").text).toContain("memorandum of cooperation");
    expect(ask("what did Volodin sign?").text).toMatch(
      /^I have no record of an agreement signed by Vyacheslav Volodin/,
    );
  });
  it("what they discussed: topics with the source", () => {
    const a = ask("what did Koshanov and Amarbayasgalan discuss?");
    expect(a.text).toContain("interparliamentary ties");
    expect(a.sources[0]?.articleId).toBe("a-mongolia");
  });
  it("open questions quote the best sentence of the subject's articles", () => {
    expect(ask("Which conflict did Babloyan raise with the Majilis chairman?").text).toContain("Karabakh");
    expect(ask("how many documents were signed according to Koshanov?").text).toContain("11 documents");
    expect(ask("On whose behalf did Nigmatullin convey greetings to Mirziyoyev?").text).toContain(
      "Nazarbayev",
    );
  });
});

describe("finding the sentence that answers", () => {
  it("matches a reporting verb with its synonyms", () => {
    expect(ask("what did Amarbayasgalan stress?").text).toContain("digitalization");
  });
  it("reads a possessive as the name", () => {
    expect(ask("what was Babloyan's invitation to Nigmatulin about?").text).toContain("visit Armenia");
  });
  it("offers the undated meetings when none is dated on the day asked", () => {
    const text = ask("who did Nigmatulin meet on 25 June?").text;
    expect(text).toContain("Vyacheslav Volodin");
    expect(text).toContain(
      "No meeting of Nurlan Nigmatulin on 25 June is recorded. These have no known date:",
    );
    expect(text).not.toContain("Mirziyoyev");
  });
  it("quotes nothing when no sentence matches well, and says it does not know", () => {
    const text = ask("which submarine did Babloyan buy?").text;
    expect(text).not.toContain("“");
    expect(text).toContain("No sentence of the articles answers that exactly");
  });
});

describe("who is X, did X meet Y", () => {
  it("who is: the role and country, with the source", () => {
    const a = ask("who is Babloyan?");
    expect(a.text).toContain("Chairman of the National Assembly (Armenia)");
    expect(a.sources[0]?.articleId).toBe("a-seoul");
  });
  it("who is X with no recorded role: the country, that no role is recorded, and the latest meeting", () => {
    const base = fixtureBase();
    const babloyan = base.people.find((p) => p.name === "Ara Babloyan");
    if (!babloyan) throw new Error("the fixture has Ara Babloyan");
    babloyan.roles = [];
    const text = new Answerer(base, { now: NOW }).answer("who is Babloyan?").text;
    expect(text).toMatch(/^Ara Babloyan \(Armenia\):/);
    expect(text).toContain("no role is recorded");
    expect(text).toContain("the latest with Nurlan Nigmatulin");
  });
  it("a known person without meetings: says who they are", () => {
    const text = ask("who met Khurelsukh?").text;
    expect(text).toContain("I know of no meeting of Ukhnaagiin Khürelsükh");
    expect(text).toContain("President of Mongolia");
  });
  it("did X meet Y: yes with the meeting, or no with whom X did meet", () => {
    expect(ask("did Nigmatulin meet Volodin?").text).toMatch(/^Yes/);
    const no = ask("did Koshanov meet Volodin?").text;
    expect(no).toMatch(/^No: no meeting of Erlan Koshanov with Vyacheslav Volodin/);
  });
});

describe("did X meet anyone from a country", () => {
  it("yes with the meetings where someone of that country took part", () => {
    const text = ask("did Koshanov meet anyone from Mongolia?").text;
    expect(text).toMatch(/^Yes/);
    expect(text).toContain("Dashzegve Amarbayasgalan");
  });
  it("no when nobody of that country took part", () => {
    expect(ask("did Koshanov meet anyone from Russia?").text).toMatch(/^No: no meeting of Erlan Koshanov/);
  });
  it("a counterpart whose country is unknown, met in that country, is no proof", () => {
    const base = fixtureBase();
    const amar = base.people.find((p) => p.id === "amar");
    if (!amar) throw new Error("the fixture has Amarbayasgalan");
    amar.country = "";
    for (const role of amar.roles) role.country = "";
    const meeting = base.meetings.find((m) => m.id === "m-mongolia");
    if (meeting) {
      meeting.countries = ["Kazakhstan"];
      meeting.place = "Ulaanbaatar";
    }
    const text = new Answerer(base, { now: NOW }).answer("did Koshanov meet anyone from Mongolia?").text;
    expect(text).toMatch(/^No/);
  });
});

describe("not knowing", () => {
  it("says it does not know a name, in one line, without guessing", () => {
    const a = ask("who met Obama?");
    expect(a.text.split("\n")[0]).toBe(
      "I don't know anything about Obama: no article in my fact base mentions that name.",
    );
    expect(a.sources).toEqual([]);
    expect(a.text).not.toContain("Did you mean"); // nobody is spelled like Obama
  });
  it("suggests the closest known names", () => {
    expect(ask("who met Koshenko?").text).toContain("Did you mean Erlan Koshanov");
  });
  it("answers empty and odd input with help, never a crash", () => {
    for (const q of ["", "   ", "🙂🙂", "<b>*_", "x".repeat(5000), "\u0000\u0007"]) {
      const a = ask(q);
      expect(a.text.length).toBeGreaterThan(0);
      expect(a.pageCount).toBe(1);
    }
    // The examples come from the fact base, so that trying one gives an answer.
    expect(ask("").text).toContain(answerer.examples()[0]);
  });
});

describe("paging and formatting", () => {
  const big = new Answerer(fixtureBase(12), { now: NOW });
  it("shows five lines, newest first, then 'and N more', and pages through the rest", () => {
    const first = big.answer("who met Koshanov?");
    const bullets = first.text.split("\n").filter((l) => l.startsWith("• "));
    expect(bullets).toHaveLength(5);
    expect(bullets[0]).toContain("Amarbayasgalan"); // 2025, the newest
    expect(bullets[1]).toContain("Guestov11"); // 12 March 2024
    // The later lines' people are named, so that someone on a later page is seen on the first.
    expect(first.text).toMatch(/…and 8 more: Talgat Guestov7, .*Aibek Guestov0\./);
    expect(first.pageCount).toBe(3);
    const last = big.answer("who met Koshanov?", { page: 2 });
    expect(last.page).toBe(2);
    expect(last.text.split("\n").filter((l) => l.startsWith("• "))).toHaveLength(3);
    expect(last.text).not.toContain("more");
    expect(last.sources.map((s) => s.articleId)).toEqual(["a-guest2", "a-guest1", "a-guest0"]);
    expect(big.answer("who met Koshanov?", { page: 99 }).page).toBe(2);
  });
  it("escapes article text in HTML and links the sources", () => {
    const a = ask("who did Nigmatullin meet in Tashkent?");
    expect(a.html).toContain("Kazinform &lt;Central Asia&gt;");
    expect(a.html).not.toContain("<Central Asia>");
    const linked = ask("who met Koshanov?").html;
    expect(linked).toContain('<a href="https://news.example.org/mongolia">Kazinform, 4 September 2025</a>');
    const topics = ask("what did Nigmatullin and Mirziyoyev discuss?").html;
    expect(topics).toContain("&lt;transboundary rivers&gt;");
    const quoted = ask("what did Nigmatullin and Mirziyoyev say about energy cooperation?").html;
    expect(quoted).toContain("&amp; &lt;energy&gt;");
  });
});

describe("subjects, summaries, stats", () => {
  it("resolves subscription subjects", () => {
    expect(answerer.resolveSubject("Koshanov")).toEqual({
      kind: "person",
      id: "koshanov",
      name: "Erlan Koshanov",
      description: "Erlan Koshanov, Chairman of the Majilis (Kazakhstan)",
    });
    expect(answerer.resolveSubject("Mongolian")).toEqual({ kind: "country", name: "Mongolia" });
    expect(answerer.resolveSubject("the Duma")).toEqual({ kind: "country", name: "Russia" });
    expect(answerer.resolveSubject("all")).toEqual({ kind: "all" });
    expect(answerer.resolveSubject("Jane Newcomer")).toEqual({ kind: "watch-name", name: "Jane Newcomer" });
    expect(answerer.resolveSubject("   ")).toBeUndefined();
  });
  it("summarizes a meeting in a line with its source", () => {
    const meeting = answerer.facts().meetings.find((m) => m.id === "m-mongolia");
    const s = answerer.summarizeMeeting(meeting as NonNullable<typeof meeting>);
    expect(s.text).toContain("Erlan Koshanov and Dashzegve Amarbayasgalan met in Astana on 4 September 2025");
    expect(s.text).toContain("memorandum of cooperation");
    expect(s.sources[0]?.url).toBe("https://news.example.org/mongolia");
  });
  it("counts what it knows, and sees a replaced fact base at once", () => {
    const a = new Answerer(fixtureBase(), { now: NOW });
    expect(a.stats()).toEqual({ articles: 3, people: 9, meetings: 5, newest: "2025-09-04" });
    expect(a.answer("who met Guestov0?").text).toContain("I don't know");
    a.replace(fixtureBase(1));
    expect(a.stats().meetings).toBe(6);
    expect(a.answer("who met Guestov0?").text).toContain("Erlan Koshanov");
  });
  it("cites sources by file when an article has no outlet, and says when it has no date", () => {
    expect(ask("who did Nigmatulin meet?").text).toContain("[2] seoul.txt");
    expect(sourceIds("who did Nigmatulin meet?").sort()).toEqual(["a-seoul", "a-tashkent"]);
  });
});
