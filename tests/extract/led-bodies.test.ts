/**
 * "…, led by Speaker X": the bare title of the one who leads a body named just before is a title in
 * that body, also when the gazetteer does not know the body ("the House of Representatives", a
 * friendship league with its abbreviation), and when a delegation named earlier in the sentence is
 * the subject of another verb ("the delegation met members of the House, led by …"). Names invented.
 */
import { describe, expect, it } from "vitest";
import { people } from "./people-helpers.ts";

const titles = (text: string, name: string) => people(` date 2025-01-01 ${text}`).get(name)?.roles ?? [];

describe("the leader of a body named before ', led by'", () => {
  it("takes the body into the title when the body is written as a name", () => {
    expect(
      titles(
        "TOKYO - On Wednesday, the delegation met with members of the House of Representatives, led by Speaker Ito Hanae.",
        "Ito Hanae",
      ),
    ).toContain("Speaker of the House of Representatives");
    expect(
      titles(
        "TOKYO - A delegation of Ostrian senators met with members of the Velland Ostria Friendship League (VOFL), headed by Chairman Sato Ken.",
        "Sato Ken",
      ),
    ).toContain("Chairman of the Velland Ostria Friendship League (VOFL)");
  });
  it("keeps the delegation's own head when ', led by' follows the delegation", () => {
    expect(
      titles(
        "RIGA - Speaker Anna Berzina received a delegation of the Senate of Poland, led by Chairman Ivo Markov.",
        "Ivo Markov",
      ),
    ).toEqual(["Chairman of the Senate of Poland"]);
  });
  it("gives no body when the words before the comma are not a name", () => {
    expect(
      titles("RIGA - Speaker Anna Berzina met the guests, led by Chairman Ivo Markov.", "Ivo Markov"),
    ).toEqual(["Chairman"]);
  });
});
