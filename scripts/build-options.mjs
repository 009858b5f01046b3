// How esbuild compiles the sources into dist/ (scripts/build.mjs), shared with the test that checks
// what each command loads (tests/cli/command-loads.test.ts), so that the test sees the real build.

/** esbuild's options, without the output folder. */
export const buildOptions = {
  entryPoints: ["src/cli.ts"],
  bundle: true,
  splitting: true, // sub-commands stay lazily loaded: `ask` does not load grammY
  format: "esm",
  platform: "node",
  target: "node20",
  // esbuild's table of what Node 20 supports lacks Unicode property escapes (\p{Lu}), which Node has
  // had since version 10: without this line, every such regex literal is rewritten into a call of
  // `new RegExp("...", "u")`, run anew each time the code around it runs. A literal is compiled once;
  // the constructor looks its pattern up in V8's compilation cache, which forgets patterns at each
  // full garbage collection, so that the same patterns were compiled again and again (their Unicode
  // classes built anew each time): 19% of the instructions of a 300-article extraction.
  supported: { "regexp-unicode-property-escapes": true },
  packages: "external",
  logLevel: "warning",
};
