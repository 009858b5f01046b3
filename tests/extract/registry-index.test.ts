/**
 * The cross-article registry finds candidate people by an index of near variants, and finds every
 * person a comparison with everyone would find. Names here are invented.
 */
import { describe, expect, it } from "vitest";
import { NameIndex, nearKeys } from "../../src/extract/name-index.ts";
import { PeopleRegistry } from "../../src/extract/registry.ts";
import { nameKey, sameNameWord } from "../../src/extract/similar.ts";

// A seeded generator, so that a failure can be replayed.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const SYLLABLES = [
  "ka",
  "ro",
  "tem",
  "bil",
  "sa",
  "nur",
  "dor",
  "vi",
  "len",
  "ash",
  "mu",
  "gor",
  "zhan",
  "ti",
  "bek",
  "ov",
  "el",
  "ya",
];
const LETTERS = "abcdefghiklmnoprstuvyz";

function word(rnd: () => number): string {
  const n = 2 + Math.floor(rnd() * 4);
  let w = "";
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
  return w[0]?.toUpperCase() + w.slice(1);
}
// One or two random edits (insert, delete, substitute) of a word.
function misspell(w: string, rnd: () => number): string {
  let out = w.toLowerCase();
  const edits = 1 + Math.floor(rnd() * 2);
  for (let e = 0; e < edits; e++) {
    const i = Math.floor(rnd() * out.length);
    const c = LETTERS[Math.floor(rnd() * LETTERS.length)] as string;
    const kind = Math.floor(rnd() * 3);
    out =
      kind === 0
        ? out.slice(0, i) + c + out.slice(i)
        : kind === 1
          ? out.slice(0, i) + out.slice(i + 1)
          : out.slice(0, i) + c + out.slice(i + 1);
  }
  return out[0]?.toUpperCase() + out.slice(1);
}

describe("near-variant keys", () => {
  it("give two spellings of one word a common key", () => {
    const shared = (a: string, b: string) => nearKeys(a).some((k) => nearKeys(b).includes(k));
    expect(shared("Nigmatulin", "Nigmatullin")).toBe(true);
    expect(shared("Koshanov", "Koashanov")).toBe(true);
    expect(shared("Amarbaysgalan", "Amarbayasgalan")).toBe(true);
    expect(shared("Temirbek", "Dosanova")).toBe(false);
  });

  it("find every word that an exhaustive comparison finds", () => {
    const rnd = random(42);
    const index = new NameIndex<string>();
    const words = Array.from({ length: 2000 }, () => word(rnd));
    for (const w of words) index.add(w, w);
    let checked = 0;
    for (let q = 0; q < 400; q++) {
      const base = words[Math.floor(rnd() * words.length)] as string;
      const query = rnd() < 0.8 ? misspell(base, rnd) : word(rnd);
      const exhaustive = words.filter((w) => sameNameWord(w, query));
      const found = index.near(query);
      for (const w of exhaustive) expect(found.has(w), `${query} ~ ${w}`).toBe(true);
      checked += exhaustive.length;
    }
    // The comparison must have had matches to miss.
    expect(checked).toBeGreaterThan(100);
  });
});

// The index as a plain map from key to the items filed under it (a repeat of the key's last item is
// not filed again), for comparing the compact one with.
class PlainIndex<T> {
  private readonly byKey = new Map<number, T[]>();
  private readonly words = new Map<T, Set<string>>();
  add(word: string, item: T): void {
    const words = this.words.get(item) ?? new Set<string>();
    if (words.has(nameKey(word))) return;
    this.words.set(item, words.add(nameKey(word)));
    for (const k of nearKeys(word)) {
      const list = this.byKey.get(k) ?? [];
      if (list.at(-1) !== item) list.push(item);
      this.byKey.set(k, list);
    }
  }
  near(word: string): Set<T> {
    return new Set(nearKeys(word).flatMap((k) => this.byKey.get(k) ?? []));
  }
  count(word: string): number {
    return nearKeys(word).reduce((n, k) => n + (this.byKey.get(k)?.length ?? 0), 0);
  }
}

describe("the compact index", () => {
  it("answers as a plain map does, before and after its waiting pairs are merged", () => {
    const rnd = random(11);
    const index = new NameIndex<number>();
    const plain = new PlainIndex<number>();
    // Shared given names and surnames spelt nearly alike, so that keys hold several items.
    const given = Array.from({ length: 40 }, () => word(rnd));
    let compared = 0;
    for (let item = 0; item < 3000; item++) {
      const words = [given[Math.floor(rnd() * given.length)] as string, word(rnd)];
      if (rnd() < 0.3) words.push(misspell(words[1] as string, rnd));
      for (const w of words) {
        index.add(w, item);
        plain.add(w, item);
      }
      if (item % 47 !== 0) continue;
      for (const q of [...words, misspell(words[1] as string, rnd), word(rnd)]) {
        expect(index.count(q), q).toBe(plain.count(q));
        expect(
          [...index.near(q)].sort((a, b) => a - b),
          q,
        ).toEqual([...plain.near(q)].sort((a, b) => a - b));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(200);
  });
});

describe("the registry", () => {
  it("makes one person of two spellings and keeps two people apart", () => {
    const r = new PeopleRegistry();
    const a = r.resolve(["Dariusz Temirbekov"], "Kazakhstan", []);
    expect(r.resolve(["Darius Temirbekov"], "Kazakhstan", [])).toBe(a);
    expect(r.resolve(["Temirbekov"], "Kazakhstan", [])).toBe(a);
    expect(r.resolve(["Olzhas Temirbekov"], "Kazakhstan", [])).not.toBe(a);
    expect(r.resolve(["Dariusz Temirbekova"], "Kazakhstan", [])).not.toBe(a);
    expect(r.resolve(["Dariusz Temirbekov"], "Mongolia", [])).not.toBe(a);
  });

  it("still finds a person when thousands share the given name", () => {
    const r = new PeopleRegistry();
    const rnd = random(7);
    const ids = new Map<string, string>();
    for (let i = 0; i < 3000; i++) {
      const name = `Nurbol ${word(rnd)}${word(rnd).toLowerCase()}`;
      if (!ids.has(name)) ids.set(name, r.resolve([name], "Kazakhstan", []));
    }
    for (const [name, id] of [...ids].slice(0, 200)) {
      const [given, family] = name.split(" ") as [string, string];
      expect(r.resolve([`${given} ${family.replace(/o/, "oo")}`], "Kazakhstan", [])).toBe(id);
    }
  });
});
