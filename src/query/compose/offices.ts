/**
 * Which of a person's role texts name one office. Outlets write the same post many ways ("Azerbaijani
 * Parliament Speaker", "Speaker of the Azerbaijani Parliament", "Chair of the Milli Majlis"); a "who is
 * X?" reply says it once. Different offices stay apart: a committee's chair is not the chamber's, a
 * deputy speaker not the speaker, a former office not the current one.
 */

import { tokenize } from "../../text/normalize.ts";
import { spellingKey } from "../../text/spelling-key.ts";
import { countryGazetteer } from "../countries.ts";

/** One role text, read as an office: its kind, what sets it apart, and the body it is held in. */
export interface Office {
  /** "chair" for every word for presiding over a body (speaker, chairman, chairwoman, head…), else "". */
  family: string;
  /** Words that make it another office than the plain one: deputy, former, committee, member… */
  marks: string[];
  /** The body's words (and, for other titles, the title's), in a spelling every transliteration shares. */
  words: string[];
  /** The country it is held in, when known. */
  country?: string;
  /** Whether it names a chamber of a national parliament ("Majilis", "Milli Majlis"). */
  chamber: boolean;
  /** Whether it names two posts ("Chairperson of the IPA CIS Council, Speaker of the Federation Council"). */
  compound: boolean;
}

// Words for presiding over a body: one office whichever an outlet uses.
const CHAIR = new Set(["speaker", "chair", "chairman", "chairwoman", "chairperson", "toraga", "head"]);
// Words that make another office of the same title: the deputy, the former holder, a committee's chair.
const MARKS = new Map<string, string>([
  ["deputy", "deputy"],
  ["vice", "deputy"],
  ["first", "first"],
  ["former", "former"],
  ["ex", "former"],
  ["acting", "acting"],
  ["honorary", "honorary"],
  ["committee", "committee"],
  ["subcommittee", "committee"],
  ["commission", "committee"],
  ["group", "group"],
  ["delegation", "delegation"],
  ["faction", "faction"],
  ["member", "member"],
  ["secretary", "secretary"],
  ["general", "general"],
]);
// Words that carry no office: grammar, and the parent parliament a chamber belongs to ("the Majilis of
// the Parliament of Kazakhstan" is the Majilis; "parliament" alone is the country's chamber).
const NOISE = new Set(["of", "the", "and", "s", "republic", "parliament", "parliamentary", "federal"]);

// Offices already read, by country and text: a base repeats a few thousand role texts across its people,
// and a "who is X?" reply reads every role of every entry named X several times (p99 latency).
const READ = new Map<string, Office>();

/** Reads a role text held in `country` as an {@link Office} (the same object for the same text). */
export function officeOf(text: string, country?: string): Office {
  const key = `${country ?? ""}\u0000${text}`;
  let office = READ.get(key);
  if (!office) {
    office = readOffice(text, country);
    READ.set(key, office);
  }
  return office;
}

function readOffice(text: string, country?: string): Office {
  // A bracket explains ("Majilis (lower house)", "National Assembly (NA)"): it names nothing new.
  const tokens = tokenize(text.replace(/\([^)]*\)/g, " "));
  const gazetteer = countryGazetteer();
  const found = gazetteer.findTokens(tokens);
  const inCountry = new Set<number>();
  let chamber = false;
  for (const m of found) {
    // A chamber the gazetteer knows ("Federation Council", "Majilis") is the body, not a country word.
    if (gazetteer.isBody(tokens.original.slice(m.start, m.end).join(" "))) {
      chamber = true;
      continue;
    }
    for (let i = m.start; i < m.end; i++) inCountry.add(i);
  }
  let family = "";
  let titles = 0;
  const marks = new Set<string>();
  const words = new Set<string>();
  tokens.folded.forEach((word, i) => {
    if (inCountry.has(i) || NOISE.has(word)) return;
    if (CHAIR.has(word)) {
      family = "chair";
      titles++;
    } else if (MARKS.has(word)) marks.add(MARKS.get(word) as string);
    else words.add(spellingKey(word));
  });
  return {
    family,
    marks: [...marks].sort(),
    words: [...words].sort(),
    // One spelling for every country, whether given as a name or found in the text.
    country: (country && gazetteer.code(country)) ?? country ?? found[0]?.code,
    chamber,
    compound: titles > 1,
  };
}

/**
 * Groups role texts (each with its country) that name one office, keeping their order: the index of each
 * text's group. Same presiding office when one body's words are among the other's ("the Senate" and "the
 * Senate of the Oliy Majlis"); a title with no body ("Speaker", "Parliament Speaker") joins the person's
 * one presiding office in that country, and stays apart when there are several.
 */
export function groupOffices(roles: readonly { text: string; country?: string }[]): number[] {
  // A name borne by many entries repeats the same few role texts: group each distinct text once (the
  // pairing below is quadratic), then give every text its first copy's group.
  const firstOf = new Map<string, number>();
  const distinct: { text: string; country?: string }[] = [];
  const firstIndex: number[] = [];
  const which = roles.map((r, i) => {
    const key = `${r.country ?? ""}\u0000${r.text}`;
    let u = firstOf.get(key);
    if (u === undefined) {
      u = distinct.length;
      firstOf.set(key, u);
      distinct.push(r);
      firstIndex.push(i);
    }
    return u;
  });
  const groups = groupDistinctOffices(distinct);
  return which.map((u) => firstIndex[groups[u] as number] as number);
}

// groupOffices on texts that are all different.
function groupDistinctOffices(roles: readonly { text: string; country?: string }[]): number[] {
  const offices = roles.map((r) => officeOf(r.text, r.country));
  const group = offices.map((_, i) => i);
  const find = (i: number): number => {
    let at = i;
    while (group[at] !== at) at = group[at] as number;
    return at;
  };
  const join = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)].sort((p, q) => p - q) as [number, number];
    group[y] = x;
  };
  const alike = (a: Office, b: Office) =>
    a.family === b.family &&
    a.marks.join() === b.marks.join() &&
    (!a.country || !b.country || a.country === b.country);
  offices.forEach((a, i) => {
    offices.forEach((b, j) => {
      if (j <= i || !alike(a, b)) return;
      const same = a.words.join() === b.words.join();
      // Only a presiding office is the same when one names its body more fully than the other.
      // A text naming two posts would join them both: only its own wording joins it.
      const nested =
        a.family === "chair" &&
        !a.compound &&
        !b.compound &&
        a.words.length &&
        b.words.length &&
        (within(a.words, b.words) || within(b.words, a.words));
      if (same || nested) join(i, j);
    });
  });
  // A presiding title with no body ("Parliament Speaker"): the one presiding office of that country,
  // if there is only one; else the one that names a chamber of its parliament, if only one does.
  offices.forEach((a, i) => {
    if (a.family !== "chair" || a.words.length) return;
    const groupsOf = (keep: (b: Office) => boolean) =>
      new Set(
        offices
          .map((b, j) => (b.words.length && !b.compound && alike(a, b) && keep(b) ? find(j) : -1))
          .filter((g) => g >= 0),
      );
    let candidates = groupsOf(() => true);
    if (candidates.size > 1) candidates = groupsOf((b) => b.chamber);
    if (candidates.size === 1) join(i, [...candidates][0] as number);
  });
  return offices.map((_, i) => find(i));
}

// Words that name no one body alone: "Council" may be the Federation Council or the IPA CIS Council.
const GENERIC = new Set(
  ["council", "assembly", "house", "chamber", "national", "state", "congress"].map(spellingKey),
);

/** Whether every word of `small` is in `large`, and `small` names a body by at least one word of its own. */
function within(small: string[], large: string[]): boolean {
  return small.some((w) => !GENERIC.has(w)) && small.every((w) => large.includes(w));
}
