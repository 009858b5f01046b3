/**
 * How far a title phrase reaches, and which name it is bound to: "chief of staff of the Senate" is one
 * title (its body gives the country, not the dateline's), and words around a title that are not part of
 * it stay out. Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { people } from "./people-helpers.ts";

describe("a title that names an office's staff", () => {
  it("'the chief of staff of the Senate of X' is one title, in X's body, whatever the dateline", () => {
    const p = people(
      "TASHKENT. KAZINFORM Ivan Orlov, the chief of staff of the Senate of the Parliament of Kazakhstan, met on Saturday with Uzbek colleagues in Tashkent.",
    ).get("Ivan Orlov");
    expect(p?.roles).toEqual(["chief of staff of the Senate of the Parliament of Kazakhstan"]);
    expect(p?.country).toBe("Kazakhstan");
  });
  it("'Head of the staff of the Oliy Majlis of X' before a name is the whole title", () => {
    const p = people(
      "ASTANA. KAZINFORM Head of the staff of the Oliy Majlis of Uzbekistan Bobur Karimov said the visit was useful.",
    ).get("Bobur Karimov");
    expect(p?.roles).toEqual(["Head of the staff of the Oliy Majlis of Uzbekistan"]);
  });
  it("the staff a titled person addresses is not part of their title", () => {
    const p = people(
      "ASTANA. KAZINFORM Speaker Ivan Orlov thanked the staff of the embassy of Uzbekistan.",
    ).get("Ivan Orlov");
    expect(p?.roles).toEqual(["Speaker"]);
  });
});

describe("a body's name in quotes inside a title", () => {
  it("'the head of the friendship group «A — B» of the Assembly of A X' is X's whole title, dash and all", () => {
    const p = people(
      "BUDAPEST. MTI - Speaker of the Parliament of Hungary Laszlo Kertesz received a delegation, led by the head of the parliamentary friendship group «Mongolia — Hungary» of the State Great Khural of Mongolia Bat Dorj.",
    ).get("Bat Dorj");
    expect(p?.roles).toEqual([
      "head of the parliamentary friendship group «Mongolia — Hungary» of the State Great Khural of Mongolia",
    ]);
    expect(p?.country).toBe("Mongolia");
  });
  it("the title keeps the closing quote when the name follows it", () => {
    const p = people(
      "BUDAPEST. MTI - The head of the parliamentary friendship group “Mongolia-Hungary” Bat Dorj thanked the Speaker.",
    ).get("Bat Dorj");
    expect(p?.roles).toEqual(["head of the parliamentary friendship group “Mongolia-Hungary”"]);
  });
  it("a quote that follows no word for a body is no part of a title", () => {
    const p = people(
      "BUDAPEST. MTI - Speaker Laszlo Kertesz said «Mongolia — Hungary» Bat Dorj thanked the Speaker.",
    ).get("Bat Dorj");
    expect(p?.roles).toEqual([]);
  });
});

describe("a participle that opens the sentence before a title", () => {
  const roleOfDorj = (text: string) => people(text).get("Bat Dorj")?.roles;
  it("'Meeting Chairman of the Khural X, ...': the participle is not part of X's title", () => {
    expect(
      roleOfDorj(
        "BUDAPEST. MTI - Meeting Chairman of the State Great Khural of Mongolia Bat Dorj, Speaker Laszlo Kertesz said relations were good.",
      ),
    ).toEqual(["Chairman of the State Great Khural of Mongolia"]);
  });
  it("'Congratulating Ambassador X on ...' after a full stop: the title is 'Ambassador'", () => {
    expect(
      roleOfDorj(
        "Speaker Laszlo Kertesz met the guests. Congratulating Ambassador Bat Dorj on his appointment, he wished him success.",
      ),
    ).toEqual(["Ambassador"]);
  });
  it("a participle that makes a title ('Acting', 'Standing Committee') stays in it", () => {
    expect(
      roleOfDorj("Speaker Laszlo Kertesz met the guests. Acting Ambassador Bat Dorj thanked him."),
    ).toEqual(["Acting Ambassador"]);
    expect(
      roleOfDorj("Speaker Laszlo Kertesz met the guests. Standing Committee chairman Bat Dorj thanked him."),
    ).toEqual(["Standing Committee chairman"]);
  });
});
