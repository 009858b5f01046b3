/**
 * A quote whose sentence points back to the one before it ("That historic summit was praised", "X
 * considered this issue promising") brings that sentence too, where the thing asked about is named.
 * Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    {
      id: "a-talks",
      file: "talks.txt",
      published: "2024-05-02",
      sentences: [
        "Speaker Lidia Varga received Speaker Oren Talmi in Brenholt.",
        "Both speakers agreed to widen cooperation in the field of flood defence.",
        "Talmi considered this issue a promising field of joint work.",
        "The speakers also welcomed the harbour festival hosted by Brenholt.",
        "That festival was praised as a gift to the whole coast.",
        "Varga thanked Talmi for the visit.",
        "Varga also emphasized river transport and joint border patrols.",
        "«These are the main priorities.»",
        "Talmi welcomed the long history of exchanges between the two parliaments, which have worked side by side for decades in regional assemblies and in many joint committees of the coast.",
        "Speaking about harbour cooperation, the speakers noted that work in this direction strengthens the partnership between the two nations, whose parliaments already share a joint harbour commission and a maritime safety council, and agreed to open a common fisheries office.",
      ],
    },
  ],
  people: [
    speaker("varga", "Lidia Varga", "Hungary", "a-talks"),
    speaker("talmi", "Oren Talmi", "Israel", "a-talks"),
  ],
  meetings: [meeting({ id: "m-talks", articleId: "a-talks", participants: ["varga", "talmi"] })],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("a quote that points back", () => {
  it("brings the sentence that names what 'this issue' is", () => {
    expect(ask("which field did Talmi call promising?")).toContain("flood defence");
  });
  it("brings the sentence that names what 'that festival' is", () => {
    expect(ask("which festival was praised at the Varga-Talmi meeting?")).toContain("harbour festival");
  });
  it("brings the sentence before one that opens with a quotation mark and points back", () => {
    expect(ask("what main priorities did Varga emphasize?")).toContain("river transport");
  });
  it("leaves out the sentence before rather than cut the end of a long quote", () => {
    const text = ask("which fisheries office did Talmi propose?");
    expect(text).toContain("a common fisheries office");
    expect(text).not.toContain("regional assemblies");
  });
  it("is quoted alone when it names what it speaks of", () => {
    const text = ask("what did Varga thank Talmi for?");
    expect(text).toContain("thanked Talmi for the visit");
    expect(text).not.toContain("festival");
  });
});
