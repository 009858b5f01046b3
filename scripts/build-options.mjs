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
  packages: "external",
  logLevel: "warning",
};
