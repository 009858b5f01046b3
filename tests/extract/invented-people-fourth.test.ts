/**
 * Names, roles and countries on a fourth batch of invented reports (fixtures/invented-people-fourth.ts),
 * written before the code that handles names was read: name forms of Southeast and East Asia, the
 * Arab world, Africa, Latin America and Europe that the earlier batches leave out, honorifics they
 * lack, and names in the positions agency prose puts them (after a long committee role, in
 * apposition, right after the dateline, with a party tag or a country in brackets after them).
 * Before the rules they led to, the 74 reports gave 154 of 155 people, 151 whole names, roles 147 and
 * countries 148, meeting F1 0.973. The floors are what the rules reach now; what stays wrong is an
 * abbreviated given name ("Ma. Teresa"), the Irish "Ceann Comhairle" read as part of a name, the
 * Burmese "U" kept in the name, and a senator whose delegation's body is added to the title.
 */
import { describe, expect, it } from "vitest";
import { INVENTED_PEOPLE_FOURTH } from "./fixtures/invented-people-fourth.ts";
import { scoreInventedPeople } from "./invented-people-score.ts";

describe("a fourth batch of invented reports: name forms of many regions, honorifics, positions", () => {
  const score = scoreInventedPeople(INVENTED_PEOPLE_FOURTH);
  if (process.env.PARLBOT_SHOW_SCORE === "1") console.log(score);

  it("has at least sixty reports", () => {
    expect(INVENTED_PEOPLE_FOURTH.length).toBeGreaterThanOrEqual(60);
  });

  it("finds the people with their whole names", () => {
    expect(score.found / score.people).toBeGreaterThanOrEqual(1);
    expect(score.nameRight / score.found).toBeGreaterThanOrEqual(0.98);
  });

  it("gives them their roles and countries", () => {
    expect(score.roleRight / score.found).toBeGreaterThanOrEqual(0.98);
    expect(score.countryRight / score.found).toBeGreaterThanOrEqual(0.99);
  });

  it("finds the meetings", () => {
    expect(score.meetingF1).toBeGreaterThanOrEqual(0.97);
  });
});
