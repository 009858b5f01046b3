/**
 * Runs the invented people of fixtures/world-names.ts through the meeting frames and lists what the
 * extraction gets wrong: a name not read whole, a meeting not found or with someone else, and a
 * later mention or a capitalised phrase taken for a person of its own.
 */
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";
import type { MeetingFrame, WorldName } from "./fixtures/world-names.ts";

/** One report: its id, its text, the two people who meet, and anyone else it names as a person. */
export interface NamedReport {
  id: string;
  text: string;
  /** The full names of the two sides of the one meeting, as printed. */
  meet: [string, string];
  /** Other people the report names in full (none in the frames). */
  others?: string[];
}

/** Pairs every host with a guest of another culture, in every frame: host i meets guest i + step. */
export function frameReports(names: WorldName[], frames: [string, MeetingFrame][]): NamedReport[] {
  return frames.flatMap(([id, frame], f) =>
    names.map((a, i) => {
      const b = names[(i + 7 + 11 * f) % names.length] as WorldName;
      const meet: [string, string] = [a.named ?? a.full, b.named ?? b.full];
      return { id: `${id}:${a.full}>${b.full}`, text: frame(a, b), meet };
    }),
  );
}

/**
 * Extracts each report on its own and lists its errors, one line each: the people found are exactly
 * the two of the meeting and the others (by their full names), and one meeting joins the two.
 */
export function namedReportErrors(reports: NamedReport[], published = "2025-03-14"): string[] {
  return reports.flatMap((report) => {
    const base = extractFacts([
      parseArticle(` date ${published} ${report.text}`, {
        id: "w",
        file: "w.txt",
        isKnownCity,
      }),
    ]);
    const nameOf = (id: string) => base.people.find((p) => p.id === id)?.name ?? id;
    const want = [...report.meet, ...(report.others ?? [])].sort();
    const got = base.people.map((p) => p.name).sort();
    const errors: string[] = [];
    if (JSON.stringify(got) !== JSON.stringify(want)) errors.push(`people ${JSON.stringify(got)}`);
    const pair = [...report.meet].sort().join(" + ");
    const met = base.meetings.some((m) => m.participants.map(nameOf).sort().join(" + ") === pair);
    if (!met)
      errors.push(
        `meetings ${JSON.stringify(base.meetings.map((m) => m.participants.map(nameOf).join(" + ")))}`,
      );
    return errors.map((e) => `${report.id}: ${e}`);
  });
}
