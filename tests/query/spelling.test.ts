import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";
import { Answerer } from "../../src/query/index.ts";
import { dailyMeetings, factBase, report, speaker } from "./fixture.ts";

describe("names as the source spells them", () => {
  it("a counterpart's line says how the cited article writes the name", () => {
    const base = extractFacts([
      parseArticle("Chairman of the Senate Kassym-Jomart Tokayev met with Ambassador of Italy Marco Rossi.", {
        id: "a",
        file: "a.txt",
        isKnownCity,
      }),
      parseArticle(
        "Speaker of the Senate K.Tokayev met with Vice Chairman of the Romanian Parliament Florin Iordache.",
        { id: "b", file: "b.txt", isKnownCity },
      ),
    ]);
    const text = new Answerer(base).answer("who met Iordache?").text;
    expect(text).toContain("Kassym-Jomart Tokayev (K.Tokayev in the source)");
    expect(new Answerer(base).answer("who met Rossi?").text).not.toContain("in the source");
  });
});

describe("names in the list of the others", () => {
  it("say how the source spells them too, past the first page of a reply", () => {
    const guests = ["anders", "berit", "carl", "dag", "eirik", "frode"];
    const base = factBase({
      articles: [report("a-week", "2022-02-20", "Speaker Odile Varnholt received six guests.")],
      people: ["varnholt", ...guests].map((id) =>
        speaker(id, `Odile ${id[0]?.toUpperCase()}${id.slice(1)}`, "Norway", "a-week"),
      ),
      meetings: dailyMeetings("varnholt", guests, "a-week", "Oslo").map((m) =>
        m.id === "m-anders" ? { ...m, participantNames: ["O. Varnholt", "O. Anderz"] } : m,
      ),
    });
    // Newest first: the meeting with Anders, the first day's, is the sixth line, in "…and 1 more".
    expect(new Answerer(base).answer("who met Varnholt?").text).toContain(
      "…and 1 more: Odile Anders (O. Anderz in the source)",
    );
  });
});
