/**
 * Mentions that are not names: role phrases standing alone ("the Majilis Speaker", "his Korean
 * counterpart", "the high-profile guest"), unnamed sides ("a delegation of the German Bundestag",
 * "the Kazakh deputies") and pronouns. Role phrases and pronouns are resolved to people later
 * (see coref.ts); sides keep their country.
 */
import type { Doc, Mention, Sentence } from "./document.ts";
import { isTitleWord } from "./gazetteer.ts";
import { breaksRole, describeRole, type RoleSpan } from "./roles.ts";
import { isCapitalized, spanText } from "./text.ts";
import { isTitleCaseLine } from "./title-case-lines.ts";

/** A role phrase that stands for a person not named in it. */
export interface RoleMention extends Mention {
  role?: RoleSpan;
  /** "guest", "counterpart", "pronoun": how to resolve it when the role says little. */
  cue?: "guest" | "counterpart" | "pronoun" | "possessive";
}

const GROUP_NOUNS = new Set(
  `delegation delegations deputies senators parliamentarians mps lawmakers legislators leadership side members
  representatives leaders officials stakeholders colleagues counterparts heads chairmen guests observers speakers
  delegates community ambassadors`.split(/\s+/),
);
const DETERMINERS = new Set(["the", "a", "an"]);
const GUEST = new Set(["guest", "guests", "visitor", "interlocutor"]);
const MODIFIERS = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "its",
  "their",
  "high-profile",
  "distinguished",
  "foreign",
  "dear",
  "honorable",
  "key",
  "religious",
  "parliamentary",
  "high-level",
  "top",
  "visiting",
  "senior",
  // what kind of officials they are ("Ostrian government officials")
  "government",
  "governmental",
  // nouns that stand before a title as its body ("the Turkish parliament speaker")
  "parliament",
  "legislature",
  "senate",
  "house",
]);
const MEETING_NOUNS = new Set([
  "meeting",
  "meetings",
  "talks",
  "conversation",
  "engagement",
  "negotiations",
  "visit",
  "discussion",
  "discussions",
]);

/** Adds role, group and pronoun mentions to every sentence of the document. */
export function findOtherMentions(doc: Doc): void {
  for (const s of doc.sentences) {
    const taken = new Array<boolean>(s.tokens.length).fill(false);
    for (const m of s.mentions) for (let i = m.from; i < m.to; i++) taken[i] = true;
    const added: RoleMention[] = [];
    for (let k = 0; k < s.tokens.length; k++) {
      if (taken[k]) continue;
      const w = s.tokens[k]?.text ?? "";
      const f = s.tokens[k]?.key ?? ""; // the token's fold, made once by the tokenizer
      if (GROUP_NOUNS.has(f) || (f === "counterpart" && (s.tokens[k - 1]?.key ?? "") === "its")) {
        const groups = groupsAt(s, k, taken);
        for (const g of groups) {
          added.push(g);
          for (let i = g.from; i < g.to; i++) taken[i] = true;
        }
        const last = groups.at(-1);
        if (last) k = last.to - 1;
        continue;
      }
      // "His Highness the Amir received X": the Gulf spelling of "Emir" is a given name too ("Amir
      // Karimi"), so it is a title only after "the", where no given name stands.
      if (f === "amir" && s.tokens[k - 1]?.key === "the" && !taken[k - 1]) {
        const role = { from: k - 1, to: k + 1, title: w };
        added.push({ kind: "person", from: k - 1, to: k + 1, role });
        taken[k - 1] = taken[k] = true;
        continue;
      }
      if (isTitleWord(w) || GUEST.has(f) || f === "counterpart") {
        // "the representative delegation", "the presidential delegation": a title word right before a
        // group's noun is the group's adjective, not someone (the group is read at its noun).
        if (GROUP_NOUNS.has(s.tokens[k + 1]?.key ?? "")) continue;
        const r = roleAt(s, k, taken);
        if (r) {
          added.push(r);
          for (let i = r.from; i < r.to; i++) taken[i] = true;
          k = r.to - 1;
        }
        continue;
      }
      if (f === "he" || f === "she" || f === "him" || (f === "her" && objectHer(s, k))) {
        added.push({ kind: "person", from: k, to: k + 1, cue: "pronoun" });
        continue;
      }
      if ((f === "his" || f === "her") && MEETING_NOUNS.has(s.tokens[k + 1]?.key ?? "")) {
        added.push({ kind: "person", from: k, to: k + 1, cue: "possessive" });
      }
    }
    s.mentions.push(...added);
    s.mentions.sort((a, b) => a.from - b.from);
  }
}

// Words that follow "her" as an object ("received her at the Seimas", "thanked her for", "met
// her.") and never as a possessive, which a noun or its modifier follows ("her office").
const AFTER_OBJECT_HER = new Set(
  `at in on to for with and during after before as upon about into from by that when while today yesterday
  warmly personally cordially again there here , . ; : " ”`.split(/\s+/),
);
/** Whether the "her" at token k is the object pronoun, not the possessive. */
const objectHer = (s: Sentence, k: number) =>
  k + 1 >= s.tokens.length || AFTER_OBJECT_HER.has(s.tokens[k + 1]?.key ?? "");

// Ranks written before a title word that make one title with it ("deputy speaker", "vice chairman").
const RANK_BEFORE_TITLE = new Set(["deputy", "vice"]);

// The extent of a noun phrase around a head word at k: modifiers on the left, "of/from/in ..." on the right.
function extent(s: Sentence, k: number, taken: boolean[], rightWords: Set<string>): [number, number] {
  let from = k;
  while (from > 0 && !taken[from - 1]) {
    const w = s.tokens[from - 1]?.text ?? "";
    const f = s.tokens[from - 1]?.key ?? "";
    const inPhrase = s.found.some((x) => x.from <= from - 1 && from - 1 < x.to);
    if (
      MODIFIERS.has(f) ||
      inPhrase ||
      (isCapitalized(w) && from - 1 > 0) ||
      f === "'s" ||
      f === "’s" ||
      isTitleWord(w)
    ) {
      from--;
      // An article opens its noun phrase: in "the Cuban legislature a delegation of X" the words
      // before "a" are another phrase's.
      if (DETERMINERS.has(f)) break;
    } else break;
  }
  let to = k + 1;
  for (let i = k + 1; i < s.tokens.length && i < k + 14 && !taken[i]; i++) {
    const w = s.tokens[i]?.text ?? "";
    const f = s.tokens[i]?.key ?? "";
    const inPhrase = s.found.some((x) => x.from <= i && i < x.to);
    if (breaksRole(w)) break; // "the speaker on Sunday said", "Speaker Meets Ambassador"
    // "the Senate deputy speaker", "vice chairman" in lower case: the rank and the title after it are
    // one title (a deputy's), not a deputy and a second, presiding one.
    if (i === k + 1 && RANK_BEFORE_TITLE.has(s.tokens[k]?.key ?? "") && isTitleWord(w)) {
      to = i + 1;
      continue;
    }
    // "the Ostrian Senate Chairman and the Veldanian Ambassador": "and" before another title word
    // starts a second person's role.
    if (f === "and" && rightWords === ROLE_RIGHT && secondTitleAfter(s, i)) break;
    if (
      rightWords.has(f) ||
      inPhrase ||
      isCapitalized(w) ||
      f === "(" ||
      f === ")" ||
      f === "'s" ||
      f === "’s"
    ) {
      // "of" must lead somewhere capitalised or to a phrase, else the phrase is over.
      to = i + 1;
      continue;
    }
    break;
  }
  while (to > k + 1 && ["of", "the", "from", "in", "(", "and", "on"].includes(s.tokens[to - 1]?.key ?? ""))
    to--;
  return [from, to];
}

// Whether a title word stands in the few words after the "and" at `and`, before the phrase goes on with
// "of" (in "the Committee on Defence and Security", no title follows).
function secondTitleAfter(s: Sentence, and: number): boolean {
  for (let i = and + 1; i < Math.min(s.tokens.length, and + 5); i++) {
    const token = s.tokens[i];
    const w = token?.text ?? "";
    if (isTitleWord(w)) return true;
    const inPhrase = s.found.some((x) => x.from <= i && i < x.to); // "the U.S. Ambassador"
    if (!isCapitalized(w) && !DETERMINERS.has(token?.key ?? "") && !inPhrase) return false;
  }
  return false;
}

// Lower-case words that go on a role phrase ("the speaker of Tajikistan's parliament").
const ROLE_RIGHT = new Set([
  "of",
  "the",
  "lower",
  "upper",
  "house",
  "chamber",
  "on",
  "and",
  "parliament",
  "legislature",
  "assembly",
  "senate",
  "council",
  "congress",
]);
const GROUP_RIGHT = new Set([
  "of",
  // a count and the parts of a body ("leaders of the five State Duma factions")
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "all",
  "factions",
  "committees",
  // the epithets of a fellow nation ("deputies of the sister Republic of X", "of the brotherly Kingdom of Y")
  "sister",
  "brotherly",
  "fraternal",
  "the",
  "from",
  "in",
  "led",
  "lower",
  "upper",
  "house",
  "chamber",
  "and",
  "on",
]);

// Nouns that make a title word before them an attribute, not a person: "the deputy association",
// "member states", "the speaker level".
const ATTRIBUTE_OF = new Set(
  `association associations group groups corps commission commissions caucus mandate mandates level seat seats
  states countries nations body bodies activity activities inquiry status`.split(/\s+/),
);

// Whether the words after a title's "'s" name something it owns rather than another title ("the
// Speaker's Official Residence", but not "the President's Special Envoy").
function ownsAThing(s: Sentence, k: number, to: number): boolean {
  // Only the title's own "'s": in "the speaker of Tajikistan's parliament" the owner is the country.
  if (!/^['’]s$/.test(s.tokens[k + 1]?.text ?? "")) return false;
  const owned = s.tokens.slice(k + 2, to);
  return owned.length > 0 && !owned.some((t) => isTitleWord(t.text));
}

function roleAt(s: Sentence, k: number, taken: boolean[]): RoleMention | undefined {
  if (ATTRIBUTE_OF.has(s.tokens[k + 1]?.text ?? "")) return undefined;
  const [from, whole] = extent(s, k, taken, ROLE_RIGHT);
  // A Title Case title line capitalises the words after a role too ("Parliament's Head Arrives In
  // Ostria On Official Visit"): there the role ends before the first word that is no part of it.
  const to = s.headline && whole > k + 1 && isTitleCaseLine(s.tokens) ? titleCaseRoleEnd(s, k, whole) : whole;
  // A title directly before a name is that name's role, already taken; one before a capitalised word
  // that is not a phrase (an unknown name) is left alone rather than guessed.
  const f = s.tokens[k]?.key ?? "";
  const role = describeRole(s.tokens, from, to, s.found);
  // "the Swedish guest": the country of the guest, which says who of the visitors it is.
  if (GUEST.has(f)) {
    const demonym = s.found.find((x) => x.from >= from && x.to <= k && x.entry.kind === "country");
    const country = demonym?.entry.kind === "country" ? demonym.entry.name : undefined;
    return { kind: "person", from, to, cue: "guest", country };
  }
  if (!role) return undefined;
  // Plurals are groups ("Chargé d'Affaires" is one envoy).
  if (/s$/.test(f) && !/(ss|us|affaires)$/.test(f)) return undefined;
  // "the Speaker's Official Residence", "the President's Office": a place or a thing the holder owns.
  if (ownsAThing(s, k, to)) return undefined;
  const cue = role.counterpart ? "counterpart" : undefined;
  return { kind: "person", from, to, role, cue };
}

// Words that join the parts of a role ("Head Of The Senate Of Ostria").
const ROLE_JOINERS = new Set(["of", "the", "and", "for", "on", "'s", "’s"]);

/**
 * Where a role read in a Title Case line ends: before the first word after its title word that is
 * neither a joiner, nor a title word, nor inside a gazetteer phrase (a body, a country).
 */
function titleCaseRoleEnd(s: Sentence, k: number, whole: number): number {
  let end = k + 1;
  for (let i = k + 1; i < whole; i++) {
    const t = s.tokens[i];
    const part = s.found.some((f) => f.from <= i && i < f.to) || isTitleWord(t?.text ?? "");
    if (!part && !ROLE_JOINERS.has(t?.key ?? "")) break;
    if (part) end = i + 1;
  }
  return end;
}

// Plural nouns for people that, followed by "of A and B", stand for one person of each ("the chairmen of X and Y").
const ONE_EACH = new Set([
  "chairmen",
  "chairwomen",
  "chairpersons",
  "chairs",
  "heads",
  "speakers",
  "presidents",
  "leaders",
]);

function groupsAt(s: Sentence, k: number, taken: boolean[]): RoleMention[] {
  const group = groupAt(s, k, taken);
  if (!group || !ONE_EACH.has(s.tokens[k]?.key ?? "")) return group ? [group] : [];
  const and = s.tokens.findIndex(
    (t, i) => i > k && i < group.to && t.key === "and" && /^(the|\p{Lu})/u.test(s.tokens[i + 1]?.text ?? ""),
  );
  if (and < 0) return [group];
  const head = spanText(s.text, s.tokens, group.from, and);
  return [
    { ...group, to: and, description: head },
    {
      ...group,
      from: and + 1,
      description: `${s.tokens[k]?.text} of ${spanText(s.text, s.tokens, and + 1, group.to)}`,
    },
  ];
}

function groupAt(s: Sentence, k: number, taken: boolean[]): RoleMention | undefined {
  const [from, to] = extent(s, k, taken, GROUP_RIGHT);
  // Stop at "led by"/"headed by": the leader is a person mention of its own.
  let end = to;
  for (let i = k + 1; i < to; i++) if (["led", "headed"].includes(s.tokens[i]?.key ?? "")) end = i;
  const inside = s.found.filter((x) => x.from >= from && x.to <= end);
  const place =
    inside.find((x) => x.entry.kind === "country") ??
    inside.find((x) => x.entry.kind === "body" || x.entry.kind === "org");
  const country = place ? (place.entry.kind === "body" ? place.entry.country : place.entry.name) : undefined;
  if (!country) return undefined;
  const description = spanText(s.text, s.tokens, from, end).replace(/^(the|a|an) /i, "");
  return { kind: "group", from, to: end, country, description };
}
