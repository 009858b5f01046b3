/**
 * Scores meeting dates on the invented reports of fixtures/invented-dates*.ts the way the evaluation
 * scorer scores real articles: of the expected meetings that were found, the share whose date is the
 * expected one (over those that have one), and the number given a date where none is supported.
 */
import type { DatedReport } from "./fixtures/invented-dates.ts";
import { matchReportMeetings } from "./invented-score.ts";

/** Date accuracy over found meetings that have an expected date, and invented dates, with one line per error. */
export interface DateScore {
  /** Found meetings whose expected date was given. */
  right: number;
  /** Found meetings that have an expected date. */
  n: number;
  accuracy: number;
  /** Found meetings given a date where the expected basis is `unknown`. */
  invented: number;
  /** Expected meetings not found at all (their dates are not scored). */
  missed: number;
  errors: string[];
}

/** Extracts each report on its own and compares the dates of its found meetings with the expected ones. */
export function scoreInventedDates(reports: DatedReport[]): DateScore {
  let right = 0;
  let n = 0;
  let invented = 0;
  let missed = 0;
  const errors: string[] = [];
  for (const report of reports) {
    for (const { want, found } of matchReportMeetings(report).matched) {
      const who = want.people.join(" + ");
      if (!found) {
        missed++;
        errors.push(`${report.id}: meeting ${who} not found`);
        continue;
      }
      const got = found.date?.start;
      if (want.date) {
        n++;
        if (got === want.date) right++;
        else
          errors.push(
            `${report.id}: ${who} dated ${got ?? "none"} (${found.date?.basis ?? "-"}), expected ${want.date} (${want.basis})`,
          );
      } else if (got) {
        invented++;
        errors.push(`${report.id}: ${who} invented ${got} (${found.date?.basis})`);
      }
    }
  }
  return { right, n, accuracy: right / Math.max(1, n), invented, missed, errors };
}

/** The reports grouped by family, the part of each id before its first "-" ("late-in-may" is of "late"). */
export function byFamily(reports: DatedReport[]): Map<string, DatedReport[]> {
  const families = new Map<string, DatedReport[]>();
  for (const r of reports) {
    const family = r.id.split("-")[0] as string;
    families.set(family, [...(families.get(family) ?? []), r]);
  }
  return families;
}
