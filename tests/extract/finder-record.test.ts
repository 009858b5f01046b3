/** The debugging record of which rule proposed each meeting (PARLBOT_DEBUG_FINDERS=1 on the CLI). */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";

const article = () =>
  parseArticle(
    " date 2024-05-14 Speaker Ivo Markov met Senator Elena Dragan in Sofia. The talks were attended by Deputy Pavel Ionescu.",
    { id: "x", file: "x.txt", isKnownCity },
  );

describe("finder record", () => {
  it("names the finder that made a meeting and the ones that added to it, only when asked", () => {
    const [recorded] = extractFacts([article()], { recordFinders: true }).meetings;
    expect(recorded?.finders).toEqual(["met", "attended"]);
    const [plain] = extractFacts([article()]).meetings;
    expect(plain && "finders" in plain).toBe(false);
  });
});
