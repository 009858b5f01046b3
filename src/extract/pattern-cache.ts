/**
 * Patterns built from a small set of values (a mention of a skeleton, "@m3"), compiled once per
 * value and kept: compiling a pattern for every sentence and every mention was a main cost of
 * extraction, and the values repeat in every article.
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
