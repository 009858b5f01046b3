#!/usr/bin/env node
// Retrains the learned pairing's weights (src/extract/data/pairing-model.json) from a corpus folder
// whose articles have gold files beside them (ID.txt with ID.json):
//   node scripts/train-pairing.mjs --corpus DIR --out FILE
// The committed model was trained on the 181 development articles (the corpus minus a set-aside
// third, seed 20261205); run on that folder, this writes the committed file again, weight for weight.
//
// How (as in the experiment the model comes from): the rules' fact base of the corpus, without the
// pairing; every pair of people of an article with its features (src/extract/learned/pair-features.ts);
// label 1 when the article's gold has a meeting with both (names matched as the scorer matches them:
// folded, surname with one letter of slack); an L2 logistic regression trained by Adagrad with a fixed
// seed, on non-lexical features and the words seen in at least 5 articles.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { register } from "tsx/esm/api";

register();
const { listCorpus, readArticles } = await import("../src/corpus/folder.ts");
const { isKnownCity } = await import("../src/extract/gazetteer.ts");
const { extractFacts } = await import("../src/extract/index.ts");
const { pairCandidates } = await import("../src/extract/learned/pair-features.ts");
const { pairingPerson, pairingSentences, peopleByArticle, peopleOfArticle } = await import(
  "../src/extract/learned/refine.ts"
);

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const corpus = arg("--corpus");
const out = arg("--out");
if (!corpus || !out) {
  console.error("usage: node scripts/train-pairing.mjs --corpus DIR --out FILE");
  process.exit(2);
}

// Names matched the way the scorer matches them (its own helpers, copied).
const norm = (s) =>
  String(s ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`´]/g, "")
    .replace(/[^a-z0-9\u0400-\u04ff]+/g, " ")
    .trim();
// The scorer's particles, not the extractor's (names.ts): labels must match names as the scorer does.
const PARTICLES = new Set("uulu kyzy ogly oglu uly qyzy bin binti al el de van von mr mrs ms dr".split(" "));
const ROLE_WORDS =
  /\b(speaker|chair|chairman|chairwoman|president|ambassador|minister|deputy|head|senator|secretary|guest|counterpart|side|delegation|the)\b/i;
const tokens = (name) =>
  norm(name)
    .split(" ")
    .filter((t) => t.length >= 3 && !PARTICLES.has(t));
function levenshtein(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
const similar = (a, b) =>
  a === b ||
  (Math.abs(a.length - b.length) <= 2 && 1 - levenshtein(a, b) / Math.max(a.length, b.length) >= 0.8);
const goldForms = (p) => [
  p.name,
  ...(p.variants ?? []).filter((v) => !ROLE_WORDS.test(v) && /[A-Z\u0400-\u04ff]/.test(v)),
];
function formsMatch(g0, e0) {
  const g = g0.map(tokens).filter((t) => t.length);
  const e = e0.map(tokens).filter((t) => t.length);
  const lastIn = (a, b) => b.some((x) => similar(x, a[a.length - 1]));
  return g.some((gt) => e.some((et) => lastIn(gt, et) || lastIn(et, gt)));
}
/** The gold meetings of an article with named people: per meeting, the name forms of each participant. */
function goldMeetings(id) {
  const g = JSON.parse(readFileSync(join(corpus, `${id}.json`), "utf8"));
  const byName = new Map((g.people ?? []).map((p) => [p.name, p]));
  return (g.meetings ?? [])
    .filter((m) => (m.participants ?? []).length)
    .map((m) => m.participants.map((n) => goldForms(byName.get(n) ?? { name: n })));
}

// The rules' fact base, as `parlbot extract` makes it, without the pairing it is to train.
const facts = extractFacts(readArticles(listCorpus(corpus), { isKnownCity }), {
  learnedPairing: false,
});
const named = peopleByArticle(facts.people);
const examples = [];
for (const a of facts.articles) {
  const meetings = facts.meetings.filter((m) => m.articleId === a.id);
  const people = peopleOfArticle(named.get(a.id) ?? [], facts.people, meetings);
  const gold = goldMeetings(a.id);
  const formsOf = (p) => [p.name, ...p.aliases];
  for (const c of pairCandidates(
    pairingSentences(a),
    people.map((p) => pairingPerson(p, a.id)),
  )) {
    const [x, y] = c.people.map((i) => formsOf(people[i]));
    const y1 = gold.some((m) =>
      m.some((f, i) => formsMatch(f, x) && m.some((g, j) => j !== i && formsMatch(g, y))),
    );
    examples.push({ article: a.id, features: c.features, y: y1 ? 1 : 0 });
  }
}

// Words (btw:, pre:, post:) seen in fewer than 5 articles are dropped: they would name people and places.
const MIN_ARTICLES = 5;
const isLexical = (name) => /^(btw|pre|post|sent|near):/.test(name);
const articlesOf = new Map();
for (const e of examples)
  for (const k of e.features.keys())
    if (isLexical(k)) articlesOf.set(k, (articlesOf.get(k) ?? new Set()).add(e.article));
const keep = (k) => !isLexical(k) || (articlesOf.get(k)?.size ?? 0) >= MIN_ARTICLES;

// L2 logistic regression by Adagrad: 30 epochs, rate 0.2, l2 1e-2 (not on the bias), shuffled by a seeded LCG.
const data = examples.map((e) => ({ x: [...e.features].filter(([k, v]) => v !== 0 && keep(k)), y: e.y }));
const w = new Map();
const g2 = new Map();
let seed = 7 >>> 0;
const rand = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const order = data.map((_, i) => i);
for (let epoch = 0; epoch < 30; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (const i of order) {
    const { x, y } = data[i];
    let z = 0;
    for (const [k, v] of x) z += (w.get(k) ?? 0) * v;
    const err = 1 / (1 + Math.exp(-z)) - y;
    for (const [k, v] of x) {
      const wk = w.get(k) ?? 0;
      const g = err * v + (k === "bias" ? 0 : 1e-2 * wk);
      const acc = (g2.get(k) ?? 1e-8) + g * g;
      g2.set(k, acc);
      w.set(k, wk - (0.2 * g) / Math.sqrt(acc));
    }
  }
}
const about =
  "Weights of the logistic pairing of two people of an article into one meeting (src/extract/learned/). " +
  "Trained by scripts/train-pairing.mjs on the 181 development articles; derived statistics only (feature names and weights, no text).";
writeFileSync(out, `${JSON.stringify({ about, weights: Object.fromEntries(w) }, null, 1)}\n`);
const positives = examples.filter((e) => e.y).length;
console.error(
  `pairing: ${examples.length} pairs (${positives} met) from ${facts.articles.length} articles → ${out}`,
);
