/**
 * A trip the report says was called off ("The visit of the delegation to Korvia has been postponed",
 * "The Speaker has called off a study tour of Norland"): the meetings it planned, told as plans of
 * the past ("would hold talks with Y", "were to meet Y"), did not take place, and its city is not
 * where the meetings the report tells were held. Names and places are invented or real cities.
 */
import { describe, expect, it } from "vitest";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const meetings = (text: string) =>
  placesAndDatesOf(text).map((m) => ({ names: m.names.join(" + "), place: m.place }));

describe("a trip called off", () => {
  it("drops the meetings it planned, told as plans of the past", () => {
    expect(
      meetings(
        "The visit of the Valdorian delegation to Tbilisi, planned for December, has been postponed. It was expected that the delegation, headed by Orvan Teliko, would hold talks with Speaker Dilo Marsek.",
      ),
    ).toEqual([]);
    expect(
      meetings(
        "Speaker Ivo Brant has called off a study tour of China by the transport committee. The MPs, led by Orvan Teliko, were scheduled to leave yesterday for Beijing, where they were to meet Dilo Marsek.",
      ),
    ).toEqual([]);
  });
  it("keeps a meeting held, and does not place it in the trip's city", () => {
    expect(
      meetings(
        "The visit of the Valdorian delegation to Tbilisi has been postponed. Meanwhile, deputy Orvan Teliko received Ambassador Dilo Marsek in the parliament.",
      ),
    ).toEqual([{ names: "Dilo Marsek + Orvan Teliko", place: undefined }]);
  });
  it("leaves plans alone where no trip is called off", () => {
    expect(
      meetings(
        "The Valdorian delegation arrived in Tbilisi. It was expected that Orvan Teliko would hold talks with Speaker Dilo Marsek.",
      ).map((m) => m.names),
    ).toEqual(["Dilo Marsek + Orvan Teliko"]);
  });
});
