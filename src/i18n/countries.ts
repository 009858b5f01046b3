/**
 * Country names in Russian and Kazakh, in any case ("Монголия", "с Монголией", "Моңғолиямен",
 * "монгольский спикер"), from the i18n-iso-countries package, as the ISO alpha-3 codes the query
 * core compares countries by.
 */
import { createRequire } from "node:module";
import { countryGazetteer } from "../query/countries.ts";
import { adjectiveStem, baseForms } from "./cases.ts";
import type { Language } from "./language.ts";

type IsoCountries = typeof import("i18n-iso-countries");
let library: IsoCountries | undefined;

/**
 * The library with the two languages parlbot speaks besides English, loaded at first use: its main
 * module reads the names in every one of its eighty languages, and an English question needs none.
 * Read with require: the package is CommonJS, and the compiled build (scripts/build.mjs) leaves
 * packages external and drops import attributes, and Node will not import JSON without them.
 */
function isoCountries(): IsoCountries {
  if (!library) {
    const require = createRequire(import.meta.url);
    library = require("i18n-iso-countries/index.js") as IsoCountries;
    library.registerLocale(require("i18n-iso-countries/langs/ru.json"));
    library.registerLocale(require("i18n-iso-countries/langs/kk.json"));
  }
  return library;
}

/**
 * Names news and people use that the package lacks or gives only in a long form ("КНР (Китайская Народная
 * Республика)" for China, "Киргизия" but not "Кыргызстан"): one word each, read in any case like the others.
 */
const USUAL_NAMES: Record<string, string[]> = {
  CHN: ["Китай"],
  KGZ: ["Кыргызстан"],
  TKM: ["Туркменистан"],
  BLR: ["Белоруссия"],
  USA: ["Америка", "АҚШ"],
  GBR: ["Британия", "Англия"],
  NLD: ["Голландия"],
};

/** Finds countries among Russian and Kazakh words. Build once ({@link ruKkCountries}). */
export class RuKkCountries {
  /** One-word names in lower case ("монголия", "моңғолия", "сша") → alpha-3 code. */
  private readonly byName = new Map<string, string>();

  constructor() {
    const countries = isoCountries();
    for (const language of ["ru", "kk"])
      for (const [alpha2, names] of Object.entries(countries.getNames(language, { select: "all" }))) {
        const code = countries.alpha2ToAlpha3(alpha2);
        if (!code) continue;
        for (const name of names) {
          const lower = name.toLowerCase();
          if (!/\s/.test(lower) && !this.byName.has(lower)) this.byName.set(lower, code);
          // "Республика Корея", "Корея Республикасы": the word that is not "republic" names it too.
          const words = lower
            .split(/[\s()]+/)
            .filter((w) => w && !/^(республик|республикасы|федерац)/.test(w));
          if (words.length === 1 && !this.byName.has(words[0] as string))
            this.byName.set(words[0] as string, code);
        }
      }
    for (const [code, names] of Object.entries(USUAL_NAMES))
      for (const name of names)
        if (!this.byName.has(name.toLowerCase())) this.byName.set(name.toLowerCase(), code);
  }

  /** The code of the country a word names in any case, or of the country an adjective is made from. */
  code(word: string): string | undefined {
    const lower = word.toLowerCase();
    for (const form of baseForms(lower)) {
      const code = this.byName.get(form);
      if (code) return code;
    }
    // "монгольский", "казахстанской"; Kazakh "моңғол", "қазақ", "өзбек": the start of one country's name.
    const stem = adjectiveStem(lower) ?? (/[әғқңөұүһі]/.test(lower) ? lower : undefined);
    if (!stem || stem.length < 4) return undefined;
    const hits = new Set<string>();
    for (const [name, code] of this.byName)
      if (name.startsWith(stem) && name.length - stem.length <= 5) hits.add(code);
    return hits.size === 1 ? [...hits][0] : undefined;
  }
}

let shared: RuKkCountries | undefined;

/** The Russian and Kazakh country names, read once per process. */
export function ruKkCountries(): RuKkCountries {
  shared ??= new RuKkCountries();
  return shared;
}

/** A country's name (as the fact base writes it, in English) in another language; as it is when unknown. */
export function countryNameIn(name: string, language: Language): string {
  const code = countryGazetteer().code(name);
  // The short name where the package has one ("Россия", not "Российская Федерация"), as news write it,
  // without the long form some add in parentheses ("КНР (Китайская Народная Республика)" → "КНР").
  const local = code && isoCountries().getName(code, language, { select: "alias" });
  return local ? local.replace(/\s*\(.*\)\s*$/, "") || local : name;
}
