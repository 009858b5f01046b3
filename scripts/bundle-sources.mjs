// What the profile summaries of this folder share: the source file of a line of an esbuild bundle (dist/
// or a bench's bundle), read from the last module comment ("// src/extract/x.ts") at or before the line,
// so that each function of the bundled code is named with the file it was written in; and the reading
// of their options.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const modulesOf = new Map();

/**
 * The source file of line `line` (0-based) of the script at `url` (a file: URL or a path): the module
 * comment before it, else the script's own path (node_modules/ and after when it lies there). Returns
 * "(native)" when there is no url.
 */
export function sourceOf(url, line) {
  if (!url) return "(native)";
  if (url.startsWith("node:")) return url;
  const path = url.startsWith("file://") ? fileURLToPath(url) : url;
  if (!modulesOf.has(path)) {
    const marks = [];
    if (existsSync(path))
      readFileSync(path, "utf8")
        .split("\n")
        .forEach((text, at) => {
          const m = /^\/\/ (?:\S*?\/)?((?:src|bench|node_modules)\/\S+)$/.exec(text);
          if (m) marks.push([at, m[1]]);
        });
    modulesOf.set(path, marks);
  }
  let source = path.replace(/^.*\/node_modules\//, "node_modules/");
  for (const [at, name] of modulesOf.get(path)) {
    if (at > line) break;
    source = name;
  }
  return source;
}

/**
 * Takes the option `name` and its value out of `args` (the command line's arguments), returning the
 * value, or `fallback` when the option is not given. What is left in `args` are the other arguments.
 */
export function takeOption(args, name, fallback) {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [value] = args.splice(at, 2).slice(1);
  return value;
}
