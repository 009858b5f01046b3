import { describe, expect, it } from "vitest";
import { FactIndex } from "../../src/facts/index.ts";
import type { Meeting } from "../../src/facts/types.ts";
import { countryGazetteer } from "../../src/query/countries.ts";
import { nearestFirst } from "../../src/query/select.ts";
import { fixtureBase } from "./fixture.ts";

// Meetings of one invented person on days spread over years, and one with no date.
function meetingOn(id: string, start?: string): Meeting {
  return {
    id,
    articleId: "a-mongolia",
    participants: ["koshanov", `guest-${id}`],
    parties: [],
    countries: [],
    ...(start ? { date: { start, basis: "stated" as const } } : {}),
    status: "held",
    agreements: [],
    topics: [],
    evidence: "",
  };
}

describe("nearest first: the meetings closest to a period asked that none fits", () => {
  const base = fixtureBase();
  const index = new FactIndex(base, (name) => countryGazetteer().code(name));
  const meetings = [
    meetingOn("far", "2021-06-01"),
    meetingOn("before", "2019-12-30"),
    meetingOn("after", "2020-04-02"),
    meetingOn("none"),
  ];
  const ids = (list: Meeting[]) => list.map((m) => m.id);
  it("orders by the days between, those without a date last", () => {
    const march = { start: "2020-03-01", end: "2020-03-31", text: "March 2020" };
    const order = ids(nearestFirst(index, meetings, march));
    // Two days after the end, two months before the start, fifteen months after.
    expect(order.filter((id) => id !== "none")).toEqual(["after", "before", "far"]);
    // Without a date of its own, the meeting counts by its report's publication, else comes last.
    const published = index.articles.get("a-mongolia")?.published;
    if (!published) expect(order.at(-1)).toBe("none");
  });
  it("leaves the order of a month of any year as it is", () => {
    expect(ids(nearestFirst(index, meetings, { month: 3, text: "March" }))).toEqual(ids(meetings));
  });
});
