/**
 * The day of one meeting among several that one sentence tells, each in a clause with a day of its
 * own: "X met Y on 15 August and Z the following day", "X was received on Tuesday by Y and later the
 * same day held talks with Z", "X, who met Z on 3 March, received Y on Tuesday". The sentence's first
 * day is then not every meeting's: each takes the day of the clause that names its own people.
 */
import type { DaySpan } from "./dates.ts";
import type { Sentence } from "./document.ts";

// Where clauses part: a comma, a semicolon, a colon, or a conjunction between two clauses.
const CLAUSE_BOUND = /[,;:]|\s(?:and|but|while|whereas|then)\s/g;

/**
 * The day of a meeting of `s` among `days`: the day of the clause that names its own people (see
 * {@link dayOfMeetingClause}), or else the sentence's first day, unless that day stands in a clause
 * that names only other people (see {@link dayOfOthersOnly}).
 */
export function dayOfMeetingClauseOrOthers(
  s: Sentence,
  people: readonly number[],
  days: readonly DaySpan[],
): DaySpan | undefined {
  const first = days[0];
  return (
    dayOfMeetingClause(s, people, days) ??
    (first && (!dayOfOthersOnly(s, people, first) || listClosedByDay(s, people, first)) ? first : undefined)
  );
}

// What makes the words between two people more than a list of names with their titles: a verb of
// its own (a past participle or an auxiliary), a relative pronoun, a clause's end.
const NOT_A_LIST =
  /\b(?:who|whom|whose|which|that|was|were|is|are|has|have|had|will|would|did|does|[a-z]+ed)\b|[;.:]/;

// The last person of the list doing something of their own before the day: "C, who arrived
// yesterday", "and C hosted him at a dinner yesterday".
const OWN_DOING =
  /\b(?:who|whom|whose|which)\b|^[\s,]*(?:(?:also|later|then)\s+)?(?:[a-z]+ed|met|held|had|gave|took|made|was|were|is|are|has|will)\b/;

/**
 * Whether `day` closes a list of the people met in one go, among them the meeting's: "held separate
 * meetings with A, B and C on the sidelines of the session held yesterday", "received A, B and C in
 * Minsk on Tuesday". The day stands after everyone the sentence names, only names and titles part the
 * meeting's last person from the day's clause, and nothing but the place or occasion parts that
 * clause's people from the day ("C, who arrived yesterday" tells C's own doing).
 */
function listClosedByDay(s: Sentence, people: readonly number[], day: DaySpan): boolean {
  const named = s.mentions.filter((m) => m.kind === "person" && m.person !== undefined && !m.resolved);
  const at = (m: (typeof named)[number]) => s.tokens[m.from]?.start ?? 0;
  const end = (m: (typeof named)[number]) => s.tokens[m.to - 1]?.end ?? at(m);
  const last = named[named.length - 1];
  if (!last || at(last) > day.index) return false;
  const own = named.filter((m) => people.includes(m.person as number));
  const lastOwn = own[own.length - 1];
  if (!lastOwn || lastOwn === last) return false;
  return (
    !NOT_A_LIST.test(s.text.slice(end(lastOwn), at(last))) &&
    !OWN_DOING.test(s.text.slice(end(last), day.index))
  );
}

/**
 * Whether the clause that holds `day` names people and none of `people`: "X, who on Monday met Z,
 * held talks with Y" dates the meeting with Z, not the one with Y. A clause that names no one (a day
 * set off by commas: "; on Wednesday, he was received by Z") belongs to the part of the sentence
 * its semicolons bound: "included meetings with A and B; on Wednesday, he was received by Z" dates
 * the meeting with Z, not those with A and B.
 */
function dayOfOthersOnly(s: Sentence, people: readonly number[], day: DaySpan): boolean {
  const namedWithin = (bounds: number[]) => {
    const partAt = (i: number) => partHolding(bounds, i);
    const at = partAt(day.index);
    return s.mentions
      .filter((m) => m.kind === "person" && m.person !== undefined && !m.resolved)
      .filter((m) => partAt(s.tokens[m.from]?.start ?? 0) === at)
      .map((m) => m.person as number);
  };
  let named = namedWithin(clauseBounds(s));
  if (named.length === 0 && s.text.includes(";")) named = namedWithin(partBounds(s.text));
  return named.length > 0 && named.every((p) => !people.includes(p));
}

/** Where the semicolon-bounded parts of a sentence start, and its end. */
function partBounds(text: string): number[] {
  const bounds = [0];
  for (let i = text.indexOf(";"); i >= 0; i = text.indexOf(";", i + 1)) bounds.push(i);
  bounds.push(text.length + 1);
  return bounds;
}

/** Which part of a sentence, cut at `bounds` (where parts start, then its end), holds offset `i`. */
function partHolding(bounds: readonly number[], i: number): number {
  return bounds.findIndex((b, n) => i >= b && i < (bounds[n + 1] ?? Infinity));
}

/**
 * Where the clauses of a sentence start, and its end. A comma or "and" inside a person's mention
 * parts no clauses: "A, Chair of the Committee on Culture" and "Committee on Finance and Budget Chair
 * B" are one phrase each, so a day after them is in the clause that names the person. (Only names:
 * a phrase resolved to someone may be long, "At the meeting with the Chair, ...".)
 */
function clauseBounds(s: Sentence): number[] {
  const { text } = s;
  const within = s.mentions
    .filter((m) => m.kind === "person" && !m.resolved)
    .map((m) => [s.tokens[m.from]?.start ?? 0, s.tokens[m.to - 1]?.end ?? 0] as const);
  const bounds = [0];
  CLAUSE_BOUND.lastIndex = 0;
  for (let m = CLAUSE_BOUND.exec(text); m; m = CLAUSE_BOUND.exec(text))
    if (!within.some(([from, to]) => m.index > from && m.index < to)) bounds.push(m.index);
  bounds.push(text.length + 1);
  return bounds;
}

/**
 * The day of the clause of `s` that names people of the meeting (`people`, local ids) and no one
 * else, among `days` (the days already kept for the sentence's meetings). Undefined when no clause
 * does, or when clauses of different days do: the caller keeps its own choice then.
 */
export function dayOfMeetingClause(
  s: Sentence,
  people: readonly number[],
  days: readonly DaySpan[],
): DaySpan | undefined {
  if (days.length < 2 || people.length < 2) return undefined;
  const bounds = clauseBounds(s);
  const clauseAt = (i: number) => partHolding(bounds, i);
  // The people each clause names, by name (a pronoun may stand for anyone said before it).
  const named = new Map<number, Set<number>>();
  for (const m of s.mentions) {
    if (m.kind !== "person" || m.person === undefined || m.resolved) continue;
    const at = clauseAt(s.tokens[m.from]?.start ?? 0);
    const set = named.get(at) ?? new Set<number>();
    set.add(m.person);
    named.set(at, set);
  }
  // A day set off by commas right before the people's clause is theirs: "..., and on Tuesday, 7 May,
  // by B" (the clauses between name no one).
  const dayJustBefore = (clause: number) => {
    for (let c = clause - 1; c >= 0 && !named.has(c); c--) {
      const day = [...days].reverse().find((d) => clauseAt(d.index) === c);
      if (day) return day;
    }
    return undefined;
  };
  const candidates: { day: DaySpan; ids: Set<number> }[] = [];
  for (const [clause, ids] of named) {
    if (![...ids].every((id) => people.includes(id))) continue;
    const day = days.find((d) => clauseAt(d.index) === clause) ?? dayJustBefore(clause);
    if (day) candidates.push({ day, ids });
  }
  const agreed = (list: typeof candidates) =>
    list.every((c) => c.day.start === list[0]?.day.start) ? list[0]?.day : undefined;
  // "A was received on Monday by B, and on Tuesday by C": the subject's clause dates the first of its
  // meetings only; where it disagrees with the clause of the one met, that clause tells.
  const subject = s.mentions.find(
    (m) => m.kind === "person" && m.person !== undefined && !m.resolved,
  )?.person;
  const ofMet = candidates.filter((c) => subject === undefined || !c.ids.has(subject));
  return agreed(candidates) ?? (ofMet.length < candidates.length ? agreed(ofMet) : undefined);
}
