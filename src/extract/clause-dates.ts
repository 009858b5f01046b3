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
  if (!first) return undefined;
  // Both readings place days and names in the sentence's clauses: found once for both.
  const clauseAt = clauseIndex(s.text);
  return (
    dayOfMeetingClause(s, people, days, clauseAt) ??
    (!dayOfOthersOnly(s, people, first, clauseAt) ? first : undefined)
  );
}

/**
 * Whether the clause that holds `day` names people and none of `people`: "X, who on Monday met Z,
 * held talks with Y" dates the meeting with Z, not the one with Y.
 */
function dayOfOthersOnly(
  s: Sentence,
  people: readonly number[],
  day: DaySpan,
  clauseAt: (i: number) => number,
): boolean {
  const at = clauseAt(day.index);
  const named = s.mentions
    .filter((m) => m.kind === "person" && m.person !== undefined && !m.resolved)
    .filter((m) => clauseAt(s.tokens[m.from]?.start ?? 0) === at)
    .map((m) => m.person as number);
  return named.length > 0 && named.every((p) => !people.includes(p));
}

/** The clause of a sentence's text that holds an offset: where the clauses start, and its end. */
function clauseIndex(text: string): (i: number) => number {
  const bounds = [0];
  CLAUSE_BOUND.lastIndex = 0;
  for (let m = CLAUSE_BOUND.exec(text); m; m = CLAUSE_BOUND.exec(text)) bounds.push(m.index);
  bounds.push(text.length + 1);
  return (i) => bounds.findIndex((b, n) => i >= b && i < (bounds[n + 1] ?? Infinity));
}

/**
 * The day of the clause of `s` that names people of the meeting (`people`, local ids) and no one
 * else, among `days` (the days already kept for the sentence's meetings). Undefined when no clause
 * does, or when clauses of different days do: the caller keeps its own choice then.
 */
function dayOfMeetingClause(
  s: Sentence,
  people: readonly number[],
  days: readonly DaySpan[],
  clauseAt: (i: number) => number,
): DaySpan | undefined {
  if (days.length < 2 || people.length < 2) return undefined;
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
