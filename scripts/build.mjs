// Compiles the TypeScript sources once, at install (`npm ci` runs the `prepare` script), into
// dist/: one ES module per entry with shared chunks, packages left to node_modules. bin/parlbot.js
// runs dist/ when it is newer than every source file, and the sources through tsx otherwise, so a
// command starts without compiling TypeScript and an edited source is never run stale.
import { cpSync, renameSync, rmSync } from "node:fs";
import { build } from "esbuild";
import { tsImport } from "tsx/esm/api";
import { buildOptions } from "./build-options.mjs";

// Built beside dist/ and swapped in whole, so that a command started meanwhile never finds half
// of a build (it finds the old one, or none and runs the sources).
const next = `dist.${process.pid}.tmp`;
rmSync(next, { recursive: true, force: true });
await build({ ...buildOptions, outdir: next });
// The gazetteer reads its data files (gazetteer.json, legislatures.json) next to the code that loads
// them (createRequire), now in dist/.
cpSync("src/extract/data", `${next}/data`, { recursive: true });
// The gazetteer's tables, built here once rather than at every start (src/extract/gazetteer-index.ts).
const { writeGazetteerIndex } = await tsImport("../src/extract/gazetteer-index.ts", import.meta.url);
writeGazetteerIndex(`${next}/data`);
// The message catalogue reads its Fluent files from locales/ beside the code (src/i18n/catalogue.ts).
cpSync("src/i18n/locales", `${next}/locales`, { recursive: true });
rmSync("dist", { recursive: true, force: true });
renameSync(next, "dist");
