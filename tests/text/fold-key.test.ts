import { describe, expect, it } from "vitest";
import { foldKey } from "../../src/text/normalize.ts";

describe("foldKey", () => {
  it("returns a word that is folded already as it is", () => {
    for (const w of ["the", "of", ",", "sye-kyun", "d'ivoire", "2019", "u.s."]) expect(foldKey(w)).toBe(w);
  });

  it("lowers case, drops diacritics and makes every apostrophe one", () => {
    expect(foldKey("Speaker")).toBe("speaker");
    expect(foldKey("Kövérany")).toBe("koverany");
    expect(foldKey("D’Ivoire")).toBe("d'ivoire");
    expect(foldKey("Zel`ko")).toBe("zel'ko");
  });

  it("folds a word the same when asked again", () => {
    expect(foldKey("Ünalova")).toBe("unalova");
    expect(foldKey("Ünalova")).toBe("unalova");
  });
});
