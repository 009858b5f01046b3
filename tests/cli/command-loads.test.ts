/**
 * What `parlbot ask` loads: only what answering a question needs, so that one question from the
 * command line starts fast (the timing itself is in `npm run bench`, never in a test). Checked twice:
 * in the chunk graph of the build (`npm ci` compiles dist/ with the same esbuild options), and in the
 * modules a real `ask` process loads, as Node's own module trace lists them.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BuildOptions, build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

/** Packages a question has no use for: the bot, the database, feeds and pages, logging, progress bars. */
const NOT_FOR_A_QUESTION = [
  "grammy",
  "@grammyjs/",
  "better-sqlite3",
  "pino",
  "rss-parser",
  "linkedom",
  "@mozilla/readability",
  "ipaddr.js",
  "dotenv",
  "cli-progress",
];

/** Whether a package path (`grammy`, `@grammyjs/i18n`, `chrono-node/en`) is one of `packages`. */
const isOneOf = (path: string, packages: string[]) =>
  packages.some((p) => (p.endsWith("/") ? path.startsWith(p) : path === p || path.startsWith(`${p}/`)));

/** The source files and packages that `output` and the chunks it imports statically load. */
function staticClosure(meta: Metafile, output: string): { sources: Set<string>; packages: Set<string> } {
  const sources = new Set<string>();
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const out = meta.outputs[file];
    if (!out) throw new Error(`no output ${file}`);
    for (const source of Object.keys(out.inputs)) sources.add(source);
    for (const im of out.imports) {
      if (im.kind !== "import-statement") continue; // dynamic imports load only when called
      if (im.external) packages.add(im.path);
      else visit(im.path);
    }
  };
  visit(output);
  return { sources, packages };
}

describe("what `parlbot ask` loads", () => {
  it("in the build: the answering core, without the bot, the store, ingest, the extractor or logging", async () => {
    // A path in a variable: the options module is plain JavaScript that the type checker does not read.
    const optionsModule = pathToFileURL(join(root, "scripts", "build-options.mjs")).href;
    const { buildOptions } = (await import(optionsModule)) as { buildOptions: BuildOptions };
    const result = await build({
      ...buildOptions,
      absWorkingDir: root,
      outdir: join(root, "dist-graph"), // nothing is written
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const outputs = Object.entries(result.metafile.outputs);
    const entry = outputs.find(([, o]) => o.entryPoint === "src/cli.ts")?.[0];
    const ask = outputs.find(([, o]) => o.inputs["src/cli/ask.ts"])?.[0];
    if (!entry || !ask) throw new Error("no entry or no ask chunk in the build");
    const command = staticClosure(result.metafile, entry);
    const asking = staticClosure(result.metafile, ask);
    const sources = [...command.sources, ...asking.sources];
    const packages = [...command.packages, ...asking.packages];

    expect(sources).toContain("src/query/index.ts");
    expect(sources.filter((s) => /^src\/(bot|store|ingest|terminal)\//.test(s))).toEqual([]);
    // The extractor is loaded only by `ask --corpus` (a dynamic import).
    expect(sources).not.toContain("src/extract/index.ts");
    expect(sources).not.toContain("src/log.ts");
    expect(packages.filter((p) => isOneOf(p, NOT_FOR_A_QUESTION))).toEqual([]);
    // The date parser, country names in eighty languages and the Fluent catalogue are required at
    // first use only (a question with a date; one in Russian or Kazakh).
    expect(packages.filter((p) => isOneOf(p, ["chrono-node", "i18n-iso-countries", "@fluent/"]))).toEqual([]);
  });

  it("in a process: an English question without a date loads no bot, database, log, date or catalogue package", () => {
    // NODE_DEBUG lists every module Node loads, by path: ES modules (esm) and CommonJS ones (module),
    // also those required at run time through createRequire.
    const loaded = (question: string) => {
      const r = spawnSync(process.execPath, [join(root, "bin", "parlbot.js"), "ask", question], {
        cwd: root,
        encoding: "utf8",
        timeout: 60_000,
        env: { ...process.env, NODE_DEBUG: "esm,module" },
        maxBuffer: 256 * 1024 * 1024, // the module trace is long
      });
      expect(r.status).toBe(0);
      const packages = new Set(
        [...r.stderr.matchAll(/node_modules\/((?:@[\w.-]+\/)?[\w.-]+)/g)].map((m) => m[1] as string),
      );
      return { answer: r.stdout, packages: [...packages] };
    };
    const english = loaded("who met Koshanov?");
    expect(english.answer).toMatch(/Koshanov[^\n]*met:/);
    expect(english.packages).toContain("fuse.js"); // the trace sees packages
    expect(
      english.packages.filter((p) =>
        isOneOf(p, [...NOT_FOR_A_QUESTION, "chrono-node", "@fluent/", "i18n-iso-countries"]),
      ),
    ).toEqual([]);
    // A question with a day loads the date parser: the trace sees what is required at run time.
    const dated = loaded("who met Koshanov on 4 September 2025?");
    expect(dated.answer).toMatch(/Koshanov/);
    expect(dated.packages).toContain("chrono-node");
    // A month or a year asked plainly is read without it (query/dates.ts, plainPeriod).
    const month = loaded("who met Koshanov in September 2025?");
    expect(month.answer).toMatch(/Koshanov/);
    expect(month.packages).not.toContain("chrono-node");
    // A Russian question does read the catalogue and the Russian country names.
    const russian = loaded("кто встречался с Кошановым?");
    expect(russian.answer).toMatch(/Koshanov/);
    expect(russian.packages).toEqual(expect.arrayContaining(["@fluent/bundle", "i18n-iso-countries"]));
    expect(russian.packages.filter((p) => isOneOf(p, NOT_FOR_A_QUESTION))).toEqual([]);
  }, 120_000);
});

describe("what `parlbot extract` loads", () => {
  it("no progress bar off a terminal", () => {
    const r = spawnSync(
      process.execPath,
      [
        join(root, "bin", "parlbot.js"),
        "extract",
        "--corpus",
        join(root, "seeds"),
        "--out",
        join(mkdtempSync(join(tmpdir(), "extract-loads-")), "facts.json"),
        "--quiet",
      ],
      {
        cwd: root,
        encoding: "utf8",
        timeout: 60_000,
        env: { ...process.env, NODE_DEBUG: "esm,module" },
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    expect(r.status).toBe(0);
    const packages = new Set(
      [...r.stderr.matchAll(/node_modules\/((?:@[\w.-]+\/)?[\w.-]+)/g)].map((m) => m[1]),
    );
    expect(packages).toContain("chrono-node"); // the trace sees packages
    expect([...packages].filter((p) => isOneOf(p as string, ["cli-progress"]))).toEqual([]);
  }, 120_000);
});
