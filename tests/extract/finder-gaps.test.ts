/**
 * The meeting extraction on the reports of fixtures/invented-reports-9-finders.ts, family by family:
 * talks told over the phone a few words after the verb, calls paid in person, two surnames in a title
 * line, sides told by who represented them or a host who briefs the guests just received, and a list
 * named in an apposition. 31 variants: 11 wrong before these rules, none after.
 */
import { describe, expect, it } from "vitest";
import { FINDER_GAP_REPORTS } from "./fixtures/invented-reports-9-finders.ts";
import { scoreInventedReports } from "./invented-score.ts";

const FAMILIES = ["phone", "call", "title", "side", "appos"];
const family = (prefix: string) => FINDER_GAP_REPORTS.filter((r) => r.id.startsWith(`${prefix}-`));

describe("finder gaps of round 17", () => {
  it("has reports in every family, and no report outside them", () => {
    for (const name of FAMILIES) expect(family(name).length).toBeGreaterThanOrEqual(3);
    expect(FAMILIES.flatMap(family).length).toBe(FINDER_GAP_REPORTS.length);
  });
  for (const name of FAMILIES)
    it(`finds every meeting of family '${name}' and invents none`, () => {
      expect(scoreInventedReports(family(name)).errors).toEqual([]);
    });
});
