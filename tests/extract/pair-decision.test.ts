/**
 * Who met whom when the sentence that reports the meeting does not name both sides in the order of
 * a plain "X met Y": a pronoun that attributes reported words, sides named after the meeting is
 * announced, lists of counterparts. Invented names only.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);

describe("a sentence that ends '..., he said'", () => {
  it("gives its words to the one who spoke before, not to a person the words name", () => {
    expect(
      meetingsOf(
        "Senator Lidia Marquez and Deputy Carlos Ibarra are invited to Vienna, but Ibarra cannot come, Assembly President Tomas Berger told a briefing after his meeting with Ibarra on Monday. It will be a great honour for him to receive Senator Lidia Marquez in Vienna next week, he said.",
      ).map((m) => [m.names, m.status]),
    ).toContainEqual([["Lidia Marquez", "Tomas Berger"], "planned"]);
  });
  it("leaves a pronoun of a sentence with no such ending to the person named before it", () => {
    const m = names(
      "Assembly President Tomas Berger told a briefing on Monday that trade had grown. Deputy Carlos Ibarra arrived in Vienna, where he met Senator Lidia Marquez.",
    );
    expect(m).toContainEqual(["Carlos Ibarra", "Lidia Marquez"]);
    expect(m).not.toContainEqual(["Lidia Marquez", "Tomas Berger"]);
  });
});
