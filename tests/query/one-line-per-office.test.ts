/**
 * "who is X?": role texts that name one office, however an outlet words it ("Azerbaijani Parliament
 * Speaker", "Speaker of the Milli Majlis", "Chair of the Milli Majlis"), are one line citing its reports,
 * newest first; different offices (a committee's chair, a deputy, a former holder, another chamber) stay
 * apart. Names invented.
 */
import { describe, expect, it } from "vitest";
import type { FactBase, Role } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { meeting, NOW } from "./fixture.ts";

const dates = ["2024-01-10", "2024-03-05", "2024-06-01", "2024-09-01", "2024-11-20", "2025-02-14"];
const articles = dates.map((published, i) => ({
  id: `a${i + 1}`,
  file: `report-${i + 1}.txt`,
  published,
  sentences: [],
}));
const role = (title: string, country: string, articleId: string, body?: string): Role => ({
  title,
  country,
  articleId,
  ...(body ? { body } : {}),
});
const person = (id: string, name: string, country: string, roles: Role[]) => ({
  id,
  name,
  aliases: [],
  country,
  roles,
});

const base: FactBase = {
  version: 1,
  generatedAt: "2026-01-01T00:00:00.000Z",
  articles,
  people: [
    person("karimli", "Leyla Karimli", "Azerbaijan", [
      role("Azerbaijani Parliament Speaker", "Azerbaijan", "a1"),
      role("Speaker of the Azerbaijani Parliament", "Azerbaijan", "a2"),
      role("Chair of the Milli Majlis", "Azerbaijan", "a3", "Milli Majlis"),
      role(
        "Chairman of the Committee on Foreign Affairs of the Milli Majlis",
        "Azerbaijan",
        "a4",
        "Milli Majlis",
      ),
      role("Speaker of the Milli Majlis", "Azerbaijan", "a5", "Milli Majlis"),
      role("Speaker", "Azerbaijan", "a6"),
    ]),
    person("tolegen", "Aidos Tolegen", "Kazakhstan", [
      role("Deputy Chairman of the Senate of Kazakhstan", "Kazakhstan", "a1"),
      role("Senate Vice-Speaker", "Kazakhstan", "a2"),
      role("Chairman of the Senate of Kazakhstan", "Kazakhstan", "a3"),
      role("Kazakh Senate Speaker", "Kazakhstan", "a4"),
    ]),
    person("ormanov", "Bolat Ormanov", "Kazakhstan", [
      role("former Speaker of the Majilis", "Kazakhstan", "a5", "Majilis"),
      role("Speaker of the Majilis", "Kazakhstan", "a1", "Majilis"),
      role("Majilis Chairman", "Kazakhstan", "a2", "Majilis"),
      role("Chairman of the Senate", "Kazakhstan", "a6"),
    ]),
    person("vance", "Odile Vance", "France", [role("Ambassador of France", "France", "a1")]),
    person("quiroga", "Ines Quiroga", "Chile", [
      role("President of the Senate of the Republic of Chile", "Chile", "a2"),
      role("President of the Chilean Senate", "Chile", "a3"),
      role("Senate President", "Chile", "a4"),
    ]),
  ],
  meetings: [
    meeting({
      id: "m1",
      articleId: "a1",
      participants: ["karimli", "vance"],
      countries: ["Azerbaijan", "France"],
    }),
  ],
};
const answer = (q: string) => new Answerer(base, { now: NOW }).answer(q);
const roleLines = (text: string) => text.split("\n").filter((l) => /speaker|chair/i.test(l));

describe("who is X: one line per office", () => {
  it("speaker, chair and chairman of one country's chamber are one line citing its newest reports", () => {
    const reply = answer("who is Leyla Karimli?");
    const lines = roleLines(reply.text);
    // The chamber's chair once, the committee's chair on a line of its own.
    expect(lines).toHaveLength(2);
    expect(lines.filter((l) => /committee/i.test(l))).toHaveLength(1);
  });
  it("the merged line cites at most three reports, the newest first", () => {
    const reply = answer("who is Leyla Karimli?");
    const [chair] = roleLines(reply.text);
    expect(chair).toMatch(/\[1\]\[2\]\[3\]$/);
    expect(reply.text).toMatch(/\[1\] report-6\.txt[^\n]*\n\[2\] report-5\.txt[^\n]*\n\[3\] report-3\.txt/);
  });
  it("the merged line is written as a report that names the body, not a bare title", () => {
    const [chair] = roleLines(answer("who is Karimli?").text).filter((l) => !/committee/i.test(l));
    expect(chair).toMatch(/Milli Majlis/);
  });
  it("a deputy speaker never merges with the speaker", () => {
    const lines = roleLines(answer("who is Aidos Tolegen?").text);
    expect(lines).toHaveLength(2);
    expect(lines.filter((l) => /deputy|vice/i.test(l))).toHaveLength(1);
  });
  it("a former office never merges with the current one, nor one chamber with another", () => {
    const lines = roleLines(answer("who is Bolat Ormanov?").text);
    expect(lines.filter((l) => /former/i.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /senate/i.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /majilis/i.test(l) && !/former/i.test(l))).toHaveLength(1);
    expect(lines).toHaveLength(3);
  });
  it("a line gives the office in full and, when a report words it more briefly with its country, so too", () => {
    const lines = answer("who is Ines Quiroga?")
      .text.split("\n")
      .filter((l) => /senate/i.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /President of the Senate of the Republic of Chile \/ President of the Chilean Senate/,
    );
    expect(lines[0]).not.toMatch(/Senate President/);
  });
});
