/**
 * The build keeps regex literals with Unicode property escapes as literals (scripts/build-options.mjs):
 * esbuild's table for Node 20 lacks them and would otherwise rewrite each into `new RegExp(...)`, a
 * constructor call run every time the code around it runs.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BuildOptions, transform } from "esbuild";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

describe("the build's regex literals", () => {
  it("keeps /\\p{Lu}/u a literal, not a constructor call", async () => {
    // A path in a variable: the options module is plain JavaScript that the type checker does not read.
    const optionsModule = pathToFileURL(join(root, "scripts", "build-options.mjs")).href;
    const { buildOptions } = (await import(optionsModule)) as { buildOptions: BuildOptions };
    const { code } = await transform("export const capital = (w) => /^\\p{Lu}{3,}$/u.test(w);", {
      target: buildOptions.target,
      supported: buildOptions.supported,
    });
    expect(code).toContain("/^\\p{Lu}{3,}$/u");
    expect(code).not.toContain("new RegExp");
  });
});
