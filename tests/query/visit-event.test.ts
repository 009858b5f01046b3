/**
 * "whom did X meet during his visit to Japan?": the country is where the visit was, so every meeting of
 * that visit (one report, one occasion) answers, also with someone whose country the report leaves
 * unsaid; a meeting of another report with nobody of that country still does not. Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, report, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    report(
      "a-visit",
      "2024-05-20",
      "During his official visit to Japan, Speaker Arvid Tolm met Kenta Orimo and Sato Ibuki.",
    ),
    report("a-home", "2024-02-01", "Speaker Arvid Tolm received Lena Vask in Tallinn."),
  ],
  people: [
    speaker("tolm", "Arvid Tolm", "Estonia", "a-visit"),
    speaker("orimo", "Kenta Orimo", "Japan", "a-visit"),
    // The report gives no country for him.
    { id: "ibuki", name: "Sato Ibuki", aliases: [], roles: [{ title: "Governor", articleId: "a-visit" }] },
    speaker("vask", "Lena Vask", "Latvia", "a-home"),
  ],
  meetings: [
    meeting({ id: "m-1", articleId: "a-visit", participants: ["tolm", "orimo"], occasion: "official visit" }),
    meeting({ id: "m-2", articleId: "a-visit", participants: ["tolm", "ibuki"], occasion: "official visit" }),
    meeting({ id: "m-3", articleId: "a-home", participants: ["tolm", "vask"], place: "Tallinn" }),
  ],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("the meetings of a visit to a country", () => {
  it("are all the visit's meetings, whoever they were with", () => {
    const text = ask("who did Tolm meet during his official visit to Japan?");
    expect(text).toContain("Kenta Orimo");
    expect(text).toContain("Sato Ibuki");
    expect(text).not.toContain("Lena Vask");
  });
  it("are only those with someone of the country when it is asked as a side", () => {
    const text = ask("who from Japan did Tolm meet?");
    expect(text).toContain("Kenta Orimo");
    expect(text).not.toContain("Sato Ibuki");
  });
});
