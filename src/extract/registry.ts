/**
 * The people of the whole fact base: one entry per person across articles, whatever the spelling
 * ("Nigmatulin" / "Nigmatullin", "Erlan" / "Yerlan Koshanov", "Dashzegve Amarbayasgalan" /
 * "Dashzegviin Amarbayasgalan"), while two people with merely similar names stay two.
 */
import type { Person, Role } from "../facts/types.ts";
import { nameMatches, nameWords, pickFullName } from "./people.ts";
import { nameKey } from "./similar.ts";

/** A person being collected across articles. */
interface Entry {
  person: Person;
  forms: string[];
  /** In how many articles each form was used. */
  formCounts: Map<string, number>;
  /** title + article of every role recorded, to add each once. */
  roleKeys: Set<string>;
  countries: Map<string, number>;
}

/** Collects people across articles and answers which entry a name belongs to. */
export class PeopleRegistry {
  private readonly entries: Entry[] = [];
  private readonly byPrefix = new Map<string, Entry[]>();
  private readonly usedIds = new Set<string>();
  private readonly byForm = new Map<string, Entry>();

  /** Starts from the people of an existing fact base (for merging new articles into it). */
  constructor(existing: Person[] = []) {
    for (const p of existing) {
      const entry: Entry = {
        person: { ...p, aliases: [...p.aliases], roles: [...p.roles] },
        forms: [p.name, ...p.aliases],
        formCounts: new Map([[p.name, 1]]),
        roleKeys: new Set(p.roles.map((r) => `${r.title}\u0000${r.articleId}`)),
        countries: new Map(),
      };
      if (p.country) entry.countries.set(p.country, 1);
      this.usedIds.add(p.id);
      this.index(entry, entry.forms);
      this.entries.push(entry);
    }
  }

  /**
   * The id of the person known by these name forms (from one article), adding them when new.
   * `country` vetoes a match with someone of another country.
   */
  resolve(forms: string[], country: string | undefined, roles: Role[]): string {
    const entry = this.find(forms, country) ?? this.create(forms);
    const added = forms.filter((f) => !entry.forms.includes(f));
    for (const f of forms) entry.formCounts.set(f, (entry.formCounts.get(f) ?? 0) + 1);
    entry.forms.push(...added);
    if (country) entry.countries.set(country, (entry.countries.get(country) ?? 0) + 1);
    // One role per title and article; a set keeps this check constant-time for people seen thousands of times.
    for (const r of roles) {
      const key = `${r.title}\u0000${r.articleId}`;
      if (entry.roleKeys.has(key)) continue;
      entry.roleKeys.add(key);
      entry.person.roles.push(r);
    }
    this.index(entry, added);
    return entry.person.id;
  }

  /** The people collected, each with its fullest name, other spellings and most frequent country. */
  people(): Person[] {
    return this.entries.map((e) => {
      const name = pickFullName(e.forms, e.formCounts);
      const country = [...e.countries.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? e.person.country;
      return {
        ...e.person,
        name,
        aliases: e.forms.filter((f) => f !== name),
        ...(country ? { country } : {}),
      };
    });
  }

  private find(allForms: string[], country: string | undefined): Entry | undefined {
    // A person named in full is matched by full names only: a shared surname ("Dariga Sadykov",
    // "Nurlan Sadykov") must not make two people one. A lone surname is matched as it can be.
    const full = (fs: string[]) => fs.filter((f) => nameWords(f).length > 1);
    const forms = full(allForms).length ? full(allForms) : allForms;
    const known = (e: Entry) => (forms === allForms || !full(e.forms).length ? e.forms : full(e.forms));
    // Most names were seen before spelt just so: an exact lookup spares the fuzzy comparison.
    for (const f of forms) {
      const exact = this.byForm.get(formKey(f));
      if (exact && !(country && exact.countries.size && !exact.countries.has(country))) return exact;
    }
    const candidates = new Set<Entry>();
    for (const f of forms)
      for (const w of nameWords(f))
        for (const e of this.byPrefix.get(nameKey(w).slice(0, 3)) ?? []) candidates.add(e);
    const matches = [...candidates].filter((e) => {
      if (country && e.countries.size && !e.countries.has(country)) return false;
      return forms.some((f) => strongMatch(f, known(e)));
    });
    if (matches.length <= 1) return matches[0];
    // Several people fit a short form ("Tokayev"): take the one sharing the country, else the most seen.
    return matches.sort(
      (a, b) =>
        Number(!!country && b.countries.has(country)) - Number(!!country && a.countries.has(country)) ||
        b.forms.length - a.forms.length,
    )[0];
  }

  private create(forms: string[]): Entry {
    const name = pickFullName(forms);
    const base = slug(name) || "person";
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
    this.usedIds.add(id);
    const entry: Entry = {
      person: { id, name, aliases: [], roles: [] },
      forms: [],
      formCounts: new Map(),
      roleKeys: new Set(),
      countries: new Map(),
    };
    this.entries.push(entry);
    return entry;
  }

  private index(entry: Entry, forms: string[]): void {
    for (const f of forms) if (nameWords(f).length > 1 || f.length >= 6) this.byForm.set(formKey(f), entry);
    for (const f of forms)
      for (const w of nameWords(f)) {
        const key = nameKey(w).slice(0, 3);
        const list = this.byPrefix.get(key) ?? [];
        if (!list.includes(entry)) list.push(entry);
        this.byPrefix.set(key, list);
      }
  }
}

// A name's words in comparable form, in any order ("Dashzegve Amarbayasgalan" = "Amarbayasgalan Dashzegve").
const formKey = (form: string) => nameWords(form).map(nameKey).sort().join(" ");

// Across articles a lone word must be a long surname to count ("Zandanshatar" yes, "Hao" no).
function strongMatch(form: string, known: string[]): boolean {
  const words = nameWords(form);
  if (words.length === 1 && (words[0] as string).length < 6) return known.includes(form);
  return nameMatches(form, known);
}

/** A readable id for a name: "Erlan Koshanov" → "erlan-koshanov". */
export function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
