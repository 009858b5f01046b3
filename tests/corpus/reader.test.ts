import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { listCorpus, readArticles, readCorpus } from "../../src/corpus/folder.ts";
import { readDateline, readTimestampLine } from "../../src/corpus/header.ts";
import { splitSentences } from "../../src/corpus/sentences.ts";

const known = (c: string) => ["Ulaanbaatar", "Astana", "Doha"].includes(c);

describe("header readers", () => {
  it("reads datelines of several outlets", () => {
    expect(readDateline("ASTANA. KAZINFORM – The Speaker met", known)?.city).toBe("Astana");
    const d = readDateline("YEREVAN, JUNE 26, ARMENPRESS. Speaker of Armenia’s Parliament", known);
    expect(d).toMatchObject({ city: "Yerevan", month: 6, day: 26, rest: "Speaker of Armenia’s Parliament" });
    expect(readDateline("MOSCOW, June 27. /TASS/. A delegation", known)?.rest).toBe("A delegation");
    expect(readDateline("Ulaanbaatar /MONTSAME/ The Chairman", known)?.city).toBe("Ulaanbaatar");
    expect(readDateline("Astana, 17 November, Mazhilis. Today in the Parliament", known)?.day).toBe(17);
    // The country in brackets after the city, as some wires print it.
    expect(readDateline("Doha [Qatar], October 13 (QNA): The Speaker met", known)).toMatchObject({
      city: "Doha",
      month: 10,
      day: 13,
      rest: "The Speaker met",
    });
    // A city whose name opens with an article, and its country in capitals before the outlet.
    expect(readDateline("LA VALLETTA (MALTA) (NEWSWIRE/AGENCY) – The Speaker met", known)).toMatchObject({
      city: "La Valletta",
      rest: "The Speaker met",
    });
    expect(readDateline("EL ZORGRAD, 3 May (Wire) - The Speaker met", known)).toMatchObject({
      city: "El Zorgrad",
      month: 5,
      day: 3,
    });
    expect(readDateline("Doha: The Speaker of the Council met", known)).toMatchObject({
      city: "Doha",
      rest: "The Speaker of the Council met",
    });
  });
  it("does not take an ordinary sentence for a dateline", () => {
    expect(readDateline("Speaker of the Kazakh Majilis Yerlan Koshanov met", known)).toBeUndefined();
    expect(readDateline("In Ankara, the Kazakh deputies met", known)).toBeUndefined();
    expect(readDateline("Agenda: The Speaker met", known)).toBeUndefined();
  });
  it("reads timestamp lines", () => {
    expect(readTimestampLine("21 December 2022, 19:10")).toBe("2022-12-21");
    expect(readTimestampLine("20:03, 01 June 2017")).toBe("2017-06-01");
    expect(readTimestampLine("17.11.2016")).toBe("2016-11-17");
    expect(readTimestampLine("Thu, 07/23/2015 - 12:19")).toBe("2015-07-23");
    expect(readTimestampLine("The Speaker met the Ambassador on 21 December 2022")).toBeUndefined();
  });
});

describe("sentence splitting", () => {
  it("keeps initials and abbreviations inside a sentence", () => {
    expect(splitSentences("K. Tokayev met Mr. Canas in St. Petersburg. They talked.")).toEqual([
      "K. Tokayev met Mr. Canas in St. Petersburg.",
      "They talked.",
    ]);
  });
  it("keeps an engineer's title ('Eng.') with the name it heads", () => {
    expect(splitSentences("The talks were attended by Eng. Omar Haddad. They ended at noon.")).toEqual([
      "The talks were attended by Eng. Omar Haddad.",
      "They ended at noon.",
    ]);
  });
});

describe("parseArticle", () => {
  it("reads the date marker, the title and the dateline", () => {
    const a = parseArticle(
      " date 2021-10-19 \nSpeaker meets guest\n\n21 October 2021, 10:30\nASTANA. KAZINFORM – The Speaker met the guest. They talked.",
      { id: "x", isKnownCity: known },
    );
    expect(a.published).toBe("2021-10-19");
    expect(a.title).toBe("Speaker meets guest");
    expect(a.datelineCity).toBe("Astana");
    expect(a.paragraphs).toEqual([["The Speaker met the guest.", "They talked."]]);
  });
  it("reads a dateline printed on a line of its own above the first paragraph", () => {
    const a = parseArticle(
      " date 2021-10-19 \nSpeaker meets guest\n\nDOHA\n\nThe Speaker met the guest. They talked.",
      {
        id: "x",
        isKnownCity: known,
      },
    );
    expect(a.datelineCity).toBe("Doha");
    expect(a.headlines).toEqual(["Speaker meets guest"]);
    expect(a.paragraphs).toEqual([["The Speaker met the guest.", "They talked."]]);
    // A one-word headline in capitals that is no known city stays a headline.
    const b = parseArticle("REPORT\n\nThe Speaker met the guest.", { id: "y", isKnownCity: known });
    expect(b.datelineCity).toBeUndefined();
  });
  it("reads the words on the date marker's line as the title, even when the body follows without a blank line", () => {
    const a = parseArticle(
      " date 2023-10-19 Speaker wishes to promote cooperation with Ostria\nPresident of the Assembly Jari Lehto said he hopes to welcome a delegation.",
      { id: "x" },
    );
    expect(a.title).toBe("Speaker wishes to promote cooperation with Ostria");
    expect(a.paragraphs).toEqual([
      ["President of the Assembly Jari Lehto said he hopes to welcome a delegation."],
    ]);
    // A sentence on the marker's line that goes on below it is still one sentence.
    const b = parseArticle(" date 2023-10-19 The Speaker met the guests\nand discussed trade.", { id: "y" });
    expect(b.paragraphs).toEqual([["The Speaker met the guests and discussed trade."]]);
  });
  it("joins a sentence broken across lines", () => {
    const a = parseArticle("The Chairman of the State\nDuma Ivan Petrov\nheld a meeting.", { id: "y" });
    expect(a.paragraphs[0]).toEqual(["The Chairman of the State Duma Ivan Petrov held a meeting."]);
  });
});

describe("readCorpus", () => {
  it("skips bad files with a reason and reads the rest", () => {
    const dir = mkdtempSync(join(tmpdir(), "parlbot-corpus-"));
    writeFileSync(join(dir, "good.txt"), "The Speaker met the Ambassador.");
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x2e]));
    writeFileSync(join(dir, "big.txt"), "a".repeat(1024 * 1024 + 1));
    writeFileSync(join(dir, "meta.txt"), "The Speaker met the Ambassador again.");
    writeFileSync(join(dir, "meta.meta.json"), "{not json");
    const { articles, skipped } = readCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(["good"]);
    expect(Object.fromEntries(skipped.map((s) => [s.file, s.reason]))).toEqual({
      "big.txt": expect.stringContaining("larger than 1 MB"),
      "binary.txt": expect.stringContaining("binary"),
      "empty.txt": expect.stringContaining("empty"),
      "latin1.txt": expect.stringContaining("UTF-8"),
      "meta.txt": expect.stringContaining("not valid JSON"),
    });
  });
});

describe("readArticles", () => {
  it("reads each file only when the next article is asked for", () => {
    const dir = mkdtempSync(join(tmpdir(), "parlbot-corpus-"));
    writeFileSync(join(dir, "a.txt"), "The Speaker met the Ambassador.");
    writeFileSync(join(dir, "b.txt"), "The Speaker met the Minister.");
    const skipped: string[] = [];
    const articles = readArticles(listCorpus(dir), {}, (s) => skipped.push(`${s.file}: ${s.reason}`));
    expect(articles.next().value?.id).toBe("a");
    // Emptied after the listing but before it was read: the reader meets it empty.
    writeFileSync(join(dir, "b.txt"), "");
    expect(articles.next().done).toBe(true);
    expect(skipped).toEqual([expect.stringMatching(/^b\.txt: empty/)]);
  });

  it("keeps every sentence of a text with characters beyond Latin-1 exactly as written", () => {
    const a = parseArticle(
      "Zhanna Amanova met Li Wei in Astana. They discussed “trade” — twice. It went well.",
      {
        id: "x",
      },
    );
    expect(a.paragraphs).toEqual([
      ["Zhanna Amanova met Li Wei in Astana.", "They discussed “trade” — twice.", "It went well."],
    ]);
  });
});
