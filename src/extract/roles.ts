/**
 * Role phrases around a name: before it ("Chairman of the Majilis of the Kazakh Parliament Yerlan
 * Koshanov", "his Korean counterpart Chung Sye-kyun") and after it as an apposition ("Hao Mingjin,
 * vice-chairperson of the Standing Committee of the NPC,"). A role gives a person's title, body and
 * country.
 */

import { WEEKDAYS } from "./dates.ts";
import { type Found, isKnownCity, isThingWord, isTitleWord, singularTitle } from "./gazetteer.ts";
import { honorificBeginsAt, honorificEnd, honorificStart, SHORT_TITLES } from "./honorifics.ts";
import { HEADLINE_VERBS } from "./names.ts";
import { fold, isCapitalized, type Token } from "./text.ts";

/** A role phrase by token positions [from, to), with what it says. */
export interface RoleSpan {
  from: number;
  to: number;
  title: string;
  body?: string;
  country?: string;
  /** "his Korean counterpart": the role is relative to the other side. */
  counterpart?: boolean;
  /** "head of the Japan-Cuba friendship group": the two countries of a bilateral body the role is in. */
  pairCountries?: string[];
}

const CONNECTORS = new Set([
  // The apostrophe of a plural possessive ("House of Peoples' Representatives") stands alone.
  "'",
  "’",
  "of",
  "the",
  "and",
  "for",
  "on",
  "to",
  "'s",
  "’s",
  "-",
  "(",
  ")",
  ",",
  "&",
  // "the Committee on Legislative and Judicial/Legal Reforms": two names of one field.
  "/",
  "«",
  "»",
  "—",
  "–",
  '"',
  "“",
  "”",
]);
// Lower-case words that belong in role phrases ("speaker of the Mazhilis, or lower house").
const ROLE_LOWER = new Set(
  `speaker chairman chairwoman chairperson chair vice-chairperson vice-chairman vice-speaker deputy head member
  president vice-president ambassador minister prime secretary general secretary-general governor senator leader
  chief top senior representative first second lower upper house chamber parliament assembly council committee group
  local representative body organization organisation counterpart former acting executive presiding officer parliamentary friendship
  interparliamentary inter-parliamentary league caucus or mission diplomatic standing countries states nations region affairs
  delegation staff working legislative ruling opposition
  relations policy security cooperation commission all-party cross-party faction`.split(/\s+/),
);
/**
 * Whether a folded word is two role words joined by a hyphen ("chief of staff-secretary general": one
 * office written as two joined titles), each part a word of roles in lower case.
 */
function roleCompound(f: string): boolean {
  const dash = f.indexOf("-");
  return dash > 0 && f.split("-").every((part) => ROLE_LOWER.has(part));
}
// A compound adjective written in lower case with a hyphen ("short-term", "newly-formed").
const COMPOUND_ADJECTIVE = /^[a-z]+-[a-z]+$/;
// The second word of a royal honorific ("His Highness", "Her Majesty").
const ROYAL_STYLE = /^(highness|majesty)$/i;
// Styles of rank written between a title and the name they style ("Speaker Sheikh X", "Ambassador Prince X").
const STYLE_OF_RANK = /^(sheikh|sheikha|shaikh|prince|princess)$/;
// Titles written short before a name, with a dot ("Sen. X", "Rep. Y", "Gov. Z"), as written: only with
// the dot and a capital, since "Sen" and "Rep" are names and words of their own too.
const TITLE_ABBREVIATIONS = new Map<string, string>(
  [...SHORT_TITLES].flatMap(([abbreviation, { title }]) =>
    title ? [[`${abbreviation[0]?.toUpperCase()}${abbreviation.slice(1)}`, title] as const] : [],
  ),
);
/** Whether the tokens from `at` up to `end` are a country or a city the gazetteer knows ("Baku"). */
function placeAt(tokens: Token[], at: number, end: number, found: Found[]): boolean {
  if (found.some((f) => f.from === at && f.to === end && f.entry.kind === "country")) return true;
  return at < end && isKnownCity(joinWords(tokens, at, end));
}
// Diplomats, whose title may name the city they are posted in ("envoy in Veldgrad").
const POSTED_DIPLOMAT = /^(?:envoy|ambassador|consul|consul-general|chargé|charge|attaché|attache)$/;
// Words before a role that end its scan ("met with", "received").
const STOP_LOWER = new Set([
  "with",
  "by",
  "to",
  "met",
  "received",
  "and",
  "as",
  "from",
  "between",
  "that",
  "said",
  "told",
]);

/**
 * The role phrase right before a name, if there is one: the longest stretch of capitalised words,
 * connectors and role words ending at the name, trimmed on the left to where the role starts.
 */
export function roleBefore(
  tokens: Token[],
  nameFrom: number,
  found: Found[],
  isNameToken: (i: number) => boolean = () => false,
  whole = false,
): RoleSpan | undefined {
  const scan = scanBefore(tokens, nameFrom, found, isNameToken);
  if (!scan) return undefined;
  if (scan.short) return { from: scan.from, to: scan.end, title: scan.short, counterpart: false };
  let role = whole ? scan.whole : scan.own;
  if (role === undefined) {
    // "Spokesperson of President X": the name's own title is the one after "of"; the title before it is
    // another person's (unless `whole` asks for the phrase as written).
    const from = whole ? scan.from : Math.max(scan.from, ownTitleStart(tokens, scan.from, scan.end));
    role = describeRole(tokens, from, scan.end, found) ?? null;
    if (whole) scan.whole = role;
    else scan.own = role;
    // Most phrases are one title: then the whole phrase and the name's own title are one reading.
    if (from === scan.from && (whole ? scan.own : scan.whole) === undefined) {
      if (whole) scan.own = ownTitleStart(tokens, scan.from, scan.end) <= scan.from ? role : undefined;
      else scan.whole = role;
    }
  }
  // A copy: callers complete the roles they are given.
  return role ? copyRole(role) : undefined;
}

/**
 * Whether the words right before "and" at `k` are a title and its "of" phrase, "<Title> of (the)
 * <Place or Body>": a few capitalised words, none of them a name, after a title word and "of".
 */
function titleOfBefore(tokens: Token[], k: number, isNameToken: (i: number) => boolean): boolean {
  const of = ofPhraseBefore(tokens, k, isNameToken);
  return of !== undefined && isTitleWord(tokens[of - 1]?.text ?? "");
}

// Prepositions that open a sentence with a phrase of their own ("Via the ambassador, ...").
const OPENING_PREPOSITION = /^(?:Via|Through|With|To|For|From|By|Like|Unlike|Besides)$/;

/**
 * Whether the words right before "and" at `k` are a seat in a body, "Member of (the) <Body>": a few
 * capitalised words after "Member of".
 */
function memberOfBefore(tokens: Token[], k: number): boolean {
  const of = ofPhraseBefore(tokens, k);
  return of !== undefined && tokens[of - 1]?.key === "member";
}

// The index of the "of" that opens the words right before `k`, "of (the) <Place or Body>": one to five
// capitalised words or "the" after it, none of them one that `stops` marks (a name); undefined if none.
function ofPhraseBefore(
  tokens: Token[],
  k: number,
  stops: (i: number) => boolean = () => false,
): number | undefined {
  let x = k - 1;
  while (
    x > k - 6 &&
    x > 1 &&
    !stops(x) &&
    (isCapitalized(tokens[x]?.text ?? "") || tokens[x]?.key === "the")
  )
    x--;
  return x < k - 1 && tokens[x]?.key === "of" ? x : undefined;
}

/**
 * Whether the comma at `k` parts the fields of a committee's name, the last of them joined by "and",
 * up to the end of the role at `end`: "Committee on International Affairs, Defence and Security, X".
 * The fields open with "on" or "for" after a capitalised word a few words before the comma, and after
 * the comma come only capitalised words and one "and".
 */
function commaInFieldList(tokens: Token[], k: number, end: number): boolean {
  if (!isCapitalized(tokens[k - 1]?.text ?? "") || end - k < 4 || end - k > 8) return false;
  let and = 0;
  for (let x = k + 1; x < end; x++) {
    const key = tokens[x]?.key ?? "";
    if (key === "and") and++;
    else if (!isCapitalized(tokens[x]?.text ?? "")) return false;
  }
  if (and !== 1 || tokens[end - 1]?.key === "and") return false;
  for (let x = k - 2; x >= Math.max(1, k - 6); x--) {
    const key = tokens[x]?.key ?? "";
    if ((key === "on" || key === "for") && isCapitalized(tokens[x - 1]?.text ?? "")) return true;
    if (!isCapitalized(tokens[x]?.text ?? "") && key !== "and") return false;
  }
  return false;
}

// A role span that shares nothing with `role` (its keys in the same order).
function copyRole(role: RoleSpan): RoleSpan {
  const copy = { ...role };
  if (role.pairCountries) copy.pairCountries = [...role.pairCountries];
  return copy;
}

/**
 * Where the role phrase before a name lies: tokens [from, end), or a title written short (`short`,
 * "Sen." before the name). One scan serves both readings of {@link roleBefore} (the phrase whole and the
 * name's own title), which each name of a sentence asks for up to three times.
 */
interface BeforeScan {
  from: number;
  end: number;
  short: string | undefined;
  /** The two readings once described (null: no role). */
  whole: RoleSpan | null | undefined;
  own: RoleSpan | null | undefined;
}

// The scans of the sentence last asked about, by the name's first token (null: no role). A sentence is
// the same tokens, phrases and names for every name of it; another one (or another test of names) clears them.
let scannedTokens: Token[] | undefined;
let scannedFound: Found[] | undefined;
let scannedFoundCount = 0;
let scannedIsName: ((i: number) => boolean) | undefined;
const scans = new Map<number, BeforeScan | null>();

function scanBefore(
  tokens: Token[],
  nameFrom: number,
  found: Found[],
  isNameToken: (i: number) => boolean,
): BeforeScan | undefined {
  if (
    tokens !== scannedTokens ||
    found !== scannedFound ||
    found.length !== scannedFoundCount ||
    isNameToken !== scannedIsName
  ) {
    scans.clear();
    scannedTokens = tokens;
    scannedFound = found;
    scannedFoundCount = found.length;
    scannedIsName = isNameToken;
  }
  let scan = scans.get(nameFrom);
  if (scan === undefined) {
    scan = scanRoleBefore(tokens, nameFrom, found, isNameToken) ?? null;
    scans.set(nameFrom, scan);
  }
  return scan ?? undefined;
}

// Institutions a body is attached to, written in lower case after "at the" or "under the".
const INSTITUTION_UNDER = /^(?:government|cabinet|presidency|president|ministry|office)$/;

/**
 * Where the words "at the government" end, read leftwards from the institution's word at `k` ("...
 * Family Affairs at the government of Ostria"): the index of "at"/"under" when a capitalised word (the
 * end of a body's name) stands before it and "of" after the institution; `k` itself otherwise.
 */
function institutionUnderBefore(tokens: Token[], k: number): number {
  if (!INSTITUTION_UNDER.test(tokens[k]?.text ?? "") || tokens[k + 1]?.key !== "of") return k;
  if (tokens[k - 1]?.key !== "the" || !/^(?:at|under)$/.test(tokens[k - 2]?.key ?? "")) return k;
  return isCapitalized(tokens[k - 3]?.text ?? "") ? k - 2 : k;
}

function scanRoleBefore(
  tokens: Token[],
  nameFrom: number,
  found: Found[],
  isNameToken: (i: number) => boolean,
): BeforeScan | undefined {
  const i = honorificStart(tokens, nameFrom);
  // "Sen. X", "Rep. Y": a title written short, with its dot, right before the name.
  // Not after a capitalised word that is no known phrase: "Amartya Sen. Sonny" ends one name and starts the next.
  // The honorific list holds "Rep." and "Gov." too (a style, never a name), so the abbreviation is either
  // the first word of what honorificStart stepped over or right before it.
  const shortAt = (k: number) =>
    TITLE_ABBREVIATIONS.has(tokens[k]?.text ?? "") &&
    tokens[k + 1]?.text === "." &&
    tokens[k + 1]?.start === tokens[k]?.end;
  const a = shortAt(i) ? i : i - 2;
  const short = TITLE_ABBREVIATIONS.get(tokens[a]?.text ?? "");
  const afterName = isCapitalized(tokens[a - 1]?.text ?? "") && !found.some((f) => f.to === a);
  if (short && !afterName && shortAt(a))
    return { from: a, end: Math.max(i, a + 2), short, whole: undefined, own: undefined };
  let end = i;
  // "the Chairman of the Kazakh Majilis, Nurlan Nigmatulin, has held": a role, a comma, the name.
  if (tokens[i - 1]?.text === ",") {
    const last = tokens[i - 2]?.text ?? "";
    if (
      ![",", ".", ")"].includes(tokens[i]?.text ?? "") &&
      !isTitleWord(last) &&
      !/^\p{Lu}/u.test(last) &&
      !ROLE_LOWER.has(fold(last)) && // "the Speaker of Ostrian parliament, X"
      last !== ")" // "Chairman of the National Assembly (NA), Ara Babloyan"
    )
      return undefined;
    end = i - 1;
  }
  let from = end;
  for (let k = end - 1; k >= 0; k--) {
    const w = tokens[k]?.text ?? "";
    const f = tokens[k]?.key ?? ""; // the token's folded form
    if (isNameToken(k)) break; // another person's name ends the role
    // "the head of the friendship group «Ostria — Veldania» of the Assembly X": a body's name in quotes
    // right after the word it names is part of the role, dashes and all.
    const open = quotedNameStart(tokens, k);
    if (open !== undefined) {
      from = open;
      k = open;
      continue;
    }
    if (endsRoleScan(tokens, k, found)) break;
    // "Chair of the Committee on Family Affairs at the government of Ostria X": the institution a
    // body works under, joined by "at the"/"under the".
    const underFrom = institutionUnderBefore(tokens, k);
    if (underFrom < k) {
      from = underFrom;
      k = underFrom;
      continue;
    }
    // "the Secretary for international, security and defence affairs X": a lower-case field, commas
    // and all, between "for" or "on" and the part of the role already read.
    const fieldFrom = fieldBefore(tokens, k);
    if (fieldFrom < k) {
      from = fieldFrom;
      k = fieldFrom;
      continue;
    }
    // A known phrase is part of the role whatever its case ("(Majlis al-Nuwab)").
    const inPhrase = found.some((x) => x.from <= k && k < x.to);
    if (
      inPhrase ||
      isCapitalized(w) ||
      ROLE_LOWER.has(f) ||
      roleCompound(f) ||
      isTitleWord(w) || // "Chargé d'Affaires": a title word in lower case
      (CONNECTORS.has(f) && f !== "and") ||
      // "her counterpart from the National Assembly of Ostria X": where the counterpart comes from.
      (f === "from" &&
        tokens[k - 1]?.key === "counterpart" &&
        !tokens.slice(k, end).some((t) => t.text === ","))
    ) {
      // "Speaker of Majilis, the lower chamber of the Kazakh Parliament, X": a gloss of the body goes on.
      const gloss =
        (tokens[k + 1]?.key ?? "") === "the" &&
        ROLE_LOWER.has(tokens[k + 2]?.key ?? "") &&
        !isTitleWord(tokens[k + 2]?.text ?? "");
      if (
        f === "," &&
        !gloss &&
        (end < i || !isCapitalized(tokens[k - 1]?.text ?? "")) &&
        !commaInFieldList(tokens, k, end)
      )
        break;
      from = k;
      // "the head of the national security and defence committee X": the committee's field before it.
      const fieldFrom = FIELD_BODY.test(w) ? fieldBeforeBody(tokens, k) : k;
      if (fieldFrom < k) {
        from = fieldFrom;
        k = fieldFrom;
      }
      continue;
    }
    // "Saeima Chairman and the U.S. Ambassador X", "Speaker of the National Assembly and Ostrian Ambassador
    // X": after "and", a title of another country than the words before it is another person's.
    if (f === "and" && titleOfAnotherCountry(tokens, found, k, end)) break;
    if (
      f === "and" &&
      isCapitalized(tokens[k - 1]?.text ?? "") &&
      isCapitalized(tokens[k + 1]?.text ?? "") &&
      !isTitleWord(tokens[k + 1]?.text ?? "") &&
      // "the King and Ostrian President X": a title before "and" ends another person's title.
      !isTitleWord(tokens[k - 1]?.text ?? "")
    ) {
      from = k; // "Foreign Affairs, Defense and Security"
      continue;
    }
    // "Member of the Parliament and chair of the X group Alun Y": two titles of one person (but in
    // "chairman A of the X Committee and chairman B", the title after "and" is B's alone).
    // "Deputy Prime Minister and Minister of Foreign Affairs X": a title, "and", a title of a body.
    if (
      f === "and" &&
      isCapitalized(tokens[k - 1]?.text ?? "") &&
      (ROLE_LOWER.has(tokens[k + 1]?.text ?? "") ||
        (isTitleWord(tokens[k - 1]?.text ?? "") && isTitleWord(tokens[k + 1]?.text ?? ""))) &&
      (tokens[k + 2]?.key ?? "") === "of"
    ) {
      from = k;
      continue;
    }
    // "Member of Parliament and Head of the Ostria-Tarvonia Group X": a seat in a body and a title of
    // one of its parts are one person's (a member holds any other title beside the seat).
    // "Vice-President of Ostria and President of the General Assembly X": two titles, each with its "of"
    // phrase, and no name between them, are one person's.
    if (
      f === "and" &&
      isTitleWord(tokens[k + 1]?.text ?? "") &&
      (tokens[k + 2]?.key ?? "") === "of" &&
      (memberOfBefore(tokens, k) || titleOfBefore(tokens, k, isNameToken))
    ) {
      from = k;
      continue;
    }
    // "the head of the economy committee and of the group of relations with X, Y": one title held in
    // two bodies.
    if (f === "and" && (tokens[k + 1]?.key ?? "") === "of" && k > 0 && !isNameToken(k - 1)) {
      from = k;
      continue;
    }
    // "Ostria's envoy in Veldgrad X", "the Ambassador in Ostrograd X": the city a diplomat is posted in
    // is part of the title.
    if (f === "in" && POSTED_DIPLOMAT.test(tokens[k - 1]?.key ?? "") && placeAt(tokens, k + 1, end, found)) {
      from = k;
      continue;
    }
    if (
      (f === "at" || f === "under") &&
      isCapitalized(tokens[k - 1]?.text ?? "") &&
      (tokens[k + 1]?.key ?? "") === "the"
    ) {
      from = k; // "Chairman of the Foreign Affairs Committee at the Council", "Committee ... under the Government"
      continue;
    }
    // "Head of the Working Group on Interparliamentary Relations with Ostria": the country a group's
    // relations are with is part of the group's name.
    if (
      f === "with" &&
      /^(relations|cooperation|ties|friendship|partnership)$/i.test(tokens[k - 1]?.text ?? "") &&
      isCapitalized(tokens[k - 1]?.text ?? "") &&
      isCapitalized(tokens[k + 1]?.text ?? "")
    ) {
      from = k;
      continue;
    }
    // "Head of the Slovenia-Chile friendship group in the National Assembly": a group or committee in a body.
    if (
      f === "in" &&
      /^(group|committee|commission|delegation|faction)s?$/i.test(tokens[k - 1]?.text ?? "") &&
      (tokens[k + 1]?.key ?? "") === "the" &&
      isCapitalized(tokens[k + 2]?.text ?? "")
    ) {
      from = k; // "Chairman of the Foreign Affairs Committee at the Council", "Committee ... under the Government"
      continue;
    }
    // "coordinator of the short-term observer mission X", "head of the newly-formed committee Y": a
    // compound adjective in lower case between "the" and the body it describes is part of the role.
    if (COMPOUND_ADJECTIVE.test(w) && from === k + 1 && (tokens[k - 1]?.key ?? "") === "the") {
      from = k;
      continue;
    }
    // "Director-General of the UN Office in Vienna X", "Ambassador of Ostria in Veldania X": a body's
    // or a post's city, between a capitalised word of the role and the rest of it.
    if (
      f === "in" &&
      isCapitalized(tokens[k - 1]?.text ?? "") &&
      from === k + 1 &&
      found.some((x) => x.from === k + 1 && x.entry.kind === "city")
    ) {
      from = k;
      continue;
    }
    if (f === "his" || f === "her" || f === "their") {
      from = k;
      break;
    }
    // "the head of the parliamentary group of friendship with Romania, X": the group's partner is part of the role.
    if (f === "with" && /^(friendship|cooperation|relations)$/.test(tokens[k - 1]?.key ?? "")) {
      from = k;
      continue;
    }
    break;
  }
  // "met in Vienna President X", "received in Ostria Speaker Y", "received at the Akorda Speaker Z": a
  // city, a country or a seat right after "in" or "at" (and "the"), where the role would start, is where
  // the meeting was, not a word of the title.
  const at = tokens[from]?.key === "the" ? from + 1 : from;
  const place = found.find(
    (x) =>
      x.from === at &&
      x.to < end &&
      (x.entry.kind === "city" ||
        x.entry.kind === "body" ||
        (x.entry.kind === "country" && !x.entry.demonym)),
  );
  if (place && /^(in|at)$/.test(tokens[from - 1]?.key ?? "")) from = place.to;
  // "Talking to Ostria's Ambassador X, the Speaker said": the participle that opens the sentence and
  // its preposition frame the name; the role starts after them.
  if (
    from === 0 &&
    /^\p{Lu}\p{Ll}+ing$/u.test(tokens[0]?.text ?? "") &&
    /^(to|with)$/.test(tokens[1]?.key ?? "")
  )
    from = 2;
  // "Via the ambassador, X sent his regards", "Through the Speaker, Y ...": a phrase that opens the
  // sentence with a preposition and ends in a comma before the name frames the sentence; it is no
  // apposition of the name, which is the subject after it.
  if (end < i && from === 0 && OPENING_PREPOSITION.test(tokens[0]?.text ?? "")) return undefined;
  // "Meeting Chairman of the Senate X, the Speaker said", "Congratulating Speaker X, ...": a participle that
  // opens the sentence takes the name as its object; it is no word of the title (but "Acting Speaker",
  // "Standing Committee chairman" are titles of their own).
  if (
    from < end - 1 &&
    OPENS_CLAUSE_BEFORE.has(tokens[from - 1]?.text ?? ".") &&
    /^\p{Lu}\p{Ll}+ing$/u.test(tokens[from]?.text ?? "") &&
    !TITLE_PARTICIPLES.has(tokens[from]?.key ?? "") &&
    isCapitalized(tokens[from + 1]?.text ?? "")
  )
    from++;
  // "Welcoming X after his election as Chairman of the Y, (Duma Speaker) Z said": the title taken is
  // X's; Z's starts after the comma, if at all.
  if (officeTakenBefore(tokens, from)) {
    const comma = tokens.findIndex((t, k) => k >= from && k < end && t.text === ",");
    if (comma >= 0) from = comma + 1;
    else if (end < i) return undefined;
    if (from >= end) return undefined;
  }
  // "A, the deputy chairman of the Assembly, Ostria's envoy B": words that open right after a name and
  // its comma, up to the next comma, are that name's apposition; B's role starts after that comma.
  const lead = tokens[from]?.text === "," ? from + 1 : from;
  const opens = tokens[lead - 1]?.key === "the" ? lead - 1 : lead;
  if (tokens[opens - 1]?.text === "," && isNameToken(opens - 2)) {
    // Not a comma inside a field or a body's name ("for international, security and defence
    // affairs", "Committee on Defense, Security and Combating Corruption").
    const comma = tokens.findIndex(
      (t, k) =>
        k >= lead &&
        k < end &&
        t.text === "," &&
        isCapitalized(tokens[k + 1]?.text ?? "") &&
        !listInName(tokens, k, isNameToken) &&
        !commaInFieldList(tokens, k, end),
    );
    if (comma >= 0) from = comma + 1;
    if (from >= end) return undefined;
  }
  // A chain of roles separated by commas ("the Chairman of the Federation Council, Chairman of the IPA
  // CIS Council, V. Matvienko"): the earlier roles are the same person's.
  while ((end === i || tokens[end]?.text === ",") && tokens[from - 1]?.text === "," && from >= 2) {
    const previous = roleBefore(tokens, from, found, isNameToken);
    if (!previous || previous.from >= from || officeTakenBefore(tokens, previous.from)) break;
    if (ownedFunction(tokens, previous.from, from - 1)) break;
    // "A, chair of the committee, Senator B": a role right after a name and its comma is that name's apposition.
    // So is one that opens with "the" ("A, the chair of the committee, Senator B").
    const opensWith = tokens[previous.from - 1]?.key === "the" ? previous.from - 1 : previous.from;
    if (tokens[opensWith - 1]?.text === "," && isNameToken(opensWith - 2)) break;
    from = previous.from;
  }
  // "President His Highness Sheikh X": the role ends at the honorific; the rest is the name's style.
  // An honorific before the title ("HE Speaker X", "His Excellency Chairman X") is the style of the
  // whole phrase: the role starts after it. A royal one ("His Highness Sheikh X") is followed by
  // more of the name's style, not by a role.
  // "His Highness the Prime Minister Sheikh X", "His Excellency the Speaker Dr. X": a royal honorific
  // followed by "the" styles a title, not a name. Words before an honorific that hold no title ("Earlier,
  // His Excellency the Speaker X") are not part of the role.
  for (let k = from; k < end; k++)
    if (honorificBeginsAt(tokens, k)) {
      if (k > from && !hasTitleWord(tokens, from, k)) from = k;
      const styled = honorificEnd(tokens, k);
      const titleFollows = !ROYAL_STYLE.test(tokens[k + 1]?.text ?? "") || tokens[styled]?.key === "the";
      if (k === from && styled < end && titleFollows) {
        from = styled;
        k = from - 1;
        continue;
      }
      end = k;
      break;
    }
  // "Shura Council Speaker Sheikh X", "Ambassador Prince X": after a title, a style of rank is the name's,
  // not more of the role (but "Crown Prince" is a title of its own).
  if (end - from > 1 && STYLE_OF_RANK.test(tokens[end - 1]?.key ?? "") && tokens[end - 2]?.key !== "crown")
    end--;
  return { from, end, short: undefined, whole: undefined, own: undefined };
}

const POSSESSIVES = new Set(["'s", "’s", "its", "his", "her", "their"]);

/**
 * Where an owned function noun starts that a comma sets before a role ("The delegation's head, Deputy
 * Speaker X", `from` at "Deputy"): the apposition names the function's holder, so the words belong to
 * that person's mention (though not to the title). Undefined when the comma follows no such words.
 */
export function functionBefore(
  tokens: Token[],
  from: number,
  found: Found[],
  isNameToken: (i: number) => boolean,
): number | undefined {
  if (tokens[from - 1]?.text !== ",") return undefined;
  const previous = roleBefore(tokens, from, found, isNameToken);
  return previous && previous.from < from && ownedFunction(tokens, previous.from, from - 1)
    ? previous.from
    : undefined;
}

// "The delegation's head, Deputy Speaker X", "Its leader, Senator Y": a bare function noun in lower case,
// owned by what stands before it, is what the apposition after the comma names, not a title of its own.
// So is the head of a delegation ("The head of the delegation, Deputy Speaker X", "The delegation head,
// Senator Y"): leading a delegation is a function; the title is the one after the comma.
function ownedFunction(tokens: Token[], from: number, to: number): boolean {
  if (delegationFunction(tokens, from, to)) return true;
  let k = from;
  if (POSSESSIVES.has(tokens[k]?.key ?? "")) k++;
  else if (!POSSESSIVES.has(tokens[from - 1]?.key ?? "")) return false;
  if (k >= to) return false;
  for (; k < to; k++) if (!/^\p{Ll}+$/u.test(tokens[k]?.text ?? "") || tokens[k]?.key === "of") return false;
  return true;
}

const FUNCTION_NOUN = new Set(["head", "leader", "chief"]);
const DELEGATION_WORDS = new Set([
  "the",
  "of",
  "delegation",
  "parliamentary",
  "its",
  "his",
  "her",
  "their",
  "'s",
  "’s",
]);

// Whether tokens [from, to) say only that someone leads a delegation ("head of the delegation").
function delegationFunction(tokens: Token[], from: number, to: number): boolean {
  let noun = false;
  let delegation = false;
  // "The delegation head": the words before the title that describeRole left out say whose head.
  let a = from;
  while (a > 0 && DELEGATION_WORDS.has(tokens[a - 1]?.key ?? "")) a--;
  for (let k = a; k < to; k++) {
    const f = tokens[k]?.key ?? "";
    if (FUNCTION_NOUN.has(f)) noun = true;
    else if (!DELEGATION_WORDS.has(f)) return false;
    if (f === "delegation") delegation = true;
  }
  return noun && delegation;
}

/**
 * The gloss of a body after the comma at `comma`, if one stands there: "wider" when it names the wider
 * body the first is part of (", the lower chamber of the X"), "plain" when it only says what the body
 * is (", the local representative body"), which is no title.
 */
export function glossAfter(tokens: Token[], comma: number): "wider" | "plain" | undefined {
  if (tokens[comma]?.text !== "," || tokens[comma + 1]?.key !== "the") return undefined;
  if (!ROLE_LOWER.has(tokens[comma + 2]?.key ?? "")) return undefined;
  for (let i = comma + 2; i < tokens.length && i < comma + 8; i++) {
    const f = tokens[i]?.key ?? "";
    if (f === "of") return "wider";
    if (f === "," || f === "." || f === ";") break;
  }
  return "plain";
}

// "his appointment as", "her election as the new": the words that say an office was taken, before its
// title, read backwards from the title (the folded words, last first).
const TAKING_OFFICE = new Set(
  "appointment election re-election reelection nomination inauguration confirmation".split(" "),
);
const BEFORE_TAKEN_TITLE = new Set([
  "the",
  "a",
  "an",
  "new",
  "newly",
  "first",
  "youngest",
  "next",
  "incoming",
]);

// The words before the "of" of an office taken: "(on) (his|the) assumption of (the) office",
// "assuming the post", "taking up the position", "(his) election to the post".
const OFFICE_TAKEN =
  /\b(?:assumption of|assuming|taking(?: up| over)?|took(?: up| over)?|assumed|(?:election|elevation|appointment|accession) to)(?: the| his| her)? (?:office|post|position|duties|chair)$/;

// The keys of up to `n` tokens right before token `k`, joined by spaces.
function keysBefore(tokens: Token[], k: number, n: number): string {
  return tokens
    .slice(Math.max(0, k - n), k)
    .map((t) => t.key)
    .join(" ");
}

/**
 * Whether the title at token `from` follows words that say someone took it ("on his appointment as
 * the new", "after her election as"): then it is the office of the one whose "his" that is.
 */
export function officeTakenBefore(tokens: Token[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && BEFORE_TAKEN_TITLE.has(tokens[k]?.key ?? "")) k--;
  // "congratulated X on the assumption of the office of Speaker", "on taking up the post of": the
  // office taken named after the post it is.
  if ((tokens[k]?.key ?? "") === "of" && OFFICE_TAKEN.test(keysBefore(tokens, k, 6))) return true;
  if ((tokens[k]?.key ?? "") !== "as") return false;
  k--;
  if (!TAKING_OFFICE.has(tokens[k]?.key ?? "")) return false;
  k--;
  if (/^(?:recent|new|first)$/.test(tokens[k]?.key ?? "")) k--;
  return /^(?:his|her|their)$/.test(tokens[k]?.key ?? "");
}

// How far back from an "and" the words of the title before it are read for their country.
const TITLE_BEFORE_AND = 8;

/**
 * Whether the words after the "and" at `and` (up to `end`) are a title that opens with a country the
 * words before it do not name: two posts of two countries, hence two people.
 */
function titleOfAnotherCountry(tokens: Token[], found: Found[], and: number, end: number): boolean {
  if (!hasTitleWord(tokens, and + 1, end)) return false;
  // The second title's own country opens it ("and the U.S. Ambassador", "and Ostrian President"), where
  // "and chair of the Ostria friendship group" names a country of something else.
  const opens = (tokens[and + 1]?.key ?? "") === "the" ? and + 2 : and + 1;
  const after = found.find((f) => f.from === opens && f.entry.kind === "country")?.entry;
  if (after?.kind !== "country") return false;
  const before = countryIn(Math.max(0, and - TITLE_BEFORE_AND), and, found).country;
  return before !== after.name;
}

// What stands before the first word of a sentence or of a dateline's text: nothing, a full stop, a dash.
const OPENS_CLAUSE_BEFORE = new Set([".", "—", "–", "-", "--"]);
// Participles that are part of a title or of a body's name ("Acting Speaker", "Standing Committee",
// "Working Group", "Presiding Officer").
const TITLE_PARTICIPLES = new Set(
  `acting presiding managing standing ruling governing founding outgoing incoming sitting reigning leading
  working organizing organising steering monitoring coordinating`.split(/\s+/),
);

// Words that make a title of a title word ("Prime Minister", "First Deputy", "Crown Prince").
const TITLE_MODIFIERS = new Set(["prime", "first", "crown"]);

/**
 * Where the name's own title starts in a role phrase that first names the title of someone who serves
 * that holder: "Spokesperson of President", "Adviser to Prime Minister" (a title, "of", "to" or "for",
 * and nothing but title words, without "the", up to the name). `from` when the phrase is one title
 * ("Speaker of the Senate", "Minister of Foreign Affairs": a body or a field after "of"; "Press Secretary
 * of the President X": with "the", the title is X's).
 */
function ownTitleStart(tokens: Token[], from: number, end: number): number {
  let k = end - 1;
  while (k > from && (isTitleWord(tokens[k]?.text ?? "") || TITLE_MODIFIERS.has(tokens[k]?.key ?? ""))) k--;
  if (k === end - 1) return from;
  // "Press Secretary of the President X" is X's own title; "of President X" names X by theirs.
  if (!/^(of|to|for)$/.test(tokens[k]?.key ?? "") || !hasTitleWord(tokens, from, k)) return from;
  return k + 1;
}

/**
 * The title of someone who serves the holder of the name's title, written before that name:
 * "Spokesperson of President X" is a title of the person in apposition beside it ("Y, Spokesperson of
 * President X, said", "Spokesperson of President X, Y, said"), with X's name, not a title of X's.
 * Undefined when the role before the name is one title.
 */
export function servingTitleBefore(
  tokens: Token[],
  name: { from: number; to: number },
  found: Found[],
  isNameToken: (i: number) => boolean,
): RoleSpan | undefined {
  const whole = roleBefore(tokens, name.from, found, isNameToken, true);
  const own = roleBefore(tokens, name.from, found, isNameToken);
  if (!whole || !own || own.from <= whole.from) return undefined;
  return {
    ...whole,
    to: name.to,
    title: `${whole.title} ${joinWords(tokens, name.from, name.to)}`,
    counterpart: false,
  };
}

// Whether a title word stands among tokens `from` to `to` (exclusive).
function hasTitleWord(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isTitleWord(tokens[k]?.text ?? "")) return true;
  return false;
}

/**
 * The apposition after a name: ", Speaker of the Majilis of the Kazakh Parliament," up to the next
 * comma that is followed by a name, "and", "who" or a verb.
 */
export function roleAfter(
  tokens: Token[],
  nameTo: number,
  found: Found[],
  isNameToken: (i: number) => boolean = () => false,
): RoleSpan | undefined {
  let i = nameTo;
  if (tokens[i]?.text === "(" && tokens[i + 2]?.text === ")")
    i += 3; // "Zhang Dejiang (R),"
  // "X (Ostria 200), chair of the committee": a party or a constituency in brackets, then the apposition.
  else if (tokens[i]?.text === "(") {
    const close = tokens.findIndex((t, k) => k > i && k <= i + 5 && t.text === ")");
    const inside = close > 0 ? tokens.slice(i + 1, close) : [];
    if (close > 0 && tokens[close + 1]?.text === "," && !inside.some((t) => isTitleWord(t.text)))
      i = close + 1;
  }
  if (/^(MP|MEP|MPs)$/.test(tokens[i]?.text ?? "")) i++; // "Dorj Bat MP, head of the ... group"
  // "X (Speaker of the Y)", "X — Speaker of the Y —": an apposition in brackets or between dashes.
  if (/^[(—–]$/.test(tokens[i]?.text ?? "")) return enclosedRole(tokens, i, found, isNameToken);
  if (tokens[i]?.text !== ",") return undefined;
  let from = i + 1;
  // "X, who heads the Y committee,": the verb says the title.
  const led = ledByClause(tokens, from, found);
  if (led) return led;
  // "X, who is a member of the Y delegation,": the relative clause states the title (not "who was":
  // a former office).
  // So does "who has been" or "who serves as" (an office held to this day).
  if (tokens[from]?.key === "who") {
    const copula = STATING_COPULAS.find((c) => c.every((w, d) => tokens[from + 1 + d]?.key === w));
    if (copula) from += 1 + copula.length + (tokens[from + 1 + copula.length]?.key === "also" ? 1 : 0);
  }
  // "X, Member of the Y, and also President of the Z": a further role of the same person.
  if ((tokens[from]?.key ?? "") === "and" && (tokens[from + 1]?.key ?? "") === "also") from += 2;
  return appositionFrom(tokens, from, found, isNameToken);
}

/**
 * The role written right after a name with no comma between, as hurried copy prints it ("welcomed by
 * Petrov Chairman of the Committee on Foreign Affairs"): a capitalised title word opening an apposition.
 */
export function roleGluedAfter(
  tokens: Token[],
  nameTo: number,
  found: Found[],
  isNameToken: (i: number) => boolean = () => false,
): RoleSpan | undefined {
  const w = tokens[nameTo]?.text ?? "";
  if (!isCapitalized(w) || !isTitleWord(w) || tokens[nameTo + 1]?.key !== "of") return undefined;
  return appositionFrom(tokens, nameTo, found, isNameToken);
}

/**
 * The title a clause states of the name that opens it: "X is the Deputy Speaker of the Y", "X has
 * been Chairperson of the Z since January", "X serves as a member of the W", "X chairs the Y
 * Committee". Reports often give a person's role in a sentence of its own, apart from the meeting.
 * Only a name that is the clause's subject (at the sentence's start, or after "and" or a comma) and
 * a present office ("was" tells a former one).
 */
export function statedRole(
  tokens: Token[],
  nameFrom: number,
  nameTo: number,
  found: Found[],
  isNameToken: (i: number) => boolean = () => false,
): RoleSpan | undefined {
  if (nameFrom > 0 && !/^(?:,|and)$/.test(tokens[nameFrom - 1]?.key ?? "")) return undefined;
  const heading = headingVerbRole(tokens, nameTo, found);
  if (heading) return heading;
  const copula = STATING_COPULAS.find((c) => c.every((w, d) => tokens[nameTo + d]?.key === w));
  if (!copula) return undefined;
  let from = nameTo + copula.length;
  if (/^(?:also|currently|now)$/.test(tokens[from]?.key ?? "")) from++;
  if (!/^(?:the|a|an)$/.test(tokens[from]?.key ?? "") && !isTitleWord(tokens[from]?.text ?? ""))
    return undefined;
  return appositionFrom(tokens, from, found, isNameToken);
}
// Where the title starts in an apposition that opens with a noun that is no title and "and" ("the
// assembly's host and president of ..."): after the "and"; `from` itself otherwise.
function titleAfterLeadingNoun(tokens: Token[], from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + 5); k++) {
    const w = tokens[k]?.text ?? "";
    if (isTitleWord(w) || w === "," || fold(w) === "counterpart") return from;
    if (tokens[k]?.key === "and") return isTitleWord(tokens[k + 1]?.text ?? "") && k > from ? k + 1 : from;
  }
  return from;
}

// The verbs that state an office held now: "is", "has been", "serves as".
const STATING_COPULAS = [["is"], ["has", "been"], ["serves", "as"]];

/**
 * The role an apposition or a stated title holds from `from` on: it must show a title word within its
 * first five words, and runs up to the next comma that is followed by a name, "and", "who" or a verb.
 */
function appositionFrom(
  tokens: Token[],
  from: number,
  found: Found[],
  isNameToken: (i: number) => boolean,
): RoleSpan | undefined {
  // "(Red Lopez, Office of the Speaker)", "X, Press Service of the Senate": an office that employs
  // someone (a photo credit, a byline) is no title, whatever title its name holds.
  const opening = [0, 1, 2].map((d) => fold(tokens[from + d]?.text ?? "")).join(" ");
  if (/^(?:office|press office|press service|secretariat) of\b/.test(opening)) return undefined;
  // The role must show a title word within its first five words.
  let hasTitle = false;
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) {
    const w = tokens[k]?.text ?? "";
    if (isTitleWord(w) || fold(w) === "counterpart") hasTitle = true;
    if (w === ",") break;
  }
  if (!hasTitle) return undefined;
  // "X, the assembly's host and president of Y": a first noun that is no title, joined by "and" to a
  // title; the role is the title.
  from = titleAfterLeadingNoun(tokens, from);
  let to = from;
  for (let k = from; k < tokens.length; k++) {
    const w = tokens[k]?.text ?? "";
    const f = tokens[k]?.key ?? ""; // the token's folded form
    // A role that runs into another name is that name's role ("..., US Ambassador Daniel Rosenblum"),
    // unless "and" stands between them ("A, Head of X and B, Deputy of Y").
    if (isNameToken(k)) {
      if ((tokens[k - 1]?.key ?? "") === "and") {
        to = k - 1;
        break;
      }
      return undefined;
    }
    // "chairman of the committee on foreign affairs": a lower-case field after "on" or "for", or
    // before the committee ("head of the national security and defence committee").
    const field = k > from ? Math.max(fieldAfter(tokens, k), fieldAndBody(tokens, k)) : k;
    if (field > k) {
      to = field;
      k = field - 1;
      continue;
    }
    // "in Astana": a place ends the role, unless a name follows the place: then the role is that
    // name's ("A, Director-General of the UN Office in Vienna B").
    const city = f === "in" ? found.find((x) => x.from === k + 1 && x.entry.kind === "city") : undefined;
    if (city) {
      if (isNameToken(city.to)) return undefined;
      break;
    }
    if (f === ",") {
      const next = tokens[k + 1]?.key ?? "";
      // ", or lower house of ...", ", the lower chamber of ...": the apposition goes on. A gloss that
      // names no wider body (", the local representative body") says what the body is, not a title.
      if (next === "or" || glossAfter(tokens, k) === "wider") continue;
      if ((next === "the" || next === "a") && found.some((x) => x.from === k + 2)) continue;
      // "Committee on Foreign Affairs, Defence and Security of ...": a list inside the name of a body.
      if (listInName(tokens, k, isNameToken)) continue;
      break;
    }
    const inPhrase = found.some((x) => x.from <= k && k < x.to);
    if (
      inPhrase ||
      isCapitalized(w) ||
      ROLE_LOWER.has(f) ||
      isTitleWord(w) || // "a Norwegian lawmaker"
      (f.includes("-") && f.split("-").every((x) => ROLE_LOWER.has(x))) || // "parliamentary-group"
      (COMPOUND_ADJECTIVE.test(w) && (tokens[k - 1]?.key ?? "") === "the") || // "of the short-term mission"
      CONNECTORS.has(f) ||
      f === "a" ||
      f === "in" ||
      (k === from && /^(his|her|their)$/.test(f)) || // "X, his Ostrian counterpart,"
      /^\d/.test(w)
    ) {
      // "and" ends the role when a new name or role follows it ("..., and Park Byeong-seug").
      if (f === "and" && !isCapitalized(tokens[k - 1]?.text ?? "")) break;
      // "Chairman of the X and also Chairman of the Y": one person's two titles, read as one role.
      if (f === "and" && (tokens[k + 1]?.key ?? "") === "also") {
        to = k + 2;
        k++;
        continue;
      }
      to = k + 1;
      continue;
    }
    break;
  }
  to = trimEnd(tokens, from, to);
  return to > from ? describeRole(tokens, from, to, found) : undefined;
}

// The words that end the field of a committee or a post written in lower case ("on foreign affairs",
// "for security and defence", "for European integration").
const FIELD_END = new Set(
  `affairs policy policies relations security cooperation co-operation integration issues questions matters
  development reforms rights defence defense legislation budget finance finances economy education health
  ecology environment science culture energy agriculture industry trade justice order information
  communications technologies protection planning sport sports youth tourism transport migration
  governance ethics regulations procedure procedures administration`.split(/\s+/),
);
const FIELD_WORD = /^[a-z][a-z-]*$/;
const FIELD_BODY = /^(?:committee|commission|subcommittee|ministry|department)$/i;
const FIELD_SPAN = 10;

/**
 * Where the lower-case field that starts at token k ends, when token k - 1 is "on" or "for" after a
 * title or a body ("committee on foreign affairs", "Secretary for international, security and
 * defence affairs"): after its last field word, across commas and "and". k when there is none.
 */
function fieldAfter(tokens: Token[], k: number): number {
  const head = tokens[k - 2]?.text ?? "";
  // "of" names a field only after a body that has one ("the committee of economic policy and trade").
  const of = tokens[k - 1]?.key === "of" && FIELD_BODY.test(head);
  if (!of && !/^(?:on|for)$/.test(tokens[k - 1]?.key ?? "")) return k;
  if (!isCapitalized(head) && !ROLE_LOWER.has(fold(head)) && !isTitleWord(head)) return k;
  let end = k;
  for (let x = k; x < Math.min(tokens.length, k + FIELD_SPAN); x++) {
    const w = tokens[x]?.text ?? "";
    if (!FIELD_WORD.test(w) && w !== ",") break;
    if (FIELD_END.has(w)) end = x + 1;
  }
  return end;
}

/**
 * Where the lower-case field that token k belongs to begins ("on" or "for"), scanning a role
 * backwards from a name: the field must run from there to token k and on. k when there is none.
 */
function fieldBefore(tokens: Token[], k: number): number {
  if (!FIELD_WORD.test(tokens[k]?.text ?? "")) return k;
  for (let j = k - 1; j >= Math.max(1, k - FIELD_SPAN); j--) {
    if (/^(?:on|for|of)$/.test(tokens[j]?.key ?? "")) return fieldAfter(tokens, j + 1) > k ? j : k;
    const w = tokens[j]?.text ?? "";
    if (!FIELD_WORD.test(w) && w !== ",") return k;
  }
  return k;
}

// Words that end a lower-case field written before its committee: "the economy committee".
const FIELD_STOP = /^(?:the|a|an|of|his|her|its|their|our|on|for|in|at|to|with|by|from|and|,)$/;

/**
 * Where the lower-case field written before a committee at token b begins ("the national security and
 * defence committee" from "national"): it must hold a field word. b when there is none.
 */
function fieldBeforeBody(tokens: Token[], b: number): number {
  let start = b;
  for (let j = b - 1; j >= Math.max(0, b - FIELD_SPAN); j--) {
    const w = tokens[j]?.text ?? "";
    if (!FIELD_WORD.test(w) && w !== ",") break;
    if (FIELD_STOP.test(w) && !(w === "and" && FIELD_WORD.test(tokens[j - 1]?.text ?? ""))) break;
    start = j;
  }
  const field = tokens.slice(start, b).map((t) => t.text);
  return field.some((w) => FIELD_END.has(w)) ? start : b;
}

/**
 * Where a lower-case field that starts at token k and the committee after it end ("national
 * security and defence committee"): after the committee. k when none follows.
 */
function fieldAndBody(tokens: Token[], k: number): number {
  if (FIELD_STOP.test(tokens[k]?.text ?? "")) return k;
  for (let x = k; x < Math.min(tokens.length, k + FIELD_SPAN); x++) {
    const w = tokens[x]?.text ?? "";
    if (FIELD_BODY.test(w)) return fieldBeforeBody(tokens, x) === k ? x + 1 : k;
    if (!FIELD_WORD.test(w)) return k;
  }
  return k;
}

// Whether the comma at `k` stands inside a list of capitalised words that ends in "and" ("Foreign
// Affairs, Defence and Security"), as the names of committees have them.
function listInName(tokens: Token[], k: number, isNameToken: (i: number) => boolean): boolean {
  if (!isCapitalized(tokens[k - 1]?.text ?? "")) return false;
  for (let x = k + 1; x <= k + 3; x++) {
    const w = tokens[x]?.text ?? "";
    if (isNameToken(x) || isTitleWord(w)) return false;
    if (fold(w) === "and") return x > k + 1 && isCapitalized(tokens[x + 1]?.text ?? "");
    if (!isCapitalized(w)) return false;
  }
  return false;
}

/**
 * A role in brackets or between dashes right after a name: "X (Speaker of the Parliament of Ghana)",
 * "X — Speaker of the Parliament of Ghana —". It must show a title word and no other name.
 */
function enclosedRole(
  tokens: Token[],
  open: number,
  found: Found[],
  isNameToken: (i: number) => boolean,
): RoleSpan | undefined {
  const closer = tokens[open]?.text === "(" ? /^\)$/ : /^[—–,.]$/;
  let close = open + 1;
  while (close < tokens.length && close < open + 25 && !closer.test(tokens[close]?.text ?? "")) {
    if (isNameToken(close)) return undefined;
    close++;
  }
  if (!closer.test(tokens[close]?.text ?? "")) return undefined;
  const inside = tokens.slice(open + 1, Math.min(close, open + 6));
  if (!inside.some((t) => isTitleWord(t.text))) return undefined;
  return describeRole(tokens, open + 1, close, found);
}

// "X, who heads the Y committee," / "who chairs", "who leads": the title the verb names, of what follows.
const HEADING_VERBS: Record<string, string> = { heads: "head", chairs: "chair", leads: "head" };
function ledByClause(tokens: Token[], from: number, found: Found[]): RoleSpan | undefined {
  return (tokens[from]?.key ?? "") === "who" ? headingVerbRole(tokens, from + 1, found) : undefined;
}

// "heads the Y committee", "chairs the Z": the title the verb at `verb` names, of what follows it.
function headingVerbRole(tokens: Token[], verb: number, found: Found[]): RoleSpan | undefined {
  const from = verb - 1;
  const noun = HEADING_VERBS[tokens[verb]?.key ?? ""];
  if (!noun || (tokens[verb + 1]?.key ?? "") !== "the") return undefined;
  let to = from + 3;
  while (to < tokens.length && to < from + 16 && !/^[,.;:]$/.test(tokens[to]?.text ?? "")) to++;
  const last = tokens[to - 1]?.key ?? "";
  if (!ROLE_LOWER.has(last) && !found.some((f) => f.to === to)) return undefined;
  const body = found.find(
    (f) => f.from > from && f.to <= to && (f.entry.kind === "body" || f.entry.kind === "org"),
  );
  return {
    from: from + 2,
    to,
    title: `${noun} of ${joinWords(tokens, from + 2, to)}`,
    ...(body ? { body: body.entry.name } : {}),
    ...countryIn(from + 2, to, found),
    counterpart: false,
  };
}

const CALENDAR = new Set([
  ...WEEKDAYS,
  ..."january february march april may june july august september october november december".split(" "),
  "today",
  "yesterday",
  "tomorrow",
]);
// Quotes that close a body's name ("group «A — B»", "group “A-B”"), with the quote that opens it.
const QUOTE_PAIRS = new Map([
  ["»", "«"],
  ["”", "“"],
]);
// Words a quoted name follows: the kind of body it names.
const NAMED_BODY = /^(group|league|association|faction|party|caucus|union|club|forum|commission|committee)$/;

/**
 * Where the quoted name that closes at token k starts (its opening quote), when it is a body's name
 * written in quotes right after the word for the body ("the friendship group «Ostria — Veldania»"), holds
 * only capitalised words, dashes and hyphens, and is short; undefined otherwise.
 */
function quotedNameStart(tokens: Token[], k: number): number | undefined {
  const opener = QUOTE_PAIRS.get(tokens[k]?.text ?? "");
  if (!opener) return undefined;
  for (let x = k - 1; x >= Math.max(0, k - 8); x--) {
    const w = tokens[x]?.text ?? "";
    if (w === opener) return x > k - 2 || !NAMED_BODY.test(tokens[x - 1]?.key ?? "") ? undefined : x;
    if (!isCapitalized(w) && !/^[—–-]$/.test(w)) return undefined;
  }
  return undefined;
}

// The participles that open a sentence ("Welcoming Speaker X, ...").
// "Meeting Speaker X, ..." opens a sentence the same way.
const OPENING_PARTICIPLE = new Set(["welcoming", "receiving", "greeting", "hosting", "meeting"]);

/**
 * Whether a word cannot be part of a role: a weekday, month or "today" ("speaker on Sunday said"), or a
 * verb that headlines capitalise ("Speaker of the Council Meets President of ...").
 */
export function breaksRole(word: string): boolean {
  return breaksRoleFolded(fold(word));
}

// breaksRole of a word already folded (a token's key).
function breaksRoleFolded(f: string): boolean {
  return CALENDAR.has(f) || HEADLINE_VERBS.has(f) || OPENING_PARTICIPLE.has(f);
}

/**
 * Whether, scanning a role backwards, token k is where the role cannot go on: a dash (a dateline
 * "HANOI —" or an agency tag "(Reuters) --" before it), a weekday or month, a headline's verb, or a
 * bracket that holds neither a title nor a known phrase ("(Reuters)", but not "(lower house)").
 */
// A word in capitals with a dot inside, as agencies and sites write their names ("REPORT.AZ", "TREND.AZ").
const AGENCY_TAG = /^\p{Lu}{2,}\.\p{Lu}{2,}$/u;
// The noun of chairing or leading that a sitting is held "under the ... of".
const CHAIRING_NOUN = /^(?:co-?)?(?:chairmanship|chairpersonship|chairship|presidency|leadership|auspices)$/;
function endsRoleScan(tokens: Token[], k: number, found: Found[]): boolean {
  const w = tokens[k]?.text ?? "";
  if (w === "—" || w === "–" || w === "-" || breaksRoleFolded(tokens[k]?.key ?? "")) return true;
  // "Receives a Delegation on Behalf of Speaker X" (a title-cased headline): the one for whom someone
  // acts is named after "on behalf of"; what stands before it is no part of their title.
  if (tokens[k]?.key === "behalf" && tokens[k - 1]?.key === "on" && tokens[k + 1]?.key === "of") return true;
  // "took place in Astana under the co-chairmanship of Deputy Speaker X": those who chair or lead are
  // named after the noun of chairing; the place before it is no part of their title.
  if (CHAIRING_NOUN.test(tokens[k]?.key ?? "") && tokens[k + 1]?.key === "of") return true;
  // "REPORT.AZ/ Speaker X", "(AKIpress) / Speaker X": a slash with a space after it, or an agency's web
  // name, ends a dateline (a slash between two words, "Judicial/Legal Reforms", is part of the role).
  if (w === "/" && (tokens[k + 1]?.start ?? 0) > (tokens[k]?.end ?? 0)) return true;
  if (AGENCY_TAG.test(w)) return true;
  if (w !== ")") return false;
  let open = k - 1;
  while (open >= 0 && tokens[open]?.text !== "(") open--;
  if (open < 0) return true;
  for (let x = open + 1; x < k; x++) {
    if (isTitleWord(tokens[x]?.text ?? "") || ROLE_LOWER.has(tokens[x]?.key ?? "")) return false;
    if (found.some((p) => p.from <= x && x < p.to)) return false;
  }
  // A short capitalised abbreviation of the body just named ("National Assembly (NA)") stays in the role.
  return !(k - open === 2 && /^\p{Lu}{2,6}$/u.test(tokens[open + 1]?.text ?? ""));
}

const SENTENCE_ADVERBS = new Set([
  "today",
  "yesterday",
  "also",
  "moreover",
  "meanwhile",
  "earlier",
  "later",
  "then",
  "thus",
  "so",
  // Prepositions that open a sentence before a role ("During Deputy Speaker X's visit", "After
  // Chairman X's speech"): never the first word of a title.
  "during",
  "after",
  "following",
  "before",
  "upon",
  "while",
  "when",
]);

// Drops trailing connectors, but keeps a closing bracket whose opening one is inside ("(upper house)").
function trimEnd(tokens: Token[], from: number, to: number): number {
  while (to > from) {
    const f = tokens[to - 1]?.key ?? "";
    if (!CONNECTORS.has(f)) break;
    if (f === ")" && hasToken(tokens, from, to - 1, "(")) break;
    const opener = QUOTE_PAIRS.get(tokens[to - 1]?.text ?? "");
    if (opener && hasToken(tokens, from, to - 1, opener)) break; // "group «A — B»"
    to--;
  }
  if (tokens[to]?.text === ")" && hasToken(tokens, from, to, "(") && !hasToken(tokens, from, to, ")")) to++;
  return to;
}

// Whether a token among tokens [from, to) is written `text`.
function hasToken(tokens: Token[], from: number, to: number, text: string): boolean {
  for (let k = from; k < to; k++) if (tokens[k]?.text === text) return true;
  return false;
}

// Articles and marks that never open a role ("the Speaker", ", Speaker").
const LEADING_FILLERS = new Set(["the", "a", "an", ",", "-"]);

// Title words that are verbs as well ("to chair", "to head").
const VERB_TITLES = new Set(["chair", "co-chair", "head", "lead"]);

/** Reads title, body and country from the tokens [from, to) of a role phrase; undefined if no title word. */
export function describeRole(
  tokens: Token[],
  from: number,
  to: number,
  found: Found[],
): RoleSpan | undefined {
  // Drop leading connectors and anything before the first word that can start a role.
  while (from < to) {
    const w = tokens[from]?.text ?? "";
    const f = tokens[from]?.key ?? ""; // the token's folded form
    const startsRole =
      isTitleWord(w) ||
      f === "his" ||
      f === "her" ||
      found.some((x) => x.from === from) ||
      (isCapitalized(w) && !CONNECTORS.has(f) && f !== "the");
    if (startsRole && !STOP_LOWER.has(f)) break;
    from++;
  }
  // A role starts at its first title word, or at the modifiers (country, body, capitalised words) glued to it.
  let firstTitle = -1;
  for (let k = from; k < to; k++) {
    if (isTitleWord(tokens[k]?.text ?? "") || (tokens[k]?.key ?? "") === "counterpart") {
      firstTitle = k;
      break;
    }
  }
  if (firstTitle < 0) return undefined;
  // "preparations to chair the Assembly", "elected to head the committee": a verb, not a title.
  if (VERB_TITLES.has(tokens[firstTitle]?.key ?? "") && (tokens[firstTitle - 1]?.key ?? "") === "to")
    return undefined;
  // Cut a leading clause ending in a comma ("Today in the Parliament, Chairman of ...").
  for (let k = firstTitle - 1; k >= from; k--) {
    if (tokens[k]?.text === ",") {
      from = k + 1;
      break;
    }
  }
  // The role ends before a date word or a headline's verb.
  for (let k = firstTitle + 1; k < to; k++)
    if (breaksRoleFolded(tokens[k]?.key ?? "")) {
      to = k;
      break;
    }
  while (
    from < to &&
    (LEADING_FILLERS.has(tokens[from]?.key ?? "") || SENTENCE_ADVERBS.has(tokens[from]?.key ?? ""))
  )
    from++;
  to = trimEnd(tokens, from, to);
  if (to <= from) return undefined;
  const title = tokens
    .slice(from, to)
    .map((t, k, arr) => (k > 0 && (arr[k - 1] as Token).end < t.start ? ` ${t.text}` : t.text))
    .join("")
    .replace(/\s+,/g, ",");
  const inside = found.filter((f) => f.from >= from && f.to <= to);
  // "member of the Senate group for cooperation with the Verkhovna Rada": a body after "with" is the
  // partner's, not the one the title is held in.
  const body = inside.find(
    (f) => (f.entry.kind === "body" || f.entry.kind === "org") && !afterWith(tokens, from, f.from),
  );
  // A friendship group is named after the other country ("chair of the Qatar all-party parliamentary
  // group", "the Kazakh-Serbian Friendship Group"): that country is not its member's.
  const ofGroup = /(^|-)groups?$/.test(tokens[to - 1]?.key ?? "");
  // "the Japan-Cuba League of Friendship", "the Kazakhstan-Serbia Cooperation Group": a pair of countries
  // in one word names a bilateral body; either side's members may lead it, so it says which two only.
  const pair = countryPairs(inside);
  const country =
    (ofGroup && !pair.length
      ? undefined
      : inside.find(
          (f) =>
            f.entry.kind === "country" &&
            !pair.some((p) => p.from === f.from) &&
            // "Ambassador to Kazakhstan", "head of the EU Delegation to Azerbaijan": the host, not theirs
            // (a "to" before the role, "Talking to Ostria's Ambassador", is not the role's).
            !(f.from > from && (tokens[f.from - 1]?.key ?? "") === "to") &&
            // "the group of friendship with Romania": the partner country, not the member's; so is
            // what a post is for ("the All-Party Group for Ostria", "Special Envoy for Ostria").
            !(f.from > from && /^(?:with|for)$/.test(tokens[f.from - 1]?.key ?? "")) &&
            // "the group on cooperation with the Parliament of Ostria": whatever follows "with" is the
            // partner's.
            !tokens.slice(from, f.from).some((t) => t.key === "with") &&
            // "the EU-Kazakhstan Cooperation Committee": one side of a bilateral body's name.
            !inCompound(tokens, f) &&
            !secondOfCompound(tokens, f),
        )?.entry.name) ??
    (body?.entry.kind === "body" ? body.entry.country : undefined) ??
    (body ? undefined : cityOfTitle(tokens, inside));
  let counterpart = false;
  for (let k = from; k < to && !counterpart; k++) counterpart = tokens[k]?.key === "counterpart";
  const pairCountries = pair.map((f) => f.entry.name);
  return {
    from,
    to,
    title: title.replace(/^(his|her|their)\s+/i, ""),
    body: body?.entry.name,
    country:
      country && body?.entry.kind === "body" && !counterpart && !ofCountryAfter(tokens, inside, body)
        ? (body.entry.country ?? country)
        : country,
    counterpart,
    ...(pairCountries.length === 2 ? { pairCountries } : {}),
  };
}

// Whether "with" stands between token `from` and token `at`, with no comma after it: "cooperation with
// the Verkhovna Rada" (but not "the group for cooperation with the UK, member of the Mazhilis").
function afterWith(tokens: Token[], from: number, at: number): boolean {
  for (let k = at - 1; k >= from; k--) {
    const key = tokens[k]?.key ?? "";
    if (key === "," || key === ";") return false;
    if (key === "with") return true;
  }
  return false;
}

// "Chairman of Majlis-e-Shura of Kingdom of Saudi Arabia": a country named with "of" after the body
// says whose body it is, where the body's name alone (a name several countries give theirs) may not.
function ofCountryAfter(tokens: Token[], inside: Found[], body: Found): boolean {
  return inside.some((f) => {
    if (f.entry.kind !== "country" || f.entry.demonym || f.from < body.to) return false;
    let k = f.from - 1;
    if (
      /^(kingdom|republic|state|sultanate|emirate)$/.test(tokens[k]?.key ?? "") &&
      tokens[k - 1]?.key === "of"
    )
      k -= 2;
    if (tokens[k]?.key === "the") k--;
    return k === body.to && tokens[k]?.key === "of";
  });
}

// "Mayor of Istanbul", "Governor of Tokyo": the country of a city the title is "of" (not "in" or "to",
// which name where an officer of another country serves).
function cityOfTitle(tokens: Token[], inside: Found[]): string | undefined {
  const city = inside.find((f) => f.entry.kind === "city" && (tokens[f.from - 1]?.key ?? "") === "of");
  return city?.entry.kind === "city" ? city.entry.country : undefined;
}

// Whether a phrase is only part of a hyphenated word ("Kazakhstan" in "EU-Kazakhstan"), not all of it
// ("Guinea-Bissau").
function inCompound(tokens: Token[], f: Found): boolean {
  const word = tokens[f.from]?.text ?? "";
  return f.to === f.from + 1 && word.includes("-") && word !== f.text;
}

// "the Romania-Republic of Korea Friendship Group": the second side of a bilateral body's name, whose
// hyphen glued the first side to the opening word of its official name.
function secondOfCompound(tokens: Token[], f: Found): boolean {
  return (
    tokens[f.from - 1]?.key === "of" &&
    /-(?:republic|kingdom|state|states|federation|sultanate|emirates?|commonwealth)$/i.test(
      tokens[f.from - 2]?.text ?? "",
    )
  );
}

// The country phrases that share one hyphenated word with another country ("Japan-Cuba").
function countryPairs(inside: Found[]): Found[] {
  const countries = inside.filter((f) => f.entry.kind === "country");
  return countries.filter((f) => countries.some((g) => g !== f && g.from === f.from));
}

// A body of two sides' cooperation, named by the two it joins.
const JOINT_BODY =
  /\b(?:Commission|Committee|Council|Group|Assembly) (?:on|for) (?:[A-Z][\w-]* ){0,3}?Cooperation$/;

/**
 * A title before a name completed by an "of" phrase after it: "chairman Artak Zakaryan of the NA
 * Standing Committee on Foreign Relations" is the chairman of that committee. Returns the whole role,
 * from the title to the end of the phrase, or undefined when no "of" phrase follows the name.
 */
export function roleOfAfter(
  tokens: Token[],
  nameTo: number,
  found: Found[],
  before: RoleSpan,
): RoleSpan | undefined {
  if ((tokens[nameTo]?.key ?? "") !== "of") return undefined;
  // "Vice-President of the Assembly A of Ostria": an office of an international body, then the country
  // its holder comes from (a country and nothing more, up to the end of the item).
  if (before.body && !before.country) {
    const land = found.find((x) => x.from === nameTo + 1 && x.entry.kind === "country");
    const next = tokens[land?.to ?? -1]?.text ?? ".";
    if (land && /^[.,;:)]$/.test(next)) return { ...before, to: land.to, country: land.entry.name };
    return undefined;
  }
  if (before.body || before.country) return undefined;
  let to = nameTo + 1;
  // "of the Commission on Cooperation between the National Assembly of A and the Federal Assembly of B":
  // a joint body is named by the two it joins, "and the" included.
  let joint = false;
  // Where "between" stands: the body and the country are read before it (the two joined are not the holder's).
  let own = -1;
  for (let k = nameTo + 1; k < tokens.length; k++) {
    const w = tokens[k]?.text ?? "";
    const f = tokens[k]?.key ?? ""; // the token's folded form
    const inPhrase = found.some((x) => x.from <= k && k < x.to);
    const theNext = tokens[k + 1]?.key === "the" ? 2 : 1;
    if (
      f === "between" &&
      JOINT_BODY.test(joinWords(tokens, nameTo, k)) &&
      isCapitalized(tokens[k + theNext]?.text ?? "")
    ) {
      joint = true;
      own = k;
      to = k + 1;
      continue;
    }
    if (f === "and" && joint && theNext === 2 && isCapitalized(tokens[k + 2]?.text ?? "")) {
      joint = false;
      to = k + 1;
      continue;
    }
    if (f === "and" && !isCapitalized(tokens[k + 1]?.text ?? "")) break;
    // "President A of Pakistan and Chairman of the Senate B": a title after "and" starts the next
    // item of a list, not more of this role's body.
    if (f === "and" && !inPhrase && [1, 2].some((d) => isTitleWord(tokens[k + d]?.text ?? ""))) break;
    if (inPhrase || isCapitalized(w) || CONNECTORS.has(f) || ROLE_LOWER.has(f)) {
      if (f === "," || f === "-" || f === "—" || f === "–") break;
      to = k + 1;
      continue;
    }
    break;
  }
  to = trimEnd(tokens, nameTo + 1, to);
  if (to <= nameTo + 1) return undefined;
  const end = own > 0 ? own : to;
  const phrase = describeRole(tokens, nameTo + 1, end, found);
  const words = joinWords(tokens, nameTo, to);
  return {
    ...before,
    to,
    title: `${before.title} ${words}`,
    ...(phrase?.body ? { body: phrase.body } : bodyIn(nameTo + 1, end, found)),
    ...countryIn(nameTo + 1, end, found),
  };
}

/** The body a stretch of tokens names, if any. */
export function bodyIn(from: number, to: number, found: Found[]): { body?: string } {
  const body = found.find(
    (f) => f.from >= from && f.to <= to && (f.entry.kind === "body" || f.entry.kind === "org"),
  );
  return body ? { body: body.entry.name } : {};
}

/** The country a stretch of tokens names, directly or through a body of that country. */
export function countryIn(from: number, to: number, found: Found[]): { country?: string } {
  const inside = found.filter((f) => f.from >= from && f.to <= to);
  const country =
    inside.find((f) => f.entry.kind === "country")?.entry.name ??
    inside.map((f) => (f.entry.kind === "body" ? f.entry.country : undefined)).find(Boolean);
  return country ? { country } : {};
}

/**
 * The role a list gives every name in it: "members of the Federal Council: A, Vice Chairman of the
 * Committee, B and C" makes A, B and C members of the Federal Council; so does a list in apposition
 * that opens the sentence, "Members of the delegation, A and B, raised ...". Returns undefined when no
 * colon after a "members of ..." phrase, nor such an opening, stands before the name in its sentence.
 */
export function listRole(tokens: Token[], nameFrom: number, found: Found[]): RoleSpan | undefined {
  let colon = nameFrom - 1;
  while (colon >= 0 && ![":", ";", "."].includes(tokens[colon]?.text ?? "")) colon--;
  if (tokens[colon]?.text !== ":") colon = membersAppositionComma(tokens, nameFrom);
  if (colon < 0) return undefined;
  let head = colon - 1;
  while (head >= Math.max(0, colon - 12) && !/^members$/.test(tokens[head]?.key ?? "")) head--;
  if ((tokens[head]?.key ?? "") !== "members" || (tokens[head + 1]?.key ?? "") !== "of") return undefined;
  const of = joinWords(tokens, head + 1, colon);
  const inside = found.filter((f) => f.from > head && f.to <= colon);
  const body = inside.find((f) => f.entry.kind === "body" || f.entry.kind === "org")?.entry.name;
  return {
    from: head,
    to: colon,
    title: `member ${of}`,
    ...(body ? { body } : {}),
    ...countryIn(head + 1, colon, found),
    counterpart: false,
  };
}

// What may stand between the comma after "Members of the delegation" and a name of its list: the
// names before it, their initials, commas and "and".
const NAME_LIST_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|,|and|bin|al|de|van|von)$/u;

// The words after which "members of <something>," may head a list inside a sentence ("attended by
// A and members of the Friendship Committee, MP B").
const MEMBERS_HEADING_AFTER = new Set(["and", ",", "by", "including"]);

/**
 * The comma that ends "Members of <something>," opening the sentence ("Members of the delegation, A
 * and B, raised ...") or an item of a list in it ("..., and members of the Friendship Committee, MP
 * B, the Ambassador C"), when the words from it to the name at `nameFrom` are a list of names (and
 * their capitalised titles); else -1.
 */
function membersAppositionComma(tokens: Token[], nameFrom: number): number {
  let head = tokens[0]?.key === "the" || tokens[0]?.key === "two" ? 1 : 0;
  if (tokens[head]?.key !== "members") {
    // The nearest "members of" before the name that stands after "and", a comma, "by" or "including".
    head = nameFrom - 2;
    while (
      head > 0 &&
      !(tokens[head]?.key === "members" && MEMBERS_HEADING_AFTER.has(tokens[head - 1]?.key ?? ""))
    )
      head--;
    if (head <= 0) return -1;
  }
  if (tokens[head]?.key !== "members" || tokens[head + 1]?.key !== "of") return -1;
  const comma = tokens.findIndex((t, k) => k > head + 1 && t.text === ",");
  if (comma < 0 || comma > head + 12 || comma >= nameFrom) return -1;
  for (let k = comma + 1; k < nameFrom; k++) if (!NAME_LIST_WORD.test(tokens[k]?.text ?? "")) return -1;
  return comma;
}

// The words that open the list of a delegation's people, by their first word and the word after it.
// (A Map, not an object: `key in object` with ever new word strings was a slow keyed lookup, run
// for up to 40 words before every name.)
const MEMBERS_OPENING = new Map<string, string>([
  ["represented", "by"],
  ["consisting", "of"],
  ["composed", "of"],
  ["made", "up"],
  ["comprising", ""],
  ["including", ""],
  // "The Ostrian delegation includes MPs A and B": the verb of a sentence of its own.
  ["includes", ""],
  ["included", ""],
]);
// The words that end the search back for an opening: the list cannot reach across them.
const MEMBERS_SEARCH_STOPS = new Set([".", ";", ":", "by", "with", "met", "received"]);
// The singular of the plural titles that may head such a list ("represented by deputies A and B").
const SINGULAR_TITLE = new Map([
  ["deputies", "deputy"],
  ["senators", "senator"],
  ["mps", "MP"],
  ["members", "member"],
  ["parliamentarians", "parliamentarian"],
  ["lawmakers", "lawmaker"],
]);

/**
 * The role a delegation gives every name listed as its people: "the Kazakh delegation, represented
 * by deputies A, B and C" (or "The Kazakh delegation includes deputies A, B and C") makes each a deputy
 * of the Kazakh delegation, of its country; a name with a title of its own after the run ("... and chief
 * of staff D") is a member of it. Undefined when the name is in no such list, or the delegation names
 * no country.
 */
export function delegationListRole(tokens: Token[], nameFrom: number, found: Found[]): RoleSpan | undefined {
  // Back from the name to the words that open the list, across names, titles, commas and "and".
  let open = nameFrom - 1;
  while (open >= Math.max(0, nameFrom - 40)) {
    const key = tokens[open]?.key ?? "";
    if (MEMBERS_OPENING.has(key)) break;
    // "represented by": the second word of an opening is no stop.
    const before = tokens[open - 1]?.key ?? "";
    if (MEMBERS_OPENING.get(before) === key) {
      open--;
      break;
    }
    if (MEMBERS_SEARCH_STOPS.has(key)) return undefined;
    open--;
  }
  const opening = tokens[open]?.key ?? "";
  const second = MEMBERS_OPENING.get(opening);
  if (second === undefined) return undefined;
  const listFrom = second ? open + 2 : open + 1;
  if (second && (tokens[open + 1]?.key ?? "") !== second) return undefined;
  // Before it, "<country> delegation" (a comma may stand between).
  let end = open;
  if (tokens[end - 1]?.text === ",") end--;
  if ((tokens[end - 1]?.key ?? "") !== "delegation") return undefined;
  const from = Math.max(0, end - 6);
  const country = countryIn(from, end, found).country;
  if (!country) return undefined;
  let start = end - 1;
  while (start > from && /^[\p{Lu}]/u.test(tokens[start - 1]?.text ?? "")) start--;
  // "The Kazakh delegation includes ...": the article opening the sentence is no part of the name.
  if (/^(?:the|a|an)$/.test(tokens[start]?.key ?? "") && start < end - 1) start++;
  // The plural title is the name's only when the name stands in the run of names right under it: in
  // "includes MPs A, B and chief of staff C", C is a member of the delegation, not an MP.
  const underTitle = tokens
    .slice(listFrom + 1, honorificStart(tokens, nameFrom))
    .every((t) => NAME_LIST_WORD.test(t.text));
  const plural = SINGULAR_TITLE.get(tokens[listFrom]?.key ?? "");
  const title = (underTitle ? plural : undefined) ?? "member";
  return {
    from: listFrom,
    to: listFrom,
    title: `${title} of the ${joinWords(tokens, start, end)}`,
    country,
    counterpart: false,
  };
}

/** The words of tokens [from, to) as prose, with "'s" glued back to its word ("Tajikistan's parliament"). */
export function joinWords(tokens: Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t, k, arr) =>
      k > 0 && (arr[k - 1] as Token).end === t.start && t.text === "." ? t.text : ` ${t.text}`,
    )
    .join("")
    .trim()
    .replace(/ (['’]s)\b/g, "$1");
}

// "members of the Bundestag A and B", "members of the Seimas A, B and C": a plural title with its "of"
// phrase before a list gives each name the singular title with the phrase.
// "The Speakers of the Saeima and of the Riigikogu, A and B": the phrase may name two bodies, one for
// each of a pair ("respectively" or not), and a comma or a dash may stand before the list.
function pluralTitleOfBody(
  tokens: Token[],
  found: Found[],
  names: { from: number; to: number }[],
): RoleSpan[] | undefined {
  const first = names[0] as { from: number; to: number };
  const opening = honorificStart(tokens, first.from);
  const end = /^[–—:,-]$/.test(tokens[opening - 1]?.text ?? "") ? opening - 1 : opening;
  let k = end - 1;
  while (
    k > end - 12 &&
    k > 0 &&
    (isCapitalized(tokens[k]?.text ?? "") ||
      /^(of|the|and)$/.test(tokens[k]?.key ?? "") ||
      // "the Speakers of the parliaments of Ostria and Tarvonia": a body's head noun in lower case
      isThingWord(tokens[k]?.text ?? ""))
  )
    k--;
  while (k < end - 1 && (tokens[k + 1]?.key ?? "") !== "of") k++;
  const singular = singularTitle(tokens[k]?.text ?? "");
  if (!singular || (tokens[k + 1]?.key ?? "") !== "of" || k + 2 >= end) return undefined;
  const roleOf = (from: number, to: number, of = "") => {
    const body = found.find(
      (f) => f.from >= from && f.to <= to && (f.entry.kind === "body" || f.entry.kind === "org"),
    );
    return {
      title: `${singular} ${of}${joinWords(tokens, from, to)}`,
      ...(body ? { body: body.entry.name } : {}),
      ...countryIn(from, to, found),
    };
  };
  const pair = names.length === 2 ? bodiesOfAPair(tokens, found, k + 1, end) : undefined;
  const role = roleOf(k + 1, end);
  return names.map((name, n) => {
    const side = pair?.[n];
    const own = side ? roleOf(side.from, side.to, side.of) : role;
    return n === 0 ? { ...own, from: k, to: opening } : { ...own, from: name.from, to: name.from };
  });
}

/**
 * "of the Saeima and of the Riigikogu", "of the Saeima and the Riigikogu": an "of" phrase [from, to)
 * that names two bodies or countries joined by "and", split into an "of" phrase for each (the second
 * with its own "of"); undefined unless each side names one.
 */
function bodiesOfAPair(
  tokens: Token[],
  found: Found[],
  from: number,
  to: number,
): { from: number; to: number; of: string }[] | undefined {
  let and = from;
  while (and < to && tokens[and]?.key !== "and") and++;
  if (and >= to) return undefined;
  const names = (x: number, y: number) =>
    found.some((f) => f.from >= x && f.to <= y && (f.entry.kind === "body" || f.entry.kind === "country"));
  if (!names(from, and) || !names(and + 1, to)) return undefined;
  // The second side borrows the first one's "of" when it has none of its own; then what stands before
  // the last "of" of the first side is shared, its plural body made singular ("of the parliaments of
  // Ostria and Tarvonia": "of the parliament of Ostria", "of the parliament of Tarvonia").
  if (tokens[and + 1]?.key === "of")
    return [
      { from, to: and, of: "" },
      { from: and + 1, to, of: "" },
    ];
  let lastOf = and - 1;
  while (lastOf > from && tokens[lastOf]?.key !== "of") lastOf--;
  const shared = tokens
    .slice(from, lastOf + 1)
    .map((t) =>
      isThingWord(t.text) && isThingWord(t.text.replace(/s$/, "")) ? t.text.replace(/s$/, "") : t.text,
    )
    .join(" ");
  return [
    { from: lastOf + 1, to: and, of: `${shared} ` },
    { from: and + 1, to, of: `${shared} ` },
  ];
}
/**
 * The role a plural apposition after a run of names gives each of them: in "Mr. C, Mr. D, and Mr. E,
 * directors of the committee;" C, D and E are each a director of the committee. `spans` are the
 * sentence's names in order; returns the role by the index of each name of the run (two or more
 * names joined by commas and "and", the apposition running to a semicolon or the sentence's end).
 */
export function sharedAppositionRoles(
  tokens: Token[],
  found: Found[],
  spans: { from: number; to: number }[],
): Map<number, RoleSpan> {
  const out = new Map<number, RoleSpan>();
  for (const [runFrom, j] of nameRuns(tokens, spans)) {
    const span = spans[j] as { from: number; to: number };
    const run = j - runFrom + 1;
    if (run < 2 || tokens[span.to]?.text !== ",") continue;
    const plural = tokens[span.to + 1]?.text ?? "";
    const singular = plural.replace(/men$/, "man").replace(/s$/, "");
    if (singular === plural || !isTitleWord(singular)) continue;
    let end = span.to + 2;
    while (end < tokens.length && end < span.to + 16 && !/^[;.]$/.test(tokens[end]?.text ?? "")) end++;
    if (!/^[;.]$/.test(tokens[end]?.text ?? "") && end < tokens.length) continue;
    const rest = joinWords(tokens, span.to + 2, end);
    const body = found.find(
      (f) => f.from > span.to && f.to <= end && (f.entry.kind === "body" || f.entry.kind === "org"),
    );
    const role: RoleSpan = {
      from: span.to + 1,
      to: end,
      title: rest ? `${singular} ${rest}` : singular,
      ...(body ? { body: body.entry.name } : {}),
      ...countryIn(span.to + 1, end, found),
      counterpart: false,
    };
    // "X and Y, speakers of the parliaments of A and B": one country for each name, in order.
    const countries = found
      .filter((f) => f.from > span.to && f.to <= end && f.entry.kind === "country")
      .map((f) => f.entry.name);
    const respective = run > 1 && countries.length === run && RESPECTIVE_SIDES.test(rest);
    for (let x = runFrom; x <= j; x++)
      out.set(x, respective ? { ...role, country: countries[x - runFrom] as string } : role);
  }
  return out;
}
// The plural of the sides a shared title names one each of: "of the parliaments of A and B".
const RESPECTIVE_SIDES =
  /\b(?:parliaments|chambers|houses|assemblies|legislatures|senates|delegations|countries|states|respectively)\b/i;

/**
 * The runs of names (token spans, in order) that only a comma, "and" or ", and" (and an honorific)
 * part, as the indexes of each run's first and last name; a name alone is a run of one.
 */
export function nameRuns(
  tokens: Token[],
  spans: readonly { from: number; to: number }[],
): [number, number][] {
  const runs: [number, number][] = [];
  let first = 0;
  for (let j = 0; j < spans.length; j++) {
    const next = spans[j + 1];
    const between = next
      ? joinWords(tokens, (spans[j] as { to: number }).to, honorificStart(tokens, next.from)).trim()
      : "";
    if (next && /^(?:,|and|, and)$/.test(between)) continue;
    runs.push([first, j]);
    first = j + 1;
  }
  return runs;
}

// Plural titles written short with their dot before a list ("Reps. A and B", "Sens. C and D").
const SHORT_PLURAL_TITLES = new Map([
  ["Reps", "Representative"],
  ["Sens", "Senator"],
]);

/**
 * "Reps. A, B and C of the ruling Ostrian Party": a short plural title before a list makes each name a
 * Representative (a Senator), and an "of" phrase after the list's last name, the party or body they
 * sit for, completes each one's title. Undefined when no such title opens the list.
 */
function shortPluralRoles(
  tokens: Token[],
  found: Found[],
  names: { from: number; to: number }[],
): RoleSpan[] | undefined {
  const at = honorificStart(tokens, (names[0] as { from: number }).from);
  const singular = SHORT_PLURAL_TITLES.get(tokens[at]?.text ?? "");
  if (!singular || tokens[at + 1]?.text !== "." || tokens[at + 1]?.start !== tokens[at]?.end)
    return undefined;
  const bare: RoleSpan = { from: at, to: at + 2, title: singular, counterpart: false };
  const last = names.at(-1) as { to: number };
  const of = roleOfAfter(tokens, last.to, found, bare);
  // The last name is given the bare title: the "of" phrase right after it completes it where the
  // name's roles are read (people.ts), and would be read twice.
  return names.map((name, n) => ({
    ...(n === names.length - 1 ? bare : (of ?? bare)),
    ...(n === 0 ? { from: at, to: at + 2 } : { from: name.from, to: name.from }),
  }));
}

/** Plural nouns for the members of one body: a list they head is one side ("MPs A, B and C"). */
export const MEMBERS_OF_ONE_BODY =
  /^(?:members|MPs|deputies|senators|parliamentarians|lawmakers|legislators|congressmen|congresswomen|delegates)$/i;

/**
 * The token after a short bracket of a few words and no comma that opens at `at` ("(Ecuador)"): what a
 * list prints after a name, its country; `at` itself when no such bracket opens there. (A European
 * Parliament group tag, "(EPP, DE)", has its own reading: people.ts.)
 */
function afterBracket(tokens: Token[], at: number): number {
  if (tokens[at]?.text !== "(") return at;
  for (let k = at + 1; k < at + 5 && k < tokens.length; k++) {
    if (tokens[k]?.text === ",") return at;
    if (tokens[k]?.text === ")") return k + 1;
  }
  return at;
}

/**
 * Whether two names of a sentence stand in one list: only a comma, "and" or ", and" (and the second
 * name's honorifics) between them ("A, B and Dr C").
 */
export function listedTogether(tokens: Token[], first: { to: number }, second: { from: number }): boolean {
  const between = tokens
    .slice(afterBracket(tokens, first.to), honorificStart(tokens, second.from))
    .map((t) => t.key);
  return (
    between.length > 0 &&
    between.length <= 2 &&
    between.every((w, n) => (n === 0 ? w === "," || w === "and" : w === "and"))
  );
}

/**
 * The roles a plural title gives the list of names after it (`names`, the token spans of two or more
 * names {@link listedTogether}): "Presidents A and B" and "MPs A, B, C and D" make each a President or
 * an MP; "the Senate and Majilis speakers – A and B" makes A the Senate speaker and B the Majilis
 * speaker (one modifier each, in order). Returns a role for each name, or undefined when no plural
 * title stands right before the first name.
 */
export function pluralTitleRoles(
  tokens: Token[],
  found: Found[],
  names: { from: number; to: number }[],
): RoleSpan[] | undefined {
  const first = names[0];
  if (!first || names.length < 2) return undefined;
  const short = shortPluralRoles(tokens, found, names);
  if (short) return short;
  let head = honorificStart(tokens, first.from) - 1;
  if (/^[–—:,-]$/.test(tokens[head]?.text ?? "")) head--;
  // "a number of FNC members, including A and B": the names are some of the members the title counts.
  if (/^(?:including|namely)$/.test(tokens[head]?.key ?? "") && tokens[head - 1]?.text === ",") head -= 2;
  const plural = tokens[head]?.text ?? "";
  const singular = singularTitle(plural);
  if (!singular) return pluralTitleOfBody(tokens, found, names);
  // The modifiers before the title ("Senate and Majilis"), split at "and" into one for each of a pair.
  let from = head;
  while (from > 0) {
    const w = tokens[from - 1]?.text ?? "";
    if (!(isCapitalized(w) || (fold(w) === "and" && from - 1 < head - 1))) break;
    if (breaksRole(w)) break;
    from--;
  }
  const words = tokens.slice(from, head).map((t) => t.text);
  const and = words.findIndex((w) => fold(w) === "and");
  const split = names.length === 2 && and > 0 && and < words.length - 1;
  const roleFor = ([x, y]: [number, number], span: { from: number; to: number }): RoleSpan => {
    const modifier = joinWords(tokens, x, y);
    const body = found.find(
      (f) => f.from >= x && f.to <= y && (f.entry.kind === "body" || f.entry.kind === "org"),
    );
    return {
      ...span,
      title: modifier ? `${modifier} ${singular}` : singular,
      ...(body ? { body: body.entry.name } : {}),
      ...countryIn(x, y, found),
    };
  };
  return names.map((name, n) => {
    const part: [number, number] = !split
      ? [from, head]
      : n === 0
        ? [from, from + and]
        : [from + and + 1, head];
    return roleFor(part, n === 0 ? { from, to: head + 1 } : { from: name.from, to: name.from });
  });
}
