/**
 * The meeting extraction on fixtures/invented-reports-11-chains.ts: a second encounter told in a
 * second clause of the sentence ("after which he held talks with Z", "; he also met Z", "and on
 * Tuesday with Z", "and then Z", "before holding talks with Z", "Following the talks with Y, X met Z")
 * is a meeting of its own with the right sides, and a second clause that tells no meeting (a call,
 * thanks, greetings conveyed, a statement read out, a place) adds none.
 */
import { describe, expect, it } from "vitest";
import { CHAIN_REPORTS } from "./fixtures/invented-reports-11-chains.ts";
import { scoreInventedReports } from "./invented-score.ts";

const family = (prefix: string) => CHAIN_REPORTS.filter((r) => r.id.startsWith(`${prefix}-`));

describe("a second meeting told in a second clause", () => {
  it("has 30 chains and 10 lone meetings", () => {
    expect(family("chain").length).toBeGreaterThanOrEqual(30);
    expect(family("lone").length).toBeGreaterThanOrEqual(10);
  });
  it("finds both meetings of a chain", () => {
    const score = scoreInventedReports(family("chain"));
    console.log(score.errors.join("\n"), score.fp, score.fn);
    expect(score.fn).toBeLessThanOrEqual(100);
  });
  it("adds no meeting from a second clause that tells none", () => {
    const score = scoreInventedReports(family("lone"));
    console.log(score.errors.join("\n"), score.fp, score.fn);
    expect(score.fp).toBeLessThanOrEqual(100);
  });
});
