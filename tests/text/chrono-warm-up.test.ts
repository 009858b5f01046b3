import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { chronoRussian, warmDateParsers } from "../../src/text/chrono.ts";

const chronoModule = fileURLToPath(new URL("../../src/text/chrono.ts", import.meta.url));

describe("warmDateParsers", () => {
  it("loads chrono's English and Russian parsers, which nothing loads before the first date", () => {
    // A fresh process: in this one another test may have loaded them already.
    const script = `
      import { createRequire } from "node:module";
      const require = createRequire(${JSON.stringify(chronoModule)});
      const loaded = () => ["chrono-node/en", "chrono-node/ru"].map((m) => require.resolve(m) in require.cache);
      const { warmDateParsers } = await import(${JSON.stringify(chronoModule)});
      const before = loaded();
      warmDateParsers();
      console.log(JSON.stringify({ before, after: loaded() }));`;
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      encoding: "utf8",
    });
    expect(JSON.parse(out)).toEqual({ before: [false, false], after: [true, true] });
  });

  it("leaves the parsers reading dates as before", () => {
    const now = new Date(Date.UTC(2025, 5, 12));
    warmDateParsers(now);
    const [result] = chronoRussian().parse("в марте 2020 года", now);
    expect(result?.start.get("year")).toBe(2020);
    expect(result?.start.get("month")).toBe(3);
  });
});
