/**
 * Work of extraction done once per value and remembered, because the values repeat in every article:
 * patterns compiled from a small set of values ({@link cachedPattern}), and the answers of a function
 * of a word, such as a name finder's verdict on a word ({@link rememberedAnswers}).
 */

import { BoundedCache } from "../text/bounded-cache.ts";

/**
 * Patterns built from a small set of values (a mention of a skeleton, "@m3"), compiled once per
 * value and kept: compiling a pattern for every sentence and every mention was a main cost of
 * extraction.
 */
export function cachedPattern<K>(build: (key: K) => RegExp): (key: K) => RegExp {
  const cache = new Map<K, RegExp>();
  return (key) => {
    let re = cache.get(key);
    if (!re) {
      re = build(key);
      cache.set(key, re);
    }
    return re;
  };
}

/**
 * A function of a word that remembers its answers (words repeat endlessly across articles), keeping at
 * most `limit` of them: past that the memory starts again, so that a corpus of new names never fills it.
 */
export function rememberedAnswers<V>(judge: (word: string) => V, limit: number): (word: string) => V {
  const answers = new BoundedCache<string, V>(limit);
  return (word) => {
    let answer = answers.get(word);
    if (answer === undefined) {
      answer = judge(word);
      answers.set(word, answer);
    }
    return answer;
  };
}
