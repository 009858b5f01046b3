/**
 * A list of counterparts that titles each name before it, where a title holds a compound adjective
 * in lower case ("the short-term observer mission") or the city of a body ("the UN Office in Vienna"):
 * each name is one more counterpart, and a title that only describes someone meets no one.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";
import { people } from "./people-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);

describe("titled lists of counterparts", () => {
  it("a title with a hyphenated adjective goes to the name after it, not the name before", () => {
    const text =
      "Speaker Arman Dosov met with President of the Assembly Pavel Rinne, Secretary General of the Assembly Marco Bellini, coordinator of the short-term observer mission Lena Holm and former President of Chile Sara Conti.";
    expect(names(text)).toEqual([
      ["Arman Dosov", "Pavel Rinne"],
      ["Arman Dosov", "Marco Bellini"],
      ["Arman Dosov", "Lena Holm"],
      ["Arman Dosov", "Sara Conti"],
    ]);
    expect(people(text).get("Lena Holm")?.roles).toEqual(["coordinator of the short-term observer mission"]);
  });
  it("a title that names its office's city goes to the name after it", () => {
    const text =
      "Speaker Arman Dosov met with head of the Croatian parliamentary delegation Ivo Maric, Director-General of the UN Office in Vienna Tom Berg and former President of Chile Sara Conti.";
    expect(names(text)).toEqual([
      ["Arman Dosov", "Ivo Maric"],
      ["Arman Dosov", "Tom Berg"],
      ["Arman Dosov", "Sara Conti"],
    ]);
    expect(people(text).get("Tom Berg")?.roles[0]).toMatch(/^Director-General of the UN Office in Vienna/);
  });
  it("such an apposition of the counterpart stays the counterpart's, and adds no one", () => {
    const text =
      "Speaker Arman Dosov met Ivo Maric, head of the newly-formed observer mission, in Vienna, while former President of Chile Sara Conti spoke to reporters.";
    expect(names(text)).toEqual([["Arman Dosov", "Ivo Maric"]]);
    expect(people(text).get("Ivo Maric")?.roles).toEqual(["head of the newly-formed observer mission"]);
  });
  it("a titled list with no meeting verb meets no one", () => {
    expect(
      names(
        "Speaker Arman Dosov thanked coordinator of the short-term observer mission Lena Holm and Director-General of the UN Office in Vienna Tom Berg for their work.",
      ),
    ).toEqual([]);
  });
  it("a city after a meeting verb is the place, not part of a title", () => {
    const m = meetingsOf("Speaker Arman Dosov met in Vienna President of the Assembly Pavel Rinne.");
    expect(m.map((x) => x.names)).toEqual([["Arman Dosov", "Pavel Rinne"]]);
  });
});
