/**
 * Finding the people of an article: names (two passes, so that a surname seen in full once counts
 * alone later), one local person per real person ("Koshanov", "Erlan Koshanov", "Mr. Koshanov",
 * "Dashzegve Amarbayasgalan" / "Amarbayasgalan Dashzegve"), with the roles written around the names.
 */

import { BoundedCache } from "../text/bounded-cache.ts";
import { allMatches } from "./all-matches.ts";
import { colleagueRole } from "./colleagues.ts";
import { countryWordSurnames, demonymSurnames } from "./country-surnames.ts";
import { countryTag } from "./country-tag.ts";
import type { Doc, LocalPerson, Mention, Sentence } from "./document.ts";
import { isFurnitureName } from "./furniture.ts";
import { type Found, findPhrases, isThingWord, isTitleWord } from "./gazetteer.ts";
import { honorificEnd, honorificStart } from "./honorifics.ts";
import { membersOfAfterList } from "./members-of-after-list.ts";
import { findNames, type NameSpan } from "./names.ts";
import { roleIsMainSubject } from "./opener-main-subject.ts";
import { partyGroupTag } from "./party-group-tag.ts";
import { withPossessiveBody } from "./possessive-body.ts";
import { respectiveTitleRoles } from "./respective-titles.ts";
import {
  countryIn,
  delegationListRole,
  functionBefore,
  glossAfter,
  joinWords,
  listedTogether,
  listRole,
  MEMBERS_OF_ONE_BODY,
  pluralTitleRoles,
  type RoleSpan,
  roleAfter,
  roleBefore,
  roleGluedAfter,
  roleOfAfter,
  servingTitleBefore,
  sharedAppositionRoles,
  statedRole,
} from "./roles.ts";
import { seatTitleOfList } from "./seat-title-list.ts";
import { sharedTitleRoles } from "./shared-titles.ts";
import { editDistance, nameKey, sameNameKey, sameNameWord, transliterationKey } from "./similar.ts";
import { speakingSingleNames } from "./speaking-surnames.ts";
import { fold, isCapitalized, type Token, tokenize } from "./text.ts";
import { titleCaseWeakened } from "./title-case-lines.ts";

/** The words of a name that identify it (initials and particles left out). */
export function nameWords(name: string): readonly string[] {
  return nameWordsOf(name).words;
}

/** The {@link nameKey}s of a name's {@link nameWords}, index for index (made once per name). */
export function nameWordKeys(name: string): readonly string[] {
  return nameWordsOf(name).keys;
}

/** A name's words, their keys, and what comparisons of people ask of them, made once per name. */
interface NameWordsEntry {
  words: readonly string[];
  keys: readonly string[];
  /** The {@link transliterationKey}s of the words, made when first asked (none for a name with initials). */
  transliterated: readonly string[] | undefined;
  /** Whether {@link NameWordsEntry.transliterated} has been made. */
  transliteratedMade: boolean;
}

// A name's words and their comparable keys ({@link nameKey}), made once per name: asked again and
// again for the same names (every comparison of people).
function nameWordsOf(name: string): NameWordsEntry {
  let entry = nameWordsCache.get(name);
  if (!entry) {
    const words = name
      .replace(/\b\p{Lu}\p{Ll}?\.\s*/gu, " ")
      .split(/[\s]+/)
      // The Arabic article is written joined or apart, or left out: "Al-Hakimi", "Al Hakimi", "Hakimi".
      .map((w) => w.replace(ARABIC_ARTICLE, ""))
      .filter(
        (w) =>
          w.length > 1 &&
          !/^(uulu|kyzy|ogly|oglu|ogli|o['‘’ʻ]g['‘’ʻ]li|qizi|gizi|ibn|bin|binti|bint|al|el|de|van|von|der)$/i.test(
            w,
          ),
      );
    entry = { words, keys: words.map(nameKey), transliterated: undefined, transliteratedMade: false };
    nameWordsCache.set(name, entry);
  }
  return entry;
}
const nameWordsCache = new BoundedCache<string, NameWordsEntry>(50_000);
// "al-", "el-" and the forms the article takes before some consonants ("ash-Sheikh", "ad-Din").
const ARABIC_ARTICLE = /^(?:al|el|ul|a[dnrstz]|ash|ath|adh)[-‐'’](?=\p{L}{2})/iu;

/** The initials of a name written with them ("K.Tokayev" → ["k"]). */
function initials(name: string): string[] {
  return allMatches(/\b(\p{Lu})\./gu, name).map((m) => fold(m[1] as string));
}

/** Whether a name form can refer to a person known by `names`. */
export function nameMatches(form: string, names: string[]): boolean {
  return formMatches(form, nameWordsOf(form), names);
}

// nameMatches for a form whose words the caller has already looked up (it compares one form with
// every person of an article).
function formMatches(form: string, entry: NameWordsEntry, names: string[]): boolean {
  const fw = entry.keys;
  if (fw.length === 0) return false;
  // Loops rather than callbacks: this runs for every pair of name forms compared, in every article.
  let ini: string[] | undefined;
  for (const n of names) {
    const { words: nw, keys: nk } = nameWordsOf(n);
    if (nw.length === 0) continue;
    // Every word of the shorter form must be a word of the longer (in any order, spelt nearly alike).
    const formShorter = fw.length <= nk.length;
    if (!everyWordIn(formShorter ? fw : nk, formShorter ? nk : fw)) continue;
    // An initial must agree with a first name ("K.Tokayev" is not "Dariga Tokayev").
    ini ??= initials(form);
    if (ini.length && nw.length > 1) {
      if (ini.every((i) => nw.some((x) => fold(x).startsWith(i)))) return true;
      continue;
    }
    return true;
  }
  return false;
}

// Whether every key of `short` is the key of a word of `long`, spelt nearly alike.
function everyWordIn(short: readonly string[], long: readonly string[]): boolean {
  for (const w of short) {
    let found = false;
    for (const x of long)
      if (sameNameKey(w, x)) {
        found = true;
        break;
      }
    if (!found) return false;
  }
  return true;
}

/** The fullest form among the names of a person: most words, then longest. */
export function pickFullName(names: string[], counts?: Map<string, number>): string {
  // Most words first; among equally full forms the most used one (a typo is rarely the most used).
  const seen = (n: string) => counts?.get(n) ?? 0;
  return (
    [...names].sort(
      (a, b) => nameWords(b).length - nameWords(a).length || seen(b) - seen(a) || b.length - a.length,
    )[0] ?? ""
  );
}

/** Finds names and roles, clusters them into local people, and records person mentions. */
export function findPeople(doc: Doc): void {
  const known = new Set<string>();
  // One pass finds every candidate; lone words count once the article has named them in full.
  // A byline or a photo credit names the outlet's staff, not someone the report is about.
  const candidates = doc.sentences.map((s) =>
    titleCaseWeakened(
      findNames(s.tokens, s.found, () => true).filter((span) => !isFurnitureName(s.text, s.tokens, span)),
      s.tokens,
      s.headline,
    ),
  );
  const inFullName = new Set<string>();
  for (const spans of candidates)
    for (const span of spans) {
      // The keys of the name's words, made once with them (nameKey of each word).
      const keys = nameWordKeys(span.name);
      if (!span.weak && (keys.length > 1 || span.titled || /\p{Lu}\./u.test(span.name)))
        for (const k of keys) known.add(k);
      if (keys.length > 1) for (const k of keys) inFullName.add(k);
    }
  // "Natalya German.": the demonym after a titled one-word name is its surname.
  for (const s of doc.sentences) {
    const whole = demonymSurnames(s, candidates[s.index] ?? []);
    if (!whole.length) continue;
    candidates[s.index] = (candidates[s.index] ?? []).map((n) => whole.find((w) => w.from === n.from) ?? n);
    s.found = s.found.filter((f) => !whole.some((n) => n.to === f.to && n.from < f.from));
    for (const n of whole) for (const k of nameWordKeys(n.name)) inFullName.add(k);
  }
  for (const key of singleNamesWithRoles(candidates)) known.add(key);
  for (const key of speakingSingleNames(doc.sentences, candidates)) known.add(key);
  // "President Montenegro" after "Ana Lucía Montenegro Iturralde": the person, no longer the country.
  for (const s of doc.sentences) {
    const surnames = countryWordSurnames(s, (key) => inFullName.has(key));
    if (!surnames.length) continue;
    candidates[s.index] = [...(candidates[s.index] ?? []), ...surnames].sort((a, b) => a.from - b.from);
    s.found = s.found.filter((f) => !surnames.some((n) => n.from === f.from));
  }
  // The keys of the known keys, made once rather than at every comparison.
  const knownList = [...known].filter((k) => k.length >= 5).map(nameKey);
  const isKnown = (name: string) => {
    // A lone word is known under the form its full name gave it ("Al-Halbousi" after "Mohammed al-Halbousi").
    const key = nameKey(name.replace(ARABIC_ARTICLE, ""));
    return known.has(key) || knownList.some((k) => sameNameKey(k, key));
  };

  for (const s of doc.sentences) {
    const spans: NameSpan[] = (candidates[s.index] ?? []).filter(
      (span) => !span.weak || isKnown(span.name) || surnameAfterRole(s, span) || surnameBeforeRole(s, span),
    );
    const nameAt = new Set<number>();
    for (const sp of spans) for (let k = sp.from; k < sp.to; k++) nameAt.add(k);
    const isNameToken = (i: number) => nameAt.has(i);
    const walk: NameWalk = { claimed: 0, subject: undefined, listHead: undefined, lastTo: -1 };
    // "Presidents A and B", "the Senate and Majilis speakers – A and B", "MPs A, B and C": a plural
    // title before a list.
    const pluralRoles = new Map<number, RoleSpan>();
    // The names of a list under a plural title of a body's members, by the title's first token.
    const listedUnder = new Map<number, number>();
    for (let j = 0; j + 1 < spans.length; ) {
      let last = j;
      while (
        last + 1 < spans.length &&
        listedTogether(s.tokens, spans[last] as NameSpan, spans[last + 1] as NameSpan)
      )
        last++;
      const roles = last > j ? pluralTitleRoles(s.tokens, s.found, spans.slice(j, last + 1)) : undefined;
      for (const [n, role] of (roles ?? []).entries()) pluralRoles.set(j + n, role);
      const head = roles?.[0];
      if (head && s.tokens.slice(head.from, head.to).some((t) => MEMBERS_OF_ONE_BODY.test(t.text)))
        for (let n = j; n <= last; n++) listedUnder.set(n, head.from);
      j = last + 1;
    }
    // "the Chairman of the Senate A and of the Majilis B": B's title is A's, in the body named after "and of".
    for (const [j, role] of sharedTitleRoles(s.tokens, s.found, spans, isNameToken))
      if (!pluralRoles.has(j)) pluralRoles.set(j, role);
    const sharedRoles = sharedAppositionRoles(s.tokens, s.found, spans);
    // "A and B of the Foreign Affairs Committee": the body after the list is each one's.
    for (const [j, role] of membersOfAfterList(s.tokens, s.found, spans))
      if (!sharedRoles.has(j)) sharedRoles.set(j, role);
    // "the President and Prime Minister of Ostria, A and B": each name's title by its place in the list.
    const respective = respectiveTitleRoles(s.tokens, s.found, spans, isNameToken);
    for (const [j, role] of respective) pluralRoles.set(j, role);
    // One function a name: the whole walk in one function cost V8's optimising compiler seconds, again
    // after each deoptimisation.
    for (const [j, span] of spans.entries()) {
      addNameMention(
        doc,
        s,
        span,
        walk,
        isNameToken,
        pluralRoles.get(j),
        sharedRoles.get(j),
        respective.has(j),
      );
      const under = listedUnder.get(j);
      const mention = s.mentions.at(-1);
      if (under !== undefined && mention && mention.to >= span.to) mention.listedUnder = under;
    }
    s.mentions.sort((a, b) => a.from - b.from);
  }
}

/**
 * The keys of lone words that are single-word names ("Suharyanto, Deputy Speaker of the House,
 * received ... Suharyanto said"): followed once by a role in apposition, and named again elsewhere in
 * the article. A word opening a sentence before an apposition once ("Nevertheless, the chairman of
 * the committee") is rarely a capitalised word of the article again.
 */
function singleNamesWithRoles(candidates: NameSpan[][]): Set<string> {
  const apposed = new Set<string>();
  const seen = new Map<string, number>();
  for (const spans of candidates)
    for (const span of spans) {
      if (!span.weak) continue;
      const key = nameKey(span.name);
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if (span.apposed) apposed.add(key);
    }
  return new Set([...apposed].filter((key) => (seen.get(key) ?? 0) >= 2));
}

/**
 * Whether a lone capitalised word stands right after a role phrase that names an office of a body or a
 * country ("the President of Belarus Dalkan", "the Chairman of the State Duma Committee on International
 * Affairs Slavsky"): agency English names people so by the surname alone, and the role vouches for it as
 * a title word right before it does ("Speaker Dalkan"). The word must stand alone (no capitalised word or
 * number after it), so that a role never makes a name of the thing it heads ("the Chairman of the Senate
 * Building Committee", "the Speaker of the Majilis Order No 5").
 */
function surnameAfterRole(s: Sentence, span: NameSpan): boolean {
  const next = s.tokens[span.to]?.text ?? "";
  if (isCapitalized(next) || /^\d/.test(next) || span.from < 3) return false;
  const role = roleBefore(s.tokens, span.from, s.found, NO_NAME_TOKENS);
  return !!role && role.to === span.from && (role.body !== undefined || role.country !== undefined);
}

/**
 * Whether a lone capitalised word named as a side of a meeting stands right before a role that names an
 * office of a body or a country, with or without a comma ("was welcomed by Petrov, Chairman of the
 * Committee of the State Duma", "by Petrov Chairman of the Committee ..."): the surname alone, vouched
 * for by its role as by a title before it. Only after "by", "with", "and" or a verb of meeting: a word
 * that opens a sentence or follows another preposition ("over Ostrovia, the Speaker stressed") is a
 * place or an adverb before the sentence's subject.
 */
function surnameBeforeRole(s: Sentence, span: NameSpan): boolean {
  if (!BEFORE_SIDE.has(s.tokens[span.from - 1]?.text ?? "")) return false;
  // "with Special Representative of the OSCE PA X": a word that makes one title with the title after
  // it is no surname.
  if (TITLE_ADJECTIVES.has(s.tokens[span.from]?.key ?? "")) return false;
  const role = roleGluedAfter(s.tokens, span.to, s.found) ?? roleAfter(s.tokens, span.to, s.found);
  return !!role && (role.body !== undefined || role.country !== undefined);
}
// No token is a name yet (before the names are chosen): one function for all, so that the role scans
// of a sentence (remembered by roles.ts for the same tokens and the same test) serve each of its words.
const NO_NAME_TOKENS = (_i: number): boolean => false;

// The words after which a side of a meeting is named: "welcomed by X", "talks with X", "met X".
const BEFORE_SIDE = new Set(
  "by with and met meets received receives welcomed welcomes greeted greets hosted hosts".split(" "),
);
// Capitalised words that open compound titles ("Special Representative", "High Commissioner",
// "Assistant Chairman", "Permanent Representative").
const TITLE_ADJECTIVES = new Set(
  `special assistant high senior permanent executive principal honorary personal presidential associate
  interim acting first second third chief general lord grand supreme state federal national foreign royal
  resident regional roving extraordinary plenipotentiary former incoming outgoing new elected great
  parliamentary honourable honorable majority minority`.split(/\s+/),
);

/** What the walk through one sentence's names carries from one name to the next. */
interface NameWalk {
  /** Tokens before this index belong to earlier mentions. */
  claimed: number;
  /** The sentence's first person and the title it gives them: whom "his counterpart" is relative to. */
  subject: { person: LocalPerson; title?: string } | undefined;
  /** "Ostrian President A, Prime Minister B and Foreign Minister C": the list's country-led first role. */
  listHead: RoleSpan | undefined;
  /** Where the previous name (with its role) ended. */
  lastTo: number;
  /** The previous name's person and where its name ends. */
  previous?: { person: LocalPerson; to: number };
  /** "Spokesperson of President X, Y": a title for the name that starts at `at`. */
  pending?: { at: number; role: RoleSpan };
}

/**
 * Records one name of a sentence: its local person, the roles written around it, and its mention.
 * `pluralRole` is its share of a plural title before a pair, `sharedRole` of a role after a list.
 */
function addNameMention(
  doc: Doc,
  s: Sentence,
  span: NameSpan,
  walk: NameWalk,
  isNameToken: (i: number) => boolean,
  pluralRole: RoleSpan | undefined,
  sharedRole: RoleSpan | undefined,
  listedRole = false,
): void {
  const person = personFor(doc, span.name, s.index, span.titled);
  person.mentions++;
  // Where the name starts with its honorific ("Dr. A", "H.E. A"): titles stand before that.
  const start = honorificStart(s.tokens, span.from);
  if (walk.pending && start === walk.pending.at) addRole(person, walk.pending.role, s.index);
  walk.pending = undefined;
  servingTitle(s, span, walk, isNameToken);
  const previous = walk.previous?.person;
  const previousTo = walk.previous?.to ?? -1;
  walk.previous = { person, to: span.to };
  let before =
    (listedRole ? pluralRole : undefined) ??
    roleBefore(s.tokens, span.from, s.found, isNameToken) ??
    pluralRole;
  // An apposition of the previous name wins over a role before this one ("A, the head of X, B"). (B's
  // own title after that apposition's comma, "A, head of the X Group, Ostria's envoy B", is what
  // roleBefore reads: it starts B's role after the comma.)
  if (before && before.from < walk.claimed) before = undefined;
  // "Anna Velloni (Renew, SE), Vice-Chair of the delegation": a European Parliament group tag (see below)
  // stands between the name and its apposition.
  const tag = partyGroupTag(s.text, s.tokens, span.to);
  // "Ana Ruiz (Ecuador), Speaker of ...": a country in brackets likewise stands before the apposition.
  const bracketed = tag ? undefined : countryTag(s.tokens, s.found, span.to);
  let after = roleAfter(s.tokens, tag?.to ?? bracketed?.to ?? span.to, s.found, isNameToken);
  // "Talking to Ambassador X, the Speaker said": the role after the opener's comma is who speaks.
  if (after && roleIsMainSubject(s.tokens, span.to, after)) after = undefined;
  // "welcomed by Petrov Chairman of the Committee": the role printed with no comma after the name.
  if (!after && !before && !tag && !bracketed)
    after = roleGluedAfter(s.tokens, span.to, s.found, isNameToken);
  // "X is the Deputy Speaker of the Y": a clause of its own that states its subject's title.
  if (!before && !after && !tag && !bracketed)
    after = statedRole(s.tokens, start, span.to, s.found, isNameToken);
  // "the head of X(,) A, the head of Y, B": a list that gives each name its role before it goes on so;
  // the role after A's comma is B's.
  if (before && after && roleThenName(s.tokens, s.found, after, isNameToken)) after = undefined;
  // "chairman Artak Zakaryan of the NA Standing Committee": the title and the phrase after the name are one role.
  const completed = before && !after ? roleOfAfter(s.tokens, span.to, s.found, before) : undefined;
  if (completed) {
    before = undefined;
    after = completed;
  }
  // "X, PABSEC Vice-President, Head of the Serbian Delegation, and Y": a second apposition is a second role.
  // A plain gloss of the body (", the local representative body") is none.
  const further =
    after && glossAfter(s.tokens, after.to) !== "plain"
      ? roleAfter(s.tokens, after.to, s.found, isNameToken)
      : undefined;
  // "the Ostria-Veldania Parliamentary Group headed by Member of Parliament X": X holds the title and
  // heads the group, two roles.
  // (A delegation "of the National Committee ... led by" is led, not the committee: see withDelegation.)
  const heads =
    before && !after && !delegationBefore(s.tokens, before.from)
      ? groupHead(s.tokens, s.found, before.from)
      : undefined;
  if (before) before = withPossessiveBody(doc.sentences, s, withDelegation(s.tokens, s.found, before));
  // "a delegation of the National Assembly of Ostria headed by X": X heads it, of its country.
  else if (!after) before = delegationHead(s.tokens, s.found, start);
  // "Kuwaiti MP A, B and C": the seat title of the list's first name is the title of the others.
  const seat = before || after ? undefined : seatTitleOfList(s.tokens, span.from, walk.listHead, walk.lastTo);
  if (seat) before = seat;
  // "X, together with colleagues A, B and C": A (and the names listed with A) sit in X's body.
  const colleague = before || after ? undefined : colleagueRole(s.tokens, span.from, previous);
  if (colleague) before = colleague;
  const inList =
    !!seat ||
    (!!before && /^(,|and)$/.test(s.tokens[before.from - 1]?.text ?? "") && before.from - 1 === walk.lastTo);
  if (before && walk.listHead && inList && !before.country && !before.body)
    before = { ...before, country: walk.listHead.country };
  if (before && !after && !before.body && before.country && startsWithCountry(s.found, before))
    walk.listHead = before;
  else if (!inList || after) walk.listHead = undefined;
  if (colleague) walk.listHead = colleague;
  walk.lastTo = span.to;
  const mention: Mention = { kind: "person", from: span.from, to: span.to, person: person.id };
  if (before && (s.tokens[before.from - 1]?.key ?? "") === "its")
    ownerOfIts(s.text.slice(0, s.tokens[before.from - 1]?.start ?? 0), before);
  // "X noted that A had a meeting with his Ostrian counterpart B": in a clause of its own, "his" is
  // the clause's first person's, not the sentence's.
  const clauseSubject = subjectOfThatClause(s.tokens, span.from, previous, previousTo);
  const owner =
    clauseSubject && clauseSubject !== person
      ? { person: clauseSubject, title: clauseSubject.roles.at(-1)?.title }
      : walk.subject && walk.subject.person !== person
        ? walk.subject
        : undefined;
  const ownerTitle = owner ? (owner.title ?? owner.person.roles[0]?.title) : undefined;
  // "Anna Velloni (Renew, SE)": a member of the European Parliament, of the member state the tag names,
  // whatever title stands beside the name.
  if (tag) {
    person.country ??= tag.country;
    if (!before && !after)
      after = {
        from: span.to,
        to: tag.to,
        title: MEP_TITLE,
        body: "European Parliament",
        country: tag.country,
      };
    mention.to = Math.max(mention.to, tag.to);
  }
  if (bracketed) {
    person.country ??= bracketed.country;
    mention.to = Math.max(mention.to, bracketed.to);
  }
  // "G.Saruul MP, head of the group": the seat written right after the name is a title of its own.
  const seatAfter = /^(?:MP|MEP)$/.test(s.tokens[span.to]?.text ?? "")
    ? { from: span.to, to: span.to + 1, title: s.tokens[span.to]?.text ?? "" }
    : undefined;
  for (const role of [before, after, further, seatAfter, heads]) {
    if (!role) continue;
    addRole(person, role, s.index, ownerTitle);
    mention.from = Math.min(mention.from, role.from);
    mention.to = Math.max(mention.to, role.to);
  }
  // "members of the Federal Council: A, B and C": the list's heading is each name's role too.
  const listed = listRole(s.tokens, span.from, s.found) ?? delegationListRole(s.tokens, span.from, s.found);
  if (listed) addRole(person, listed, s.index);
  // "C, D and E, directors of the committee;": the role is each name's, the mention stays the name's.
  const shared = after || before ? undefined : sharedRole;
  if (shared) addRole(person, shared, s.index);
  walk.subject ??= { person, title: [before, after].find((r) => r && !r.counterpart)?.title };
  // "The delegation's head, Deputy Speaker X": the function before the comma is X's, not another person's.
  const held = before ? functionBefore(s.tokens, before.from, s.found, isNameToken) : undefined;
  if (held !== undefined) mention.from = Math.min(mention.from, held);
  // "his Korean counterpart Chung Sye-kyun", "the Majilis Speaker Erlan Koshanov", "Mr. Nigmatulin":
  // the words that introduce the name belong to its mention.
  mention.from = honorificStart(s.tokens, mention.from);
  if (mention.from > walk.claimed && /^(his|her|their|the|a)$/i.test(s.tokens[mention.from - 1]?.text ?? ""))
    mention.from--;
  mention.from = Math.max(mention.from, walk.claimed);
  // A name the previous name's role ran over is already inside that mention: an empty mention
  // here would cover no word (and stall whatever walks the sentence mention by mention).
  if (mention.to <= mention.from) return;
  walk.claimed = mention.to;
  s.mentions.push(mention);
}

/**
 * The person named right before the name at `nameFrom` when both stand in a "that" clause ("noted that
 * A had a meeting with his counterpart B") and that person is the clause's first: undefined otherwise.
 */
function subjectOfThatClause(
  tokens: Token[],
  nameFrom: number,
  previous: LocalPerson | undefined,
  previousTo: number,
): LocalPerson | undefined {
  if (!previous) return undefined;
  let that = nameFrom - 1;
  while (that >= 0 && tokens[that]?.key !== "that") that--;
  if (that < 0 || previousTo <= that) return undefined;
  // Only the clause's own words between "that" and the person: no other name, no comma.
  return tokens.slice(that + 1, previousTo).some((t) => t.text === "," || t.text === ";")
    ? undefined
    : previous;
}

// The title of a member of the European Parliament whom only a group tag introduces.
const MEP_TITLE = "Member of the European Parliament";

// Whether a role is followed by a comma and a name ("..., the head of Y, B"), before any other name,
// or runs on to the next name as the whole of its title ("A, Chair of the Committee on X at the
// government of Y B": the apposition reader stopped at "at", the title before B did not).
function roleThenName(
  tokens: Token[],
  found: Found[],
  role: RoleSpan,
  isNameToken: (i: number) => boolean,
): boolean {
  // The role may go on past where the apposition reader stopped ("... committee and of the group ...").
  for (let k = role.to; k < Math.min(tokens.length, role.to + 15); k++) {
    if (isNameToken(k))
      return k > role.to && (roleBefore(tokens, k, found, isNameToken)?.from ?? k) <= role.from;
    if (/^[.;:]$/.test(tokens[k]?.text ?? "")) return false;
    if (tokens[k]?.text === ",") return isNameToken(honorificEnd(tokens, k + 1));
  }
  return false;
}

/**
 * "Y, Spokesperson of President X, said", "Spokesperson of President X, Y, said": the title of someone
 * who serves X, written before X's name, is the title of the name in apposition beside it: the
 * previous name, or the next one (recorded in the walk until that name is read).
 */
function servingTitle(
  s: Sentence,
  span: NameSpan,
  walk: NameWalk,
  isNameToken: (i: number) => boolean,
): void {
  const serving = servingTitleBefore(s.tokens, span, s.found, isNameToken);
  if (!serving) return;
  const previous = walk.previous;
  if (previous && s.tokens[serving.from - 1]?.text === "," && previous.to === serving.from - 1)
    addRole(previous.person, serving, s.index);
  else if (s.tokens[span.to]?.text === ",") walk.pending = { at: span.to + 1, role: serving };
}

// Whether a role opens with the country it names ("Ostrian President", "Ostria's Prime Minister").
function startsWithCountry(found: Found[], role: RoleSpan): boolean {
  return found.some((f) => f.from === role.from && f.entry.kind === "country");
}

/**
 * "the Great State Khural of Ostria, led by Chairman X", "members of the House of Representatives, led by
 * Speaker Y": a bare title of the leader of a body named just before ", led by" is a title in that body,
 * of its country when the body says which.
 */
function ledBody(tokens: Token[], found: Found[], role: RoleSpan, led: number): RoleSpan {
  if (tokens[led - 1]?.text !== ",") return role;
  // The body (with the country phrase that may follow it) must end right before the comma.
  const end = led - 1;
  const phrases = found.filter((f) => f.to <= end && f.to >= end - 4);
  const body = phrases.find((f) => f.entry.kind === "body");
  if (!body || !found.some((f) => f.to === end)) {
    // A body the gazetteer does not know, written as a name after "the": "members of the House of
    // Representatives, led by Speaker X", "the Ostria Friendship League (OFL), headed by Chairman Y".
    const from = namedBodyBefore(tokens, end);
    const name = joinWords(tokens, from, end).replace(/\( /g, "(").replace(/ \)/g, ")");
    if (from >= 0) return { ...role, title: `${role.title} of the ${name}` };
    // "members of the Ostria-Veldania parliamentary friendship group, headed by MP X": a group written
    // in lower case, which X heads beside the title X holds.
    const group = groupBefore(tokens, end);
    return group < 0
      ? role
      : { ...role, title: `${role.title}, head of the ${joinWords(tokens, group, end)}` };
  }
  // A body several countries call so ("the House of Representatives") still names the title's body;
  // the country is left to the rest of the article.
  const country = countryIn(body.from, end, found).country;
  const words = joinWords(tokens, body.from, end);
  return {
    ...role,
    title: `${role.title} of the ${words.replace(/^the /i, "")}`,
    body: body.entry.name,
    ...(country ? { country } : {}),
  };
}

// The nouns of a group of members written in lower case ("the friendship group", "the working group").
const GROUP_NOUN = /^(?:group|caucus|league|commission|committee)$/;

/**
 * Where a group named in lower case before token `end` starts: the words after "the", ending in a
 * group's noun, with no verb or comma between ("the Ostria-Veldania parliamentary friendship group").
 * -1 when the words before `end` are no such group.
 */
function groupBefore(tokens: Token[], end: number): number {
  if (!GROUP_NOUN.test(tokens[end - 1]?.key ?? "")) return -1;
  for (let k = end - 2; k >= Math.max(0, end - 7); k--) {
    const key = tokens[k]?.key ?? "";
    if (key === "the") return k + 1 < end - 1 ? k + 1 : -1;
    if (!/^[\p{L}'’-]+$/u.test(key) || CLAUSE_VERB.test(key)) return -1;
  }
  return -1;
}

// Verbs that make the words after "delegation" a clause of their own, not the delegation's complement.
const CLAUSE_VERB =
  /^(?:met|meets|held|holds|visited|visits|received|receives|arrived|attended|discussed|paid|had|has|was|were|is|are)$/;

/**
 * Where a body's name written before token `end` starts: capitalised words (with "of", "the", "and"
 * between them and an abbreviation in brackets after them) right after "the", two capitalised words at
 * least. -1 when the words before `end` are no such name.
 */
function namedBodyBefore(tokens: Token[], end: number): number {
  let k = end;
  if (tokens[k - 1]?.text === ")" && tokens[k - 3]?.text === "(") k -= 3;
  let from = k;
  let capitals = 0;
  while (from > 0) {
    const word = tokens[from - 1]?.text ?? "";
    if (isCapitalized(word) && !isTitleWord(word)) capitals++;
    else if (!/^(?:of|and)$/.test(word) || !isCapitalized(tokens[from - 2]?.text ?? "")) break;
    from--;
  }
  return capitals >= 2 &&
    from < k &&
    tokens[from - 1]?.key === "the" &&
    isCapitalized(tokens[from]?.text ?? "")
    ? from
    : -1;
}

/**
 * "a delegation from the Committee on Foreign Affairs of the Russian Council of the Federation, led by
 * Committee Chairperson X", "Azerbaijan's parliamentary delegation led by speaker Y": a title that
 * says no country is the title of the leader of that delegation, in its body and of its country.
 */
export function withDelegation(tokens: Token[], found: Found[], role: RoleSpan): RoleSpan {
  if (role.country || role.body) return role;
  let k = role.from - 1;
  // "led by the Clerk X" is read for a delegation of an international body only (below).
  const article = tokens[k]?.key === "the";
  if (/^(its|his|her|their|the)$/.test(tokens[k]?.key ?? "")) k--; // "headed by its Speaker X"
  if ((tokens[k]?.key ?? "") !== "by") return role;
  k--;
  if (!/^(led|headed|chaired)$/.test(tokens[k]?.key ?? "")) return role;
  const led = k;
  let delegation = -1;
  for (let x = led - 1; x >= Math.max(0, led - 25); x--)
    if (/^delegations?$/.test(tokens[x]?.key ?? "")) {
      delegation = x;
      break;
    }
  // "the delegation met with members of the House, led by Speaker X": a delegation that a verb follows
  // is not what ", led by" speaks of; the body just before it is.
  const complement =
    (delegation + 1 === led || /^(?:of|from|,)$/.test(tokens[delegation + 1]?.key ?? "")) &&
    !tokens.slice(delegation + 1, led).some((t) => CLAUSE_VERB.test(t.key));
  if (delegation < 0 || !complement) return article ? role : ledBody(tokens, found, role, led);
  // The delegation's source after it ("from/of the ..."), else its modifiers before it ("Azerbaijan's parliamentary").
  let to = delegation + 1;
  if (/^(from|of)$/.test(tokens[to]?.key ?? "")) {
    to++;
    while (to < led && !/^(,|—|–|-|and|which|who)$/.test(tokens[to]?.key ?? "")) to++;
  }
  const source = joinWords(tokens, delegation + 2, to).replace(/^the /i, "");
  let from = delegation;
  while (from > 0 && !/^(a|an|the|,|by|with)$/.test(tokens[from - 1]?.key ?? "")) from--;
  // Of the words before "delegation", the country nearest it: "X welcomes US House delegation led by
  // Y" names the host's country first and the delegation's last.
  const country = countryIn(delegation, to, found).country ?? nearestCountryIn(from, delegation, found);
  // "a delegation from the Pan-African Parliament led by the Clerk X": an international body, of no
  // country, is still the body the title is held in.
  // ("led by its Secretary General X" is completed by ownerOfIts, below.)
  const organisation =
    tokens[role.from - 1]?.key === "its"
      ? undefined
      : found.find((f) => f.from > delegation && f.to <= to && f.entry.kind === "org");
  if (!country || article)
    // ("the Bank's Country Director" already says whose title it is.)
    return organisation && !country && !/['’]s\b/.test(role.title)
      ? {
          ...role,
          title: joinBodyToTitle(role.title, ` of the ${source}`),
          body: organisation.entry.name,
        }
      : role;
  const modifiers = tokens.slice(from, delegation).map((t) => t.key);
  // "a delegation from Uzbekistan headed by Senate Deputy Chairman X": a country alone gives the
  // country, not a body to name ("of the Uzbekistan").
  const onlyCountry = found.some(
    (f) =>
      f.entry.kind === "country" &&
      f.to === to &&
      f.from <= delegation + 2 &&
      joinWords(tokens, f.from, to) === source,
  );
  // "a delegation of Philippine senators led by Senate President X": people, not a body, after "of".
  const ofPeople = MEMBERS_OF_ONE_BODY.test(tokens[to - 1]?.text ?? "");
  const ofWhat =
    onlyCountry || ofPeople
      ? ""
      : source
        ? ` of the ${source}`
        : modifiers.includes("parliamentary")
          ? ` of the ${tokens[from]?.text} parliament`
          : "";
  return { ...role, title: joinBodyToTitle(role.title, ofWhat), country };
}

/**
 * A title with the "of" phrase of the delegation's source after it, the body the title ends in not said
 * twice: "First Deputy Chairman of the Senate" and " of the Senate of the Oliy Majlis" make "First Deputy
 * Chairman of the Senate of the Oliy Majlis".
 */
function joinBodyToTitle(title: string, ofWhat: string): string {
  const at = title.lastIndexOf(" of the ");
  const tail = at < 0 ? "" : title.slice(at);
  if (tail && ofWhat.toLowerCase().startsWith(`${tail.toLowerCase()} `)) return title.slice(0, at) + ofWhat;
  return `${title}${ofWhat}`;
}

// The country named last between `from` and `to` (a country, or a body's country).
function nearestCountryIn(from: number, to: number, found: Found[]): string | undefined {
  for (let k = to; k > from; k--) {
    const country = countryIn(k - 1, to, found).country;
    if (country) return country;
  }
  return undefined;
}

/**
 * The role of a name right after "a delegation of ... led by" when the text gives it no title: head of
 * that delegation, of its country ("a delegation of the Ostrian Senate headed by X"). Undefined when
 * no delegation with a country stands before it.
 */
function delegationHead(tokens: Token[], found: Found[], at: number): RoleSpan | undefined {
  const role = withDelegation(tokens, found, { from: at, to: at, title: "head of the delegation" });
  return role.country ? role : groupHead(tokens, found, at);
}

/**
 * "members of the working group of the Council of the Republic on cooperation with Ostria headed by
 * X": the name after "headed by" (no comma before it) heads the group named before it, of the body the
 * group belongs to (named before its "on", "with" or "for": the partner after them is not X's).
 */
// Whether "led by" before `at` speaks of a delegation "of" or "from" something ("a delegation of the
// National Committee ... led by"): one named in the same clause, with no verb between.
function delegationBefore(tokens: Token[], at: number): boolean {
  for (let x = at - 1; x >= Math.max(0, at - 25); x--) {
    const key = tokens[x]?.key ?? "";
    if (/^[.;:]$/.test(key) || CLAUSE_VERB.test(key)) return false;
    if (/^delegations?$/.test(key)) return /^(?:of|from)$/.test(tokens[x + 1]?.key ?? "");
  }
  return false;
}

function groupHead(tokens: Token[], found: Found[], at: number): RoleSpan | undefined {
  if (tokens[at - 1]?.key !== "by" || !/^(?:led|headed|chaired)$/.test(tokens[at - 2]?.key ?? ""))
    return undefined;
  const led = at - 2;
  let noun = -1;
  for (let x = led - 1; x >= Math.max(1, led - 20); x--) {
    const key = tokens[x]?.key ?? "";
    if (/^[,.;:]$/.test(key) || CLAUSE_VERB.test(key)) return undefined;
    if (GROUP_NOUN.test(key)) {
      noun = x;
      break;
    }
  }
  if (noun < 0) return undefined;
  let from = noun;
  while (from > noun - 4 && from > 0 && /^[\p{L}'’-]+$/u.test(tokens[from - 1]?.key ?? "")) {
    if (/^(?:the|a|its)$/.test(tokens[from - 1]?.key ?? "")) break;
    from--;
  }
  if (!/^(?:the|a|its)$/.test(tokens[from - 1]?.key ?? "")) return undefined;
  let own = noun + 1;
  while (own < led && !/^(?:on|with|for)$/.test(tokens[own]?.key ?? "")) own++;
  const body = found.find((f) => f.from > noun && f.to <= own && f.entry.kind === "body");
  const country = countryIn(noun + 1, own, found).country;
  return {
    from: at,
    to: at,
    // "the Committee on Foreign Affairs—and led by": the dash and "and" before the verb are no part of it.
    title: `head of the ${joinWords(tokens, from, led).replace(/(?:\s*(?:[,—–-]|\band\b))+$/u, "")}`,
    ...(body ? { body: body.entry.name } : {}),
    ...(country ? { country } : {}),
  };
}

// "its Chairman": the body "its" stands for is the last body named before it in the sentence, an "X of
// Y" ("... approved in the National Assembly of Armenia ..., as announced by its Chairman") or a run
// of capitalised words that ends in an institution's head noun ("a delegation of the Ostrian National
// Assembly led by its Secretary General"). A role that the delegation has already placed stays.
function ownerOfIts(before: string, role: RoleSpan): void {
  if (role.country && /\bof\b/.test(role.title)) return;
  const runs = allMatches(/[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*)*/g, before).map(
    (m) => m[0],
  );
  const body = runs
    .filter((r) => /\s/.test(r) && (/\sof\s/.test(r) || isThingWord(r.split(/\s+/).at(-1) ?? "")))
    .at(-1);
  if (!body) return;
  role.title = `${role.title} of the ${body.replace(/^the\s+/i, "")}`;
  role.country ??= countryIn(0, Number.MAX_SAFE_INTEGER, findPhrases(tokenize(body))).country;
}

/**
 * The local person a name stands for: one already met under a form that matches it, or under the same
 * name in another transliteration, or (for a name written without a title before it) under another
 * spelling of its first name; else a new person.
 */
function personFor(doc: Doc, name: string, sentence: number, titled = true): LocalPerson {
  const entry = nameWordsOf(name);
  const existing =
    doc.people.find((p) => formMatches(name, entry, p.names)) ??
    transliteratedPerson(doc, name) ??
    (titled ? undefined : otherFirstName(doc, name, sentence));
  if (existing) {
    if (!existing.names.includes(name)) existing.names.push(name);
    existing.nameCounts.set(name, (existing.nameCounts.get(name) ?? 0) + 1);
    return existing;
  }
  const person: LocalPerson = {
    id: doc.people.length,
    names: [name],
    roles: [],
    mentions: 0,
    firstSentence: sentence,
    nameCounts: new Map([[name, 1]]),
  };
  doc.people.push(person);
  return person;
}

/**
 * Whether a name (by its transliteration keys, `fk`) is one of `names` written in another
 * transliteration ("Gulnar Asgarova" / "Gulnar Askerova"): every word of the shorter form has the
 * {@link transliterationKey} of a word of the longer, and one of them is long enough (five letters)
 * to say so. Names with initials are left to {@link nameMatches}, which checks the initials.
 */
function transliterated(fk: readonly string[], names: string[]): boolean {
  return names.some((n) => {
    const nk = transliteratedKeys(n);
    if (!nk) return false;
    const [short, long] = fk.length <= nk.length ? [fk, nk] : [nk, fk];
    return short.length > 0 && short.some((k) => k.length >= 5) && short.every((k) => long.includes(k));
  });
}

// The first person of the article whom `name` names in another transliteration (its keys made once).
function transliteratedPerson(doc: Doc, name: string): LocalPerson | undefined {
  const fk = transliteratedKeys(name);
  return fk ? doc.people.find((p) => transliterated(fk, p.names)) : undefined;
}

// The transliteration keys of a name's words (undefined for a name with initials), made once per name:
// every new name of an article is compared with every name of its people so far.
function transliteratedKeys(name: string): readonly string[] | undefined {
  const entry = nameWordsOf(name);
  if (!entry.transliteratedMade) {
    entry.transliterated = /\p{Lu}\./u.test(name) ? undefined : entry.words.map(transliterationKey);
    entry.transliteratedMade = true;
  }
  return entry.transliterated;
}

/**
 * The one person of the article already named with the same surname and a first name that differs
 * only as two spellings of it do ("Igor Dorin" and later "Ion Dorin": same initial, at most two
 * letters apart), when `name` is written without a title of its own and not in the same sentence as
 * that person: an outlet's slip, not a relative (relatives carry their own titles, or other initials).
 */
function otherFirstName(doc: Doc, name: string, sentence: number): LocalPerson | undefined {
  const [first, last, ...rest] = nameWords(name);
  if (!first || !last || rest.length) return undefined;
  const text = doc.sentences[sentence]?.text ?? "";
  const spelledOtherwise = (n: string) => {
    const [f, l, ...more] = nameWords(n);
    if (!f || !l || more.length || !sameNameWord(l, last) || sameNameWord(f, first)) return false;
    const a = fold(f);
    const b = fold(first);
    return a[0] === b[0] && editDistance(a, b, 2) <= 2;
  };
  const candidates = doc.people.filter((p) => p.names.some(spelledOtherwise));
  const [only] = candidates;
  return candidates.length === 1 && only && !only.names.some((n) => text.includes(n)) ? only : undefined;
}

/**
 * Records a role of a person. A counterpart role is relative to `ownerTitle`, the title of the person
 * whose counterpart this is: "Speaker Y met his Ostrian counterpart X" makes X the "Ostrian
 * counterpart of the Speaker"; "his counterpart Senate Speaker X" gives X the title after "counterpart".
 */
export function addRole(person: LocalPerson, role: RoleSpan, sentence: number, ownerTitle?: string): void {
  person.country ??= role.country;
  if (role.counterpart) {
    const own = titleAfterCounterpart(role.title) ?? counterpartFrom(role.title, ownerTitle);
    if (own) role = { ...role, title: own, counterpart: false };
    else {
      // "of the Speaker of X", but "of Ostria's President" (a possessive takes no article).
      const owned = ownerTitle?.replace(/^the\s+/i, "");
      const of = owned && /^\S+['’]s\s/.test(owned) ? owned : `the ${owned}`;
      const title = owned ? `${role.title} of ${of}` : role.title;
      person.relativeRoles ??= [];
      if (!person.relativeRoles.some((r) => r.title === title))
        person.relativeRoles.push({ ...role, title, sentence });
      return;
    }
  }
  if (!person.roles.some((r) => r.title === role.title)) person.roles.push({ ...role, sentence });
  // "Ambassador Extraordinary and Plenipotentiary of X to Y" is also known by its short form,
  // "Ambassador of X to Y", the way most reports write it.
  const short = role.title.replace(/\s+Extraordinary and Plenipotentiary\b/i, "");
  if (short !== role.title && !person.roles.some((r) => r.title === short))
    person.roles.push({ ...role, title: short, sentence });
}

/**
 * "her counterpart from the National Assembly of Ostria", said beside a "Speaker of Parliament": the
 * owner's title in the body (or country) the counterpart comes from, "Speaker of the National Assembly
 * of Ostria". Undefined for a counterpart said otherwise, or when the owner's title is not known.
 */
function counterpartFrom(title: string, ownerTitle: string | undefined): string | undefined {
  const from = /\bcounterpart from (.+)$/i.exec(title)?.[1];
  // The title words that end the owner's title before any "of" ("Speaker", "Vice Chairman"), without
  // the country or body before them ("Ostrian Parliament Speaker"): those say the owner's side.
  const words = (ownerTitle?.split(/ of /i)[0] ?? "").split(/\s+/);
  let k = words.length;
  while (k > 0 && (isTitleWord(words[k - 1] ?? "") || TITLE_RANK.test(words[k - 1] ?? ""))) k--;
  const head = words.slice(k).join(" ");
  return from && head ? `${head} of ${from}` : undefined;
}
// Words of rank that open a title ("Vice Chairman", "First Deputy Speaker").
const TITLE_RANK = /^(?:vice|first|deputy|chief)$/i;

// "counterpart Senate Speaker of the Oliy Majlis": the words after "counterpart", when they hold a title.
function titleAfterCounterpart(title: string): string | undefined {
  const rest = title
    .split(/\bcounterpart\b/i)
    .slice(1)
    .join(" ")
    .replace(/^[\s,]+/, "");
  return rest.split(/\s+/).some(isTitleWord) ? rest : undefined;
}
