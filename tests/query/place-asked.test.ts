/**
 * A place the question names narrows the meetings, and a place no meeting was held in is said: "who did
 * X meet in Minsk?", "did X meet Y in Moscow?", "when did X meet Y in Oslo?". The meetings whose place is
 * unknown may have been there, and are given as such. Names of people invented; the cities are ones the
 * gazetteer knows.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { saveFactBase } from "../../src/facts/io.ts";
import type { FactBase } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { meeting, NOW, report, speaker } from "./fixture.ts";

// A held meeting of Varnholt's, reported in article `a-${name}`, dated and maybe placed.
const withVarnholt = (name: string, guest: string, start: string, place?: string) =>
  meeting({
    id: `m-${name}`,
    articleId: `a-${name}`,
    participants: ["varnholt", guest],
    date: { start, basis: "stated" },
    ...(place ? { place } : {}),
  });

const base: FactBase = {
  version: 1,
  generatedAt: "2026-01-01T00:00:00.000Z",
  articles: [
    report("a-oslo", "2023-05-03", "Speaker Odile Varnholt met Speaker Teodor Brask in Oslo."),
    report("a-rome", "2024-02-08", "Speaker Odile Varnholt received Speaker Mirela Castaldo in Rome."),
    report("a-call", "2024-09-12", "Speaker Odile Varnholt talked with Speaker Ansgar Lindqvell."),
  ],
  people: [
    speaker("varnholt", "Odile Varnholt", "Norway", "a-oslo"),
    speaker("brask", "Teodor Brask", "Denmark", "a-oslo"),
    speaker("castaldo", "Mirela Castaldo", "Italy", "a-rome"),
    speaker("lindqvell", "Ansgar Lindqvell", "Sweden", "a-call"),
  ],
  meetings: [
    withVarnholt("oslo", "brask", "2023-05-02", "Oslo"),
    withVarnholt("rome", "castaldo", "2024-02-07", "Rome"),
    withVarnholt("call", "lindqvell", "2024-09-11"),
  ],
};
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("who did X meet in a city", () => {
  it("lists the meetings held there", () => {
    const text = ask("who did Varnholt meet in Rome?");
    expect(text).toContain("Mirela Castaldo");
    expect(text).not.toContain("Teodor Brask");
    expect(text).not.toMatch(/No meeting/);
  });
  it("says that none was held there, then gives those of unknown place", () => {
    const text = ask("who did Varnholt meet in Minsk?");
    expect(text).toContain("No meeting of Odile Varnholt in Minsk is recorded. These have no known place:");
    expect(text).toContain("Ansgar Lindqvell");
    // Known to be elsewhere: not a meeting in Minsk, nor one that may have been.
    expect(text).not.toContain("Mirela Castaldo");
    expect(text).not.toContain("Teodor Brask");
  });
  it("says it in Russian too", () => {
    expect(ask("с кем встречалась Варнхольт в Минске?")).toMatch(
      /в Минске у меня не записаны\. Встречи без известного места:/,
    );
  });
});

describe("did X meet Y in a place or a period", () => {
  it("is yes when they met there", () => {
    expect(ask("did Varnholt meet Castaldo in Rome?")).toMatch(/^Yes:/);
  });
  it("says that they did not meet there, then where they did", () => {
    const text = ask("did Varnholt meet Castaldo in Moscow?");
    expect(text).not.toMatch(/^Yes/);
    expect(text).toContain("No meeting of Odile Varnholt and Mirela Castaldo in Moscow is recorded.");
    expect(text).toContain("in Rome");
  });
  it("says that they did not meet then, then when they did", () => {
    const text = ask("did Varnholt meet Castaldo in 2022?");
    expect(text).not.toMatch(/^Yes/);
    expect(text).toContain("No meeting of Odile Varnholt and Mirela Castaldo in 2022 is recorded.");
    expect(text).toContain("7 February 2024");
  });
});

describe("when did X meet Y in a place", () => {
  it("gives the date of the meeting there", () => {
    expect(ask("when did Varnholt meet Brask in Oslo?")).toContain("2 May 2023");
  });
  it("says that they did not meet there", () => {
    expect(ask("when did Varnholt meet Brask in Rome?")).toContain(
      "No meeting of Odile Varnholt and Teodor Brask in Rome is recorded.",
    );
  });
});

describe("through parlbot ask", () => {
  it("says the place that matched nothing, and answers 'did they meet there' with where they did", () => {
    const facts = join(mkdtempSync(join(tmpdir(), "parlbot-place-")), "facts.json");
    saveFactBase(facts, base);
    const bin = join(import.meta.dirname, "..", "..", "bin", "parlbot.js");
    const run = (q: string) =>
      spawnSync(process.execPath, [bin, "ask", "--facts", facts, q], { encoding: "utf8", timeout: 60_000 })
        .stdout;
    expect(run("who did Varnholt meet in Minsk?")).toContain(
      "No meeting of Odile Varnholt in Minsk is recorded.",
    );
    const there = run("did Varnholt meet Castaldo in Moscow?");
    expect(there).not.toMatch(/^Yes/);
    expect(there).toContain("in Rome");
  });
});

describe("the city asked with the question word first", () => {
  it.each([
    ["Which city did Varnholt and Castaldo meet in?", "in Rome"],
    ["What city did Varnholt receive Castaldo in?", "in Rome"],
    ["which city hosted the talks of Varnholt and Brask", "in Oslo"],
    ["Which city did Varnholt visit in May 2023?", "in Oslo"],
    ["which country did Varnholt meet Brask in?", "in Oslo"],
  ])("%s gives where they met", (q, place) => {
    const answer = new Answerer(base, { now: NOW }).answer(q);
    expect(answer.parsed.intent).toBe("where");
    expect(answer.text).toContain(place);
  });
  it("leaves where someone comes from, and a place someone spoke of, to other answers", () => {
    const answerer = new Answerer(base, { now: NOW });
    expect(answerer.answer("Which city is Varnholt from?").parsed.intent).not.toBe("where");
    expect(answerer.answer("Which city did Varnholt say she would visit?").parsed.intent).not.toBe("where");
  });
});

describe("a city's things", () => {
  it("are asked about, not where someone met", () => {
    const answer = new Answerer(base, { now: NOW }).answer("Which city's museums did Varnholt visit?");
    expect(answer.parsed.intent).not.toBe("where");
  });
});
