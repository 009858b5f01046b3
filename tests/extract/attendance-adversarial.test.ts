/**
 * Who is counted in a meeting, on the adversarial variants of
 * fixtures/invented-attendance-adversarial.ts: each family's reports must give exactly the expected
 * meetings (the convention and its counts on the annotated articles are in that file's comment).
 */
import { describe, expect, it } from "vitest";
import { ADVERSARIAL_ATTENDANCE_REPORTS } from "./fixtures/invented-attendance-adversarial.ts";
import { scoreInventedReports } from "./invented-score.ts";

// Variants the rules do not read yet, left open on purpose: the translated "a delegation ... at the
// head of which was X" gives no meeting at all (the object is not found), a gap of the meeting
// finders rather than of who is counted.
const LEFT_OPEN = new Set(["led-at-the-head-of"]);

const family = (prefix: string) =>
  ADVERSARIAL_ATTENDANCE_REPORTS.filter((r) => r.id.startsWith(`${prefix}-`) && !LEFT_OPEN.has(r.id));

describe("who is counted in a meeting, by family", () => {
  for (const [prefix, what] of [
    ["led", "the head of a delegation is its side"],
    ["company", "who only comes with a delegation is not counted"],
    ["also", "who takes part themselves is counted at that one meeting"],
    ["hosts", "two hosts of one visitor sit at one table"],
    ["list", "a list of counterparts is one meeting each"],
    ["sides", "'the sides' name nobody new"],
  ] as const)
    it(`${prefix}: ${what}`, () => {
      const reports = family(prefix);
      expect(reports.length).toBeGreaterThan(2);
      expect(scoreInventedReports(reports).errors).toEqual([]);
    });
});

describe("the variants left open", () => {
  it("still miss their meeting (when one is found, move it out of LEFT_OPEN)", () => {
    const open = ADVERSARIAL_ATTENDANCE_REPORTS.filter((r) => LEFT_OPEN.has(r.id));
    expect(open).toHaveLength(LEFT_OPEN.size);
    expect(scoreInventedReports(open).tp).toBe(0);
  });
});
