/**
 * `npm run bench`: runs every benchmark in bench/ (files named *.bench.ts) one after another and
 * prints their figures. Benchmarks measure; they never fail a build.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

const dir = new URL(".", import.meta.url).pathname;
const only = process.argv.slice(2);
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort()) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  console.log(`\n== ${file}`);
  const mod = (await import(join(dir, file))) as { default: () => Promise<void> };
  await mod.default();
}
