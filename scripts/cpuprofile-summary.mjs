#!/usr/bin/env node
// Where a V8 CPU profile's time goes: self time summed by function and by source file, and the time
// spent inside each function with its callees (inclusive). For profiling extraction:
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bin/parlbot.js extract --corpus DIR --out /tmp/facts.json
//   node scripts/cpuprofile-summary.mjs /tmp/prof/CPU.*.cpuprofile [--top 25] [--callees NAME]
//
// The command runs the code bundled into dist/ (or a bench's bundle): each function is named with the
// source file that esbuild wrote it from, read from the bundle's module comments ("// src/extract/x.ts").
// --callees NAME lists, for the functions called NAME, the inclusive time of each function they call
// (where a stage such as assembleMeetings spends its time). Percentages are of all samples; a profile of a
// loaded machine counts the other processes' turns in the function that was running, so compare shares,
// not seconds. Its self times are not always where the CPU went (with a loaded machine it gave the word
// caches' Map look-ups ten times their share): perf-summary.mjs reads Linux perf's samples instead.
import { readFileSync } from "node:fs";
import { sourceOf, takeOption } from "./bundle-sources.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => takeOption(args, name, fallback);
const top = Number(option("--top", "25"));
const callees = option("--callees", undefined);
const [file] = args;
if (!file) {
  console.error("usage: node scripts/cpuprofile-summary.mjs PROFILE.cpuprofile [--top N] [--callees NAME]");
  process.exit(1);
}

const profile = JSON.parse(readFileSync(file, "utf8"));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Self time of each profile node (microseconds), and the whole.
const self = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  self.set(id, (self.get(id) ?? 0) + dt);
});

// A node's function as "name  file" (a regular expression's source shortened; an anonymous function
// with its line in the bundle, so that the many of them stay apart).
function functionOf(id) {
  const { functionName, url, lineNumber } = nodes.get(id).callFrame;
  const name = functionName.startsWith("RegExp: ")
    ? `RegExp ${functionName.slice(8, 48)}…`
    : functionName || `(anonymous, line ${lineNumber + 1})`;
  return `${name}  ${sourceOf(url, lineNumber)}`;
}

const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
const byFunction = new Map();
const byFile = new Map();
const inclusive = new Map();
const underCallees = new Map();
for (const [id, us] of self) {
  const name = functionOf(id);
  add(byFunction, name, us);
  add(byFile, name.slice(name.lastIndexOf("  ") + 2), us);
  // Each function on the sample's stack once, however deep its recursion.
  const seen = new Set();
  let callee;
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const f = functionOf(at);
    if (!seen.has(f)) add(inclusive, f, us);
    seen.add(f);
    if (callees && nodes.get(at).callFrame.functionName === callees)
      add(underCallees, callee === undefined ? "(self)" : functionOf(callee), us);
    callee = at;
  }
}

const print = (title, map, n) => {
  console.log(`== ${title}`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n))
    console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
};
console.log(`${(total / 1e6).toFixed(2)} s sampled`);
print("self time by function", byFunction, top);
print("self time by source file", byFile, top);
inclusive.delete(functionOf(profile.nodes[0].id)); // the root
print("inclusive time by function", inclusive, top);
if (callees) print(`inside ${callees}, by callee`, underCallees, top);
