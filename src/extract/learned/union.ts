/**
 * How the learned pairing amends the rules' meetings of an article (the "union" of the experiment
 * that trained it): a two-person rules meeting whose pair the model finds very unlikely is dropped,
 * and a pair the model finds very likely, which no rules meeting holds, is added as a meeting.
 */

/** A pair the model scored; `people` are the article's person ids. */
export interface ScoredPair {
  people: [number, number];
  probability: number;
}

/** A rules meeting below this probability of its pair is dropped. */
export const DROP_BELOW = 0.05;
/** A pair at or above this probability is a meeting. */
export const ADD_FROM = 0.8;

const pairKey = (a: number, b: number) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Which rules meetings stay and which pairs are added. Only two-person meetings can be dropped: the
 * rules' meetings of three or more are their strength, and the model scores pairs only. A pair is
 * added only when it is a meeting of two in the model's own reading (a maximal clique of likely
 * pairs with no third member) and no kept rules meeting has both people.
 */
export function unionOfMeetings(
  rules: readonly (readonly number[])[],
  pairs: readonly ScoredPair[],
): { keep: boolean[]; add: [number, number][] } {
  const probability = new Map(pairs.map((p) => [pairKey(...p.people), p.probability]));
  const keep = rules.map((people) => {
    if (people.length !== 2) return true;
    // A pair the model did not score (it is not two of the article's people) stays.
    return (probability.get(pairKey(people[0] as number, people[1] as number)) ?? 1) >= DROP_BELOW;
  });
  const kept = rules.filter((_, i) => keep[i]);
  const add = likelyCliques(pairs)
    .filter((c): c is [number, number] => c.length === 2)
    .filter(([a, b]) => !kept.some((m) => m.includes(a) && m.includes(b)));
  return { keep, add };
}

/**
 * The model's own meetings: maximal cliques of likely pairs ("A, B and C met": all three pairs
 * likely, one meeting; "A met B, then C": B-C unlikely, two meetings).
 */
function likelyCliques(pairs: readonly ScoredPair[]): number[][] {
  const neighbours = new Map<number, Set<number>>();
  const link = (x: number, y: number) => {
    const set = neighbours.get(x) ?? new Set<number>();
    set.add(y);
    neighbours.set(x, set);
  };
  for (const p of pairs)
    if (p.probability >= ADD_FROM) {
      link(p.people[0], p.people[1]);
      link(p.people[1], p.people[0]);
    }
  const cliques: number[][] = [];
  // Bron–Kerbosch without pivoting: the graphs of one article are a handful of people.
  const extend = (clique: number[], candidates: number[], excluded: number[]) => {
    if (!candidates.length && !excluded.length) {
      if (clique.length >= 2) cliques.push(clique);
      return;
    }
    let rest = [...candidates];
    let done = [...excluded];
    for (const v of candidates) {
      const next = neighbours.get(v) as Set<number>;
      extend(
        [...clique, v],
        rest.filter((u) => next.has(u)),
        done.filter((u) => next.has(u)),
      );
      rest = rest.filter((u) => u !== v);
      done = [...done, v];
    }
  };
  extend([], [...neighbours.keys()], []);
  const seen = new Set<string>();
  return cliques.filter((c) => {
    const key = [...c].sort((x, y) => x - y).join("|");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
