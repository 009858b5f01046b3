/**
 * Roles and countries on a fifth batch of invented reports (fixtures/invented-people-fifth.ts): long
 * apposition chains, titles of organisations beside a country's, officers of international assemblies,
 * ambassadors both ways, heads of delegations of a named parliament, parliaments named in their own
 * language, demonyms before a title, roles told in another sentence, and titles after a dateline, an
 * agency tag or a weekday.
 */
import { describe, expect, it } from "vitest";
import { INVENTED_PEOPLE_FIFTH } from "./fixtures/invented-people-fifth.ts";
import { scoreInventedPeople } from "./invented-people-score.ts";

describe("a fifth batch of invented reports: the role and country of each participant", () => {
  const score = scoreInventedPeople(INVENTED_PEOPLE_FIFTH);
  if (process.env.PARLBOT_SHOW_SCORE === "1") console.log(score);

  it("has at least forty reports", () => {
    expect(INVENTED_PEOPLE_FIFTH.length).toBeGreaterThanOrEqual(40);
  });

  it("finds the people", () => {
    expect(score.found / score.people).toBeGreaterThanOrEqual(1);
  });

  it("gives them their roles and countries", () => {
    expect(score.roleRight / score.found).toBeGreaterThanOrEqual(0.98);
    expect(score.countryRight / score.found).toBeGreaterThanOrEqual(0.98);
  });

  it("finds the meetings", () => {
    expect(score.meetingF1).toBeGreaterThanOrEqual(0.98);
  });
});
