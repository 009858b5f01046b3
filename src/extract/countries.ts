/**
 * The country of each person of an article whom no phrase has placed yet: a title that names no
 * country ("First Deputy Prime Minister Roman X", "Secretary General of the Parliament Y") is a title
 * of the country the report is about. That is the country a sentence says the meeting took place in
 * ("visited Ukraine, where he met President Z"), else the country the article's visitor went to, else
 * the country of the dateline or of the outlet's national web domain.
 */
import { allMatches } from "./all-matches.ts";
import { delegationMembership, seatInDelegationBody } from "./delegation-membership.ts";
import { visitAbroad } from "./details.ts";
import type { Doc, LocalPerson, Sentence } from "./document.ts";
import {
  countriesSharingBody,
  countryOf,
  countryOfUrl,
  type Found,
  findPhrases,
  isOrganization,
  isThingWord,
  isTitleWord,
} from "./gazetteer.ts";
import { onlyOne } from "./only-one.ts";
import { ourCountryOf } from "./our-country.ts";
import { isCapitalized, type Token, tokenize } from "./text.ts";

/** Gives a country to every person whose roles imply one but do not say which. */
export function fillImpliedCountries(doc: Doc, protagonist: LocalPerson | undefined): void {
  const home =
    (doc.article.datelineCity ? countryOf(doc.article.datelineCity) : undefined) ??
    leadCityCountry(doc) ??
    outletCountry(doc);
  const visited = visitAbroad(doc);
  // The protagonist first: the others' countries are read against theirs. A dateline says where the
  // outlet is at home: its protagonist with a bare national title is of that country even where a
  // sentence puts them abroad ("On the sidelines of the assembly in Geneva, Vice Speaker X met ...").
  const datelineHome = doc.article.datelineCity ? countryOf(doc.article.datelineCity) : undefined;
  if (protagonist && !protagonist.country) {
    protagonist.country =
      bodyCountryInArticle(doc, protagonist) ??
      ledDelegationCountry(doc, protagonist) ??
      guestAtHome(doc, protagonist, home) ??
      ourCountryOf(doc, protagonist, home);
    if (!protagonist.country)
      guessCountry(
        protagonist,
        impliedByTitle(doc, protagonist, protagonist, visited, home, !!datelineHome) ??
          envoyHostCountry(doc, protagonist),
      );
  }
  for (const p of doc.people) {
    if (p === protagonist) continue;
    const membership = delegationMembership(doc, p);
    seatInDelegationBody(p, membership);
    if (p.country) continue;
    p.country =
      membership?.country ??
      embassyStaffCountry(doc, p) ??
      bodyCountryInArticle(doc, p) ??
      ledDelegationCountry(doc, p) ??
      delegationStandsForCountry(doc, p) ??
      companionCountry(doc, p) ??
      groupHeadCountry(doc, p) ??
      groupMemberCountry(doc, p, protagonist, visited, home) ??
      guestAtHome(doc, p, home) ??
      ourCountryOf(doc, p, home);
    if (p.country) continue;
    guessCountry(
      p,
      impliedByTitle(doc, p, protagonist, visited, home) ??
        envoyHostCountry(doc, p) ??
        (p.roles.length
          ? undefined
          : (listNeighbourCountry(doc, p) ?? bilateralPartner(doc, p, protagonist?.country))),
    );
  }
}

/**
 * "Speaker of the Representatives Council X" and elsewhere "Ostria's Representatives Council": a body
 * that a title names without its country is of the country the article gives it where it names it
 * again ("Ostria's B", "the Ostrian B", "B of Ostria"), when the gazetteer does not know it. One
 * country only: a body two countries have in the article says nothing.
 */
function bodyCountryInArticle(doc: Doc, p: LocalPerson): string | undefined {
  // Only a body the gazetteer does not know: a known one without a country is a name many countries
  // give theirs.
  // A body after "with", "to" or "for" is a partner's ("the group on cooperation with the National
  // Assembly of Ostria", "Ambassador to the Ostrian Parliament"), not the one the title is in.
  const bodies = p.roles.flatMap((r) =>
    r.country || r.body ? [] : bodyNamesIn(r.title.split(PARTNER_WORD)[0] ?? ""),
  );
  if (!bodies.length) return undefined;
  const countries = new Set<string>();
  for (const s of doc.sentences) {
    const keys = s.tokens.map((t) => t.key);
    for (const body of bodies)
      for (let i = 0; i + body.length <= keys.length; i++) {
        if (!body.every((w, k) => keys[i + k] === w)) continue;
        const at = POSSESSIVE_MARK.test(s.tokens[i - 1]?.text ?? "") ? i - 1 : i;
        const before = s.found.find((f) => f.entry.kind === "country" && f.to === at);
        const after =
          keys[i + body.length] === "of"
            ? s.found.find(
                (f) =>
                  f.entry.kind === "country" &&
                  !f.entry.demonym &&
                  f.from === i + body.length + (keys[i + body.length + 1] === "the" ? 2 : 1),
              )
            : undefined;
        const country = (before ?? after)?.entry;
        if (country?.kind === "country") countries.add(country.name);
      }
  }
  // "The Speaker of the National Assembly X welcomed a delegation of the National Assembly of Ostria
  // led by its President Y": a country that gives another person's title the same body is theirs.
  for (const other of doc.people)
    if (other !== p)
      for (const r of other.roles)
        if (r.country && bodyNamesIn(r.title).some((b) => bodies.some((x) => x.join(" ") === b.join(" "))))
          countries.delete(r.country);
  return onlyOne(countries);
}
const POSSESSIVE_MARK = /^['’]s$/;
const PARTNER_WORD = /\s(?:with|to|for)\s/i;

// The names of bodies a title holds, as keys: runs of two capitalised words or more that end in the
// head noun of an institution ("Representatives Council" of "Speaker of the Representatives Council").
function bodyNamesIn(title: string): string[][] {
  const tokens = tokenize(title);
  const out: string[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length && isTitleWord(run[0]?.text ?? "")) run.shift();
    while (run.length && isTitleWord(run.at(-1)?.text ?? "")) run.pop();
    if (run.length >= 2 && isThingWord(run.at(-1)?.text ?? "")) out.push(run.map((t) => t.key));
    run = [];
  };
  for (const t of tokens) {
    if (isCapitalized(t.text)) run.push(t);
    else close();
  }
  close();
  return out;
}

// A country read from where the report stands rather than from the person's own words: the person's
// country, marked as a guess that what other articles say of the same person outweighs.
function guessCountry(p: LocalPerson, country: string | undefined): void {
  if (!country) return;
  p.country = country;
  p.countryGuessed = true;
}

// "X led a delegation of Philippine senators", "X, who heads the Ostrian delegation": whoever leads a
// delegation that the sentence gives a country is of that country (a visitor abroad, whatever city the
// sentence names as the place of the trip).
const LEADS_DELEGATION =
  /^\s*(?:,[^,;]{1,80},\s*)?(?:(?:on|this|last) [\p{L}]+\s+)?(?:(?:who|which)\s+)?(?:led|leads|leading|heads|headed|heading|is leading|was leading)\s+(?:a|an|the|his|her)\s+((?:[\p{L}-]+\s+){0,3}?)delegations?(?:\s+(?:of|from)\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+))?/iu;

function ledDelegationCountry(doc: Doc, p: LocalPerson): string | undefined {
  for (const s of doc.sentences)
    for (const m of s.mentions) {
      if (m.kind !== "person" || m.person !== p.id || m.resolved) continue;
      const after = s.text.slice(s.tokens[m.to - 1]?.end ?? s.text.length);
      const led = LEADS_DELEGATION.exec(after);
      if (!led) continue;
      // The words before "delegation" ("the Ostrian parliamentary"), then those after "of" ("Philippine senators").
      const words = `${led[1] ?? ""} ${led[2] ?? ""}`.split(/\s+/).filter(Boolean);
      // Two words before one: "Sri Lankan", "South Korean".
      for (let i = 0; i < words.length; i++)
        for (const n of [2, 1]) {
          const country = countryOf(words.slice(i, i + n).join(" "));
          if (country) return country;
        }
    }
  return undefined;
}

// "hosted a visiting delegation from Ostria. The delegation led by X ...": "the delegation" told again
// is the one named last before it, and its head is of the country that one was given.
const THE_DELEGATION_LED_BY = /\bthe\s+delegation\s+(?:led|headed)\s+by\s*$/i;
// "met a delegation of the Parliament of X. The delegation's head, Deputy Speaker Y, informed him": the
// head named for the delegation just told of, after a comma and a few words of title, is of its country too.
// Read through the person's mention, which may open with "head" and its title.
const HEAD_OF_THE_DELEGATION =
  /(?:\bhead\s+of\s+the\s+delegation|\bthe\s+delegation['’]s\s+(?:head|leader))\s*,\s*(?:[\p{L}.'’-]+\s+){0,6}[\p{L}.'’-]+$/iu;

function delegationStandsForCountry(doc: Doc, p: LocalPerson): string | undefined {
  for (const s of doc.sentences)
    for (const m of s.mentions) {
      if (m.kind !== "person" || m.person !== p.id) continue;
      const before = s.text.slice(0, s.tokens[m.from]?.start ?? 0);
      const through = s.text.slice(0, s.tokens[m.to - 1]?.end ?? 0);
      if (!THE_DELEGATION_LED_BY.test(before) && !HEAD_OF_THE_DELEGATION.test(through)) continue;
      // The last delegation with a country in this sentence (before the head) or the two before it.
      for (let i = s.index; i >= Math.max(0, s.index - 2); i--) {
        const named = (doc.sentences[i]?.mentions ?? []).filter(
          (x) =>
            x.kind !== "person" &&
            x.country &&
            /\bdelegation\b/i.test(x.description ?? "") &&
            (i < s.index || x.to <= m.from),
        );
        const last = named.at(-1)?.country;
        if (last) return last;
      }
    }
  return undefined;
}

// ", Counsellor at the Embassy", ", First Secretary of the Embassy": a post at the embassy after a name.
// (The mention may hold the title already: then "at the Embassy" follows it.)
const EMBASSY_POST = /^\s*(?:,\s*(?:[\p{L}-]+\s+){1,3})?(?:at|of|in)\s+the\s+Embassy\b(?!\s+of\b)/u;

/**
 * "Mr. Y, Counsellor at the Embassy": a member of an embassy's staff whose title names no country is of
 * the country whose ambassador the article names (one country's only; two embassies leave it open).
 */
function embassyStaffCountry(doc: Doc, p: LocalPerson): string | undefined {
  const staff = doc.sentences.some(
    (s) =>
      /\bEmbassy\b/.test(s.text) &&
      s.mentions.some(
        (m) => m.person === p.id && EMBASSY_POST.test(s.text.slice(s.tokens[m.to - 1]?.end ?? 0)),
      ),
  );
  if (!staff && !p.roles.some((r) => /\bembassy\b/i.test(r.title))) return undefined;
  const countries = new Set(
    doc.people
      .filter((q) => q !== p && q.country && q.roles.some((r) => /\bambassador\b/i.test(r.title)))
      .map((q) => q.country as string),
  );
  return onlyOne(countries);
}

// "X was joined at the meeting by A, B and C", "X, accompanied by A and B, met Y": whoever joins or
// accompanies someone is on their side, of their country (a title of their own that names a country
// has placed them already).
const JOINED_BY = /\b(?:joined|accompanied)\b(?:\s+(?:at|in|during|on|for)\s+[^,;]{0,40}?)?\s+by\b/gi;
// What ends the list of companions: a verb of the sentence's own meeting, a clause mark.
const END_OF_COMPANIONS =
  /[;:]|\b(?:met|meets|held|holds|received|receives|hosted|hosts|visited|visits|with)\b/i;

function companionCountry(doc: Doc, p: LocalPerson): string | undefined {
  for (const s of doc.sentences) {
    if (!/\b(?:joined|accompanied)\b/i.test(s.text)) continue;
    for (const m of s.mentions) {
      if (m.kind !== "person" || m.person !== p.id) continue;
      const start = s.tokens[m.from]?.start ?? 0;
      const by = allMatches(JOINED_BY, s.text.slice(0, start)).at(-1);
      if (!by || END_OF_COMPANIONS.test(s.text.slice((by.index ?? 0) + by[0].length, start))) continue;
      // The one joined: the last person named before "joined".
      const host = s.mentions
        .filter(
          (x) =>
            x.kind === "person" && x.person !== p.id && (s.tokens[x.to - 1]?.end ?? 0) <= (by.index ?? 0),
        )
        .at(-1);
      const country = host?.person === undefined ? undefined : doc.people[host.person]?.country;
      if (country) return country;
    }
  }
  return undefined;
}

// "met their counterparts in the Ostrian Diet, headed by Chairman X": the head of a group the sentence
// gives a country is of that country (also joined by ", and led by", as translated copy prints it).
const HEADED_BY = /^\s*,?\s*(?:and\s+)?(?:headed|led|chaired|presided over)\s+by\s*$/i;

function groupHeadCountry(doc: Doc, p: LocalPerson): string | undefined {
  for (const s of doc.sentences)
    for (let k = 1; k < s.mentions.length; k++) {
      const m = s.mentions[k];
      const group = s.mentions[k - 1];
      if (m?.kind !== "person" || m.person !== p.id || !group?.country || group.kind === "person") continue;
      const between = s.text.slice(s.tokens[group.to - 1]?.end ?? 0, s.tokens[m.from]?.start ?? 0);
      if (HEADED_BY.test(between)) return group.country;
    }
  return undefined;
}

// What a guest's name is followed by: "X arrived here", "X, who is on a visit to Ostria", "X, the
// committee's chairman, arrived in Seoul" (an apposition may stand between). The place is captured.
const ARRIVES_OR_VISITS =
  /^\s*(?:,[^,;]{1,80},\s*|,\s*)?(?:who\s+|which\s+)?(?:(?:has\s+)?arrived|arrives|(?:is|was)\s+(?:on|paying)\s+(?:an?\s+|his\s+|her\s+)?(?:[\p{L}-]+\s+){0,3}?visit\s+to)\s+(here|in\s+(?:the\s+)?[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?|(?:the\s+)?[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?)/u;

// "the state visit of", "during the official visit of the": a visit named by its visitor, right before
// the visitor's mention (which holds the visitor's title).
const VISIT_OF = /\b(?:state|official|working|friendly)\s+visit\s+of\s+(?:the\s+)?$/i;

// Whether every place a sentence names (a city or a country, not a demonym) is in `home`, one at least.
function placesOnlyAt(s: Doc["sentences"][number], home: string): boolean {
  const places = s.found.flatMap((f) =>
    f.entry.kind === "city"
      ? [countryOf(f.entry.name)]
      : f.entry.kind === "country" && !f.entry.demonym
        ? [f.entry.name]
        : [],
  );
  return places.length > 0 && places.every((c) => c === home);
}

/**
 * The country of a guest whose title names none ("Rep. X", "Chairman Y"), told arriving in or visiting
 * the country the report stands in (`home`, from the dateline or the outlet), or named as the visitor
 * of a state visit there: the other country the article is about, not the outlet's. Undefined when the article names no one other country.
 */
function guestAtHome(doc: Doc, p: LocalPerson, home: string | undefined): string | undefined {
  if (!home) return undefined;
  for (const s of doc.sentences)
    for (const m of s.mentions) {
      if (m.kind !== "person" || m.person !== p.id) continue;
      const after = s.text.slice(s.tokens[m.to - 1]?.end ?? s.text.length);
      // "in Astana for the state visit of President X": the visitor of a visit the report places at home.
      const before = s.text.slice(0, s.tokens[m.from]?.start ?? 0);
      if (VISIT_OF.test(before) && placesOnlyAt(s, home)) return otherCountry(doc, home);
      const place = ARRIVES_OR_VISITS.exec(after)?.[1]?.replace(/^in\s+/, "");
      if (!place) continue;
      const visitedCountry: string | undefined =
        place === "here" ? home : countryOf(place.replace(/^the\s+/, ""));
      if (visitedCountry === home) return otherCountry(doc, home);
    }
  return undefined;
}

// The country a national title implies, or an ambassador's (see below). An organisation's officer serves
// no one country, and a post in an international body says nothing either way: the other titles decide.
function impliedByTitle(
  doc: Doc,
  p: LocalPerson,
  protagonist: LocalPerson | undefined,
  visited: string | undefined,
  home: string | undefined,
  homeFirst = false,
): string | undefined {
  const roles = p.roles.filter((r) => !INTERNATIONAL.test(r.title) && !organizationAnaphor(doc, r));
  const national = roles.filter((r) => !ENVOY.test(r.title) && !(r.body && isOrganization(r.body)));
  // "Ambassador X" met at home serves the other country the article is about. So does an envoy the
  // article is about, when a dateline or outlet says where the article stands ("Ambassador X
  // congratulated ... said that Japan is a key partner of Kazakhstan", from Astana).
  if (!national.length && roles.some((r) => ENVOY.test(r.title))) {
    const host = p === protagonist ? home : (home ?? protagonist?.country);
    if (!host) return undefined;
    // "Ambassador to Ostria X" is not of Ostria: in a report from elsewhere, the envoy the report's
    // own country sent there; in a report from Ostria, of the other country it is about.
    const accredited = roles.flatMap((r) => accreditedTo(r.title));
    if (accredited.length && !accredited.includes(host)) return host;
    const other = otherCountry(doc, host);
    return other && !accredited.includes(other) ? other : undefined;
  }
  const role = national[0];
  if (!role || national.length < roles.length) return undefined;
  // A monarch is of the kingdom the text names for him, never by default of where the report stands.
  if (national.every((r) => MONARCH.test(r.title))) return monarchCountry(doc, p, home);
  if (homeFirst && home) return home;
  const candidates = [
    placeOfSentence(doc, role.sentence, role.from, protagonist?.country),
    p !== protagonist ? visited : undefined,
    // "X met with the President of the Chamber of Deputies Y in Rome": the host is of where they met.
    p !== protagonist || hostsAfter(doc, role.sentence, role.to)
      ? placeOfSentence(doc, role.sentence, Number.MAX_SAFE_INTEGER, protagonist?.country, role.to)
      : undefined,
    home,
  ];
  // A chamber name several countries give theirs ("Bundesrat") is of one of them: of the candidate
  // that is one, of the only one, or of none the text says.
  const sharing = role.body ? countriesSharingBody(role.body) : undefined;
  if (sharing) {
    const own = candidates.find((c) => c && sharing.includes(c));
    return own ?? (sharing.length === 1 ? sharing[0] : undefined);
  }
  return candidates.find(Boolean);
}

// "The Speaker X on Monday received his counterpart Y at the National Assembly in Abuja": the host is
// of the place the sentence names after the verb (not "was received").
const HOST_VERB =
  /(?<!\b(?:was|were|is|are|been|be) )\b(?:received|receives|hosted|hosts|welcomed|welcomes)\b/;

function hostsAfter(doc: Doc, sentence: number, from: number): boolean {
  const s = doc.sentences[sentence];
  const at = s?.tokens[from]?.start;
  return !!s && at !== undefined && HOST_VERB.test(s.text.slice(at));
}

/**
 * "deputy X received the Ambassador of Ostria to Veldania Y": someone named in one sentence with an
 * envoy accredited to a country, and no country of their own, is of that country: an ambassador's
 * calls are on the officials of the country that hosts them.
 */
function envoyHostCountry(doc: Doc, p: LocalPerson): string | undefined {
  // Neither a fellow envoy nor an officer of an international body ("TURKPA Secretary General").
  const abroad = (r: LocalPerson["roles"][number]) =>
    ENVOY.test(r.title) || INTERNATIONAL.test(r.title) || (!!r.body && isOrganization(r.body));
  if (p.roles.some(abroad)) return undefined;
  const hosts = new Set<string>();
  for (const s of doc.sentences) {
    const named = new Set(
      s.mentions.flatMap((m) => (m.kind === "person" && m.person !== undefined ? [m.person] : [])),
    );
    if (!named.has(p.id)) continue;
    for (const id of named) {
      const envoy = doc.people[id];
      if (!envoy || envoy === p) continue;
      for (const r of envoy.roles)
        if (r.sentence === s.index && ENVOY.test(r.title))
          for (const host of accreditedTo(r.title)) if (host !== envoy.country) hosts.add(host);
    }
  }
  return onlyOne(hosts);
}

// A seat in a parliament named by itself: "MP", "Member of Parliament", "Deputy", "Senator".
const BARE_SEAT =
  /^(?:MP|member of (?:the )?parliament|senator|deputy)\b(?! (?:speaker|chair|head|minister|prime))/i;

// A member of a bilateral group whom a visitor meets in one of its two countries is of that country
// (which of the two a group's name puts first depends on who writes it). At home, a member whom the
// protagonist meets is the guest, of the group's other country, unless the protagonist belongs to a
// bilateral group too (then the member is a colleague of that side).
function groupMemberCountry(
  doc: Doc,
  p: LocalPerson,
  protagonist: LocalPerson | undefined,
  visited: string | undefined,
  home: string | undefined,
): string | undefined {
  const grouped = p.roles.find((r) => r.pairCountries);
  const pair = grouped?.pairCountries;
  const own = protagonist?.country;
  if (!pair || !(visited ? pair.includes(visited) : own && pair.includes(own))) return undefined;
  const colleague = protagonist?.roles.some((r) => r.pairCountries);
  if (visited) return visited;
  // "R.Amarjargal MP, head of the Ostria-Tarvonia group", "Member of Parliament and Head of the group
  // X": a member who also holds a bare seat sits in the parliament of the country the report stands in
  // (a guest's seat names the guest's body or country).
  const seat = p.roles.some((r) => !r.country && !r.body && BARE_SEAT.test(r.title));
  if (seat && home && pair.includes(home)) return home;
  // "Chairman of the Ostria-Tarvonia Friendship Committee at the Shura Council": a group of the
  // protagonist's own chamber.
  const sameBody = p.roles.some((r) => r.body && protagonist?.roles.some((q) => q.body === r.body));
  // "The meeting was attended by the Chairman of the Ostria-Veldania Friendship Committee X": at home,
  // whoever attends the protagonist's meeting sits on the host's side (a guest's party comes "with" them).
  const attending = grouped && ATTENDED_BY.test(doc.sentences[grouped.sentence]?.text ?? "");
  return colleague || sameBody || attending ? own : pair.find((c) => c !== own);
}

// A sentence that lists who attended a meeting: "The meeting was attended by", "Also present were".
const ATTENDED_BY =
  /\b(?:was|were) (?:also )?attended by\b|\b(?:also )?present (?:at the (?:meeting|talks) )?were\b/i;

// "MPs A, B and C": a name without a title of its own in a list goes on from the name before it,
// under the same title, of the same country (the list of a side's members, not a list of both sides,
// which titles each).
const LIST_JOIN = /^\s*(?:,|and|, and)\s*(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$/;

function listNeighbourCountry(doc: Doc, p: LocalPerson): string | undefined {
  const s = doc.sentences[p.firstSentence];
  const k = s?.mentions.findIndex((m) => m.kind === "person" && m.person === p.id) ?? -1;
  const before = k > 0 ? s?.mentions[k - 1] : undefined;
  const m = s?.mentions[k];
  if (!s || !m || before?.kind !== "person" || before.person === undefined) return undefined;
  const between = s.text.slice(s.tokens[before.to - 1]?.end ?? 0, s.tokens[m.from]?.start ?? 0);
  return LIST_JOIN.test(between) ? doc.people[before.person]?.country : undefined;
}

// Someone named without a title ("During her conversation with X, the two sides ...") whose first
// sentence or the two after it speak of the protagonist's country and exactly one other ("ties between
// Azerbaijan and Ireland"): the other side's.
function bilateralPartner(doc: Doc, p: LocalPerson, own: string | undefined): string | undefined {
  if (!own) return undefined;
  for (const s of doc.sentences.slice(p.firstSentence, p.firstSentence + 3)) {
    const named = new Set(s.found.flatMap((f) => (f.entry.kind === "country" ? [f.entry.name] : [])));
    if (!named.has(own) || named.size !== 2) continue;
    return [...named].find((c) => c !== own);
  }
  return undefined;
}

const ENVOY = /ambassador|envoy|diplomat|charg[eé] d/i;

/** The countries an envoy's title says they are sent to ("Ambassador to Ostria"). */
export function accreditedTo(title: string): string[] {
  const tokens = tokenize(title);
  return findPhrases(tokens).flatMap((f) => {
    let k = f.from - 1;
    if (tokens[k]?.key === "the") k--;
    return f.entry.kind === "country" && !f.entry.demonym && tokens[k]?.key === "to" ? [f.entry.name] : [];
  });
}
// The titles of a reigning house ("King", "His Majesty", "the Emir", "Sultan", "Crown Prince", "Sheikh").
const MONARCH =
  /\b(?:king|queen|emir|amir|sultan|majesty|highness|monarch|crown prince|prince|sheikh|emperor)\b/i;
// The name of a monarchy before its country ("the Kingdom of Ostria", "the Sultanate of Varesh").
const MONARCHY = /^(?:kingdom|sultanate|emirate|principality|state)$/;

/**
 * The kingdom of a monarch whose title names none: a country named as a monarchy ("the Kingdom of
 * X") in a sentence that names him or in the one after it; else the country the report stands in
 * (`home`), when a sentence that speaks of him names it ("The King stressed the partnership between
 * Ostria and ..."). Undefined when the text says none.
 */
function monarchCountry(doc: Doc, p: LocalPerson, home: string | undefined): string | undefined {
  const his = doc.sentences.filter((s) => s.mentions.some((m) => m.kind === "person" && m.person === p.id));
  for (const s of his) {
    if (!s.mentions.some((m) => m.person === p.id && !m.resolved)) continue;
    for (const t of [s, doc.sentences[s.index + 1]]) {
      if (!t) continue;
      for (const f of t.found) {
        if (f.entry.kind !== "country" || f.entry.demonym) continue;
        let k = f.from - 1;
        if (t.tokens[k]?.key === "the") k--;
        // The gazetteer may know the monarchy's whole name as the country's ("the Kingdom of X").
        if (MONARCHY.test(t.tokens[f.from]?.key ?? "")) return f.entry.name;
        if (t.tokens[k]?.key === "of" && MONARCHY.test(t.tokens[k - 1]?.key ?? "")) return f.entry.name;
      }
    }
  }
  const namesHome = (s: Sentence) =>
    s.found.some((f) => f.entry.kind === "country" && !f.entry.demonym && f.entry.name === home);
  return home && his.some(namesHome) ? home : undefined;
}

/**
 * "the head of the delegation to PACE ... met the President of the Assembly, X": a title "of the"
 * bare head noun of an institution, in or right after a sentence that names an international body,
 * is an office of that body, which no country's dateline gives a country.
 */
function organizationAnaphor(doc: Doc, role: LocalPerson["roles"][number]): boolean {
  if (!BARE_BODY_OF.test(role.title)) return false;
  return [role.sentence - 1, role.sentence].some(
    (i) => doc.sentences[i]?.found.some((f) => f.entry.kind === "org") ?? false,
  );
}
const BARE_BODY_OF = /\bof the (?:Assembly|Organi[sz]ation|Union|Parliamentary Assembly)$/i;

const INTERNATIONAL = {
  test: (title: string) =>
    /\b(international(?! (affairs|relations|cooperation|issues|policy|information|law))|world|united nations|global|european union)\b|\bof the organi[sz]ation\b/i.test(
      title,
    ) || /\bEU\b|\b(?!United\b)\p{Lu}[\p{L}-]+ (States|Nations|Countries)\b/u.test(title),
};

// The one country other than the host that the article names most, and more than once ("Japan is a
// key partner of Kazakhstan", "the Kazakh-Japanese partnership"); undefined when two are named equally
// often or the other country comes up only in passing.
function otherCountry(doc: Doc, host: string): string | undefined {
  const counts = new Map<string, number>();
  for (const s of doc.sentences)
    for (const f of s.found)
      if (f.entry.kind === "country" && f.entry.name !== host)
        counts.set(f.entry.name, (counts.get(f.entry.name) ?? 0) + 1);
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return first && first[1] > 1 && (!second || second[1] < first[1]) ? first[0] : undefined;
}

// The country a sentence names, before the role (or, from `after`, after it), as where something happens ("Prior to the visit to
// Uzbekistan, he visited Ukraine, where he met President Z": the nearest one, Ukraine; "In Vilnius,
// he will meet Prime Minister Z": Lithuania).
function placeOfSentence(
  doc: Doc,
  sentence: number,
  at: number,
  own: string | undefined,
  after = 0,
): string | undefined {
  const s = doc.sentences[sentence];
  let place: string | undefined;
  for (const f of s?.found ?? []) {
    if (f.from >= at) break;
    if (f.from < after) continue;
    const country =
      f.entry.kind === "country" && !f.entry.demonym
        ? f.entry.name
        : f.entry.kind === "city"
          ? f.entry.country
          : undefined;
    if (!country || country === own) continue;
    const before = (s?.tokens[f.from - 1]?.text ?? "").toLowerCase();
    // "the Ambassador of Ostria to Veldania": where an envoy is sent is no place of the sentence's events.
    const sentTo =
      before === "to" &&
      ENVOY.test((s?.tokens.slice(Math.max(0, f.from - 6), f.from - 1) ?? []).map((t) => t.text).join(" "));
    if (/^(in|to|visited|visiting)$/.test(before) && !sentTo) place = country;
  }
  return place;
}

// The country of the outlet's national web domain, when the article speaks of that country: a
// British site reporting on two other countries ("regionalchronicle.co.uk") says nothing of where they met.
function outletCountry(doc: Doc): string | undefined {
  // An outlet named after its country ("Ostria Independent", "The Ostrian Times") says it as well.
  const country =
    countryOfUrl(doc.article.url) ??
    countryInName(doc.article.outlet) ??
    countryOfUrlSection(doc.article.url);
  const named = (f: Found) =>
    (f.entry.kind === "country" && f.entry.name === country) ||
    ((f.entry.kind === "city" || f.entry.kind === "body") && f.entry.country === country);
  return country && doc.sentences.some((s) => s.found.some(named)) ? country : undefined;
}

/**
 * The country a section of an outlet's web address names, "/kenya/news/...", "/news/bangladesh/...",
 * "/south-africa/...": a national paper files its home news so. Only a whole folder of the path (not the
 * article's own slug, which may name any country) that is a country's name, not a demonym.
 */
function countryOfUrlSection(url: string | undefined): string | undefined {
  const path = /^[a-z]+:\/\/[^/]+(\/[^?#]*)/i.exec(url ?? "")?.[1] ?? "";
  const folders = path.split("/").filter(Boolean).slice(0, -1);
  for (const folder of folders) {
    if (!/^[a-z]{4,}(?:-[a-z]+)*$/.test(folder)) continue;
    const name = folder
      .split("-")
      .map((w) => w[0]?.toUpperCase() + w.slice(1))
      .join(" ");
    const phrase = findPhrases(tokenize(name));
    const only = onlyOne(phrase);
    if (only?.entry.kind === "country" && !only.entry.demonym && only.text === name) return only.entry.name;
  }
  return undefined;
}

// The one country an outlet's name names ("Egypt Independent" → Egypt), if any.
function countryInName(name: string | undefined): string | undefined {
  const countries = new Set(
    findPhrases(tokenize(name ?? "")).flatMap((f) => (f.entry.kind === "country" ? [f.entry.name] : [])),
  );
  return onlyOne(countries);
}

// A dateline left at the head of the first sentence ("DOHA: Speaker ...", "HANOI —", "Egypt: ..."): a known
// city or a country first, then a mark.
function leadCityCountry(doc: Doc): string | undefined {
  // An agency's name alone on a line ("QNA") may stand before the first sentence.
  const [first, second] = doc.sentences.filter((x) => !x.headline);
  const lead = (s: Sentence | undefined) => {
    const place = s?.found[0];
    if (!s || !place || place.from !== 0) return undefined;
    const next = s.tokens[place.to]?.text;
    if (place.entry.kind === "city")
      return next === undefined || /^[:—–,.(-]$/.test(next) ? place.entry.country : undefined;
    // A country in the dateline's place ("Egypt: President X received ..."): a colon or a dash closes
    // it, where a sentence that opens on a country goes on with a verb or a comma.
    if (place.entry.kind === "country" && !place.entry.demonym && /^[:—–]$/.test(next ?? ""))
      return place.entry.name;
    return undefined;
  };
  return lead(first) ?? (first && first.tokens.length <= 3 ? lead(second) : undefined);
}
