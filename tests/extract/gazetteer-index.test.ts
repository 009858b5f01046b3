/**
 * The gazetteer's tables as the build writes them (data/gazetteer-index.json beside the compiled code)
 * are the tables the sources build at load: the compiled command and the sources find the same phrases.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countryOf, isKnownCity } from "../../src/extract/gazetteer.ts";
import {
  buildGazetteerIndex,
  loadGazetteerIndex,
  writeGazetteerIndex,
} from "../../src/extract/gazetteer-index.ts";

describe("the gazetteer's prebuilt tables", () => {
  it("read back as the tables built at load, entry for entry and in the same order", () => {
    const dir = mkdtempSync(join(tmpdir(), "gazetteer-index-"));
    try {
      writeGazetteerIndex(dir);
      const built = buildGazetteerIndex();
      const read = loadGazetteerIndex(join(dir, "gazetteer-index.json"));
      expect(read).toEqual(built);
      // Longest phrase first under each first word, as the look-up expects.
      for (const [, phrases] of read.byFirstWord)
        for (let i = 1; i < phrases.length; i++)
          expect((phrases[i - 1]?.words.length ?? 0) >= (phrases[i]?.words.length ?? 0)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("are built at load where no build wrote them (the sources)", () => {
    const missing = join(tmpdir(), "no-such-folder", "gazetteer-index.json");
    expect(loadGazetteerIndex(missing).countryNames).toContain("Kazakhstan");
    expect(countryOf("Kazakh")).toBe("Kazakhstan");
    expect(isKnownCity("Astana")).toBe(true);
  });
});
