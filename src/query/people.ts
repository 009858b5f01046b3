/**
 * Finding the people a question names, by every name and alias in the fact base: exact words first,
 * then fuse.js for typos ("Koshanof"), on text folded to plain Latin ("Кошанов", "Khurelsukh").
 * Entries that are one person under two spellings ("Nigmatulin", "Nigmatullin") come back together;
 * different people who share a surname are reported as ambiguous rather than guessed between.
 */
import { NameTokens } from "../facts/name-tokens.ts";
import type { Person } from "../facts/types.ts";
import { baseForms } from "../i18n/cases.ts";
import { foldCyrillic } from "../i18n/fold-cyrillic.ts";
import { compareCodeUnits } from "../text/compare.ts";
import { NAME_PARTICLES } from "../text/name-words.ts";
import { fold, words } from "../text/normalize.ts";
import { spellingKey } from "../text/spelling-key.ts";
import { stem } from "../text/stem.ts";
import { STOPWORDS } from "../text/stopwords.ts";
import { isClearCyrillicSlip, isClearSlip } from "./clear-slip.ts";
import { NearNames } from "./near-names.ts";
import { oneSlipNames } from "./one-slip.ts";
import { isTypoOf, similarity, typoDistance } from "./text.ts";

/** A person (or several entries of one person) named in a question, by token positions. */
export interface PersonMention {
  /** Person ids: one person, or entries that look like the same person spelled differently. */
  ids: string[];
  start: number;
  end: number;
  /** Other people who match these words just as well (e.g. two people called Kim). */
  alternatives: string[];
  exact: boolean;
  /** Only a given name of the person was typed ("Doris" of Doris Kollár), no surname of theirs. */
  givenNameOnly?: boolean;
  /**
   * The one word typed is the given name of someone it may mean, though the surname of another
   * ("Mustafa": Mustafa Şentop, Fazil Mustafa): before a surname it may be the first half of one name.
   */
  givenNameOfSomeone?: boolean;
}

// How far off (fuse.js threshold) a typed word may be from a name word to be read as it.
const CORRECTION_THRESHOLD = 0.34;
// The letters a name may end in past a word typed without its last one ("cairn" for Cairns).
const LAST_LETTERS = "abcdefghijklmnopqrstuvwxyz";
// The longest two words typed side by side that are looked up as one hyphenated name misspelt: longer
// pairs are two words of a sentence, and each look-up tries every one-slip spelling of the pair.
const MAX_JOINED = 16;
// Suggestions may be further off than corrections: "Did you mean" is a question, not an answer.
const SUGGESTION_THRESHOLD = 0.5;

interface Candidate {
  id: string;
  /** Question positions matched, with how well (1 = exact). */
  positions: Map<number, number>;
  score: number;
}

/** Looks people up by name. Build once per fact base. */
export class PersonMatcher {
  // The words of every name and alias: which people each names, each person's (facts/name-tokens.ts).
  private readonly names: NameTokens;
  private readonly nearNames: NearNames;
  private readonly nearCache = new Map<string, { item: string }[]>();
  private readonly sameCache = new Map<string, boolean>();
  private joinedParts: Map<string, string[]> | undefined;

  constructor(
    private readonly people: Map<string, Person>,
    /** Words seen in lower case in the articles: names only when typed with a capital. */
    private readonly ordinaryWords: Pick<ReadonlySet<string>, "has">,
    /** Whether a word occurs in the articles at all: such a word is never corrected into a name. */
    private readonly isKnownWord: (word: string) => boolean = () => false,
    /** The name words of `people` (in their order): read from the fact base's index file, else built. */
    names?: NameTokens,
  ) {
    this.names = names ?? NameTokens.of([...people.values()]);
    this.nearNames = new NearNames(this.names.typoTokens(), this.names.typoRuns);
  }

  /**
   * The people named in a question's folded words. `skip` marks positions already explained (a country,
   * a date). `capitalised` tells which words were typed with a capital, for names that are also words.
   * `nameSlots`: positions where only a name can stand, so that a name that is also a small word
   * ("Among", "Will") is read as that name there, in whatever case it is typed. `cyrillic`: positions
   * of words typed in Cyrillic (folded to Latin letters), whose slips are counted in Cyrillic. `caseForms`:
   * those of them read by the stem guessed for a case form ("Дэвисом" as "devis"), which a short name
   * takes only as it is (see isClearCyrillicSlip).
   */
  find(
    folded: string[],
    skip: Set<number>,
    capitalised: boolean[],
    nameSlots: ReadonlySet<number> = new Set(),
    cyrillic: ReadonlySet<number> = new Set(),
    caseForms: ReadonlySet<number> = new Set(),
  ): PersonMention[] {
    const candidates = new Map<string, Candidate>();
    const note = (id: string, position: number, quality: number) => {
      const c = candidates.get(id) ?? { id, positions: new Map<number, number>(), score: 0 };
      candidates.set(id, c);
      if ((c.positions.get(position) ?? 0) < quality) c.positions.set(position, quality);
    };
    // Near spellings: typos when nothing matched exactly, other spellings of the same person otherwise.
    const nearSpellings = (i: number, word: string, exact: boolean, only?: (id: string) => boolean) => {
      const key = exact ? "" : spellingKey(word);
      // People a word is spelled like but no clear slip of (see below), with how well.
      const unclear: [string, number][] = [];
      for (const hit of exact ? this.nearTokens(word) : this.nearOrTypoTokens(word)) {
        const sim = Math.max(
          similarity(word, hit.item),
          1 - typoDistance(word, hit.item) / Math.max(word.length, hit.item.length),
        );
        // A typo of up to two letters ("mzuani" for Muzani) is one even when short words make it a big share.
        // Another transliteration ("Jakupov", "Dzhakupov") is the same name however many letters differ.
        const transliterated = !exact && key === spellingKey(hit.item);
        const typo = isTypoOf(word, hit.item) || transliterated;
        if (hit.item === word || (sim < (exact ? 0.85 : 0.7) && !typo)) continue;
        if (otherFirstLetter(word, hit.item) && !transliterated) continue;
        // A word no article has that is no clear slip of the name word is someone else's name, not read
        // as theirs (the reply asks "did you mean"; see clear-slip.ts), unless it is another entry of a
        // person it is a clear slip of (noted after the loop).
        const clear =
          exact ||
          only !== undefined ||
          (cyrillic.has(i)
            ? isClearCyrillicSlip(word, hit.item, caseForms.has(i))
            : isClearSlip(word, hit.item));
        // Beside a name typed exactly, a spelling that far off ("Asgarov" for "Askerov") is only another
        // entry of that same person, never someone else.
        const sameAsExact = exact && sim < 0.85;
        const exactIds = sameAsExact ? (this.names.peopleWith(word) ?? []) : [];
        for (const id of this.names.peopleWith(hit.item) ?? []) {
          if (only && !only(id)) continue;
          if (sameAsExact && !exactIds.some((e) => this.samePerson(e, id))) continue;
          // A near spelling of a given name alone ("karin" for Darin) is someone else's surname more
          // likely than that person; beside an exact word of the same name it is a typo of theirs.
          const beside = [i - 1, i + 1].some((j) => candidates.get(id)?.positions.get(j) === 1);
          if (!beside && !this.names.lastTokensOf(id).includes(hit.item)) continue;
          if (clear) note(id, i, 0.9 * sim);
          else unclear.push([id, 0.9 * sim]);
        }
      }
      // One person's entries under two spellings ("Nigmatulin", "Nigmatullin") come back together.
      for (const [id, quality] of unclear)
        if (
          [...candidates.values()].some((c) => c.id !== id && c.positions.has(i) && this.samePerson(c.id, id))
        )
          note(id, i, quality);
    };
    const inArticles: number[] = [];
    const asked = (i: number, word: string) => !skip.has(i) && !STOPWORDS.has(word) && word.length >= 2;
    // Exact words first, so that a near spelling can lean on an exact word of the same name after it.
    for (const [i, word] of folded.entries()) {
      const exact = this.names.peopleWith(word);
      if (asked(i, word) && exact && (!this.ordinaryWords.has(word) || capitalised[i]))
        for (const id of exact) note(id, i, 1);
    }
    // Name words are never small words, so one in a name's slot is looked up among surnames of that kind.
    for (const slot of nameSlots) {
      const word = folded[slot];
      if (word !== undefined && !skip.has(slot) && STOPWORDS.has(word))
        for (const id of this.smallWordSurnames().get(word) ?? []) note(id, slot, 1);
    }
    // A name word that prose also has in lower case ("pyo" of Kim Jin-pyo, "park") is still part of the
    // name when typed in lower case beside another word of the same person's name: "kim jin pyo".
    for (const [i, word] of folded.entries()) {
      const exact = this.names.peopleWith(word);
      if (!asked(i, word) || !exact || !this.ordinaryWords.has(word) || capitalised[i]) continue;
      for (const id of exact)
        if ([i - 1, i + 1].some((j) => candidates.get(id)?.positions.get(j) === 1)) note(id, i, 1);
    }
    for (const [i, word] of folded.entries()) {
      if (!asked(i, word)) continue;
      const ordinary = this.ordinaryWords.has(word);
      const exact = this.names.peopleWith(word);
      if (word.length < 4 || ordinary || /\d/.test(word)) continue;
      // A name word with an ending ("Volodine") is known to the articles by its stem only: still a typo.
      const nameWithEnding = stem(word) !== word && this.names.has(stem(word));
      if (!exact && this.isKnownWord(word) && !nameWithEnding && !this.stemOfNameSlip(word))
        inArticles.push(i);
      else if (!exact && this.joinedName(word).length) for (const id of this.joinedName(word)) note(id, i, 1);
      else nearSpellings(i, word, exact !== undefined);
    }
    // A word some article has is corrected only beside an exact part of the same person's name
    // ("Čmilite-Nielsen" is Čmilytė-Nielsen), so that "Boris Johnson" never becomes two other people.
    for (const i of inArticles)
      nearSpellings(i, folded[i] as string, false, (id) =>
        [i - 1, i + 1].some((j) => candidates.get(id)?.positions.get(j) === 1),
      );
    this.notePartsMisspelt(folded, asked, candidates, note);
    for (const c of candidates.values()) c.score = [...c.positions.values()].reduce((a, b) => a + b, 0);

    const mentions: PersonMention[] = [];
    const used = new Set<number>();
    const ranked = [...candidates.values()].sort((a, b) => b.score - a.score || compareCodeUnits(a.id, b.id));
    for (const top of ranked) {
      const free = [...top.positions.keys()].filter((p) => !used.has(p));
      if (free.length === 0) continue;
      // A single short word ("Kim", "Lee") is a name only when it is a whole name or typed as one: typed
      // capitalised, the way the articles call that person alone ("Ma", "Li" for Ma Xiaoping, Li Zhanshu).
      const short = free.length === 1 && top.positions.size === 1 ? folded[free[0] as number] : undefined;
      if (
        short !== undefined &&
        short.length < 3 &&
        !(capitalised[free[0] as number] && this.calledAlone(top.id, short))
      )
        continue;
      const group = [top.id];
      const alternatives: string[] = [];
      for (const other of ranked) {
        if (other === top || ![...other.positions.keys()].some((p) => top.positions.has(p))) continue;
        if (this.samePerson(top.id, other.id)) group.push(other.id);
        else if (Math.abs(other.score - top.score) < 1e-9) alternatives.push(other.id);
      }
      for (const id of group) for (const p of candidates.get(id)?.positions.keys() ?? []) used.add(p);
      const positions = [...top.positions.keys()];
      const first = this.names.tokensOf(top.id)[0];
      const surnames = this.names.lastTokensOf(top.id);
      const givenNameOnly =
        first !== undefined && !surnames.includes(first) && positions.every((p) => folded[p] === first);
      const typed = positions.length === 1 ? folded[positions[0] as number] : undefined;
      const givenNameOfSomeone = [top.id, ...alternatives].some((id) => this.isGivenNameOf(id, typed));
      mentions.push({
        ids: group,
        start: Math.min(...positions),
        end: Math.max(...positions) + 1,
        alternatives,
        exact: [...top.positions.values()].some((q) => q === 1),
        ...(givenNameOnly ? { givenNameOnly } : {}),
        ...(givenNameOfSomeone ? { givenNameOfSomeone } : {}),
      });
    }
    return mentions.sort((a, b) => a.start - b.start);
  }

  private smallWordSurnamesByWord: Map<string, string[]> | undefined;

  // The people whose name or alias ends in a small word ("Anita Among", "Among"), by that word; built
  // on the first question that needs it.
  private smallWordSurnames(): Map<string, string[]> {
    if (this.smallWordSurnamesByWord) return this.smallWordSurnamesByWord;
    const byWord = new Map<string, string[]>();
    for (const person of this.people.values())
      for (const name of [person.name, ...person.aliases]) {
        const last = words(fold(name)).at(-1);
        if (last === undefined || !STOPWORDS.has(last) || last.length < 3) continue;
        const ids = byWord.get(last) ?? [];
        if (!ids.includes(person.id)) ids.push(person.id);
        byWord.set(last, ids);
      }
    this.smallWordSurnamesByWord = byWord;
    return byWord;
  }

  // Whether the articles call a person by this one word alone: an alias (or the name) that is just it.
  private calledAlone(id: string, word: string): boolean {
    const person = this.people.get(id);
    return person !== undefined && [person.name, ...person.aliases].some((n) => fold(n) === word);
  }

  // Whether a word is the first word of a person's name and none of their surnames.
  private isGivenNameOf(id: string, word: string | undefined): boolean {
    return (
      word !== undefined && this.names.tokensOf(id)[0] === word && !this.names.lastTokensOf(id).includes(word)
    );
  }

  // Name tokens spelled like a word; questions repeat names, so each word is searched once per fact base.
  private nearTokens(word: string): { item: string }[] {
    let hits = this.nearCache.get(word);
    if (!hits) {
      hits = this.nearNames.search(word, 8, CORRECTION_THRESHOLD);
      if (this.nearCache.size > 10_000) this.nearCache.clear();
      this.nearCache.set(word, hits);
    }
    return hits;
  }

  /**
   * A short part of a hyphenated name misspelt ("jni-pyo", "sey-kyn" for Sye-kyun): too short to be
   * corrected alone, it is read with the word beside it, a word of the same person's name typed right
   * (or read as a slip of theirs: "brawn-larnt"), when the two together are a typo (isTypoOf) of two
   * words side by side in that name.
   */
  private notePartsMisspelt(
    folded: string[],
    asked: (i: number, word: string) => boolean,
    candidates: Map<string, Candidate>,
    note: (id: string, position: number, quality: number) => void,
  ): void {
    for (let i = 0; i + 1 < folded.length; i++) {
      const pair = [folded[i] as string, folded[i + 1] as string];
      // A particle ("bin", "al") is no misspelt part: "bin abdullah" is not "bint Abdullah".
      if (!pair.every((w, k) => asked(i + k, w) && !/\d/.test(w) && !NAME_PARTICLES.has(w))) continue;
      const holders = pair.map((w) => this.names.peopleWith(w));
      if (holders[0] && holders[1]) continue;
      const typed = pair.join("");
      // Neither half typed right ("brawn-larnt"): the people one half was already read as a slip of.
      const noted = [...candidates.values()]
        .filter((c) => c.positions.has(i) || c.positions.has(i + 1))
        .map((c) => c.id);
      for (const id of holders[0] ?? holders[1] ?? [...noted, ...this.joinedSlip(pair)]) {
        const known = candidates.get(id)?.positions;
        if (known?.has(i) && known.has(i + 1)) continue;
        const tokens = this.names.tokensOf(id);
        const joined = tokens.slice(1).map((t, k) => `${tokens[k]}${t}`);
        const best = joined.filter((j) => isTypoOf(typed, j));
        if (!best.length) continue;
        const sim = Math.max(...best.map((j) => similarity(typed, j)));
        note(id, i, 0.9 * sim);
        note(id, i + 1, 0.9 * sim);
      }
    }
  }

  /**
   * The people whose hyphenated name two words typed side by side are, the hyphen put a letter off
   * ("wons-hik", "seun-gmin" for Won-shik, Seung-min) or a letter slipped besides ("seug-min"): the two
   * joined are the name's two parts joined, or one slip from them. Ordinary words are never read so.
   */
  private joinedSlip(pair: string[]): string[] {
    const typed = pair.join("");
    if (typed.length > MAX_JOINED || pair.some((w) => this.ordinaryWords.has(w))) return [];
    const joined = this.hyphenatedJoined();
    const exact = joined.get(typed);
    if (exact) return exact;
    return [...new Set(oneSlipNames(typed, (v) => joined.has(v)).flatMap((v) => joined.get(v) ?? []))];
  }

  // The two parts of every hyphenated name joined ("wonshik"), with the people who bear it: built on the
  // first look-up, so that loading a fact base does not pay for it.
  private hyphenatedJoined(): Map<string, string[]> {
    if (!this.joinedParts) {
      const joined = new Map<string, string[]>();
      for (const [id, person] of this.people)
        for (const name of [person.name, ...person.aliases])
          for (const [, head, tail] of name.matchAll(/(\p{L}+)-(\p{L}+)/gu)) {
            const key = fold(`${head}${tail}`);
            const ids = joined.get(key) ?? [];
            if (!ids.includes(id)) ids.push(id);
            joined.set(key, ids);
          }
      this.joinedParts = joined;
    }
    return this.joinedParts;
  }

  // Near spellings (see nearTokens), and the name words one or two slips from the word that fuse misses:
  // a swap of two letters, which it counts as two edits ("koevr" for Kövér), or a short word that fuse
  // finds inside many longer names, which crowd out the one it is a slip of ("mata" for Matha). Every
  // word one slip away is looked up exactly (one-slip.ts); in a long word with nothing near, the word
  // with two neighbours swapped back is searched near ("babolyn", a swap and a missing letter, for
  // Babloyan). A search with a looser threshold would find them too, but scans every name word of a
  // large base (tens of milliseconds a word).
  private nearOrTypoTokens(word: string): { item: string }[] {
    const near = this.nearTokens(word);
    const found = new Set(near.map((hit) => hit.item));
    const swapped: string[] = [];
    for (let i = 0; i + 1 < word.length; i++)
      if (word[i] !== word[i + 1])
        swapped.push(`${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`);
    const extra = swapped.filter((v) => !found.has(v) && this.names.has(v)).map((item) => ({ item }));
    const key = spellingKey(word);
    // What the caller keeps (see nearSpellings): a typo that keeps the first letter, or a transliteration.
    const fits = (item: string) =>
      (isTypoOf(word, item) && !otherFirstLetter(word, item)) || spellingKey(item) === key;
    if (extra.length || near.some((hit) => fits(hit.item))) return [...near, ...extra];
    // Nothing near fits: fuse may have kept longer names that hold the word's letters instead ("mata").
    extra.push(...oneSlipNames(word, (v) => !found.has(v) && this.names.has(v)).map((item) => ({ item })));
    if (extra.length || word.length < 6) return [...near, ...extra];
    for (const variant of swapped)
      for (const hit of this.nearTokens(variant))
        if (!found.has(hit.item) && fits(hit.item)) {
          found.add(hit.item);
          extra.push(hit);
        }
    return [...near, ...extra];
  }

  /**
   * Whether the articles may know a word only as the stem of a name it lacks the last letter of: "cairn"
   * (Cairns), "kobakhidz" (Kobakhidze) have the stem its stemmer gives the name.
   * Such a word is no other word of the articles, and is read as the name misspelt.
   */
  private stemOfNameSlip(word: string): boolean {
    const root = stem(word);
    for (const letter of LAST_LETTERS) {
      const name = `${word}${letter}`;
      if (this.names.has(name) && stem(name) === root) return true;
    }
    return false;
  }

  /**
   * The people whose name has a word typed without its hyphen or space: "jinpyo" for Kim Jin-pyo,
   * "alkashf" for Al-Kashf (a particle before a surname), "kulmukhammed" for Kul-Mukhammed.
   */
  private joinedName(word: string): string[] {
    const found = new Set<string>();
    for (let k = 2; k <= word.length - 2; k++) {
      const head = word.slice(0, k);
      const tail = word.slice(k);
      const tailIds = this.names.peopleWith(tail) ?? [];
      if (NAME_PARTICLES.has(head)) {
        for (const id of tailIds) if (this.names.lastTokensOf(id).includes(tail)) found.add(id);
        continue;
      }
      for (const id of this.names.peopleWith(head) ?? []) {
        const tokens = this.names.tokensOf(id);
        const at = tokens.indexOf(head);
        if (tailIds.includes(id) && tokens[at + 1] === tail) found.add(id);
      }
    }
    return [...found];
  }

  /**
   * Whether two entries look like one person spelled two ways: a surname alike, and their other
   * names (when both have any) alike too. "Erlan Koshanov" and "Yerlan Koshanov" are; "Dariga
   * Nazarbayeva" and "Nursultan Nazarbayev" are not.
   */
  samePerson(a: string, b: string): boolean {
    // Remembered: a name many entries bear is compared entry by entry with every other, question after question.
    const key = `${a}\n${b}`;
    let same = this.sameCache.get(key);
    if (same === undefined) {
      same = this.compareEntries(a, b);
      if (this.sameCache.size >= 100_000) this.sameCache.clear();
      this.sameCache.set(key, same);
    }
    return same;
  }

  // samePerson, worked out.
  private compareEntries(a: string, b: string): boolean {
    const ta = this.names.tokensOf(a);
    const tb = this.names.tokensOf(b);
    // Entries of one name spelled alike (a name many reports give, each its own entry) are the same
    // person without comparing every word with every other: what the rules below conclude for them.
    if (ta.length > 0 && sameWords(ta, tb)) return true;
    const alike = (x: string, y: string) => similarity(x, y) >= 0.8;
    const sharedA = ta.filter((x) => tb.some((y) => alike(x, y)));
    const sharedB = tb.filter((y) => ta.some((x) => alike(x, y)));
    if (sharedA.length === 0) return false;
    const restA = ta.filter((x) => !sharedA.includes(x));
    const restB = tb.filter((y) => !sharedB.includes(y));
    // The same given name and surnames a transliteration apart ("Ziyafat Askerov", "Ziyafat Asgarov"):
    // one person, as the two letters of a long surname are how transliterations differ.
    if (restA.length === 1 && restB.length === 1 && isTypoOf(restA[0] as string, restB[0] as string))
      return sharedA.some((x) => x.length >= 4 && tb.includes(x)) || this.transliteratedAlike(a, b, sharedA);
    // Given names two letters apart too ("Sergei", "Sergy"): the same when the rest holds.
    if (
      restA.length === 1 &&
      restB.length === 1 &&
      restA[0]?.[0] === restB[0]?.[0] &&
      typoDistance(restA[0] as string, restB[0] as string) <= 2
    )
      return this.transliteratedAlike(a, b, sharedA);
    // Both have a given name and none of them agree: two people. Two words alike count once per side:
    // four spellings of one surname ("Ashimbayev", "Ashimbaev") are still one word shared.
    return !(restA.length > 0 && restB.length > 0 && Math.min(sharedA.length, sharedB.length) < 2);
  }

  /**
   * Two names of two words each, both transliterated another way ("Sergei Naryshkin", "Sergy
   * Naryshikin"), of people of one recorded country: one person spelled by two outlets. A long surname
   * a letter apart is required, so that two relatives or namesakes of a short name stay two.
   */
  private transliteratedAlike(a: string, b: string, shared: string[]): boolean {
    const ca = this.people.get(a)?.country;
    const surname = shared.find((x) => x.length >= 7);
    return (
      ca !== undefined && ca === this.people.get(b)?.country && surname !== undefined && shared.length === 1
    );
  }

  /** The closest known names to some words, for "Did you mean ...?": only names spelled alike. */
  suggest(text: string, limit = 3): string[] {
    const typed = words(fold(text));
    // Each word with the base forms the resolver reads it as (parse.ts): a case form, "Доманевым" or
    // "Доманевпен", is suggested what its nominative is; its ending alone would put it too far off.
    const bases = caseBases(text);
    const all = typed
      .filter((w) => w.length >= 4)
      .map((word) => ({ word, forms: [word, ...(bases.get(word) ?? [])] }));
    // In a full name, a word someone else has exactly (a shared first name) suggests no one; the others
    // are matched to surnames only below (an alike given name, "Marton", suggests no one either).
    const folded = all.length > 1 ? all.filter(({ forms }) => !forms.some((f) => this.names.has(f))) : all;
    const out: string[] = [];
    const hits = folded.flatMap(({ word, forms }) =>
      forms.flatMap((w) =>
        this.nearNames
          .search(w, 5, SUGGESTION_THRESHOLD)
          // A word two slips from a name (isTypoOf) is no longer read as that person (clear-slip.ts), so
          // it is offered here even where those slips change most of its letters ("dlomnaov" for Dolmanov).
          .filter(
            (hit) => (spelledAlike(w, hit.item) || isTypoOf(w, hit.item)) && !otherFirstLetter(w, hit.item),
          )
          .map((hit) => ({ ...hit, word, score: 1 - similarity(w, hit.item) })),
      ),
    );
    hits.sort((a, b) => a.score - b.score);
    // A given name spelled like a surname typed is someone else ("Batet" is not Batyr Rejepov).
    for (const hit of hits)
      for (const id of this.names.peopleWith(hit.item) ?? []) {
        if (!this.names.lastTokensOf(id).includes(hit.item)) continue;
        if (!this.inTheSamePlace(id, typed, hit.word, hit.item)) continue;
        const name = this.people.get(id)?.name;
        if (name && !out.includes(name) && out.length < limit) out.push(name);
      }
    return out;
  }

  /**
   * Whether a word of a full name typed stands where the name word it is spelled like stands in one of
   * the person's full names: the last word typed is the last of theirs, the first the first. "Han Zheng"
   * is not "Zhang Dejiang" (whose "Zhang" comes first), though "Ana Karovik" may be "Ivo Karovic". A name
   * of one word typed may be any of theirs.
   */
  private inTheSamePlace(id: string, typed: string[], word: string, nameWord: string): boolean {
    if (typed.length < 2) return true;
    const at = typed.indexOf(word);
    const person = this.people.get(id);
    if (!person) return false;
    return [person.name, ...person.aliases]
      .map((n) => words(fold(n)))
      .filter((w) => w.length > 1)
      .some((w) =>
        at === typed.length - 1 ? w.at(-1) === nameWord : at === 0 ? w[0] === nameWord : w.includes(nameWord),
      );
  }

  /** Whether a folded word is a word of one person's name ("pyo" of Kim Jin-pyo). */
  hasNameWord(id: string, word: string): boolean {
    return this.names.tokensOf(id).includes(word);
  }

  /**
   * Whether a folded word is someone's given name: the first word of a name of theirs of several words
   * (an article may have called them by it alone too: "Natalya").
   */
  isGivenName(word: string): boolean {
    return (this.names.peopleWith(word) ?? []).some((id) => {
      const person = this.people.get(id);
      return (
        person !== undefined &&
        [person.name, ...person.aliases].some((n) => {
          const w = words(fold(n));
          return w.length > 1 && w[0] === word;
        })
      );
    });
  }

  /** Whether a folded word is a word of some person's name ("woo", "koshanov"). */
  isNameWord(word: string): boolean {
    return this.names.has(word);
  }

  /** Whether a word is spelled like some known name (a typo of it, not merely sharing letters). */
  looksLikeAName(word: string): boolean {
    return word.length >= 4 && this.nearTokens(word).some((hit) => spelledAlike(word, hit.item));
  }
}

// Whether two lists of words (each without repeats) hold the same words.
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w) => b.includes(w));
}

// The folded base forms each Cyrillic word of a text may be a case form of, by the word folded, as the
// resolver reads a name (parse.ts nameForm); a stem under four letters is too short to suggest from.
function caseBases(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const word of text.match(/\p{Script=Cyrillic}+/gu) ?? []) {
    const bases = baseForms(word).slice(1).map(foldCyrillic);
    const key = fold(word);
    const known = out.get(key) ?? [];
    for (const base of bases) if (base.length >= 4 && base !== key && !known.includes(base)) known.push(base);
    if (known.length) out.set(key, known);
  }
  return out;
}

/**
 * Whether a short word differs from a name word by two letters or more, one of them its first: typists
 * seldom miss the first letter, so "Bosman" is not Gusman, though "Zheenbekov" may be "Jeenbekov"
 * (long words: a transliteration more likely than a slip).
 */
function otherFirstLetter(typed: string, name: string): boolean {
  return typed[0] !== name[0] && Math.min(typed.length, name.length) < 8 && typoDistance(typed, name) >= 2;
}

/**
 * Whether two words are one name spelled differently: most letters alike ("Koshanof", "Koshanov"), or
 * alike enough and starting the same ("carins", "cairns"); "Biden" and "Hien" share letters, not a name.
 */
function spelledAlike(a: string, b: string): boolean {
  const sim = similarity(a, b);
  return sim >= 0.75 || (sim >= 0.6 && a[0] === b[0]);
}
