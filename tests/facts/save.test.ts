import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { saveFactBase, saveFactBaseIfChanged } from "../../src/facts/io.ts";
import type { FactBase } from "../../src/facts/types.ts";

function base(generatedAt: string, evidence = "Aigerim Tulegenova met Marco Bellandi in Rome."): FactBase {
  return {
    version: 1,
    generatedAt,
    articles: [{ id: "a1", file: "a1.txt", sentences: [evidence, "They discussed “trade” — and more."] }],
    people: [{ id: "p1", name: "Aigerim Tulegenova", aliases: [], roles: [] }],
    meetings: [
      {
        id: "a1#1",
        articleId: "a1",
        participants: ["p1"],
        parties: [],
        countries: [],
        status: "held",
        agreements: [],
        topics: [],
        evidence,
      },
    ],
  };
}

const fresh = () => join(mkdtempSync(join(tmpdir(), "parlbot-save-")), "facts.json");

describe("saving a fact base", () => {
  it("writes exactly JSON.stringify's pretty text and a line break", () => {
    const path = fresh();
    const b = base("2026-01-01T00:00:00.000Z");
    saveFactBase(path, b);
    expect(readFileSync(path, "utf8")).toBe(`${JSON.stringify(b, null, 2)}\n`);
  });

  it("leaves a file holding the same facts untouched, whatever its date", () => {
    const path = fresh();
    saveFactBase(path, base("2026-01-01T00:00:00.000Z"));
    const before = statSync(path).mtimeMs;
    const text = readFileSync(path, "utf8");
    expect(saveFactBaseIfChanged(path, base("2027-05-05T10:00:00.000Z"))).toBe(false);
    expect(readFileSync(path, "utf8")).toBe(text);
    expect(statSync(path).mtimeMs).toBe(before);
  });

  it("rewrites a file whose facts differ, even by one character", () => {
    const path = fresh();
    saveFactBase(path, base("2026-01-01T00:00:00.000Z"));
    const changed = base("2026-01-01T00:00:00.000Z", "Aigerim Tulegenova met Marco Bellandi in Milan.");
    expect(saveFactBaseIfChanged(path, changed)).toBe(true);
    expect(readFileSync(path, "utf8")).toBe(`${JSON.stringify(changed, null, 2)}\n`);
  });

  it("rewrites a file cut short, one with more after it, one laid out otherwise, or a missing one", () => {
    const b = base("2026-01-01T00:00:00.000Z");
    const text = `${JSON.stringify(b, null, 2)}\n`;
    for (const content of [text.slice(0, -40), `${text} `, JSON.stringify(b), undefined]) {
      const path = fresh();
      if (content !== undefined) writeFileSync(path, content);
      expect(saveFactBaseIfChanged(path, b)).toBe(true);
      expect(readFileSync(path, "utf8")).toBe(text);
    }
  });
});
