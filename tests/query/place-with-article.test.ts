/**
 * A country asked as the place with its article ("in the UK", "to the United States") is a
 * place as "in Japan" is: the meetings held there, whoever they were with, and said back as typed when
 * none was. Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, report, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    report("a-1", "2024-05-20", "Speaker Arvid Tolm met Lena Vask in London."),
    report("a-2", "2024-02-01", "Speaker Arvid Tolm received Kaspar Rinne and Nell Cray in Tallinn."),
  ],
  people: [
    speaker("tolm", "Arvid Tolm", "Estonia", "a-1"),
    speaker("vask", "Lena Vask", "Latvia", "a-1"),
    speaker("rinne", "Kaspar Rinne", "Finland", "a-2"),
    speaker("cray", "Nell Cray", "United Kingdom", "a-2"),
  ],
  meetings: [
    meeting({ id: "m-1", articleId: "a-1", participants: ["tolm", "vask"], place: "London" }),
    meeting({ id: "m-2", articleId: "a-2", participants: ["tolm", "rinne"], place: "Tallinn" }),
    meeting({ id: "m-3", articleId: "a-2", participants: ["tolm", "cray"], place: "Tallinn" }),
  ],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("a country asked as the place with its article", () => {
  it("gives the meetings held there", () => {
    const text = ask("who did Tolm meet in the UK?");
    expect(text).toContain("Lena Vask");
    expect(text).not.toContain("Kaspar Rinne");
  });
  it("is said back as typed when no meeting was held there", () => {
    expect(ask("did Tolm meet Cray in the UK?")).toContain(
      "No meeting of Arvid Tolm and Nell Cray in the UK is recorded.",
    );
  });
});
