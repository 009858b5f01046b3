#!/usr/bin/env node
// Naive co-occurrence baseline for parlbot's meeting extraction, as a parlbot-compatible CLI.
// It is a yardstick, not a product: the score it reaches on a set of articles tells how much of
// parlbot's score there comes from its meeting rules and how much from merely finding names:
//   node ../shared/eval/score.mjs --corpus DIR --cli "node scripts/baseline-meetings.mjs --variant all"
//
//   node scripts/baseline-meetings.mjs [--variant pairs|all] extract --corpus DIR --out FILE
//   node scripts/baseline-meetings.mjs ask ...            (passed through unchanged to parlbot ask)
//
// The variant can also be set with BASELINE_VARIANT=pairs|all (default: pairs).
//
// extract: runs the real `parlbot extract` into a temp file (to reuse its articles, sentences,
// people, names and aliases), throws away its meetings and puts in baseline meetings:
//   for every sentence of an article (plus its title, if parlbot keeps one apart), take the people
//   parlbot found in that article (a role with that articleId, or a participant of one of its
//   meetings) whose name, an alias, or surname (last word of the name, >= 4 letters) occurs in the
//   sentence as a whole word (case-sensitive); if the sentence also has a meeting word (fixed list
//   below, whole word, case-insensitive) and >= 2 such people:
//     pairs: one meeting per pair of them;   all: one meeting with all of them.
//   Status "held", no date, no place. Identical participant sets are kept once per article.
// Nothing here was tuned on scores; the word list was fixed before any scoring.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// parlbot of this checkout, unless PARLBOT_BIN names another build to compare.
const PARLBOT = process.env.PARLBOT_BIN ?? fileURLToPath(new URL("../bin/parlbot.js", import.meta.url));
const MEETING_WORDS = [
  "met",
  "meets",
  "meeting",
  "talks",
  "received",
  "receives",
  "hosted",
  "held talks",
  "negotiations",
  "visit",
  "visited",
  "discussed",
  "welcomed",
];

let args = process.argv.slice(2);
let variant = process.env.BASELINE_VARIANT ?? "pairs";
const vi = args.indexOf("--variant");
if (vi >= 0) {
  variant = args[vi + 1];
  args = [...args.slice(0, vi), ...args.slice(vi + 2)];
}
if (!["pairs", "all"].includes(variant)) {
  console.error(`unknown variant ${variant} (pairs|all)`);
  process.exit(2);
}

const cmd = args[0];
if (cmd !== "extract") {
  // ask (or anything else): hand over to parlbot with the same arguments and stdin/stdout
  const r = spawnSync(process.execPath, [PARLBOT, ...args], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}

const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = opt("out");
if (!out) {
  console.error("extract needs --out FILE");
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), "baseline-"));
const tmpFacts = join(work, "facts.json");
const passArgs = args.slice(1);
const oi = passArgs.indexOf("--out");
passArgs[oi + 1] = tmpFacts;
const r = spawnSync(process.execPath, [PARLBOT, "extract", ...passArgs], {
  stdio: ["ignore", "inherit", "inherit"],
});
if (r.status !== 0) process.exit(r.status ?? 1);
const facts = JSON.parse(readFileSync(tmpFacts, "utf8"));
rmSync(work, { recursive: true, force: true });

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wordRe = (s, flags = "u") =>
  new RegExp(`(?<![\\p{L}\\p{N}])${esc(s).replace(/\s+/g, "\\s+")}(?![\\p{L}\\p{N}])`, flags);
const meetingRe = MEETING_WORDS.map((w) => wordRe(w, "iu"));
const hasMeetingWord = (s) => meetingRe.some((re) => re.test(s));

const people = new Map(facts.people.map((p) => [p.id, p]));
const formsOf = (p) => {
  const forms = new Set([p.name, ...(p.aliases ?? [])].filter((f) => f?.trim()));
  const last = p.name.trim().split(/\s+/).pop();
  if (last && [...last].filter((c) => /\p{L}/u.test(c)).length >= 4) forms.add(last);
  return [...forms].map((f) => wordRe(f.trim()));
};
const formCache = new Map();
const forms = (pid) => {
  if (!formCache.has(pid)) formCache.set(pid, formsOf(people.get(pid)));
  return formCache.get(pid);
};

const meetings = [];
for (const a of facts.articles) {
  const inArticle = new Set();
  for (const p of facts.people) if ((p.roles ?? []).some((r) => r.articleId === a.id)) inArticle.add(p.id);
  for (const m of facts.meetings)
    if (m.articleId === a.id) for (const pid of m.participants ?? []) if (people.has(pid)) inArticle.add(pid);
  const sentences = [...(a.sentences ?? [])];
  if (a.title && !sentences.includes(a.title)) sentences.unshift(a.title);
  const seen = new Set();
  let n = 0;
  const add = (ids, sentence) => {
    const key = [...ids].sort().join("|");
    if (seen.has(key)) return;
    seen.add(key);
    meetings.push({
      id: `${a.id}#b${++n}`,
      articleId: a.id,
      participants: ids,
      participantNames: ids.map((id) => people.get(id).name),
      parties: [],
      countries: [],
      status: "held",
      agreements: [],
      topics: [],
      evidence: sentence,
    });
  };
  for (const s of sentences) {
    if (!hasMeetingWord(s)) continue;
    const here = [...inArticle].filter((pid) => forms(pid).some((re) => re.test(s)));
    if (here.length < 2) continue;
    if (variant === "all") add(here, s);
    else
      for (let i = 0; i < here.length; i++)
        for (let j = i + 1; j < here.length; j++) add([here[i], here[j]], s);
  }
}
facts.meetings = meetings;
facts.baseline = { variant, meetingWords: MEETING_WORDS, parlbot: PARLBOT };
writeFileSync(out, JSON.stringify(facts, null, 2));
console.error(
  `baseline(${variant}): ${facts.articles.length} articles, ${facts.people.length} people, ${meetings.length} meetings → ${out}`,
);
