/**
 * The words of people's names that tell them apart (text/name-words.ts), folded: which people each
 * word names, and each person's words. The person matcher (query/people.ts) looks names up in it. It
 * is built from the people, or read from the index file beside a large base (index-file.ts), where
 * it is stored as numbers and sorted lists so that loading builds nothing: folding and splitting
 * every name of a 10,000-article base took a fifth of its loading time.
 */
import { compareCodeUnits } from "../text/compare.ts";
import type { LetterRunIndex } from "../text/letter-runs.ts";
import { isNameToken } from "../text/name-words.ts";
import { fold, words } from "../text/normalize.ts";
import type { Person } from "./types.ts";

/** Name words this long or longer are the ones a typed word may be a misspelling of. */
const TYPO_MIN_LENGTH = 4;

/** The name words a typed word may be a misspelling of (four letters or more), in their order. */
export function typoTokens(tokens: readonly string[]): string[] {
  return tokens.filter((t) => t.length >= TYPO_MIN_LENGTH);
}

/** The words of names as numbers and lists, the form the index file stores. */
export interface NameTokenTable {
  /** Every name word, in order of first sight (person after person, name after name). */
  tokens: string[];
  /** Places in `tokens`, in the code-unit order of the words (for a binary search). */
  sorted: Int32Array;
  /** Where each word's people start in `people` (one more entry than tokens). */
  peopleStart: Int32Array;
  /** People (by position in the list the table was built from) per word, each list in that order. */
  people: Int32Array;
  /** Where each person's words start in `personTokens` (one more entry than people). */
  tokenStart: Int32Array;
  /** Each person's words (places in `tokens`), once each, in order of first sight. */
  personTokens: Int32Array;
  /** Where each person's surnames start in `lastTokens` (one more entry than people). */
  lastStart: Int32Array;
  /** The last word of each of a person's names (once each): the surname, as people type it alone. */
  lastTokens: Int32Array;
  /** People (by position) in the code-unit order of their ids (for a binary search; ids are unique). */
  idOrder: Int32Array;
  /** The runs of letters of {@link typoTokens} in lower case, when stored with the base (built on first use otherwise). */
  typoRuns?: LetterRunIndex;
}

/** The {@link NameTokenTable} of some people (by their name and aliases, folded by `foldName`). */
export function nameTokenTable(people: readonly Person[], foldName = fold): NameTokenTable {
  const tokens: string[] = [];
  const place = new Map<string, number>();
  const holders: number[][] = [];
  const tokenStart = new Int32Array(people.length + 1);
  const personTokens: number[] = [];
  const lastStart = new Int32Array(people.length + 1);
  const lastTokens: number[] = [];
  people.forEach((person, position) => {
    const all: number[] = [];
    const last: number[] = [];
    for (const name of [person.name, ...person.aliases]) {
      const found = words(foldName(name)).filter(isNameToken);
      for (const token of found) {
        let at = place.get(token);
        if (at === undefined) {
          at = tokens.length;
          tokens.push(token);
          place.set(token, at);
          holders.push([]);
        }
        if (!all.includes(at)) all.push(at);
      }
      const surname = found.at(-1);
      if (surname !== undefined) {
        const at = place.get(surname) as number;
        if (!last.includes(at)) last.push(at);
      }
    }
    // Each person once per word: `all` has no repeats.
    for (const at of all) (holders[at] as number[]).push(position);
    personTokens.push(...all);
    tokenStart[position + 1] = personTokens.length;
    lastTokens.push(...last);
    lastStart[position + 1] = lastTokens.length;
  });
  const peopleStart = new Int32Array(tokens.length + 1);
  holders.forEach((list, at) => {
    peopleStart[at + 1] = (peopleStart[at] as number) + list.length;
  });
  const ids = people.map((p) => p.id);
  return {
    tokens,
    sorted: sortedOrder(tokens),
    peopleStart,
    people: Int32Array.from(holders.flat()),
    tokenStart,
    personTokens: Int32Array.from(personTokens),
    lastStart,
    lastTokens: Int32Array.from(lastTokens),
    idOrder: sortedOrder(ids),
  };
}

// The places of a list's strings, in the code-unit order of the strings.
function sortedOrder(list: readonly string[]): Int32Array {
  return Int32Array.from(list.keys()).sort((a, b) => compareCodeUnits(list[a] as string, list[b] as string));
}

// The place of a string in a list, by a binary search in `order` (the list's places in the code-unit
// order of its strings); -1 when absent.
function placeOf(list: readonly string[], order: Int32Array, value: string): number {
  let low = 0;
  let high = order.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = order[middle] as number;
    const here = list[at] as string;
    if (here === value) return at;
    if (here < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Look-ups in a {@link NameTokenTable} by word and by person id. */
export class NameTokens {
  /** `ids`: the people's ids, in the order the table was built from. */
  constructor(
    private readonly t: NameTokenTable,
    private readonly ids: readonly string[],
  ) {}

  /** The table of some people, built from their names. */
  static of(people: readonly Person[], foldName = fold): NameTokens {
    return new NameTokens(
      nameTokenTable(people, foldName),
      people.map((p) => p.id),
    );
  }

  /** Every name word, in order of first sight. */
  get tokens(): readonly string[] {
    return this.t.tokens;
  }

  /** The name words a typed word may be a misspelling of ({@link typoTokens}). */
  typoTokens(): string[] {
    return typoTokens(this.t.tokens);
  }

  /** The letter-run index of {@link typoTokens} in lower case, when stored with the base. */
  get typoRuns(): LetterRunIndex | undefined {
    return this.t.typoRuns;
  }

  /** The ids of the people whose names hold a word, in table order; undefined when none does. */
  peopleWith(token: string): string[] | undefined {
    const at = placeOf(this.t.tokens, this.t.sorted, token);
    if (at < 0) return undefined;
    const out: string[] = [];
    for (let i = this.t.peopleStart[at] as number; i < (this.t.peopleStart[at + 1] as number); i++)
      out.push(this.ids[this.t.people[i] as number] as string);
    return out;
  }

  /** Whether a word is a word of someone's name. */
  has(token: string): boolean {
    return placeOf(this.t.tokens, this.t.sorted, token) >= 0;
  }

  /** A person's name words, in order of first sight (none for an unknown id). */
  tokensOf(id: string): string[] {
    return this.listOf(id, this.t.tokenStart, this.t.personTokens);
  }

  /** The last word of each of a person's names (none for an unknown id). */
  lastTokensOf(id: string): string[] {
    return this.listOf(id, this.t.lastStart, this.t.lastTokens);
  }

  private listOf(id: string, start: Int32Array, list: Int32Array): string[] {
    const position = placeOf(this.ids, this.t.idOrder, id);
    if (position < 0) return [];
    const out: string[] = [];
    for (let i = start[position] as number; i < (start[position + 1] as number); i++)
      out.push(this.t.tokens[list[i] as number] as string);
    return out;
  }
}
