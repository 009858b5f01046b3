/**
 * Lists in which countries and names alternate after one plural title: "the Ministers of Foreign
 * Affairs of A, X, B, Y, and C, Z" or "the speakers of the parliaments of A, X, and B, Y". Each name
 * holds the title for the country before it; the list is one counterpart per name.
 */
import type { Doc, Mention, Sentence } from "../document.ts";
import type { Found } from "../gazetteer.ts";
import { joinWords } from "../roles.ts";

// Plural titles whose holders such a list names one per country.
const PLURAL_TITLES = new Map([
  ["ministers", "Minister"],
  ["speakers", "Speaker"],
  ["presidents", "President"],
  ["chairmen", "Chairman"],
  ["chairpersons", "Chairperson"],
  ["chairs", "Chair"],
  ["heads", "Head"],
  ["leaders", "Leader"],
  ["ambassadors", "Ambassador"],
  ["envoys", "Envoy"],
]);
// Words before the plural title that belong to it ("the foreign ministers of").
const TITLE_MODIFIERS = new Set(["foreign", "deputy", "vice", "prime", "defence", "defense"]);
// How many words may stand between the title and its first country ("Ministers of Foreign Affairs of").
const MAX_TITLE_WORDS = 7;

/**
 * Rewrites the mentions of such a list so that each name carries its country's words: the sentence's
 * skeleton then reads "with @m1 , @m2 , and @m3", one object per name. Each person gets the country
 * and, when the text gave them none, the title.
 */
export function alternatingTitleLists(doc: Doc, s: Sentence): void {
  const word = (i: number) => s.tokens[i]?.key ?? "";
  const personAt = (i: number) => s.mentions.find((m) => m.kind === "person" && m.from === i && !m.resolved);
  const countryAt = (i: number) =>
    s.found.find((f) => f.from === i && f.entry.kind === "country" && !f.entry.demonym);
  for (let k = 0; k < s.tokens.length; k++) {
    const singular = PLURAL_TITLES.get(word(k));
    if (!singular || !["of", "from"].includes(word(k + 1))) continue;
    let start = k;
    while (TITLE_MODIFIERS.has(word(start - 1))) start--;
    if (word(start - 1) === "the") start--;
    // The first country, at most a few words on, with no comma or name before it.
    let first: Found | undefined;
    let c = k + 1;
    for (; c <= k + MAX_TITLE_WORDS && !first; c++) {
      if (word(c) === "," || personAt(c)) break;
      first = countryAt(c);
    }
    if (!first) continue;
    const pairs: { country: Found; from: number; person: Mention }[] = [];
    let country: Found | undefined = first;
    let from = start;
    for (;;) {
      const person = word(country.to) === "," ? personAt(country.to + 1) : undefined;
      if (!person) break;
      pairs.push({ country, from, person });
      // ", B, Y", ", and B, Y", ", and the B, Y"
      let j = person.to;
      if (word(j) !== ",") break;
      j++;
      if (word(j) === "and") j++;
      from = j;
      if (word(j) === "the") j++;
      country = countryAt(j);
      if (!country) break;
    }
    if (pairs.length < 2) continue;
    const end = pairs.at(-1)?.person.to ?? start;
    const tail = joinWords(s.tokens, start, first.from)
      .replace(/^the /i, "")
      .replace(/\s+(?:of|from)(?: the)?$/i, "");
    // One holder each: "the foreign ministers" is a foreign minister, "the speakers of the parliaments" a speaker of a parliament.
    const title = tail
      .replace(new RegExp(`\\b${word(k)}\\b`, "i"), (w) =>
        w[0] === w[0]?.toUpperCase() ? singular : singular.toLowerCase(),
      )
      .replace(/\b(parliament|senate|house|chamber|council)s\b/gi, "$1")
      .replace(/\bassemblies\b/gi, "assembly");
    // Sides the mention finders read in the list ("foreign ministers of Poland") are its names' words now.
    s.mentions = s.mentions.filter((m) => m.kind === "person" || m.to <= start || m.from >= end);
    for (const { country, from, person } of pairs) {
      person.from = from;
      const local = doc.people[person.person ?? -1];
      if (!local) continue;
      local.country ??= country.entry.name;
      if (!local.roles.length)
        local.roles.push({ from, to: person.to, title, country: country.entry.name, sentence: s.index });
    }
    k = end;
  }
}
