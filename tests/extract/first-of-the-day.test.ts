/**
 * "first met" orders the day's meetings when the next sentence goes on with the next one ("X first met
 * with Y. He then received Z"): both are news. Told without such a next meeting, "first met" is the
 * first of two people's encounters, recalled, and dropped beside the meeting the report is about.
 * Short articles written for these tests with invented names.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);

describe("'first met' as the first meeting of a day", () => {
  it("'first met with Y ... He then received Z' is two meetings", () => {
    expect(
      names(
        "On the margins of the Regional Assembly, President of the Congress Tomas Varela held a number of bilateral talks on Tuesday. Varela first met with the Speaker of the Parliament of Chile, Ana Quispe, with whom he discussed fisheries. He then received the President of the Andean Parliament, Jorge Lindqvist, for talks on trade.",
      ),
    ).toEqual([
      ["Ana Quispe", "Tomas Varela"],
      ["Jorge Lindqvist", "Tomas Varela"],
    ]);
  });
  it("'Later, he met Z' is the next meeting too", () => {
    expect(
      names(
        "President of the Congress Tomas Varela held talks on Tuesday. Varela first met with the Speaker of the Parliament of Chile, Ana Quispe. Later, he met the President of the Andean Parliament, Jorge Lindqvist.",
      ),
    ).toEqual([
      ["Ana Quispe", "Tomas Varela"],
      ["Jorge Lindqvist", "Tomas Varela"],
    ]);
  });
  it("near miss: 'first met at a forum' followed by no next meeting is recalled", () => {
    expect(
      names(
        "President of the Congress Tomas Varela received the President of the Andean Parliament, Jorge Lindqvist, for talks on trade. Varela first met Speaker of the Parliament of Chile Ana Quispe at a forum in Quito. Lindqvist then visited the Congress library.",
      ),
    ).toEqual([["Jorge Lindqvist", "Tomas Varela"]]);
  });
});
