/**
 * Bounded caches: the name words and keys extraction keeps while it reads articles, and the city keys
 * of places questions read. Bounded, and emptied together once every article is read
 * ({@link clearNameCaches}), so that the tens of megabytes they hold for a large corpus are not kept while the fact base is assembled and written.
 */

const caches: BoundedCache<unknown, unknown>[] = [];

/** A map that forgets everything when it grows past `limit` entries (cheaper than tracking use). */
export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly limit: number) {
    caches.push(this as BoundedCache<unknown, unknown>);
  }

  /** The value cached for `key`, if any. */
  get(key: K): V | undefined {
    return this.map.get(key);
  }

  /** Caches `value` for `key`, first emptying the cache when it is past its limit. */
  set(key: K, value: V): void {
    if (this.map.size > this.limit) this.map.clear();
    this.map.set(key, value);
  }

  /** Forgets every entry. */
  clear(): void {
    this.map.clear();
  }
}

/** Empties every {@link BoundedCache} (they fill again if asked; nothing they answer changes). */
export function clearNameCaches(): void {
  for (const cache of caches) cache.clear();
}
