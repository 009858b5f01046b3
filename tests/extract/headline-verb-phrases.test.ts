/**
 * A headline in title case capitalises its verb and the words after it ("Parliament Expresses Concern
 * About Rising Tensions"): the verb, a preposition and a common noun there are no person's name.
 */
import { describe, expect, it } from "vitest";
import { people } from "./people-helpers.ts";

const namesOf = (text: string) => [...people(text).keys()].sort();

describe("a headline's verb phrase", () => {
  it("'Expresses Concern About' is no person", () => {
    expect(
      namesOf(
        " date 2024-05-14 Ostrian Parliament Expresses Concern About Rising Tensions\nSpeaker Dana Sultan met Ambassador Kenji Sato of Japan.",
      ),
    ).toEqual(["Dana Sultan", "Kenji Sato"]);
  });
  it("nor 'Voices Concern'", () => {
    expect(
      namesOf(
        " date 2024-05-14 Speaker Voices Concern\nSpeaker Dana Sultan met Ambassador Kenji Sato of Japan.",
      ),
    ).toEqual(["Dana Sultan", "Kenji Sato"]);
  });
  it("while a headline's names stay names", () => {
    expect(
      namesOf(
        " date 2024-05-14 Speaker Dana Sultan Receives Kenji Sato\nSpeaker Dana Sultan met Ambassador Kenji Sato of Japan.",
      ),
    ).toEqual(["Dana Sultan", "Kenji Sato"]);
  });
});
