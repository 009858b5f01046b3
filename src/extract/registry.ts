/**
 * The people of the whole fact base: one entry per person across articles, whatever the spelling
 * ("Nigmatulin" / "Nigmatullin", "Erlan" / "Yerlan Koshanov", "Dashzegve Amarbayasgalan" /
 * "Dashzegviin Amarbayasgalan"), while two people with merely similar names stay two.
 */
import type { Person, Role } from "../facts/types.ts";
import { stripDiacritics } from "../text/normalize.ts";
import { exactCopy, withAdded } from "./exact-lists.ts";
import { NameIndex } from "./name-index.ts";
import { nameMatches, nameWordKeys, nameWords, pickFullName } from "./people.ts";

/** A person being collected across articles. */
interface Entry {
  /** Order of creation: candidates are compared in it, so ties go to the person seen first. */
  serial: number;
  person: Person;
  forms: string[];
  /** The forms of `forms` written in full (more than one name word), in the same order. */
  fullForms: string[];
  /**
   * In how many articles each form of `forms` was used, at the same index. Plain arrays rather than a
   * Map or Set per person: tens of thousands of people each with three small hash tables were some
   * 40 MB of a 16,000-article base; a person has a handful of forms and one or two countries.
   */
  formCounts: number[];
  /** The countries the person was given, in order of first sight, and how often each. */
  countries: string[];
  countryCounts: number[];
  /**
   * Countries an article only guessed from where it stands ({@link LocalPerson.countryGuessed}): they
   * neither keep the person apart from a namesake of another country nor outweigh a country stated.
   */
  guesses?: string[];
  guessCounts?: number[];
}

/** Collects people across articles and answers which entry a name belongs to. */
export class PeopleRegistry {
  private readonly entries: Entry[] = [];
  /** Words of names written in full ("Erlan Koshanov"), by their near variants. */
  private fullWords = new NameIndex<Entry>();
  /** Words of names written alone ("Koshanov"). */
  private loneWords = new NameIndex<Entry>();
  private usedIds = new Set<string>();
  private byForm = new Map<string, Entry>();
  /** Each entry by its person's id, for {@link mentionedIn}. */
  private byId = new Map<string, Entry>();
  /** Set by {@link close}: the lookups are gone, only the people are left. */
  private closed = false;

  /** Starts from the people of an existing fact base (for merging new articles into it). */
  constructor(existing: Person[] = []) {
    for (const p of existing) {
      const entry: Entry = {
        serial: this.entries.length,
        person: { ...withoutGuessedCountry(p), aliases: [...p.aliases], roles: [...p.roles] },
        forms: [p.name, ...p.aliases],
        fullForms: [p.name, ...p.aliases].filter(isFullForm),
        formCounts: [1, ...p.aliases.map(() => 0)],
        // A country the base only guessed stays a guess: a stated one from a new article outweighs it.
        countries: p.country && !p.countryGuessed ? [p.country] : [],
        countryCounts: p.country && !p.countryGuessed ? [1] : [],
        ...(p.country && p.countryGuessed ? { guesses: [p.country], guessCounts: [1] } : {}),
      };
      this.usedIds.add(p.id);
      this.byId.set(p.id, entry);
      if (p.mentionedIn) entry.person.mentionedIn = [...p.mentionedIn];
      this.index(entry, entry.forms);
      this.entries.push(entry);
    }
  }

  /**
   * The id of the person known by these name forms (from one article), adding them when new.
   * `country` vetoes a match with someone of another country.
   */
  resolve(forms: string[], country: string | undefined, roles: Role[], guessed = false): string {
    if (this.closed) throw new Error("the people registry is closed: no more names can be resolved");
    const entry = this.find(forms, guessed ? undefined : country) ?? this.create(forms);
    // The entry's lists are kept for the whole run: grown at their exact length (exact-lists.ts).
    const added = forms.filter((f) => !entry.forms.includes(f));
    if (added.length) {
      entry.forms = withAdded(entry.forms, added);
      entry.formCounts = withAdded(
        entry.formCounts,
        added.map(() => 0),
      );
      entry.fullForms = withAdded(entry.fullForms, added.filter(isFullForm));
    }
    for (const f of forms) (entry.formCounts[entry.forms.indexOf(f)] as number)++;
    if (country && guessed) {
      const guesses = entry.guesses ?? [];
      const k = guesses.indexOf(country);
      if (k >= 0 && entry.guessCounts) entry.guessCounts[k] = (entry.guessCounts[k] ?? 0) + 1;
      else {
        entry.guesses = withAdded(guesses, [country]);
        entry.guessCounts = withAdded(entry.guessCounts ?? [], [1]);
      }
    } else if (country) {
      const k = entry.countries.indexOf(country);
      if (k >= 0) (entry.countryCounts[k] as number)++;
      else {
        entry.countries = withAdded(entry.countries, [country]);
        entry.countryCounts = withAdded(entry.countryCounts, [1]);
      }
    }
    // One role per title and article. An article's roles are added together (articles come one after
    // another), so they are the last ones listed: the check reads those only, constant-time for people
    // seen thousands of times.
    const newRoles: Role[] = [];
    for (const r of roles) if (!hasRole(entry.person.roles, r) && !hasRole(newRoles, r)) newRoles.push(r);
    entry.person.roles = withAdded(entry.person.roles, newRoles);
    this.index(entry, added);
    return entry.person.id;
  }

  /** Records that an article names the person (by id) without a role or a meeting. */
  mentionedIn(id: string, articleId: string): void {
    const person = this.byId.get(id)?.person;
    if (!person || person.mentionedIn?.at(-1) === articleId) return;
    person.mentionedIn = withAdded(person.mentionedIn ?? [], [articleId]);
  }

  /**
   * Lets go of the lookups (the index of name variants, some 30 MB at 16,000 articles, and the tables
   * of forms and ids) once every article is resolved, so that they are not held while the fact base
   * is assembled and written. {@link people} still answers; {@link resolve} no longer does.
   */
  close(): void {
    this.closed = true;
    this.fullWords = new NameIndex<Entry>();
    this.loneWords = new NameIndex<Entry>();
    this.usedIds = new Set<string>();
    this.byForm = new Map<string, Entry>();
    this.byId = new Map<string, Entry>();
  }

  /** The people collected, each with its fullest name, other spellings and most frequent country. */
  people(): Person[] {
    return this.entries.map((e) => {
      const counts = new Map<string, number>();
      e.forms.forEach((f, k) => {
        if (!counts.has(f)) counts.set(f, e.formCounts[k] as number);
      });
      const name = pickFullName(e.forms, counts);
      // A country stated wins over any number of guesses; guesses alone that disagree give none.
      const country = mostFrequent(e) ?? e.person.country;
      // Marked when no article stated it, so that a later merge (ingest) weighs it as the guess it is.
      const guessed = !!country && !e.countries.length && !!e.guesses?.includes(country);
      return {
        ...e.person,
        name,
        aliases: exactCopy(e.forms.filter((f) => f !== name)),
        ...(country ? { country } : {}),
        ...(guessed ? { countryGuessed: true as const } : {}),
      };
    });
  }

  private find(allForms: string[], country: string | undefined): Entry | undefined {
    // A person named in full is matched by full names only: a shared surname ("Dariga Sadykov",
    // "Nurlan Sadykov") must not make two people one. A lone surname is matched as it can be.
    const fullForms = allForms.filter(isFullForm);
    const forms = fullForms.length ? fullForms : allForms;
    // Each entry keeps its full forms as they come: not filtered again for every candidate of every name.
    const known = (e: Entry) => {
      if (forms === allForms) return e.forms;
      return e.fullForms.length ? e.fullForms : e.forms;
    };
    // Most names were seen before spelt just so: an exact lookup spares the fuzzy comparison.
    for (const f of forms) {
      const exact = this.byForm.get(formKey(f));
      if (exact && !(country && exact.countries.length && !exact.countries.includes(country))) return exact;
    }
    const candidates = this.candidates(forms, forms !== allForms);
    const matches = candidates.filter((e) => {
      if (country && e.countries.length && !e.countries.includes(country)) return false;
      const names = known(e);
      return forms.some((f) => strongMatch(f, names));
    });
    if (matches.length <= 1) return matches[0];
    // Several people fit a short form ("Tokayev"): take the one sharing the country, else the most seen.
    return matches.sort(
      (a, b) =>
        Number(!!country && b.countries.includes(country)) -
          Number(!!country && a.countries.includes(country)) || b.forms.length - a.forms.length,
    )[0];
  }

  private create(forms: string[]): Entry {
    const name = pickFullName(forms);
    const base = slug(name) || "person";
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
    this.usedIds.add(id);
    const entry: Entry = {
      serial: this.entries.length,
      person: { id, name, aliases: [], roles: [] },
      forms: [],
      fullForms: [],
      formCounts: [],
      countries: [],
      countryCounts: [],
    };
    this.entries.push(entry);
    this.byId.set(id, entry);
    return entry;
  }

  /**
   * The people who may bear one of these forms: those sharing a near variant of a word with them,
   * found by the index rather than by comparing with everyone. A form in full matches a person known
   * in full only if at least two of its words match, so the biggest bucket of a form (a common given
   * name shared by thousands) can be left out when it is big: the person is in another one too.
   */
  private candidates(forms: string[], inFull: boolean): Entry[] {
    const found = new Set<Entry>();
    for (const f of forms) {
      const words = nameWords(f);
      // The buckets are sized only where one may be left out: counting reads every near variant of
      // every word, as costly as the lookup itself.
      const mayLeaveOut = inFull && words.length > 1;
      const sizes = mayLeaveOut ? words.map((w) => this.fullWords.count(w)) : [];
      const biggest = sizes.indexOf(Math.max(...sizes));
      words.forEach((w, k) => {
        if (mayLeaveOut && k === biggest && (sizes[k] as number) > BIG_BUCKET) return;
        for (const e of this.fullWords.near(w)) found.add(e);
      });
      for (const w of words) for (const e of this.loneWords.near(w)) found.add(e);
    }
    return [...found].sort((a, b) => a.serial - b.serial);
  }

  private index(entry: Entry, forms: string[]): void {
    for (const f of forms) if (nameWords(f).length > 1 || f.length >= 6) this.byForm.set(formKey(f), entry);
    for (const f of forms) {
      const words = nameWords(f);
      const index = words.length > 1 ? this.fullWords : this.loneWords;
      for (const w of words) index.add(w, entry);
    }
  }
}

// The country an entry is given most often. A country some article states wins over any number of
// guesses, which only break a tie between stated countries; among equals, the first seen. A guess is
// where the report stands, so how many there are measures which outlets name the person bare ("President
// X" in reports from two countries), not whose they are: in a corpus drawn mostly from one country's
// outlets, a foreign head of state named bare is guessed of that country more often than of his own.
// For the same reason guesses alone that disagree give no country, however many articles each has (the
// majority is the likelier wrong one, and no country is better than a wrong one); guesses that all agree
// still give theirs.
function mostFrequent(e: Entry): string | undefined {
  const guesses = e.guesses ?? [];
  const guessCount = (c: string) => e.guessCounts?.[guesses.indexOf(c)] ?? 0;
  if (!e.countries.length) return guesses.length === 1 ? guesses[0] : undefined;
  let best: string | undefined;
  let most = 0;
  let mostGuessed = 0;
  for (const [k, c] of e.countries.entries()) {
    const n = e.countryCounts[k] ?? 0;
    if (n > most || (n === most && guessCount(c) > mostGuessed)) {
      best = c;
      most = n;
      mostGuessed = guessCount(c);
    }
  }
  return best;
}

// A person of a stored base without a guessed country: the registry keeps the guess among its guesses,
// and {@link PeopleRegistry.people} gives it back (marked) only while it is still the only evidence, so
// that another guess from a new article leaves the person with no country, as extracting both would.
function withoutGuessedCountry(p: Person): Person {
  if (!p.countryGuessed) return p;
  const { countryGuessed: _, country: __, ...rest } = p;
  return rest;
}

// Whether `roles` already has this title for this role's article. The roles of the article being read
// are the last ones of the list (an article's people are resolved before the next article's).
function hasRole(roles: Role[], role: Role): boolean {
  for (let i = roles.length - 1; i >= 0 && roles[i]?.articleId === role.articleId; i--)
    if (roles[i]?.title === role.title) return true;
  return false;
}

// Whether a form names a person in full (more than one name word), not by one word alone.
const isFullForm = (form: string) => nameWords(form).length > 1;

// Buckets up to this size are read whole, so that results stay those of comparing with everyone.
const BIG_BUCKET = 64;

// A name's words in comparable form, in any order ("Dashzegve Amarbayasgalan" = "Amarbayasgalan Dashzegve").
const formKey = (form: string) => [...nameWordKeys(form)].sort().join(" ");

// Across articles a lone word must be a long surname to count ("Zandanshatar" yes, "Hao" no).
// A one-word form shorter than six letters matches only itself. (A known form without a name word,
// "X." or an initial alone, matches nothing: nameMatches sees to that.)
function strongMatch(form: string, known: string[]): boolean {
  const words = nameWords(form);
  if (words.length === 1 && (words[0] as string).length < 6) return known.includes(form);
  return nameMatches(form, known);
}

/** A readable id for a name: "Erlan Koshanov" → "erlan-koshanov". */
export function slug(name: string): string {
  return stripDiacritics(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
