/**
 * The country gazetteer of the query core: country names, short forms and adjectives from the
 * world-countries package, plus the extra names and parliaments of data/countries-extra.json
 * ("Kazakh", "the Duma", "the Khural"). Countries are compared by their ISO alpha-3 code, so that
 * "Türkiye", "Turkey" and "Turkish" are one country whatever spelling the fact base holds.
 */
import type { Country } from "world-countries";
import worldCountries from "world-countries";
import cities from "../extract/data/gazetteer.json" with { type: "json" };
import { cityNameGroups } from "../text/city-spellings.ts";
import { fold, isLatin, tokenize } from "../text/normalize.ts";
import extra from "./data/countries-extra.json" with { type: "json" };

/** A country found in a question, by token positions. */
export interface CountryMention {
  code: string;
  /** First token and one past the last token of the mention. */
  start: number;
  end: number;
}

interface Phrase {
  tokens: string[];
  code: string;
  /** Short forms ("US", "UK") count only when typed in capitals, so that "tell us" is not America. */
  capitals: boolean;
}

/** Finds countries in text and gives every spelling of a country one code. */
export class CountryGazetteer {
  private readonly byFirstToken = new Map<string, Phrase[]>();
  private readonly byPhrase = new Map<string, string>();
  private readonly names = new Map<string, string>();
  private readonly codes = new Map<string, string | undefined>();
  /** Cities (capitals, and those of the extraction gazetteer) and the country they are in. */
  private readonly cities = new Map<string, string>();
  /** How each city (by its folded name) is written: "nur sultan" → "Nur-Sultan". */
  private readonly cityNames = new Map<string, string>();
  /** The folded words of the cities of more than one word ("nur sultan"), by their first word, longest first. */
  private readonly cityPhrases = new Map<string, string[][]>();
  /** The folded names of parliaments ("majilis", "state duma") that also tell a country. */
  private readonly bodies = new Set<string>();

  constructor() {
    // States first: a name or demonym a state shares with a territory ("American" with the Northern
    // Mariana Islands, "French" with the French Southern Territories) is the state's.
    const states = [...countryList()].sort((a, b) => Number(b.unMember) - Number(a.unMember));
    for (const c of states) {
      this.names.set(c.cca3, c.name.common);
      const forms = [c.name.common, c.name.official, c.demonyms?.eng?.m, c.demonyms?.eng?.f];
      // Other spellings, but not the two-letter codes ("IN", "NO" are words).
      forms.push(...c.altSpellings.filter((s) => s.length > 3));
      for (const form of forms) if (form) this.add(form, c.cca3);
    }
    // People of a country in the plural ("which Americans did X meet?", "the Kazakhs"): the country its
    // singular names, which several countries may share ("American").
    for (const c of states)
      for (const demonym of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
        const plural = pluralDemonym(demonym);
        const code = demonym && this.byPhrase.get(fold(demonym));
        if (plural && code) this.add(plural, code);
      }
    for (const c of countryList()) for (const capital of c.capital ?? []) this.addCity(capital, c.cca3);
    for (const [city, country] of Object.entries(cities.cities as Record<string, string>)) {
      const code = this.byPhrase.get(fold(country));
      if (code) this.addCity(city, code);
    }
    // Every name of a city is in the country of the one the gazetteer knows ("Kiev", "Ulan Bator").
    for (const group of cityNameGroups()) {
      const code = group.map((name) => this.cities.get(fold(name))).find((c) => c !== undefined);
      if (code) for (const name of group) if (!this.cities.has(fold(name))) this.addCity(name, code);
    }
    for (const city of this.cities.keys()) {
      const tokens = city.split(" ");
      if (tokens.length < 2) continue;
      const list = this.cityPhrases.get(tokens[0] as string) ?? [];
      list.push(tokens);
      this.cityPhrases.set(tokens[0] as string, list);
    }
    for (const list of this.cityPhrases.values()) list.sort((a, b) => b.length - a.length);
    for (const forms of Object.values(extra.bodies as Record<string, string[]>))
      for (const f of forms) this.bodies.add(fold(f));
    const groups = [extra.names, extra.bodies] as Record<string, string[]>[];
    for (const group of groups)
      for (const [code, forms] of Object.entries(group)) for (const f of forms) this.add(f, code);
    // Longest phrase first; the sort is stable, so phrases of one length keep the order they came in.
    for (const list of this.byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  /** Adds a spelling of a country; the constructor sorts the lists once all are in. */
  private add(form: string, code: string): void {
    // Checked before folding: a name in another script is dropped without being transliterated.
    if (!isLatin(form)) return;
    const tokens = fold(form).split(" ").filter(Boolean);
    if (!tokens.length) return;
    const key = tokens.join(" ");
    // A phrase already known (for this country or an earlier one) keeps its first entry.
    if (this.byPhrase.has(key)) return;
    this.byPhrase.set(key, code);
    const capitals = key.replace(/ /g, "").length <= 4 && /^[A-Z.]+$/.test(form);
    const list = this.byFirstToken.get(tokens[0] as string);
    if (list) list.push({ tokens, code, capitals });
    else this.byFirstToken.set(tokens[0] as string, [{ tokens, code, capitals }]);
  }

  private addCity(name: string, code: string): void {
    this.cities.set(fold(name), code);
    // The first spelling of a name seen is how it is written ("Nur-Sultan" before "Nur Sultan").
    if (!this.cityNames.has(fold(name))) this.cityNames.set(fold(name), name);
  }

  /** How a city is written ("Nur-Sultan" for "nur sultan"), when the gazetteer knows it. */
  cityName(folded: string): string | undefined {
    return this.cityNames.get(folded);
  }

  /** Whether a name is a parliament's ("Majilis", "Bundestag"), which tells its country too. */
  isBody(name: string): boolean {
    return this.bodies.has(fold(name));
  }

  /** The code of a country name as the fact base or a user writes it ("Republic of Korea" → "KOR"). */
  code(name: string | undefined): string | undefined {
    if (!name) return undefined;
    // The same few names come back for every meeting of a fact base: each is worked out once.
    if (this.codes.has(name)) return this.codes.get(name);
    const code = this.byPhrase.get(fold(name)) ?? this.find(name)[0]?.code;
    if (this.codes.size > 50_000) this.codes.clear();
    this.codes.set(name, code);
    return code;
  }

  /** The country a meeting place is in ("Hangzhou" → "CHN", "Astana, Kazakhstan" → "KAZ"), if known. */
  placeCountry(place: string | undefined): string | undefined {
    if (!place) return undefined;
    const folded = fold(place);
    return (
      this.cities.get(folded) ?? this.find(place)[0]?.code ?? this.cities.get(folded.split(" ")[0] ?? "")
    );
  }

  /** The country of a city named alone ("Moscow" → "RUS"), if the gazetteer knows it. */
  cityCountry(city: string): string | undefined {
    return this.cities.get(fold(city));
  }

  /**
   * The cities named in folded words, one word ("moscow") or several ("nur sultan", "st petersburg"),
   * as token spans [start, end), longest name first at each position, without overlaps.
   */
  findCities(folded: string[]): { start: number; end: number }[] {
    const found: { start: number; end: number }[] = [];
    for (let i = 0; i < folded.length; i++) {
      const phrase = (this.cityPhrases.get(folded[i] as string) ?? []).find((tokens) =>
        tokens.every((t, k) => folded[i + k] === t),
      );
      const end = phrase ? i + phrase.length : this.cities.has(folded[i] as string) ? i + 1 : i;
      if (end === i) continue;
      found.push({ start: i, end });
      i = end - 1;
    }
    return found;
  }

  /** The common English name of a country code. */
  name(code: string): string {
    return this.names.get(code) ?? code;
  }

  /** Every country named in a text, longest phrase first at each position, without overlaps. */
  find(text: string): CountryMention[] {
    return this.findTokens(tokenize(text));
  }

  /** {@link find} on text already tokenized. */
  findTokens({ original, folded }: { original: string[]; folded: string[] }): CountryMention[] {
    const found: CountryMention[] = [];
    for (let i = 0; i < folded.length; i++) {
      for (const phrase of this.byFirstToken.get(folded[i] as string) ?? []) {
        const n = phrase.tokens.length;
        if (!phrase.tokens.every((t, k) => folded[i + k] === t)) continue;
        if (phrase.capitals && !original.slice(i, i + n).every((w) => /^[A-Z]+$/.test(w))) continue;
        // "Latin America", "Central America": a part of a continent, not the United States.
        if (folded[i] === "america" && CONTINENT_PARTS.has(folded[i - 1] as string)) continue;
        found.push({ code: phrase.code, start: i, end: i + n });
        i += n - 1;
        break;
      }
    }
    return found;
  }
}

// Words that make "America" a region of the continent rather than the United States.
const CONTINENT_PARTS = new Set(["latin", "south", "central", "north"]);

// The package is CommonJS typed as ES: under NodeNext the default import may be the module object.
function countryList(): Country[] {
  const mod = worldCountries as unknown as Country[] | { default: Country[] };
  return Array.isArray(mod) ? mod : mod.default;
}

let shared: CountryGazetteer | undefined;

/** The gazetteer, built once per process (it reads the whole world-countries list). */
export function countryGazetteer(): CountryGazetteer {
  shared ??= new CountryGazetteer();
  return shared;
}

/**
 * The plural of a demonym that names people ("American" → "Americans", "Kazakh" → "Kazakhs"); none for
 * one that is the same in the plural or an adjective only ("Chinese", "Swiss", "Turkish").
 */
export function pluralDemonym(demonym: string | undefined): string | undefined {
  return demonym && !/(s|sh|ch|se|ese)$/i.test(demonym) ? `${demonym}s` : undefined;
}
