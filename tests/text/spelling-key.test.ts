/** The transliteration key: one key for the spellings outlets give one name, other keys for other names. */
import { describe, expect, it } from "vitest";
import { spellingKey } from "../../src/text/spelling-key.ts";

describe("spellingKey", () => {
  it("gives the spellings of one name one key", () => {
    expect(spellingKey("dzhakirov")).toBe(spellingKey("jakirov"));
    expect(spellingKey("shentop")).toBe(spellingKey("sentop"));
    expect(spellingKey("matvienko")).toBe(spellingKey("matviyenko"));
    expect(spellingKey("kassymaliyeva")).toBe(spellingKey("kasymalieva"));
    expect(spellingKey("khurelsukh")).toBe(spellingKey("hurelsuh"));
  });
  it("keeps other names apart", () => {
    expect(spellingKey("bakirov")).not.toBe(spellingKey("jakirov"));
    expect(spellingKey("volodin")).not.toBe(spellingKey("borodin"));
  });
});
