#!/usr/bin/env node
// The `parlbot` command. The sources are TypeScript: `npm ci` compiles them once into dist/ (the
// `prepare` script, scripts/build.mjs), so that a command starts in a fraction of a second. When
// dist/ is missing or older than a source file (an edited checkout), tsx compiles the sources on
// the fly instead, so the command never runs stale code and works with no build step to forget.
// bin/package.json makes this folder a package whose bin `npm ci` links into node_modules/.bin, where
// `npx parlbot` finds it without first reading the whole installed tree (see the README).
import { readdirSync, statSync } from "node:fs";
import module from "node:module";
import { fileURLToPath } from "node:url";

// From Node 22.1, V8 keeps the code it compiled for each module in a cache on disk (in the system's
// temporary folder), so that the next start does not parse and compile it again. Node 20 lacks it.
module.enableCompileCache?.();

const root = fileURLToPath(new URL("..", import.meta.url));
const built = `${root}dist/cli.js`;

// The newest modification time below a folder (the sources, and the data files they read).
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function builtIsFresh() {
  try {
    return statSync(built).mtimeMs >= newest(`${root}src`);
  } catch {
    return false; // no dist/: not built (or a source folder we cannot read)
  }
}

if (builtIsFresh()) {
  await import(built);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli.ts");
}
