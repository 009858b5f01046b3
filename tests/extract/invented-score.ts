/**
 * Scores the meeting extraction on the invented reports of fixtures/invented-reports.ts, the way the
 * evaluation scorer scores real articles: an expected meeting is found when one extracted meeting
 * of its report has all its people, no one else, and a side of each country it names.
 */
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";
import type { Meeting } from "../../src/facts/types.ts";
import type { ExpectedMeeting, InventedReport } from "./fixtures/invented-reports.ts";

/** Hits, spurious and missed meetings, with one line per error. */
export interface InventedScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  errors: string[];
}

const PARTICLES = new Set(["al", "bin", "binti", "el", "mr", "mrs", "ms"]);
const words = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w && !PARTICLES.has(w));

/** Whether an expected name (its last word) is one of the forms of an extracted person. */
const sameName = (expected: string, forms: string[]) => {
  const last = words(expected).at(-1) ?? "";
  return forms.some((f) => words(f).includes(last));
};

/** An expected meeting paired with the extracted meeting that matches it, or with nothing. */
export interface MatchedMeeting<W extends ExpectedMeeting> {
  want: W;
  found?: Meeting;
}

/**
 * Extracts one report on its own and pairs each expected meeting with the first unused extracted
 * meeting that has all its people, no one else, and a side of each country it names.
 */
export function matchReportMeetings<W extends ExpectedMeeting>(report: {
  id: string;
  text: string;
  meetings: W[];
}): { matched: MatchedMeeting<W>[]; spurious: string[] } {
  const base = extractFacts([
    parseArticle(report.text, { id: report.id, file: `${report.id}.txt`, isKnownCity }),
  ]);
  const formsOf = (id: string) => {
    const p = base.people.find((x) => x.id === id);
    return p ? [p.name, ...p.aliases] : [id];
  };
  const extracted = base.meetings.map((m) => ({
    meeting: m,
    people: m.participants.map(formsOf),
    countries: m.parties.map((p) => p.country),
  }));
  const used = new Set<number>();
  const matched = report.meetings.map((want) => {
    const at = extracted.findIndex(
      (m, i) =>
        !used.has(i) &&
        m.people.length === want.people.length &&
        want.people.every((name) => m.people.some((forms) => sameName(name, forms))) &&
        (want.countries ?? []).every((c) => m.countries.includes(c)),
    );
    if (at < 0) return { want };
    used.add(at);
    return { want, found: extracted[at]?.meeting };
  });
  const spurious = extracted
    .filter((_, i) => !used.has(i))
    .map((m) => [...m.people.map((f) => f[0]), ...m.countries].join(" + "));
  return { matched, spurious };
}

/** Extracts each report on its own and compares its meetings with the expected ones. */
export function scoreInventedReports(reports: InventedReport[]): InventedScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: string[] = [];
  for (const report of reports) {
    const { matched, spurious } = matchReportMeetings(report);
    for (const { want, found } of matched) {
      if (found) tp++;
      else {
        fn++;
        errors.push(`${report.id}: missed ${[...want.people, ...(want.countries ?? [])].join(" + ")}`);
      }
    }
    fp += spurious.length;
    for (const s of spurious) errors.push(`${report.id}: spurious ${s}`);
  }
  return {
    tp,
    fp,
    fn,
    precision: tp / Math.max(1, tp + fp),
    recall: tp / Math.max(1, tp + fn),
    errors,
  };
}
