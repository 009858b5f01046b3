import type { FactIndex } from "../../src/facts/index.ts";

/** What an index knows of the articles' words, in a form that compares whole (for tests). */
export function wordsOf(index: FactIndex) {
  const keywords = [...index.keywords()].sort();
  return {
    lowerCase: [...index.lowerCaseWords].sort(),
    stems: [...index.stems].sort(),
    keywords,
    articles: keywords.map((k) => [k, index.articlesContaining(k), index.articleFrequency(k)]),
    // Among a few articles, looked up one by one when they are fewer than the keyword's.
    within: keywords.map((k) => index.weighArticles([k], () => 1, new Set(["a3", "a1"])).ids),
    known: ["dorvan", "rivers", "sarvan", "ulku", "nowhere"].map((w) => index.knows(w)),
    ordinary: ["delegation", "dorvan", "water"].map((w) => index.isLowerCase(w)),
  };
}
