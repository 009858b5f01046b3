/**
 * "what did X and Y sign?" when nothing is recorded for their own meetings but the report naming them
 * both records a signing (the heads of state signed while the speakers met): that document is given,
 * introduced as the report's, and never one of a report that names only one of them. Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    {
      id: "a-visit",
      file: "visit.txt",
      published: "2024-04-02",
      sentences: [
        "Speaker Dorin Valcanu received Senator Ilse Brautigam in Chisinau.",
        "Presidents Oana Marinescu and Piet Hoekstraat signed a charter on river transport.",
      ],
    },
    {
      id: "a-other",
      file: "other.txt",
      published: "2024-05-02",
      sentences: ["Speaker Dorin Valcanu and Lars Ekdahl signed a protocol on fisheries."],
    },
  ],
  people: [
    speaker("valcanu", "Dorin Valcanu", "Moldova", "a-visit"),
    speaker("brautigam", "Ilse Brautigam", "Netherlands", "a-visit"),
    speaker("marinescu", "Oana Marinescu", "Moldova", "a-visit"),
    speaker("hoekstraat", "Piet Hoekstraat", "Netherlands", "a-visit"),
    speaker("ekdahl", "Lars Ekdahl", "Sweden", "a-other"),
  ],
  meetings: [
    meeting({
      id: "m-speakers",
      articleId: "a-visit",
      participants: ["valcanu", "brautigam"],
      place: "Chisinau",
    }),
    meeting({
      id: "m-presidents",
      articleId: "a-visit",
      participants: ["marinescu", "hoekstraat"],
      agreements: ["Charter on River Transport"],
    }),
    meeting({
      id: "m-fish",
      articleId: "a-other",
      participants: ["valcanu", "ekdahl"],
      agreements: ["Protocol on Fisheries"],
    }),
  ],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("documents of the report naming both sides", () => {
  it("are given when their own meetings record none, after saying so", () => {
    const text = ask("what did Valcanu and Brautigam sign?");
    expect(text).toMatch(/^I have no record of an agreement signed by Dorin Valcanu and Ilse Brautigam\./);
    expect(text).toContain("The report that names them records:");
    expect(text).toContain("Charter on River Transport — signed by Oana Marinescu and Piet Hoekstraat");
    expect(text).toContain("visit.txt");
  });
  it("never come from a report that names only one of them", () => {
    expect(ask("what did Valcanu and Brautigam sign?")).not.toContain("Fisheries");
  });
  it("are not needed when their own meeting records one", () => {
    const text = ask("what did Valcanu and Ekdahl sign?");
    expect(text).toMatch(/^• Protocol on Fisheries|Protocol on Fisheries/);
    expect(text).not.toContain("no record");
    expect(text).not.toContain("Charter");
  });
});
