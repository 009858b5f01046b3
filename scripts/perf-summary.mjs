#!/usr/bin/env node
// Where the CPU goes, read from Linux perf's samples instead of V8's own profiler. On a loaded machine
// V8's CPU profile (cpuprofile-summary.mjs) charged the word caches' Map look-ups with some 5% of an
// extraction that call counts put below 0.5%; perf samples the CPU the process uses, and it also shows
// what V8's profile does not: which tier the code ran in (TurboFan-optimised, Sparkplug baseline or the
// interpreter), V8's optimising compiler on its own threads, regular-expression code and builtins.
//
//   perf record -g -e cpu-clock -F 499 -o /tmp/perf.data -- \
//     node --perf-basic-prof bin/parlbot.js extract --corpus DIR --out /tmp/facts.json
//   perf script -F ip,sym,dso -i /tmp/perf.data > /tmp/perf.txt
//   node scripts/perf-summary.mjs /tmp/perf.txt [--top 25] [--callers SYMBOL] [--from 0.5]
//
// --callers SYMBOL lists the nearest JavaScript callers of the symbols whose name contains SYMBOL (who
// calls Builtins_FindOrderedHashMapEntry, a Map look-up). --from F reads only the samples after the
// fraction F of the run (0.5: its second half, once the code is warm). JavaScript frames are named with
// the source file that esbuild bundled them from (bundle-sources.mjs); "*" marks TurboFan code, "^"
// Sparkplug's. Shares are of all samples.
import { readFileSync } from "node:fs";
import { sourceOf, takeOption } from "./bundle-sources.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => takeOption(args, name, fallback);
const top = Number(option("--top", "25"));
const callers = option("--callers", undefined);
const from = Number(option("--from", "0"));
const [file] = args;
if (!file) {
  console.error(
    "usage: node scripts/perf-summary.mjs PERF-SCRIPT.txt [--top N] [--callers SYMBOL] [--from F]",
  );
  process.exit(1);
}

// One sample: its frames, innermost first, each { sym, kernel }. `perf script` prints a header line per
// sample (with -F ip,sym,dso and -g: none, the frames start at once) and one line per frame, with a blank
// line between samples.
const samples = [];
let frames = [];
for (const line of readFileSync(file, "utf8").split("\n")) {
  if (!line.trim()) {
    if (frames.length) samples.push(frames);
    frames = [];
    continue;
  }
  const m = /^\s*[0-9a-f]+\s+(.*?)(?:\s+\(([^)]*)\))?$/.exec(line);
  if (m) frames.push({ sym: m[1], kernel: /kernel|vmlinux/.test(m[2] ?? "") });
}
if (frames.length) samples.push(frames);
const kept = samples.slice(Math.floor(samples.length * from));
const total = kept.length;

// A JavaScript frame's readable name, "*findNames  src/extract/names.ts", else undefined.
const jsNames = new Map();
function jsName(sym) {
  if (!sym.startsWith("JS:")) return undefined;
  let name = jsNames.get(sym);
  if (name === undefined) {
    const m = /^JS:([*^~]?)(\S*) (\S+):(\d+):\d+$/.exec(sym);
    name = m ? `${m[1]}${m[2] || "(anonymous)"}  ${sourceOf(m[3], Number(m[4]) - 1)}` : sym;
    jsNames.set(sym, name);
  }
  return name;
}

// What a sample's CPU went to, by its innermost frame and, for runtime code, the JavaScript that called it.
function kindOf(sample) {
  const [first] = sample;
  if (!first) return "(empty)";
  if (first.kernel) return "kernel";
  if (first.sym.startsWith("RegExp:")) return "regular-expression code";
  if (/compiler::|turboshaft|Pipeline|Zone|maglev/i.test(first.sym)) return "V8 optimising compiler";
  if (/Scaveng|MarkCompact|Marking|Sweep|heap::|Heap::|GCTracer/.test(first.sym)) return "garbage collector";
  for (const f of sample) {
    if (f.sym.startsWith("JS:*")) return "under TurboFan code (with the builtins it calls)";
    if (f.sym.startsWith("JS:^")) return "under Sparkplug baseline code (with the builtins it calls)";
    if (f.sym.includes("InterpreterEntryTrampoline") || f.sym.startsWith("JS:~"))
      return "under the interpreter";
  }
  return "other native code (no JavaScript caller)";
}

const add = (map, key, n = 1) => map.set(key, (map.get(key) ?? 0) + n);
const byKind = new Map();
const bySelf = new Map();
const inclusive = new Map();
const callersOf = new Map();
for (const sample of kept) {
  add(byKind, kindOf(sample));
  const first = sample[0];
  if (first) add(bySelf, jsName(first.sym) ?? first.sym.slice(0, 100));
  const seen = new Set();
  for (const f of sample) {
    const name = jsName(f.sym);
    if (name && !seen.has(name)) {
      seen.add(name);
      add(inclusive, name);
    }
  }
  if (callers && first?.sym.includes(callers)) {
    const js = sample.map((f) => jsName(f.sym)).filter(Boolean);
    add(callersOf, js.slice(0, 2).join("  <  ") || "(no JavaScript caller)");
  }
}

const print = (title, map, n) => {
  console.log(`== ${title}`);
  for (const [key, count] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n))
    console.log(`${((100 * count) / total).toFixed(1).padStart(5)}%  ${key}`);
};
console.log(`${total} samples${from ? ` (from ${from} of the run)` : ""}`);
print("by kind", byKind, byKind.size);
print("self, by symbol", bySelf, top);
print("inclusive, by JavaScript function", inclusive, top);
if (callers) print(`nearest JavaScript callers of ${callers}`, callersOf, top);
