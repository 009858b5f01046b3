/**
 * "the Chilean delegation headed by X had a meeting with members of the Chile-Peru parliamentary
 * friendship group, headed by MP Y": the body met may have three words before its leader's comma, and
 * then X met Y; Y heads the group, beside the title Y holds. A group only praised meets no one.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";
import { people } from "./people-helpers.ts";

const LEAD = "Speaker Ana Ruiz received Speaker Arman Dosov of Chile.";
const GROUP =
  "Later, the Chilean delegation headed by Dosov had a meeting with members of the Chile-Peru parliamentary friendship group, headed by MP Tomas Vidal.";

describe("a delegation's leader meets a group's leader", () => {
  it("the two leaders met, with the group's side", () => {
    expect(meetingsOf(`${LEAD} ${GROUP}`).map((m) => m.names)).toEqual([
      ["Ana Ruiz", "Arman Dosov"],
      ["Arman Dosov", "Tomas Vidal"],
    ]);
  });
  it("the group's leader heads the group, beside the title written before the name", () => {
    expect(people(`${LEAD} ${GROUP}`).get("Tomas Vidal")?.roles).toEqual([
      "MP, head of the Chile-Peru parliamentary friendship group",
    ]);
  });
  it("a group thanked, not met, pairs no one", () => {
    const m = meetingsOf(
      `${LEAD} Later, Dosov thanked members of the Chile-Peru parliamentary friendship group, headed by MP Tomas Vidal, for their work.`,
    );
    expect(m.map((x) => x.names)).toEqual([["Ana Ruiz", "Arman Dosov"]]);
  });
  it("a clause with its own verb before the comma names no group for the leader", () => {
    expect(
      people(`${LEAD} The delegation met the deputies who founded the group, headed by MP Tomas Vidal.`).get(
        "Tomas Vidal",
      )?.roles,
    ).toEqual(["MP"]);
  });
});
