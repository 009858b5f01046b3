import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { chronoRussian, warmDateParsers } from "../../src/text/chrono.ts";

const require = createRequire(import.meta.url);

describe("warmDateParsers", () => {
  it("loads both of chrono's languages, and a Russian date still reads the same afterwards", () => {
    const now = new Date(Date.UTC(2025, 5, 12));
    warmDateParsers(now);
    for (const locale of ["chrono-node/en", "chrono-node/ru"])
      expect(require.cache[require.resolve(locale)]).toBeDefined();
    const [result] = chronoRussian().parse("в марте 2020 года", now);
    expect(result?.start.get("year")).toBe(2020);
    expect(result?.start.get("month")).toBe(3);
  });
});
