/**
 * Surnames as people type them in a chat, through the real `parlbot ask`: any case, without
 * diacritics, a letter or two off, a hyphenated surname with a space, no hyphen or a slip; and a
 * full name the base does not know (a given name of one person before the surname of another) is
 * said to be unknown rather than answered for two other people. Questions whose verb is an act of
 * meeting ("who hosted X", "who did X receive") list X's meetings; "who thanked X" quotes the
 * sentence that says it. Invented people and sentences.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { saveFactBase } from "../../src/facts/io.ts";
import { factBase, meeting, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    {
      id: "a-velmora",
      file: "velmora.txt",
      published: "2024-03-04",
      sentences: [
        "Speaker Doris Kollár received Yvette Braun-Larnet in Velmora.",
        "Braun-Larnet hosted Tomas Vrendel-Sak and thanked Pia Ostrava for the invitation.",
        "Speaker Edvard Nøkken met Ilse Mäkivara in Velmora.",
      ],
    },
  ],
  people: [
    speaker("kollar", "Doris Kollár", "Freedonia", "a-velmora", ["Kollár"]),
    speaker("braun", "Yvette Braun-Larnet", "Sylvania", "a-velmora", ["Braun-Larnet"]),
    speaker("vrendel", "Tomas Vrendel-Sak", "Sylvania", "a-velmora"),
    speaker("nokken", "Edvard Nøkken", "Sylvania", "a-velmora"),
    speaker("maki", "Ilse Mäkivara", "Sylvania", "a-velmora"),
    speaker("ostrava", "Pia Ostrava", "Sylvania", "a-velmora"),
    // Edvard is Nøkken's given name and this one's surname.
    speaker("lukas", "Lukas Edvard", "Sylvania", "a-velmora"),
  ],
  meetings: [
    meeting({ id: "m1", articleId: "a-velmora", participants: ["kollar", "braun"], place: "Velmora" }),
    meeting({ id: "m2", articleId: "a-velmora", participants: ["braun", "vrendel"], place: "Velmora" }),
    meeting({ id: "m3", articleId: "a-velmora", participants: ["nokken", "maki"], place: "Velmora" }),
  ],
});

// Every question is asked once, in one run of the real command, as the scorer asks them.
const questions = [
  "who met kolár",
  "who met KOLLAR",
  "who met kollr",
  "who met braun-larnet",
  "who met braun larnet",
  "who met braunlarnet",
  "who met brawn-larnt",
  "who met nøken",
  "who met makivra",
  "who met Doris Braun",
  "who met braun-pivet?",
  "who met D.Kollár",
  "who met doris brawn",
  "who met Edvard Kollár",
  "who met Doris Kollar",
  "who hosted kollar",
  "who received Kollár",
  "who welcomed Braun-Larnet",
  "who did Kollár host",
  "who did Braun-Larnet receive",
  "who thanked Ostrava",
  "whom did Braun-Larnet thank",
];
const replies = new Map<string, string>();

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), "parlbot-names-"));
  const facts = join(dir, "facts.json");
  saveFactBase(facts, base);
  const bin = join(import.meta.dirname, "..", "..", "bin", "parlbot.js");
  const r = spawnSync(process.execPath, [bin, "ask", "--facts", facts, "--format", "jsonl"], {
    input: `${questions.join("\n")}\n`,
    encoding: "utf8",
    timeout: 60_000,
  });
  for (const line of r.stdout.trim().split("\n")) {
    const answer = JSON.parse(line) as { question: string; text: string };
    replies.set(answer.question, answer.text);
  }
});

const reply = (question: string) => replies.get(question) ?? "";

describe("a surname typed in a chat", () => {
  it("is the person without its diacritics, in capitals, or a letter off", () => {
    for (const q of ["who met kolár", "who met KOLLAR", "who met kollr"]) {
      expect(reply(q)).toMatch(/^Doris Kollár/);
      expect(reply(q)).toContain("Yvette Braun-Larnet");
    }
    expect(reply("who met nøken")).toMatch(/^Edvard Nøkken/);
    expect(reply("who met makivra")).toMatch(/^Ilse Mäkivara/);
  });
  it("is the person when hyphenated with a space, without the hyphen, or with a slip in each half", () => {
    for (const q of [
      "who met braun-larnet",
      "who met braun larnet",
      "who met braunlarnet",
      "who met brawn-larnt",
    ]) {
      expect(reply(q)).toMatch(/^Yvette Braun-Larnet/);
      expect(reply(q)).toContain("Tomas Vrendel-Sak");
    }
  });
});

describe("a full name the base does not know", () => {
  it("is not the person of its given name and another of its surname", () => {
    expect(reply("who met Doris Braun")).toMatch(/^I don't know anything about Doris Braun/);
    expect(reply("who met Edvard Kollár")).toMatch(/^I don't know anything about Edvard Koll/);
    // In lower case too, when the word after the given name is spelled like no one's surname word.
    expect(reply("who met doris brawn")).toMatch(/^I don't know anything about doris brawn/);
  });
  it("is unknown when its given name is also the surname of a third person", () => {
    // "Edvard": Edvard Nøkken, Lukas Edvard; neither is, with Kollár, someone called Edvard Kollár.
    expect(reply("who met Edvard Kollár")).toMatch(/^I don't know anything about Edvard Koll/);
    expect(reply("who met Lukas Edvard")).not.toMatch(/^I don't know anything/);
  });
  it("is not the person of one half of a hyphenated surname, and is echoed as typed", () => {
    expect(reply("who met braun-pivet?")).toMatch(/^I don't know anything about braun-pivet:/);
  });
  it("is still the person when given name (or its initial) and surname are both theirs", () => {
    expect(reply("who met Doris Kollar")).toMatch(/^Doris Kollár/);
    expect(reply("who met D.Kollár")).toMatch(/^Doris Kollár/);
  });
});

describe("who did an act of meeting", () => {
  it("lists the person's meetings for hosting, receiving and welcoming, whichever side asked", () => {
    for (const q of ["who hosted kollar", "who received Kollár", "who did Kollár host"])
      expect(reply(q)).toContain("Yvette Braun-Larnet");
    for (const q of ["who welcomed Braun-Larnet", "who did Braun-Larnet receive"]) {
      expect(reply(q)).toContain("Doris Kollár");
      expect(reply(q)).toContain("Tomas Vrendel-Sak");
    }
  });
  it("quotes the sentence for thanks, which is no meeting", () => {
    for (const q of ["who thanked Ostrava", "whom did Braun-Larnet thank"])
      expect(reply(q)).toContain("thanked Pia Ostrava");
  });
});
