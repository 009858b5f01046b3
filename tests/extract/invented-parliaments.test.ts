/**
 * People, roles, countries and meetings on invented reports about parliaments of countries the
 * annotated articles never show (fixtures/invented-parliaments.ts): the measure of whether the
 * lexicons hold beyond the articles the rules were fitted on. The floors are the figures reached when
 * they were last raised (before the world lexicon of legislatures: 77 of 80 people found, roles
 * 72/77, countries 70/77, meeting F1 0.854). The second batch was written after the lexicons had been
 * widened on the first (the code before them: 31 of 32 people, roles 28/31, countries 24/31, F1 0.968).
 */
import { describe, expect, it } from "vitest";
import { INVENTED_PARLIAMENTS } from "./fixtures/invented-parliaments.ts";
import { INVENTED_PARLIAMENTS_SECOND } from "./fixtures/invented-parliaments-second.ts";
import { scoreInventedPeople } from "./invented-people-score.ts";

describe("invented reports about parliaments the annotated articles never show", () => {
  const score = scoreInventedPeople(INVENTED_PARLIAMENTS);
  if (process.env.PARLBOT_SHOW_SCORE === "1") console.log(score);

  it("has at least thirty reports", () => {
    expect(INVENTED_PARLIAMENTS.length).toBeGreaterThanOrEqual(30);
  });

  it("finds the people", () => {
    expect(score.found / score.people).toBeGreaterThanOrEqual(1);
  });

  it("gives them their roles and countries", () => {
    expect(score.roleRight / score.found).toBeGreaterThanOrEqual(0.97);
    expect(score.countryRight / score.found).toBeGreaterThanOrEqual(0.97);
  });

  it("finds the meetings", () => {
    expect(score.meetingF1).toBeGreaterThanOrEqual(0.91);
  });
});

describe("a second batch, written after the lexicons were widened on the first", () => {
  const score = scoreInventedPeople(INVENTED_PARLIAMENTS_SECOND);
  if (process.env.PARLBOT_SHOW_SCORE === "1") console.log(score);

  it("finds the people with their roles and countries", () => {
    expect(score.found / score.people).toBeGreaterThanOrEqual(1);
    expect(score.roleRight / score.found).toBeGreaterThanOrEqual(0.97);
    expect(score.countryRight / score.found).toBeGreaterThanOrEqual(0.97);
  });

  it("finds the meetings", () => {
    expect(score.meetingF1).toBeGreaterThanOrEqual(0.97);
  });
});
