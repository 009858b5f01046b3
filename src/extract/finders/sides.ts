/**
 * Sides that the mention finders leave implicit, made explicit before the meeting patterns run:
 * one unnamed side per country of a list ("the delegations of Russia, Moldova and Greece"), and
 * the head of a delegation where the text says only "the delegation" or "the deputies".
 */
import { absentPeople } from "../absent-people.ts";
import type { Doc, Mention, Sentence } from "../document.ts";
import { countryOf, type Found } from "../gazetteer.ts";
import { articleProtagonist } from "../protagonist.ts";
import { joinWords } from "../roles.ts";
import { isCapitalized, spanText } from "../text.ts";

// Plural nouns for people that, followed by "of"/"from" and a country, name that country's side.
const SIDE_NOUNS = new Set(
  `officers heads leaders speakers chairmen chairpersons presidents counterparts colleagues delegations
  delegates ministers representatives parliamentarians lawmakers deputies senators ambassadors`.split(/\s+/),
);
const LEFT_MODIFIERS = new Set([
  "presiding",
  "national",
  "parliamentary",
  "foreign",
  "the",
  "his",
  "her",
  "their",
]);

/** Whether a gazetteer phrase names a side: a country, an organisation or a body. */
export const isSide = (f: Found) =>
  f.entry.kind === "country" || f.entry.kind === "org" || f.entry.kind === "body";
/** The country a side stands for (a body's country; a country or an organisation itself). */
export const sideCountry = (f: Found): string =>
  f.entry.kind === "body" ? (f.entry.country ?? f.entry.name) : f.entry.name;

/**
 * Splits a side that lists several countries into one side per country: "met the heads of the
 * delegations of A, B and C" meets three sides. The first side may already be a group mention
 * ("delegations of A"); otherwise a plural noun for people before "of A" starts the list.
 */
export function splitCountryLists(s: Sentence): void {
  const covered = (i: number) => s.mentions.some((m) => m.from <= i && i < m.to);
  const countryAt = (i: number) =>
    s.found.find((f) => f.from === i && isSide(f) && !(f.entry.kind === "country" && f.entry.demonym));
  const word = (i: number) => s.tokens[i]?.key ?? "";
  const added: Mention[] = [];
  // Where a list may start: [the first side's mention, the words before its country].
  const starts: { first: Mention; head: string; country: Found }[] = [];
  for (const m of s.mentions) {
    if (m.kind !== "group" || !m.country) continue;
    // A group mention may have run over the whole list ("parliamentary delegations of Japan and
    // Brazil"): it keeps its first country, and the loop below reads the rest.
    const inside = s.found.filter((f) => f.from >= m.from && f.to <= m.to && isSide(f));
    // The second of "the speakers of the Estonian and Latvian parliaments", split off its first, is
    // of the one country it names, not of the first's.
    const own = inside.length === 1 ? sideCountry(inside[0] as Found) : undefined;
    if (own && !inside.some((f) => sideCountry(f) === m.country)) m.country = own;
    const first = inside[0];
    if (first && first.to < m.to && inside.length > 1 && onlyCountriesBetween(s, inside, m.to)) {
      m.to = first.to;
      m.country = sideCountry(first);
      m.description = proseText(s, m.from, first.to).replace(/^(the|his|her|their) /i, "");
    }
    const country = s.found.find((f) => f.from >= m.from && f.to === m.to && isSide(f));
    if (country) starts.push({ first: m, head: proseText(s, m.from, country.from), country });
  }
  for (let k = 0; k + 2 < s.tokens.length; k++) {
    if (!SIDE_NOUNS.has(word(k)) || covered(k) || !["of", "from"].includes(word(k + 1))) continue;
    const at = countryAfterBodies(s, word(k + 2) === "the" ? k + 3 : k + 2);
    const country = countryAt(at);
    if (!country || covered(at)) continue;
    let from = k;
    while (from > 0 && LEFT_MODIFIERS.has(word(from - 1)) && !covered(from - 1)) from--;
    const first: Mention = {
      kind: "group",
      from,
      to: country.to,
      country: sideCountry(country),
      description: proseText(s, from, country.to).replace(/^(the|his|her|their) /i, ""),
    };
    added.push(first);
    starts.push({ first, head: proseText(s, from, country.from), country });
  }
  added.push(...demonymsBefore(s, covered), ...organisationAfterSides(s, covered));
  for (const { first, head, country } of starts) {
    // "the heads of A, B and C" with no other noun are heads of state meeting together: one side.
    const summit = /^(?:the )?(?:heads|leaders) of$/i.test(head.trim());
    let i = first.to;
    let previousCountry = country;
    for (;;) {
      // ", B", "and B", ", and B", ", the B"
      let j = i;
      if (word(j) === ",") j++;
      const and = word(j) === "and";
      if (and) j++;
      if (j === i) break;
      const article = word(j) === "the";
      if (article) j++;
      const next = countryAt(j);
      if (!next || covered(j) || next === previousCountry) break;
      const description = `${head.replace(/^(the|his|her|their) /i, "")} ${next.text}`;
      // "the U.S." belongs to its mention, so that the list reads "@m1 , @m2" in the skeleton.
      const from = article ? j - 1 : j;
      if (summit) {
        first.to = next.to;
        first.description = proseText(s, first.from, next.to).replace(/^(the|his|her|their) /i, "");
      } else added.push({ kind: "group", from, to: next.to, country: sideCountry(next), description });
      previousCountry = next;
      i = next.to;
      // "the U.S." keeps its full stop as a token of its own; a list goes on after it only with a comma.
      if (word(i) === "." && word(i + 1) === ",") i++;
      if (and) break;
    }
  }
  if (!added.length) return;
  s.mentions.push(...added);
  s.mentions.sort((a, b) => a.from - b.from);
}

// "the Azerbaijani and Kyrgyz speakers", "Latvian, Estonian and Finnish colleagues": the plural noun
// after the last adjective is the others' noun too, one side for each country.
function demonymsBefore(s: Sentence, covered: (i: number) => boolean): Mention[] {
  const added: Mention[] = [];
  for (const m of s.mentions) {
    if (m.kind !== "group" || !m.country) continue;
    const last = s.found.find((f) => f.from === m.from && f.entry.kind === "country" && f.entry.demonym);
    const head = last ? peopleNounAfter(s, last.to) : -1;
    if (!last || head < 0) continue;
    const noun = proseText(s, last.to, head + 1);
    let i = m.from - 1;
    for (;;) {
      const and = s.tokens[i]?.key === "and";
      if (and) i--;
      if (s.tokens[i]?.key === ",") i--;
      if (i === m.from - 1) break;
      const demonym = s.found.find(
        (f) => f.to === i + 1 && f.entry.kind === "country" && f.entry.demonym && !covered(f.from),
      );
      if (!demonym) break;
      added.push({
        kind: "group",
        from: demonym.from,
        to: demonym.to,
        country: sideCountry(demonym),
        description: `${demonym.text} ${noun}`,
      });
      i = demonym.from - 1;
    }
  }
  return added;
}

// Plural nouns for the people of a side that a list of adjectives of nationality may share.
const SHARED_NOUNS = new Set([...SIDE_NOUNS, "officials", "mps", "members"]);

/**
 * The token of the plural noun for people that the adjectives of nationality before `at` share: the
 * word at `at` itself, or one after at most two lower-case modifiers ("Latvian and Estonian
 * government officials", "Chilean and Peruvian senior officials"); -1 when there is none.
 */
function peopleNounAfter(s: Sentence, at: number): number {
  for (let i = at; i <= at + 2; i++) {
    const t = s.tokens[i];
    if (!t) return -1;
    if (SHARED_NOUNS.has(t.key)) return i;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || t.key === "and") return -1;
  }
  return -1;
}

// What joins one more side to a list: "as well as", "and", a comma.
const ONE_MORE = [["as", "well", "as"], [",", "and"], ["and"], [","], ["along", "with"]];

/**
 * "talks with the heads of Hungarian, Kyrgyz delegations as well as the Parliamentary Assembly of the
 * Organization of the Black Sea Economic Cooperation (PABSEC)": an organisation joined to a list of
 * sides is one more side, also when its long name is not the one the gazetteer knows and only the
 * acronym in brackets after it is.
 */
function organisationAfterSides(s: Sentence, covered: (i: number) => boolean): Mention[] {
  const last = s.mentions.filter((m) => m.kind === "group" && m.country).at(-1);
  if (!last) return [];
  const word = (i: number) => s.tokens[i]?.key ?? "";
  const joint = ONE_MORE.find((w) => w.every((x, d) => word(last.to + d) === x));
  if (!joint) return [];
  const from = last.to + joint.length;
  const start = word(from) === "the" ? from + 1 : from;
  if (covered(start) || !isCapitalized(s.tokens[start]?.text ?? "")) return [];
  const organisation = (f: Found) => f.entry.kind === "org" || f.entry.kind === "body";
  // The long name runs over capitalised words and the small words between them, up to its acronym.
  let end = start;
  while (
    end < start + 15 &&
    (isCapitalized(s.tokens[end]?.text ?? "") || /^(?:of|the|and|for|on)$/.test(word(end)))
  )
    end++;
  // A country inside is the next side of the list itself ("A, B and the Assembly of X"), not a long name.
  if (s.found.some((f) => f.entry.kind === "country" && f.from >= start && f.from < end)) return [];
  const named = s.found.find((f) => f.from === start && organisation(f));
  // The acronym in brackets may be of more than one word ("(CSTO PA)").
  const acronym =
    word(end) === "("
      ? s.found.find((f) => f.from === end + 1 && organisation(f) && word(f.to) === ")")
      : undefined;
  const side = acronym ?? named;
  if (!side) return [];
  const to = acronym ? acronym.to + 1 : (named as Found).to;
  if (covered(to - 1)) return [];
  return [
    {
      kind: "group",
      from,
      to,
      country: sideCountry(side),
      description: proseText(s, start, to).replace("( ", "("),
    },
  ];
}

// The plural of a house, between the people's noun and the countries: "the speakers of the
// parliaments of A, B and C" are one speaker of each country's parliament.
// ("the speakers of parliament of A and B" in the singular).
const BODIES_OF = new Set([
  "parliaments",
  "legislatures",
  "chambers",
  "houses",
  "senates",
  "assemblies",
  "parliament",
]);

// Where the countries start at `at`, past "parliaments of (the)" when the list is of houses (a body
// the gazetteer knows, "the Parliament of Ostria", is a side itself).
function countryAfterBodies(s: Sentence, at: number): number {
  if (!BODIES_OF.has(s.tokens[at]?.key ?? "") || s.tokens[at + 1]?.key !== "of") return at;
  if (s.found.some((f) => f.from === at && isSide(f))) return at;
  return s.tokens[at + 2]?.key === "the" ? at + 3 : at + 2;
}

// Whether the sides found in a mention follow each other joined by nothing but commas, "and" and
// "the", up to the mention's end: a list of countries, not a country inside a body's name.
function onlyCountriesBetween(s: Sentence, inside: Found[], end: number): boolean {
  for (const [k, f] of inside.entries()) {
    const next = inside[k + 1]?.from ?? end;
    for (let i = f.to; i < next; i++) if (![",", "and", "the"].includes(s.tokens[i]?.key ?? "")) return false;
  }
  return inside.at(-1)?.to === end;
}

/** The words as prose, spaced as the article spaces them ("Germany, Cyprus", "People’s"). */
export function proseText(s: Sentence, from: number, to: number): string {
  return spanText(s.text, s.tokens, from, to);
}

// "the delegation", and the plural nouns for the members of parliaments that stand for a delegation
// of them ("the senators met Y" after "a delegation of senators led by X").
const DELEGATION_NOUNS = new Set([
  "delegation",
  "deputies",
  "parliamentarians",
  "delegates",
  "lawmakers",
  "legislators",
  "senators",
  "mps",
  "meps",
  "congressmen",
  "congresswomen",
]);

/**
 * The person who heads the delegation an article follows: the one it says led or headed a
 * delegation ("a delegation led by X", "X led a parliamentary delegation"), else its protagonist.
 */
export function delegationHead(doc: Doc, led = ledHead(doc)): number | undefined {
  return led ?? articleProtagonist(doc, { prominence: false })?.id;
}

/** The person the article says led or headed a delegation, if it says so. */
export function ledHead(doc: Doc): number | undefined {
  for (const s of doc.sentences) {
    const person = leaderIn(s);
    if (person !== undefined) return person;
  }
  return undefined;
}

// The person a sentence says led or headed a delegation (or a group of deputies), if it says so.
function leaderIn(s: Sentence): number | undefined {
  const led = /\b(?:led|headed)\b/i.exec(s.text);
  // "a group of deputies led by X" leads a delegation as much as "a delegation led by X" does.
  if (!led || !LED_GROUP.test(s.text)) return undefined;
  const at = s.tokens.findIndex((t) => t.start >= led.index);
  const isPerson = (m: Mention) => m.kind === "person" && m.person !== undefined && !m.resolved;
  // "He made the appeal when he led a delegation of ...": a pronoun right before "led" is the one
  // who led it, as coreference read it (a title resolved elsewhere may be anyone).
  const isPronoun = (m: Mention) =>
    m.kind === "person" &&
    m.person !== undefined &&
    m.to === at &&
    /^(?:he|she)$/i.test(s.tokens[m.from]?.text ?? "");
  // "a delegation led by X": the first name after the verb; "X led a delegation": the name before it.
  const by = (s.tokens[at + 1]?.key ?? "") === "by";
  const person = by
    ? s.mentions.find((m) => isPerson(m) && m.from > at && m.from <= at + 12)
    : [...s.mentions].reverse().find((m) => (isPerson(m) || isPronoun(m)) && m.to <= at);
  return person?.person;
}

/**
 * "A delegation led by X has been visiting Ostria. They met Y": "they" opening a clause right after
 * the sentence that tells of a delegation led by someone is that delegation, which acts through its
 * leader. Adds a person mention of the leader at the pronoun.
 */
function theyAsLeader(doc: Doc, s: Sentence, k: number): void {
  if (s.tokens[k]?.key !== "they" || (k > 0 && s.tokens[k - 1]?.key !== ",")) return;
  const before = doc.sentences[s.index - 1];
  if (!before || before.headline) return;
  // Only the delegation's sentence's own leader, said by "led by X" after a delegation noun.
  if (
    !/\b(?:delegation|group|deputies|parliamentarians|lawmakers|legislators|senators|mps|meps)\b[^.]*?\b(?:led|headed) by\b/i.test(
      before.text,
    )
  )
    return;
  const leader = leaderIn(before);
  if (leader === undefined || s.mentions.some((m) => m.person === leader)) return;
  s.mentions.push({ kind: "person", from: k, to: k + 1, person: leader, resolved: true });
  s.mentions.sort((a, b) => a.from - b.from);
}

/**
 * "The delegation also held a meeting with X", "the deputies met X": where a delegation with no
 * country of its own acts, its head acts. Adds a person mention of the head at those words.
 */
export function delegationAsHead(doc: Doc): void {
  let head: number | undefined | null = null;
  let named: number | undefined | null = null;
  let led: number | undefined | null = null;
  for (const s of doc.sentences) {
    for (let k = 0; k < s.tokens.length; k++) {
      theyAsLeader(doc, s, k);
      const guests = GUEST_NOUNS.has(s.tokens[k]?.key ?? "");
      if (!DELEGATION_NOUNS.has(s.tokens[k]?.key ?? "") && !guests) continue;
      if (s.mentions.some((m) => m.from <= k && k < m.to)) continue;
      // "On 24 February, MEPs met with Y": a bare plural that opens its clause, once the article has
      // said who led a delegation of them, is that delegation (the bare noun alone, "MPs say", is anyone).
      if (k === 0 || s.tokens[k - 1]?.key === ",") {
        if (led === null) led = ledHead(doc);
        if (led === undefined || s.tokens[k]?.key === "delegation" || !ledOf(doc, s.tokens[k]?.key ?? ""))
          continue;
        if (s.mentions.some((m) => m.person === led)) continue;
        s.mentions.push({ kind: "person", from: k, to: k + 1, person: led, resolved: true });
        s.mentions.sort((a, b) => a.from - b.from);
        continue;
      }
      // Only "the delegation" / "our delegation" / "the FNC delegation" standing alone: "the delegation
      // of X" is a side of its own, and "the Kazakh delegation" is already one.
      const article = [k - 1, k - 2].find((i) => /^(the|our|this|his|her)$/i.test(s.tokens[i]?.text ?? ""));
      // "received a delegation of Euro deputies. ... Leading the group is X": a delegation that no
      // country names, whose head the article names outright, is that head.
      const indefinite = [k - 1, k - 2].find((i) => /^an?$/i.test(s.tokens[i]?.text ?? ""));
      // "Y received the guests": once the article says who led the visiting delegation, the guests
      // standing alone are that delegation, and it acts through its head (no head stated, no one).
      if (guests) {
        if (article === undefined || /^(of|from)$/i.test(s.tokens[k + 1]?.text ?? "")) continue;
        if (led === null) led = ledHead(doc);
        if (led === undefined || s.mentions.some((m) => m.person === led)) continue;
        s.mentions.push({ kind: "person", from: article, to: k + 1, person: led, resolved: true });
        s.mentions.sort((a, b) => a.from - b.from);
        continue;
      }
      if (article === undefined) {
        if (indefinite === undefined || !DELEGATION_WORD.test(s.tokens[k]?.key ?? "")) continue;
        if (named === null) named = namedHead(doc);
        if (named === undefined || s.mentions.some((m) => m.person === named)) continue;
        s.mentions.push({ kind: "person", from: indefinite, to: k + 1, person: named, resolved: true });
        s.mentions.sort((a, b) => a.from - b.from);
        continue;
      }
      if (/^(of|from)$/i.test(s.tokens[k + 1]?.text ?? "") || delegationTo(s, k)) continue;
      if (delegationOfPersonBefore(s, article, k)) continue;
      if (otherSideNamedBefore(doc, s, k)) continue;
      if (led === null) led = ledHead(doc);
      if (head === null) head = delegationHead(doc, led);
      if (head === undefined) return;
      // "The visiting delegation is scheduled to be received by Y": the guests' delegation, whose head
      // is the article's guest when the protagonist hosted them.
      if (VISITING.test(s.tokens[k - 1]?.key ?? "")) {
        const guest = visitingHead(doc, led);
        if (guest !== undefined && !s.mentions.some((m) => m.person === guest))
          s.mentions.push({ kind: "person", from: article, to: k + 1, person: guest, resolved: true });
        s.mentions.sort((a, b) => a.from - b.from);
        continue;
      }
      if (s.mentions.some((m) => m.person === head)) continue;
      // "Deputy Speaker Y met the accompanying delegation": a delegation that accompanies someone is a
      // guest's company, met by the hosts: not the head's when a compatriot of the head meets it.
      if (accompanies(s, k) && s.mentions.some((m) => compatriots(doc, m.person, head as number))) continue;
      s.mentions.push({
        kind: "person",
        from: article,
        to: k + 1,
        person: head,
        resolved: true,
        forDelegation: true,
      });
      s.mentions.sort((a, b) => a.from - b.from);
    }
  }
}

/**
 * "X will meet Ostrian parliamentarians. The parliamentarians include ...": "the" with a plural of
 * members (not "delegation") takes up the side just named with that noun, in this sentence or the one
 * before, which has a country of its own: that side, not the delegation the article follows.
 */
function otherSideNamedBefore(doc: Doc, s: Sentence, k: number): boolean {
  const noun = s.tokens[k]?.key ?? "";
  if (noun === "delegation") return false;
  const before = doc.sentences[s.index - 1];
  const earlier = [...(before?.mentions ?? []), ...s.mentions.filter((m) => m.to <= k - 1)];
  return earlier.some(
    (m) =>
      m.kind === "group" && !!m.country && (m.description ?? "").toLowerCase().split(/\s+/).at(-1) === noun,
  );
}

// The nouns for the visitors as a group: "Y received the guests".
const GUEST_NOUNS = new Set(["guests", "visitors"]);
// Words that make "the ... delegation" the guests' ("the visiting delegation", "the guest delegation").
const VISITING = /^(?:visiting|guest|foreign)$/;

/**
 * The head of the delegation that visits: the one the article says led a delegation, else the most
 * mentioned person of another country than the host's: the dateline's country (where the report
 * stands), else the protagonist's (who then hosted them). Undefined when neither country is known.
 */
function visitingHead(doc: Doc, led: number | undefined): number | undefined {
  if (led !== undefined) return led;
  const main = articleProtagonist(doc, { prominence: false });
  const home = (doc.article.datelineCity ? countryOf(doc.article.datelineCity) : undefined) ?? main?.country;
  if (!home) return undefined;
  const guests = doc.people.filter((p) => p.country && p.country !== home);
  guests.sort((a, b) => b.mentions - a.mentions || a.firstSentence - b.firstSentence);
  return guests[0]?.id;
}

// Whether the article tells of a delegation of these members led by someone: "a delegation of MEPs led by X".
function ledOf(doc: Doc, noun: string): boolean {
  const said = new RegExp(
    String.raw`\bdelegation of (?:[\w-]+ ){0,2}?${noun}\b(?: ,)? (?:led|headed) by\b`,
    "i",
  );
  return doc.sentences.some((s) => said.test(joinWords(s.tokens, 0, s.tokens.length)));
}

/**
 * "received Y and his accompanying delegation", "met Y and the accompanying delegation", "Y and the
 * delegation accompanying him": a delegation joined by "and" to the person just named, with
 * "his"/"her" or "accompanying" (before the noun, or after it as a clause that goes with someone), is
 * that person's company, who already stands in the sentence: no other side, and not the article's
 * delegation head. `article` is the word that opens the phrase, `k` the group noun.
 */
function delegationOfPersonBefore(s: Sentence, article: number, k: number): boolean {
  const owned = /^(his|her)$/.test(s.tokens[article]?.key ?? "") || accompanies(s, k);
  if (!owned || s.tokens[article - 1]?.key !== "and") return false;
  return s.mentions.some((m) => m.kind === "person" && m.to === article - 1);
}

/**
 * Whether "to" after the delegation noun at `k` names where it is sent ("the delegation to PACE", "the
 * delegation to the Assembly"): a side of its own. "Met the delegation to discuss trade" is the
 * purpose of the meeting, an infinitive: the delegation the article follows.
 */
function delegationTo(s: Sentence, k: number): boolean {
  if (s.tokens[k + 1]?.key !== "to") return false;
  const next = s.tokens[k + 2]?.text ?? "";
  return !/^\p{Ll}/u.test(next) || /^(?:the|a|an|its|their)$/.test(next);
}

/** Whether the delegation noun at `k` is someone's company: "the accompanying delegation", "the delegation accompanying him". */
function accompanies(s: Sentence, k: number): boolean {
  const after = s.tokens
    .slice(k + 1, k + 3)
    .map((t) => t.key)
    .join(" ");
  return s.tokens[k - 1]?.key === "accompanying" || ACCOMPANYING_AFTER.test(after);
}

/** Whether two local people are of one known country. */
function compatriots(doc: Doc, a: number | undefined, b: number): boolean {
  const country = a === undefined ? undefined : doc.people[a]?.country;
  return !!country && a !== b && country === doc.people[b]?.country;
}

// The words after a delegation that make it someone's company: "accompanying him", "that accompanied
// her", "travelling with him".
const ACCOMPANYING_AFTER = /^(?:accompanying|(?:that|who|which) accompan(?:ied|ies|y)|travell?ing with)\b/;

// Groups of people that someone may lead: "a delegation of X", "deputies of the Mazhilis led by Y".
const LED_GROUP = /\b(?:delegation|deputies|parliamentarians|lawmakers|legislators|senators|mps|meps)\b/i;
// "The members of the European Parliament met Y": the members of a body stand for its delegation only
// where the article says who led it (members of a body are many, and may have met without their head).
const MEMBERS = /^(?:the )?members of\b/i;
// The visiting side told by its role in the visit, whose leader is the delegation's: "the Ostrian
// guests, led by X".
const VISITORS = /\b(?:guests|visitors)\b/i;

/**
 * "A delegation of Estonia led by X ... Later, the Estonian delegation met Y": once the article
 * says who leads a country's delegation, that delegation named again stands for its leader. The
 * sentence that says who leads it keeps the side as it is. The leader may be said after the
 * delegation first acts ("met a delegation of Korea. The head of the delegation, X, noted"), and
 * a delegation whose leader the article never states stands for the one person of its country the
 * article names most, and more than once (the guest it follows). The visitors of a country led by
 * someone ("the Ostrian guests, led by X") name that delegation's leader too; two leaders, no one.
 * And once the article says who leads a country's delegation, "the Ostrian guests met Y" is that
 * leader meeting Y (guests of a country whose leader it never states stand for no one).
 */
export function ledDelegationsAsHeads(doc: Doc): void {
  // Each country's head; undefined when two people are said to lead its sides, for which of them was
  // met is then a guess ("received a delegation of Ostria ... The Ostrian guests, led by X, ...
  // Another Ostrian delegation, headed by Y, ...").
  const heads = new Map<string, number | undefined>();
  // `statedHeadOnly`: a side that stands for its head only when the article says who leads that
  // country's delegation (the members of a body, the guests of a country).
  const delegations: { s: Sentence; n: number; country: string; statedHeadOnly: boolean }[] = [];
  for (const s of doc.sentences) {
    for (const [n, m] of s.mentions.entries()) {
      if (m.kind !== "group" || !m.country) continue;
      const members = MEMBERS.test(m.description ?? "");
      const delegation = LED_GROUP.test(m.description ?? "") || members;
      const visitors = !delegation && VISITORS.test(m.description ?? "");
      if (!delegation && !visitors) continue;
      const led = leaderAfter(s, n);
      const leader = led?.person;
      if (leader === undefined) {
        if (delegation || visitors)
          delegations.push({ s, n, country: m.country, statedHeadOnly: members || visitors });
        continue;
      }
      if (!heads.has(m.country)) heads.set(m.country, leader);
      else if (heads.get(m.country) !== leader) heads.set(m.country, undefined);
      // "received a delegation, at the head of which was X": the delegation met as its head.
      if (led?.clause)
        s.mentions[n] = { kind: "person", from: m.from, to: m.to, person: leader, resolved: true };
    }
  }
  if (!delegations.length) return;
  const countries = new Set(
    delegations.filter((d) => !VISITORS.test(d.s.mentions[d.n]?.description ?? "")).map((d) => d.country),
  );
  const named = namedHead(doc);
  if (named !== undefined && countries.size === 1) {
    const only = [...countries][0] as string;
    if (!heads.has(only)) heads.set(only, named);
  }
  for (const { s, n, country, statedHeadOnly } of delegations) {
    const m = s.mentions[n] as Mention;
    if (statedHeadOnly && heads.get(country) === undefined) continue;
    // "Members of the delegation of X held meetings": the members acted, not (only) its head, whom
    // the article does not place there.
    if (!heads.has(country) && membersOf(s, m)) continue;
    const head = heads.has(country)
      ? heads.get(country)
      : (accompaniedHead(doc, country) ?? membersLedBy(doc, country) ?? mostNamedOf(doc, country, s));
    if (head === undefined || s.mentions.some((x) => x.person === head)) continue;
    s.mentions[n] = { kind: "person", from: m.from, to: m.to, person: head, resolved: true };
  }
}

/**
 * "X is visiting Ostria, accompanied by A and B. ... The Ostrian delegation met Y": the one person the
 * article says others accompanied travels at the head of that company, so the delegation of their
 * country is theirs. Two such people, no one.
 */
function accompaniedHead(doc: Doc, country: string): number | undefined {
  const found = new Set<number>();
  for (const s of doc.sentences) {
    const at = s.tokens.findIndex((t, i) => t.key === "accompanied" && s.tokens[i + 1]?.key === "by");
    if (at < 0) continue;
    const isPerson = (m: Mention) => m.kind === "person" && m.person !== undefined && !m.resolved;
    const company = s.mentions.find((m) => isPerson(m) && m.from > at + 1 && m.from <= at + 6);
    const owner = [...s.mentions].reverse().find((m) => isPerson(m) && m.to <= at);
    if (!company || owner?.person === undefined) continue;
    const own = doc.people[owner.person]?.country;
    if (own === country) found.add(owner.person);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

// "members of the Foreign Affairs Committee of the Parliament of Ostria, led by X": the words between
// "members of" and "led by", in which the country is named.
const MEMBERS_LED = /\bmembers of ([^.;]{0,120}?),? (?:led|headed) by\b/i;

/**
 * "met members of the Committee of the Parliament of Ostria, led by X. ... The Ostrian MPs met Y":
 * members of a body of a country, led by someone, are that country's delegation, whose head is X.
 */
function membersLedBy(doc: Doc, country: string): number | undefined {
  for (const s of doc.sentences) {
    const m = MEMBERS_LED.exec(s.text);
    if (!m || !(m[1] ?? "").includes(country)) continue;
    const end = m.index + m[0].length;
    const at = s.tokens.findIndex((t) => t.start >= end);
    const head = s.mentions.find(
      (x) => x.kind === "person" && x.person !== undefined && !x.resolved && x.from >= at && x.from <= at + 2,
    );
    if (head?.person !== undefined) return head.person;
  }
  return undefined;
}

// Whether a delegation mention is the complement of "members of", "some of", "part of".
function membersOf(s: Sentence, m: Mention): boolean {
  const before = s.tokens
    .slice(Math.max(0, m.from - 3), m.from)
    .map((t) => t.key)
    .join(" ");
  const own = s.tokens
    .slice(m.from, Math.min(m.to, m.from + 3))
    .map((t) => t.key)
    .join(" ");
  return (
    /\b(?:members?|some|part|several|most) of(?: the)?$/.test(before) || /^(?:the )?members? of\b/.test(own)
  );
}

const DELEGATION_WORD = /^(?:delegation|group)$/;
// How an article names a delegation's head outright: "The head of the delegation, X, noted" (or "The
// delegation's head, X"),
// "Leading the group of deputies is X" (the title may stand before the name or open its mention),
// "The delegation led by X held talks" (the delegation the article told of, now with its head; also
// "The delegation was led by X"), or
// a sentence that opens "This parliamentary group, led by X".
const NAMES_THE_HEAD =
  /(?:\bhead of the (?:[\w-]+ )?delegation ,? [^,]+|\bthe delegation ?['’]s (?:head|leader) ,? [^,]+|\bleading the (?:[\w-]+ )?(?:delegation|group)(?: of [\w-]+){0,2} (?:is|was) [^,]+|^(?:[^,]* )?the delegation(?: ,)? (?:was |is )?(?:led|headed) by [^,]+)$/;
const OPENS_LED_BY =
  /^(?:the|this) (?:[\w-]+ )?(?:delegation|group)(?: ,)? (?:was |is )?(?:led|headed) by [^,]+$/;

// The person the article names as a delegation's head (see NAMES_THE_HEAD).
function namedHead(doc: Doc): number | undefined {
  for (const s of doc.sentences)
    for (const m of s.mentions) {
      if (m.kind !== "person" || m.person === undefined || m.resolved) continue;
      // Eight words before the mention: for a mention among the first eight, the sentence's opening.
      const span = joinWords(s.tokens, Math.max(0, m.from - 8), m.to).toLowerCase();
      if ((m.from <= 8 && OPENS_LED_BY.test(span)) || NAMES_THE_HEAD.test(span)) return m.person;
    }
  return undefined;
}

// The person of a country named most often, when only one is named most and more than once: one named
// once, in the frame of a visit ("within the framework of the visit of X"), is no guest the article
// follows, and their country's delegation may have met without them.
// Not anyone the delegation's own sentence names: "X met with a delegation of Ostria" is not X's
// (a country the article gave X by mistake makes no head of X).
function mostNamedOf(doc: Doc, country: string, s: Sentence): number | undefined {
  // Not someone the report brings in as absent ("handed over a message from Speaker Y. In his
  // letter, Y noted ..."): named twice, but never with the delegation.
  const absent = absentPeople(doc);
  const of = doc.people
    .filter((p) => p.country === country && !absent.has(p.id) && !s.mentions.some((m) => m.person === p.id))
    .sort((a, b) => b.mentions - a.mentions);
  const [first, second] = of;
  if (!first || first.mentions < 2 || (second && second.mentions === first.mentions)) return undefined;
  return first.id;
}

// How a delegation's leader is named right after it: "(,) led/headed/chaired by" (which the sentence
// finders read too, as LED).
const LED_BY = /^(?:, )?(?:which is |who are )?(?:led|headed|chaired) by(?: (?:the|its|his|her))?$/;
// A clause that makes the head its subject or object: "at the head of which was", "at whose head
// stood", "whose head was", "the head of the delegation being" (and "with X at its head", read after
// the name). The sentence finders read no such clause, so the delegation itself stands for its head.
// (The clause's "head" may be a mention of the head already; it is read as words.)
const HEAD_CLAUSE =
  /^, (?:at (?:the )?head of (?:which|whom) (?:was|were|stood|is)|at whose head (?:was|stood|is)|the (?:head|leader) of (?:the|which) (?:delegation|group) (?:being|was|is)|the (?:head|leader) being)(?: the)?$|^(?:[a-z]+ ){0,2}?(?:, )?whose (?:head|leader) (?:was|is)(?: the)?$/;

/** The leader named right after mention `n`, and whether a clause of its own names them (HEAD_CLAUSE). */
function leaderAfter(s: Sentence, n: number): { person: number; clause: boolean } | undefined {
  const m = s.mentions[n] as Mention;
  const words = (to: number) =>
    s.tokens
      .slice(m.to, to)
      .map((t) => t.key)
      .join(" ");
  const first = s.mentions[n + 1];
  if (first?.kind === "person" && first.person !== undefined && LED_BY.test(words(first.from)))
    return { person: first.person, clause: false };
  const after = s.mentions.slice(n + 1);
  let at = after.findIndex((x) => x.kind === "person" || x.from - m.to > 12);
  let next = after[at];
  // "at the head of which was X": "the head" is a mention of X already; the clause runs to X's name.
  while (next && after[at + 1]?.person === next.person && (after[at + 1]?.from ?? 0) - next.to <= 4)
    next = after[++at];
  if (next?.kind !== "person" || next.person === undefined) return undefined;
  if (HEAD_CLAUSE.test(words(next.from))) return { person: next.person, clause: true };
  // "a delegation ... with Speaker X at its head".
  const tail = s.tokens
    .slice(next.to, next.to + 4)
    .map((t) => t.key)
    .join(" ");
  const withHead =
    /^(?:, )?with(?: the)?$/.test(words(next.from)) && /^at (?:its|the|their) head\b/.test(tail);
  return withHead ? { person: next.person, clause: true } : undefined;
}
