/**
 * Taking articles out of a fact base, with what only they said: their meetings, the roles they
 * gave, and the people nothing else names. Used when a new version of an ingested article
 * replaces the old one, so that the base does not keep both.
 */
import type { FactBase, Meeting, Person, Role } from "./types.ts";

/** The base without these articles (by id), their meetings, roles, and the people only they named. */
export function removeArticles(base: FactBase, articleIds: ReadonlySet<string>): FactBase {
  if (articleIds.size === 0) return base;
  const meetings = base.meetings.filter((m) => !articleIds.has(m.articleId));
  const inMeetings = new Set(meetings.flatMap((m) => m.participants));
  const people = base.people.flatMap((p) => {
    const roles = p.roles.filter((r) => !articleIds.has(r.articleId));
    const mentionedIn = p.mentionedIn?.filter((id) => !articleIds.has(id));
    const traces = p.roles.length + (p.mentionedIn?.length ?? 0);
    // A person whose every role and mention came from the removed articles, and who meets no one else,
    // was known from them alone. People with neither cannot be traced to an article: they stay.
    if (roles.length === 0 && !mentionedIn?.length && traces > 0 && !inMeetings.has(p.id)) return [];
    if (roles.length === p.roles.length && mentionedIn?.length === p.mentionedIn?.length) return [p];
    const { mentionedIn: _, ...rest } = p;
    return [
      { ...withCountryOf(rest, roles, p.roles), roles, ...(mentionedIn?.length ? { mentionedIn } : {}) },
    ];
  });
  return { ...base, articles: base.articles.filter((a) => !articleIds.has(a.id)), people, meetings };
}

/**
 * The person's country once `kept` are their roles (`had` before). Only a removed role that stated a
 * country changes it: then it is the country the kept roles state most often (the person's own on a
 * tie). When none states one and a removed role stated the person's, no article left is known to
 * state it: it stays, marked as a guess, which a country an article states later outweighs (it is
 * not dropped: other articles may have said it outside a role).
 */
function withCountryOf<P extends Omit<Person, "roles">>(p: P, kept: Role[], had: Role[]): P {
  const removed = had.filter((r) => !kept.includes(r));
  if (!removed.some((r) => r.country)) return p;
  const counts = new Map<string, number>();
  for (const r of kept) if (r.country) counts.set(r.country, (counts.get(r.country) ?? 0) + 1);
  const { countryGuessed: _, country: __, ...rest } = p;
  if (counts.size) {
    const most = Math.max(...counts.values());
    const country =
      p.country && counts.get(p.country) === most
        ? p.country
        : ([...counts].find(([, n]) => n === most)?.[0] as string);
    return { ...rest, country } as P;
  }
  const statedByRemoved = removed.some((r) => r.country === p.country);
  return p.country && statedByRemoved ? ({ ...rest, country: p.country, countryGuessed: true } as P) : p;
}

/**
 * What makes two reports the same meeting for notifying: the same people and sides on the same
 * day. A new version of an article re-reports its meetings; only the ones this key does not know
 * are news.
 */
export function meetingKey(m: Meeting): string {
  const sides = [...m.participants, ...m.parties.map((p) => `party:${p.country}`)].sort();
  return `${sides.join("+")}@${m.date?.start ?? "?"}`;
}
