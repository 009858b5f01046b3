/**
 * Scores the people of the invented reports of fixtures/invented-parliaments.ts the way the evaluation
 * scorer scores participants: a person is found when an extracted person of the report has the
 * expected name's last word among its name forms; the role is right when at least half the content
 * words of the expected role are in one extracted role (title and body) and it adds no more words
 * than that; the country is right when it is the expected one (or both are absent).
 */
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";
import { editDistance } from "../../src/extract/similar.ts";
import type { InventedPeopleReport } from "./fixtures/invented-parliaments.ts";
import { scoreInventedReports } from "./invented-score.ts";

/** People found, roles and countries right, the meeting score, and one line per error. */
export interface PeopleScore {
  people: number;
  found: number;
  /** People found whose expected full name is one of their name forms (honorifics aside). */
  nameRight: number;
  roleRight: number;
  countryRight: number;
  meetingF1: number;
  meetingPrecision: number;
  meetingRecall: number;
  errors: string[];
}

const norm = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`´]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
const SKIP = new Set([
  "uulu",
  "bin",
  "binti",
  "al",
  "el",
  "de",
  "mr",
  "mrs",
  "ms",
  "dr",
  "the",
  "and",
  "for",
  "republic",
]);
const words = (s: string) =>
  norm(s)
    .split(" ")
    .filter((w) => w.length >= 3 && !SKIP.has(w));
const lastWord = (name: string) =>
  norm(name)
    .split(" ")
    .filter((w) => w && !SKIP.has(w))
    .at(-1) ?? "";

// Two words are alike when at most a fifth of their letters differ (the scorer's rule).
function alike(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  return 1 - editDistance(a, b) / Math.max(a.length, b.length) >= 0.8;
}

/** Whether an extracted role (title and body) says the expected role. */
export function roleSays(expected: string, title: string, body?: string): boolean {
  const want = words(expected);
  const have = new Set(words(`${title} ${body ?? ""}`));
  const extra = [...have].filter((t) => !want.some((w) => alike(w, t))).length;
  const hit = want.filter((w) => [...have].some((t) => alike(w, t))).length;
  return hit >= Math.ceil(want.length / 2) && extra <= want.length;
}

/** Extracts each report alone and compares its people with the expected ones. */
export function scoreInventedPeople(reports: InventedPeopleReport[]): PeopleScore {
  const errors: string[] = [];
  let people = 0;
  let found = 0;
  let nameRight = 0;
  let roleRight = 0;
  let countryRight = 0;
  for (const report of reports) {
    const base = extractFacts([
      parseArticle(report.text, { id: report.id, file: `${report.id}.txt`, isKnownCity }),
    ]);
    for (const want of report.people) {
      people++;
      const last = lastWord(want.name);
      const got = base.people.find((p) =>
        [p.name, ...p.aliases].some((f) =>
          norm(f)
            .split(" ")
            .some((w) => alike(w, last)),
        ),
      );
      if (!got) {
        errors.push(`${report.id}: no person ${want.name}`);
        continue;
      }
      found++;
      if ([got.name, ...got.aliases].some((f) => norm(f) === norm(want.name))) nameRight++;
      else errors.push(`${report.id}: name of ${want.name}: ${[got.name, ...got.aliases].join(" / ")}`);
      if (got.roles.some((r) => roleSays(want.role, r.title, r.body))) roleRight++;
      else
        errors.push(
          `${report.id}: role of ${want.name}: ${got.roles.map((r) => r.title).join(" / ") || "none"} != ${want.role}`,
        );
      if ((got.country ?? "") === (want.country ?? "")) countryRight++;
      else errors.push(`${report.id}: country of ${want.name}: ${got.country} != ${want.country}`);
    }
  }
  const meetings = scoreInventedReports(reports);
  const f1 =
    (2 * meetings.precision * meetings.recall) / Math.max(1e-9, meetings.precision + meetings.recall);
  return {
    people,
    found,
    nameRight,
    roleRight,
    countryRight,
    meetingF1: f1,
    meetingPrecision: meetings.precision,
    meetingRecall: meetings.recall,
    errors: [...errors, ...meetings.errors],
  };
}
