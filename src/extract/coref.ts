/**
 * Coreference inside one article: role phrases ("the Majilis Speaker", "the Armenian
 * parliamentarian", "his Korean counterpart"), "the guest" and pronouns are resolved to the people
 * the article names. A role that fits nobody but names a country becomes an unnamed side
 * ("the Speaker of Mazhilis of the Republic of Kazakhstan" when the article never names him).
 */
import { completeBareTitles } from "./bare-title-bodies.ts";
import { fillImpliedCountries } from "./countries.ts";
import type { Doc, LocalPerson, Mention, Sentence } from "./document.ts";
import type { RoleMention } from "./mentions.ts";
import { isNonFiniteOpener } from "./opener-clause.ts";
import { rememberedAnswers } from "./pattern-cache.ts";
import { otherPortfolio } from "./portfolios.ts";
import { articleProtagonist } from "./protagonist.ts";
import { officeTakenBefore, type RoleSpan } from "./roles.ts";
import { fold } from "./text.ts";

/** The family of a title, so that "Speaker" and "Chairman" of one body are one role. */
export function titleFamily(title: string, hasBody: boolean): string {
  return (hasBody ? familiesWithBody : familiesAlone)(title);
}

// Asked for every pair of a role and a person's roles, over and over for the same few titles: each
// title's family is read once (by whether a body goes with it), not by a dozen patterns each time.
const familiesWithBody = rememberedAnswers((title) => familyOf(title, true), 10_000);
const familiesAlone = rememberedAnswers((title) => familyOf(title, false), 10_000);

function familyOf(title: string, hasBody: boolean): string {
  const t = fold(title);
  if (/ambassador|envoy|diplomat|charge d/.test(t)) return "ambassador";
  if (/\b(vice|deputy)\b|vice-/.test(t)) return "vice";
  if (/prime minister|premier/.test(t)) return "government";
  if (/minister|secretary of state/.test(t)) return "minister";
  if (/queen mother/.test(t)) return "consort";
  if (/head of (the )?state|elbasy|yelbasy|\bking\b|\b[ae]mir\b|\bsultan\b|leader/.test(t)) return "state";
  if (/president/.test(t))
    return hasBody || /assembly|parliament|council|house|senate|congress|union|academy|committee/.test(t)
      ? "presiding"
      : "state";
  if (/speaker|chair|marshal|head|presiding/.test(t)) return "presiding";
  if (/senator|deputy|member|mp\b|parliamentarian|lawmaker|legislator/.test(t)) return "member";
  return t.split(/\s+/).pop() ?? t;
}

/** Resolves every role, guest and pronoun mention of the document. */
export function resolveMentions(doc: Doc): void {
  const main = articleProtagonist(doc, { prominence: false });
  let lastSubject: number | undefined;
  // The last person who spoke in the report ("X told a briefing", "X said"): the "he" of a sentence
  // that ends "..., he said" (see finalAttribution).
  let lastSpeaker: number | undefined;
  // Roles learnt from resolved phrases are recorded at the end, so that they do not sway the resolution itself.
  const resolvedRoles: { person: LocalPerson; role: RoleSpan; sentence: number }[] = [];
  // Roles read ahead onto someone named only later (see below), decided once the whole article is read.
  const ahead: { person: LocalPerson; role: RoleSpan; sentence: number; mention: Mention }[] = [];
  for (const s of doc.sentences) {
    const kept: Mention[] = [];
    let subjectHere: number | undefined;
    const attribution = finalAttribution(s);
    for (const m of s.mentions as RoleMention[]) {
      if (m.kind !== "person" || m.person !== undefined) {
        kept.push(m);
        if (m.person !== undefined) subjectHere ??= m.person;
        continue;
      }
      const others = kept.filter((k) => k.person !== undefined).map((k) => k.person as number);
      // "the King and Ostrian President X": a role joined by "and" to the next person, whose own title
      // gave them a country the role does not name, is someone else. (With that country, "the Speaker
      // of the Ostrian Senate and party leader X" may be X's two posts.)
      const joined = coordinatedWith(s, m);
      const joinedCountry = joined === undefined ? undefined : doc.people[joined]?.country;
      if (joined !== undefined && joinedCountry && m.role?.country !== joinedCountry) others.push(joined);
      let person: number | undefined;
      // A pronoun is the nearest person before it in its sentence, else the last sentence's subject.
      // After "said"/"noted" ("X told TASS' Y he was hoping"), it is the speaker: the sentence's first person.
      if (m.cue === "pronoun" || m.cue === "possessive") {
        const reported =
          /\b(said|says|noted|stressed|added|stated|told|believes|hopes|expressed (?:hope|confidence))( that)?\s*$/i.test(
            tokensText(s, m.from - 3, m.from),
          );
        // "X briefed Y on the results of his talks": what one tells another about is one's own doing.
        const toldOfOwn = m.cue === "possessive" && TOLD_OF.test(tokensText(s, 0, m.from));
        // "..., he said." after the words of someone who spoke before: the pronoun is that speaker,
        // whoever the reported words name.
        const speaker = m.from === attribution ? lastSpeaker : undefined;
        // "X met Y on 10 May, and the following day he received Z": a subject pronoun that opens a
        // clause joined by "and" and a time that moves the story on is the one whose doings it tells,
        // the sentence's subject, not the person met just before it.
        const nextDoing =
          m.cue === "pronoun" && NEXT_DOING_SUBJECT.test(tokensText(s, m.from - 8, m.from + 1));
        // "After receiving Y, he said": the subject pronoun of the main clause after a non-finite
        // opener is the one doing the opener's verb, so none of the people the opener names.
        const openerSubject =
          m.cue === "pronoun" &&
          /^(?:he|she)$/i.test(s.tokens[m.from]?.text ?? "") &&
          isNonFiniteOpener(tokensText(s, 0, m.from))
            ? [lastSubject, main?.id].find((p) => p !== undefined && !others.includes(p))
            : undefined;
        // "He made the remarks in a meeting with Z": a subject pronoun is never someone its own
        // sentence names after it, so a pronoun with no one before it looks past them.
        const namedAfter =
          m.cue === "pronoun" && /^(?:he|she)$/i.test(s.tokens[m.from]?.text ?? "") ? namedLaterIn(s, m) : [];
        const earlier = [lastSubject, main?.id].find((p) => p !== undefined && !namedAfter.includes(p));
        person =
          speaker ??
          openerSubject ??
          (nextDoing ? clauseSubject(s, kept) : reported || toldOfOwn ? others[0] : others.at(-1)) ??
          earlier ??
          (namedAfter.length ? protagonistBut(doc, namedAfter) : undefined);
      } else if (m.cue === "guest") person = guestOf(doc, others, main, m.country);
      else if (m.role && staffOfNamed(s, m, kept)) continue;
      else if (m.role) {
        // "Ostria's envoy in Velka X": a title right before a name is that person's, no guess, and
        // says at once what the person is, for the role phrases that follow in the article.
        const next = titleOfNext(s, m);
        const p = next === undefined ? undefined : doc.people[next];
        if (p && m.cue !== "counterpart" && !namedLaterBare(p, s.index)) addResolvedRole(p, m.role, s.index);
        person =
          next ??
          officeTakenBy(s, m, kept) ??
          furtherTitleOf(doc, s, m, kept) ??
          speakingPossessor(doc, s, m, kept) ??
          sameHolderAgain(doc, s, m, others) ??
          titledSpeakerBetween(doc, s, m, others, lastSpeaker) ??
          byRole(doc, m.role, s.index, [...others, ...claimedByRival(doc, s, m, others), ...metAfter(s, m)]);
      }
      if (person !== undefined) {
        const mention: Mention = { kind: "person", from: m.from, to: m.to, person, resolved: true };
        kept.push(mention);
        subjectHere ??= person;
        const p = doc.people[person];
        if (p && m.role?.country && m.cue !== "counterpart" && namedLaterBare(p, s.index))
          ahead.push({ person: p, role: m.role, sentence: s.index, mention });
        else {
          if (p && m.role && !p.country) p.country = m.role.country;
          if (p && m.role && m.cue !== "counterpart")
            resolvedRoles.push({ person: p, role: m.role, sentence: s.index });
        }
      } else if (m.role?.country && m.cue !== "pronoun") {
        kept.push({
          kind: "unnamed",
          from: m.from,
          to: m.to,
          country: m.role.country,
          description: m.role.title,
        });
      }
    }
    s.mentions = kept;
    if (!s.headline) lastSpeaker = speakerOf(s) ?? lastSpeaker;
    // A headline's subject is not the subject the first sentence goes on about.
    if (subjectHere !== undefined && !s.headline) lastSubject = subjectHere;
  }
  // "the efforts of the Ostrian President ... Veldania's President X has agreed": a role with a country
  // that was read ahead onto someone named only later, with no title yet, holds only if nothing the
  // article then says of them gives another country or another office; else it was someone the
  // article does not name.
  for (const a of ahead) {
    // So does a kind of office: "... confident the Ostrian diplomat will ...", then "heads of state X
    // and Y": the diplomat is neither head of state.
    const family = titleFamily(a.role.title, !!a.role.body);
    const own = a.person.roles.map((r) => titleFamily(r.title, !!r.body));
    const otherOffice = own.length > 0 && !own.includes(family) && family !== "member";
    if ((a.person.country && a.person.country !== a.role.country) || otherOffice) {
      Object.assign(a.mention, { kind: "unnamed", country: a.role.country, description: a.role.title });
      delete a.mention.person;
      delete a.mention.resolved;
      continue;
    }
    a.person.country ??= a.role.country;
    resolvedRoles.push(a);
  }
  for (const r of resolvedRoles) addResolvedRole(r.person, r.role, r.sentence);
  fillImpliedCountries(doc, main);
  completeBareTitles(doc);
}

// "The speaker of Tajikistan's parliament has linked ..." before the article names him: the role
// phrase that was resolved to a person is one of that person's roles, unless a fuller one is known.
function addResolvedRole(p: LocalPerson, role: RoleSpan, sentence: number): void {
  const title = role.title.toLowerCase();
  if (p.roles.some((r) => r.title.toLowerCase().includes(title))) return;
  p.roles.push({ ...role, sentence });
}

/**
 * "His Majesty King X", "A, Speaker of the B, Speaker of the C D": a title the name finder left out of
 * the next name's role (a royal style, a title after another name's apposition) stands right before the
 * name, and is that name's, never someone's named elsewhere.
 */
function titleOfNext(s: Doc["sentences"][number], m: Mention): number | undefined {
  return s.mentions.find(
    (n) =>
      (n.from === m.to || postedIn(s, m.to, n.from)) &&
      n.kind === "person" &&
      n.person !== undefined &&
      !n.resolved,
  )?.person;
}

/**
 * "Ostria's envoy in Velka X", "the Ostrian ambassador to Veldania X": the words from `from` to `to`
 * say only where a title is held (a preposition and a capitalised place of one to three words).
 */
function postedIn(s: Sentence, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 4 || !/^(?:in|to|at)$/.test(s.tokens[from]?.key ?? "")) return false;
  return s.tokens.slice(from + 1, to).every((t) => /^\p{Lu}/u.test(t.text));
}

/**
 * "B. congratulated X on his appointment as Prime Minister of Y", "Welcoming X after his election as
 * Speaker, Z said": the office someone took, said after their name, is the office of the person named
 * last before it in the sentence (whose "his" it is), not of anyone the title would fit elsewhere.
 */
function officeTakenBy(s: Doc["sentences"][number], m: Mention, kept: Mention[]): number | undefined {
  if (!officeTakenBefore(s.tokens, m.from)) return undefined;
  return kept.filter((k) => k.kind === "person" && k.person !== undefined && k.to <= m.from).at(-1)?.person;
}

/** The person named right after a mention and an "and" ("the King and President X"), if any. */
function coordinatedWith(s: Doc["sentences"][number], m: Mention): number | undefined {
  if (s.tokens[m.to]?.key !== "and") return undefined;
  return s.mentions.find((n) => n.from === m.to + 1 && n.kind === "person" && n.person !== undefined)?.person;
}

const SPEECH_VERB =
  /^(?:said|says|told|noted|stressed|added|stated|emphasi[sz]ed|underlined|underscored|explained|recalled|announced|declared)$/;

/**
 * Where a sentence ends with the attribution of its words to a pronoun ("..., he said.", "..., said
 * she."): the token of that pronoun.
 */
function finalAttribution(s: Doc["sentences"][number]): number | undefined {
  const keys = s.tokens.map((t) => t.key);
  let end = keys.length;
  while (end > 0 && /^[.!?"”]$/.test(keys[end - 1] ?? "")) end--;
  const [a, b, comma] = [keys[end - 2], keys[end - 1], keys[end - 3]];
  if (/^(?:he|she)$/.test(a ?? "") && SPEECH_VERB.test(b ?? "") && /^[,"”]$/.test(comma ?? ""))
    return end - 2;
  if (SPEECH_VERB.test(a ?? "") && /^(?:he|she)$/.test(b ?? "") && /^[,"”]$/.test(comma ?? ""))
    return end - 1;
  return undefined;
}

/**
 * Who speaks in a sentence: the person of a mention right before a verb of speech ("X said", "X told
 * a briefing") or right after one (", said X").
 */
export function speakerOf(s: Doc["sentences"][number]): number | undefined {
  let speaker: number | undefined;
  for (const m of s.mentions) {
    if (m.person === undefined) continue;
    const next = s.tokens[m.to]?.key ?? "";
    const before = s.tokens[m.from - 1]?.key ?? "";
    if (SPEECH_VERB.test(next) || SPEECH_VERB.test(before)) speaker = m.person;
  }
  return speaker;
}

// "and" and a time that moves the story on, right before a subject pronoun: "..., and the following
// day he", "and later that day she", "and on 12 May he", "and then he".
// So does one after a word that chains the next doing onto the first clause: "X held talks with Y,
// after which he met Z", "..., whereupon he ...", "X met Y; later he received Z", "..., and after that he".
const NEXT_DOING_SUBJECT =
  /(?:,\s*(?:after\s+which|whereupon|following\s+which|after\s+that|then)|;\s*(?:(?:then|later|subsequently|afterwards|after\s+that)\s*,?)?)\s+(?:he|she)$|\band\s+(?:after\s+that|then|later|subsequently|afterwards|(?:on\s+)?the\s+(?:following|next|same)\s+(?:day|morning|afternoon|evening)|later\s+(?:that|the\s+same|in\s+the)\s+(?:day|morning|afternoon|evening)|(?:in|during)\s+the\s+(?:morning|afternoon|evening)|on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2}))\s*,?\s+(?:he|she)$/iu;

/**
 * The subject of a sentence's first clause: its first person not governed by a preposition ("At the
 * invitation of X, Y visited ..." is Y's doing), if one was named before the pronoun.
 */
function clauseSubject(s: Sentence, kept: Mention[]): number | undefined {
  return kept.find(
    (k) => k.person !== undefined && k.from >= 0 && !GOVERNED.test(tokensText(s, k.from - 2, k.from)),
  )?.person;
}
// A preposition right before a mention, with its article: "of", "by the", "with".
const GOVERNED = /\b(?:of|by|with|to|from|for|at|on|about)(?:\s+the)?$/i;

/** The people a sentence names (by name, not by a role or pronoun) after mention `m`. */
function namedLaterIn(s: Sentence, m: Mention): number[] {
  return s.mentions.flatMap((n) =>
    n.from >= m.to && n.kind === "person" && n.person !== undefined && !n.resolved ? [n.person] : [],
  );
}

/**
 * The person the article is about among everyone but `excluded`: most mentions, then the one named
 * first (as articleProtagonist ranks them).
 */
function protagonistBut(doc: Doc, excluded: number[]): number | undefined {
  return doc.people
    .filter((p) => !excluded.includes(p.id))
    .sort((a, b) => b.mentions - a.mentions || a.firstSentence - b.firstSentence)[0]?.id;
}

/** The text of a sentence's tokens from `from` (clamped to the first) up to `to`, excluded. */
function tokensText(s: Sentence, from: number, to: number): string {
  return s.tokens
    .slice(Math.max(0, from), to)
    .map((t) => t.text)
    .join(" ");
}

// A verb of telling and its object before a possessive: "briefed the President on (the results of)".
const TOLD_OF =
  /\b(?:briefed|informed|told|updated|apprised|acquainted)\b(?:\s+\S+){1,8}?\s+(?:on|about|of|with)(?:\s+the\s+(?:results|outcome|outcomes|details|course)\s+of)?$/i;

// "the guest": the most mentioned person who is not the host (the protagonist or someone already in the
// sentence). "The Swedish guest": the most mentioned one of Sweden, when the article has one; the
// protagonist too, for the guest may be the one the report follows.
function guestOf(
  doc: Doc,
  others: number[],
  main: LocalPerson | undefined,
  country?: string,
): number | undefined {
  const ofCountry = country ? doc.people.filter((p) => p.country === country && !others.includes(p.id)) : [];
  if (ofCountry.length)
    return [...ofCountry].sort((a, b) => b.mentions - a.mentions || a.firstSentence - b.firstSentence)[0]?.id;
  const hostCountry = main?.country;
  const candidates = doc.people.filter(
    (p) => p.id !== main?.id && !others.includes(p.id) && (!hostCountry || p.country !== hostCountry),
  );
  candidates.sort((a, b) => b.mentions - a.mentions || a.firstSentence - b.firstSentence);
  return candidates[0]?.id;
}

/**
 * "Zhang said ... . China is Chile's largest partner, the chairman of the Standing Committee said. ...
 * Zhang said": a title that no one named holds, set as the speaker of words between two sayings of
 * the same person, with no one else named in its sentence, is that person's other title (agency
 * prose varies the way it names a speaker). Its country, if it says one, must be the person's.
 */
function titledSpeakerBetween(
  doc: Doc,
  s: Doc["sentences"][number],
  m: RoleMention,
  others: number[],
  lastSpeaker: number | undefined,
): number | undefined {
  if (lastSpeaker === undefined || others.length || !m.role) return undefined;
  if (!SPEECH_VERB.test(s.tokens[m.to]?.key ?? "") || s.tokens[m.from - 1]?.text !== ",") return undefined;
  if (s.tokens[m.from]?.key !== "the") return undefined;
  const person = doc.people[lastSpeaker];
  const own = person?.country ?? person?.roles.find((r) => r.country)?.country;
  if (m.role.country && m.role.country !== own) return undefined;
  const next = doc.sentences[s.index + 1];
  return next?.mentions.some((x) => x.person === lastSpeaker && !x.resolved) ? lastSpeaker : undefined;
}

/**
 * "X, Chairman of the Budget Committee, and President of the Friendship Group": a title that follows
 * a named person's apposition after ", and" is one more title of that person.
 */
function furtherTitleOf(
  doc: Doc,
  s: Doc["sentences"][number],
  m: Mention,
  kept: Mention[],
): number | undefined {
  if (s.tokens[m.from - 1]?.key !== "and" || s.tokens[m.from - 2]?.text !== ",") return undefined;
  // "X, Secretary-General of the Majlis, and the Ambassador of Ostria": a title with its own article is
  // the next item of a list of attendees, someone else.
  if (/^(?:the|a|an)$/.test(s.tokens[m.from]?.key ?? "")) return undefined;
  const before = kept.filter((k) => k.person !== undefined).at(-1);
  if (before?.person === undefined || before.resolved) return undefined;
  const holder = doc.people[before.person];
  const apposition = holder?.roles.some(
    (r) => r.sentence === s.index && r.from >= before.from && r.to === m.from - 2,
  );
  return apposition ? before.person : undefined;
}

// "Velko's spokesman": a title owned by the person named just before is someone on that person's
// staff, whom the article does not name: neither that person nor anyone else it names.
function staffOfNamed(s: Doc["sentences"][number], m: RoleMention, kept: Mention[]): boolean {
  // "Velko's counterpart" is someone the article may well name.
  if (m.cue === "counterpart" || m.role?.counterpart) return false;
  const at = POSSESSIVE.test(s.tokens[m.from]?.text ?? "") ? m.from : m.from - 1;
  if (!POSSESSIVE.test(s.tokens[at]?.text ?? "")) return false;
  return kept.some((k) => k.kind === "person" && k.to === at);
}

const POSSESSIVE = /^['’]s$/;

// "X's office said (that) the speaker ...": the one whose office, spokesman or aide speaks.
const VOICE_OF =
  /^['’]s (?:(?:press |media )?office|secretariat|spokes(?:man|woman|person)|press (?:service|secretary)|aides?|representative) (?:said|says|stated|reported|announced|added|noted)(?: that)?$/i;

/**
 * "Ara's office said the speaker would host a dinner": a role phrase reported by a person's own
 * office or spokesman is, as a rule, that person (named just before as the possessor), when nothing
 * known of the person conflicts with the title: the same kind of office, none known, or only a seat
 * in a house (a speaker is a member too). "Ara's aide said the ambassador arrived", of a speaker
 * Ara, is someone else: the usual resolution decides.
 */
function speakingPossessor(
  doc: Doc,
  s: Doc["sentences"][number],
  m: RoleMention,
  kept: Mention[],
): number | undefined {
  if (!m.role || m.role.counterpart) return undefined;
  const possessor = kept.filter((k) => k.person !== undefined && k.to < m.from).at(-1);
  if (possessor?.person === undefined) return undefined;
  const between = s.tokens
    .slice(possessor.to, m.from)
    .map((t) => t.text)
    .join(" ")
    .replace(/ (['’]s)\b/, "$1");
  if (!VOICE_OF.test(between.trim())) return undefined;
  const p = doc.people[possessor.person];
  if (!p) return undefined;
  if (m.role.country && p.country && m.role.country !== p.country) return undefined;
  const family = titleFamily(m.role.title, !!m.role.body);
  // A seat in a house does not conflict with presiding over it: a speaker is a member too. A bare
  // "Representative" is the title "Rep." stands for, a seat (not an envoy's post).
  const seat = (r: RoleSpan) =>
    /^(?:rep\.?|representative)$/i.test(r.title.trim()) || titleFamily(r.title, !!r.body) === "member";
  const fits = p.roles.every(
    (r) => titleFamily(r.title, !!r.body) === family || (family === "presiding" && seat(r)),
  );
  return fits ? possessor.person : undefined;
}

// Words after which a role phrase is someone the sentence's people meet or join, not one of them again.
const MEETS_OR_JOINS =
  /^(?:met|meets|meeting|received|receives|receiving|with|and|by|to|hosted|hosts|welcomed|welcomes|visited|called|between)$/;

/**
 * "Having congratulated Ambassador X on his mission, the Speaker expressed confidence the Ostrian
 * diplomat will ...": a role phrase that names a country, said again of the one person already named in
 * its sentence with that country and the same kind of office, is that person (not someone named only
 * later), unless it stands where someone met or joined is named ("met the Ostrian diplomat").
 */
function sameHolderAgain(
  doc: Doc,
  s: Doc["sentences"][number],
  m: RoleMention,
  others: number[],
): number | undefined {
  const role = m.role;
  if (!role?.country || role.counterpart || m.cue === "counterpart") return undefined;
  let k = m.from - 1;
  while (k >= 0 && /^(?:the|a|an|his|her|its)$/.test(s.tokens[k]?.key ?? "")) k--;
  if (MEETS_OR_JOINS.test(s.tokens[k]?.key ?? "")) return undefined;
  const family = titleFamily(role.title, !!role.body);
  const holders = [...new Set(others)].filter((id) => {
    const p = doc.people[id];
    return (
      !!p && p.country === role.country && p.roles.some((r) => titleFamily(r.title, !!r.body) === family)
    );
  });
  return holders.length === 1 ? holders[0] : undefined;
}

// Verbs by which a subject meets the people named after them.
const MEETING_VERB =
  /^(?:met|meets|received|receives|hosted|hosts|welcomed|welcomes|visited|visits|greeted|greets)$/;

/**
 * "The Speaker of Ostria met A, B and the Ambassador of Veldania": the people named after a meeting
 * verb that follows a role phrase are the ones its holder met, never its holder.
 */
function metAfter(s: Sentence, m: Mention): number[] {
  const verb = s.tokens.findIndex((t, k) => k >= m.to && MEETING_VERB.test(t.key));
  if (verb < 0) return [];
  return s.mentions.flatMap((x) => (x.from > verb && x.person !== undefined ? [x.person] : []));
}

/** Whether `p`, with no title or country yet, is first named after `sentence`. */
function namedLaterBare(p: LocalPerson, sentence: number): boolean {
  return !p.roles.length && !p.country && p.firstSentence > sentence;
}

/** The last sentence before `sentence` that mentions a person (by name or a phrase already resolved). */
function lastMentionBefore(doc: Doc, person: number, sentence: number): number | undefined {
  for (let i = sentence - 1; i >= 0; i--)
    if (doc.sentences[i]?.mentions.some((m) => m.person === person)) return i;
  return undefined;
}

/**
 * Whether a title of two words or more ("the Parliamentary Chairman") repeats one of the person's
 * titles, whole or after a word of country ("Georgian Parliamentary Chairman"), or, when `reordered`,
 * says all its words (with its body's) in another order ("the Senate chairwoman", "Chairwoman of the Senate").
 */
function repeatsTitle(p: LocalPerson, role: { title: string; body?: string }, reordered: boolean): boolean {
  const t = fold(role.title).replace(/^the /, "");
  // "the Senate chairwoman" after "Chairwoman of the Senate X": the same words in another order. The
  // body's words count only then: a title repeated whole is the title alone.
  const body = reordered ? (role.body ?? "") : "";
  const words = fold(`${t} ${body}`)
    .split(/\s+/)
    .filter((w) => w && !TITLE_FILLER.has(w));
  if (words.length < 2) return false;
  return p.roles.some((r) => {
    const own = fold(r.title);
    if (t.includes(" ") && (own === t || own.endsWith(` ${t}`))) return true;
    if (!reordered) return false;
    const ownWords = new Set(fold(`${r.title} ${r.body ?? ""}`).split(/[\s,]+/));
    return words.every((w) => ownWords.has(w));
  });
}
// Words of a title that say nothing of the office.
const TITLE_FILLER = new Set(["of", "the", "and", "'s"]);

/**
 * "Agreeing with the proposals of the Ostrian top legislator, the Veldanian Speaker said": two role
 * phrases of two countries in one sentence are two people. When both would go to the same person, the
 * phrase that fits that person better (a higher score, else a title word in common: "Speaker" and
 * "Speaker X") takes them, and the earlier phrase looks elsewhere: read one after the other, before
 * anyone's country is known, the first would take the person the second describes and swap them.
 * Returns the person to leave to the rival phrase, if any.
 */
function claimedByRival(doc: Doc, s: Doc["sentences"][number], m: RoleMention, others: number[]): number[] {
  const role = m.role;
  if (!role?.country) return [];
  const rival = (s.mentions as RoleMention[]).find(
    (n) =>
      n.from > m.from &&
      n.kind === "person" &&
      n.person === undefined &&
      !n.cue &&
      n.role?.country &&
      n.role.country !== role.country,
  )?.role;
  if (!rival) return [];
  const mine = bestByRole(doc, role, s.index, others);
  const theirs = bestByRole(doc, rival, s.index, others);
  if (!mine || !theirs || mine.id !== theirs.id) return [];
  const p = doc.people[mine.id];
  const better =
    theirs.score > mine.score ||
    (theirs.score === mine.score &&
      !!p &&
      sharesTitleWord(p, rival.title) &&
      !sharesTitleWord(p, role.title));
  return better ? [mine.id] : [];
}

// Whether the last word of a title (its head: "Speaker", "legislator") is the last word of one of the person's titles.
function sharesTitleWord(p: LocalPerson, title: string): boolean {
  const head = fold(title).split(/\s+/).at(-1) ?? "";
  return p.roles.some((r) => (fold(r.title).split(/\s+/).at(-1) ?? "") === head);
}

function byRole(doc: Doc, role: RoleSpan, sentence: number, others: number[]): number | undefined {
  return bestByRole(doc, role, sentence, others)?.id;
}

// The person a role phrase fits best, with how well (see byRole's scores).
function bestByRole(
  doc: Doc,
  role: RoleSpan,
  sentence: number,
  others: number[],
): { id: number; score: number } | undefined {
  const family = titleFamily(role.title, !!role.body);
  let best: { id: number; score: number; distance: number } | undefined;
  // Those the role fits who are named only later, with how well it fits them.
  const later: { id: number; score: number; mentions: number }[] = [];
  for (const p of doc.people) {
    if (others.includes(p.id)) continue;
    let score = 0;
    if (role.country && p.country) score += role.country === p.country ? 2 : -10;
    if (role.body && p.roles.some((r) => r.body === role.body)) score += 3;
    // "The Turkish speaker" is no head of a friendship group or a committee, whose title says
    // "head" or "chairman" of the part of a house it presides over, not of the house. A bare style
    // ("Sheikh") says no office at all.
    const families = p.roles
      .filter((r) => !STYLE_ONLY.test(r.title.trim()))
      .map((r) => (SPEAKER.test(role.title) && headOfAPart(r) ? "part" : titleFamily(r.title, !!r.body)));
    // Every parliamentarian is a member: "the Kazakh MP" may be the Speaker.
    // "Norway's Minister of Energy" is not the Foreign Minister of Norway named before (see portfolios.ts).
    const ministers = p.roles.filter((r) => titleFamily(r.title, !!r.body) === "minister");
    if (
      family === "minister" &&
      ministers.length &&
      ministers.every((r) => otherPortfolio(r.title, role.title))
    )
      continue;
    if (families.includes(family) || (family === "member" && families.some((f) => f !== "state"))) score += 2;
    else if (families.length && !role.counterpart) score -= 2;
    // "The Parliamentary Chairman" after "Georgian Parliamentary Chairman X": a title repeated word
    // for word is the one who bore it, before another holder of the same kind of office.
    // Told in another order only of someone named before: a title read ahead onto someone named later
    // ("the Senate Speaker met Y", then a foreign "Speaker of the Senate" mourned) is a guess.
    const namedBefore = lastMentionBefore(doc, p.id, sentence) !== undefined;
    if (repeatsTitle(p, role, namedBefore)) score += 2;
    // Someone named without any role may well be the one the role describes, but only weakly so.
    if (families.length === 0 && !role.counterpart) score += 1;
    if (score < 1) continue;
    // A title line's title that fits only someone named without any title is one the report is about
    // (its protagonist, or named in its lead: "Speaker meets Japanese Ambassador", "X met with Y"), not
    // anyone named in passing ("the agreements reached by A and B"): for them it stays unresolved.
    if (score === 1 && doc.sentences[sentence]?.headline && !inTheLead(doc, p.id)) continue;
    // Prefer the person mentioned closest before; a person named later comes next (cataphora). When
    // the role fits only weakly (someone named without any role), the most mentioned person wins.
    // The nearest is the one mentioned last before the role's sentence (a role refers back); someone
    // named only later, also later in the role's own sentence, comes after everyone named before.
    const last = lastMentionBefore(doc, p.id, sentence);
    const distance =
      score === 1 ? -p.mentions : last !== undefined ? sentence - last : LATER + p.firstSentence - sentence;
    if (!best || score > best.score || (score === best.score && distance < best.distance))
      best = { id: p.id, score, distance };
    if (score > 1 && distance >= LATER) later.push({ id: p.id, score, mentions: p.mentions });
  }
  // "received the Ostrian Ambassador", then two Ostrian ambassadors named later: a role read ahead
  // onto one of two people it fits as well is a guess, and the side stays as the text gives it;
  // unless the first named is the one the report goes on about, mentioned more than the other, or
  // is named in the role's own sentence ("member cum Batang MP A, and member cum Jerantut MP B").
  const rivals = later.filter((c) => c.score === best?.score && c.id !== best?.id);
  const first = best ? doc.people[best.id] : undefined;
  const mentions = first?.mentions ?? 0;
  const sameSentence = first?.firstSentence === sentence;
  if (best && best.distance >= LATER && !sameSentence && rivals.some((c) => c.mentions >= mentions))
    return undefined;
  return best;
}
// A style of rank that says no office ("Sheikh X" may be the Emir or a deputy minister).
const STYLE_ONLY = /^(?:sheikh|sheikha|shaikh|shaikha)$/i;
// A title that presides over a whole house: "Speaker", "the parliament speaker".
const SPEAKER = /\bspeaker\b/i;
// The parts of a house (or bodies between houses) that a chairman or head may preside over.
const HOUSE_PART =
  /\b(?:group|groups|committee|commission|subcommittee|faction|caucus|league|friendship|delegation|council of elders)\b/i;

/**
 * Whether a role presides over a part of a house only ("head of the Ostria-Veldania Friendship Group",
 * "Chairman of the Budget Committee"), not over a house: its title has no "Speaker" of its own.
 */
function headOfAPart(r: RoleSpan): boolean {
  const words = `${r.title} ${r.body ?? ""}`;
  return !SPEAKER.test(r.title) && HOUSE_PART.test(words) && titleFamily(r.title, !!r.body) === "presiding";
}

/** Whether a person is the article's protagonist or is named in its lead (its first body sentence naming someone). */
function inTheLead(doc: Doc, person: number): boolean {
  if (articleProtagonist(doc, { prominence: false })?.id === person) return true;
  const lead = doc.sentences.find((s) => !s.headline && s.mentions.some((m) => m.kind === "person"));
  return !!lead?.mentions.some((m) => m.person === person && !m.resolved);
}
// The distance bestByRole gives a person named only after the role's sentence (and after all named before).
const LATER = 1000;
