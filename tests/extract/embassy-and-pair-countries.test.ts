/**
 * Two country constructions: the second side of a friendship group named with an official name
 * ("the Romania-Republic of Korea Friendship Group in the Senate of Romania" is a Romanian senator's
 * group, not a Korean's), and a member of an embassy's staff ("Mr. Y, Counsellor at the Embassy") of
 * the country whose ambassador the report names. Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { peopleErrors } from "./people-helpers.ts";

describe("a friendship group named with a country's official name", () => {
  it("does not give its member the second country", () => {
    expect(
      peopleErrors([
        [
          "Senator Ana Popescu, President of the Romania-Republic of Korea Parliamentary Friendship Group in the Senate of Romania, met the Ambassador.",
          [["Ana Popescu", "Romania"]],
        ],
      ]),
    ).toEqual([]);
  });
});

describe("a post at the embassy", () => {
  it("is of the country whose ambassador the report names", () => {
    expect(
      peopleErrors([
        [
          "BUCHAREST - Senator Ana Popescu met Ambassador of the Republic of Korea to Romania Park Min-ho. Also attending were Senator Ion Avram and Mr. Choi Jin-woo, Counsellor at the Embassy.",
          [["Choi Jin-woo", "South Korea"]],
        ],
      ]),
    ).toEqual([]);
  });
  it("is left open where two countries' ambassadors are named", () => {
    expect(
      peopleErrors([
        [
          "BUCHAREST - Senator Ana Popescu met Ambassador of the Republic of Korea to Romania Park Min-ho and Ambassador of Japan to Romania Taro Sato. Also attending was Mr. Choi Jin-woo, Counsellor at the Embassy.",
          [["Choi Jin-woo", "South Korea"]],
        ],
      ]),
    ).not.toEqual([]);
  });
});
