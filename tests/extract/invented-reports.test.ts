/**
 * The meeting extraction on reports written for the tests (fixtures/invented-reports*.ts), scored as
 * a whole: the closest measure of text the rules were not written against. The floors are the
 * figures reached when they were last raised; a rule that fits one article and breaks general
 * English lowers them. The second batch was written after the first had been used to mend rules; the
 * third (short and long reports, full of people named but not met) before the finders were read, to
 * measure precision; the fourth, also before the finders were read, to measure recall on the many
 * ways one meeting is told.
 */
import { describe, expect, it } from "vitest";
import { INVENTED_REPORTS } from "./fixtures/invented-reports.ts";
import { INVENTED_REPORTS_THIRD } from "./fixtures/invented-reports-3.ts";
import { INVENTED_REPORTS_THIRD_LONG } from "./fixtures/invented-reports-3-long.ts";
import { INVENTED_REPORTS_FOURTH } from "./fixtures/invented-reports-4-recall.ts";
import { INVENTED_REPORTS_FOURTH_B } from "./fixtures/invented-reports-4b.ts";
import { INVENTED_REPORTS_FOURTH_C } from "./fixtures/invented-reports-4c.ts";
import { INVENTED_REPORTS_FOURTH_D } from "./fixtures/invented-reports-4d.ts";
import { INVENTED_REPORTS_FOURTH_E } from "./fixtures/invented-reports-4e.ts";
import { INVENTED_REPORTS_FOURTH_F } from "./fixtures/invented-reports-4f.ts";
import { INVENTED_REPORTS_FIFTH } from "./fixtures/invented-reports-5.ts";
import { INVENTED_REPORTS_FIFTH_B } from "./fixtures/invented-reports-5b.ts";
import { INVENTED_REPORTS_FIFTH_C } from "./fixtures/invented-reports-5c.ts";
import { INVENTED_REPORTS_SIXTH_SIDES } from "./fixtures/invented-reports-6-sides.ts";
import { INVENTED_REPORTS_SECOND } from "./fixtures/invented-reports-second.ts";
import { scoreInventedReports } from "./invented-score.ts";

const BATCHES = [
  { name: "first batch", reports: INVENTED_REPORTS, reached: { precision: 0.96, recall: 0.96 } },
  { name: "second batch", reports: INVENTED_REPORTS_SECOND, reached: { precision: 0.9, recall: 0.94 } },
  { name: "third batch", reports: INVENTED_REPORTS_THIRD, reached: { precision: 0.97, recall: 0.94 } },
  {
    name: "third batch's long reports",
    reports: INVENTED_REPORTS_THIRD_LONG,
    reached: { precision: 0.95, recall: 0.79 },
  },
  // Written before the finders were read: recall 0.80 (P 0.90) then, on the ways one meeting is told.
  { name: "fourth batch", reports: INVENTED_REPORTS_FOURTH, reached: { precision: 0.97, recall: 0.95 } },
  // Its second probe: recall 0.73 (P 0.89) before the verbs it tries were added.
  {
    name: "fourth batch, second probe",
    reports: INVENTED_REPORTS_FOURTH_B,
    reached: { precision: 1, recall: 1 },
  },
  // Its third probe, longer reports told across sentences: recall 0.82 (P 0.95) before.
  {
    name: "fourth batch, third probe",
    reports: INVENTED_REPORTS_FOURTH_C,
    reached: { precision: 1, recall: 1 },
  },
  // Its fourth probe, agency styles of China, Vietnam, the Gulf and Europe: recall 0.76 (P 1) before.
  {
    name: "fourth batch, fourth probe",
    reports: INVENTED_REPORTS_FOURTH_D,
    reached: { precision: 1, recall: 1 },
  },
  // Its fifth probe, meetings only implied (title, lead, "informed Y", "the guest thanked"): recall 1 before.
  {
    name: "fourth batch, fifth probe",
    reports: INVENTED_REPORTS_FOURTH_E,
    reached: { precision: 1, recall: 1 },
  },
  // Its sixth probe, long sentences of agency prose: recall 0.91 (P 1) before.
  {
    name: "fourth batch, sixth probe",
    reports: INVENTED_REPORTS_FOURTH_F,
    reached: { precision: 1, recall: 1 },
  },
  // Written before the code was read, in house styles the rules were not written against: recall
  // 0.88 (P 0.92) before the rules it measured were added; its dates are scored in date-evidence.test.ts.
  { name: "fifth batch", reports: INVENTED_REPORTS_FIFTH, reached: { precision: 1, recall: 1 } },
  // Its second probe, harder reports and more date traps, written after the first was mended: recall
  // 0.97 (P 0.94) before.
  {
    name: "fifth batch, second probe",
    reports: INVENTED_REPORTS_FIFTH_B,
    reached: { precision: 1, recall: 1 },
  },
  // Its third probe, on dates: recall 0.93 (P 1) before ("spoke about his meeting with Y" was missed).
  {
    name: "fifth batch, third probe",
    reports: INVENTED_REPORTS_FIFTH_C,
    reached: { precision: 1, recall: 1 },
  },
  // Near misses: a side named by its role only, and encounters of three or more: recall 0.71 (P 0.67) before.
  {
    name: "sixth batch, on sides and joint meetings",
    reports: INVENTED_REPORTS_SIXTH_SIDES,
    reached: { precision: 0.9, recall: 0.92 },
  },
];

describe("invented agency reports", () => {
  for (const { name, reports, reached } of BATCHES)
    it(`keeps the precision and recall reached on the ${name}`, () => {
      const score = scoreInventedReports(reports);
      if (process.env.PARLBOT_SHOW_SCORE === "1") console.log(name, score);
      expect(score.precision).toBeGreaterThanOrEqual(reached.precision);
      expect(score.recall).toBeGreaterThanOrEqual(reached.recall);
    });
});
