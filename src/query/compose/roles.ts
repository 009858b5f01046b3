/** A person's roles as reply lines, and the reply for a known person with no meeting recorded. */
import type { Person } from "../../facts/types.ts";
import { compareCodeUnits } from "../../text/compare.ts";
import { roleText } from "../format.ts";
import { Reply } from "../reply.ts";
import { type ComposeContext, withCountry } from "./context.ts";
import { groupOffices, officeOf } from "./offices.ts";

/**
 * One line per office, citing up to three articles that give it, newest first: the last of
 * `person.roles` first, or, `byDate`, the newest report's first. Texts that name one office ("Senate
 * Speaker", "Chairman of the Senate of Kazakhstan") are one line, written as the report naming its body
 * most fully says it.
 */
export function addRoles(ctx: ComposeContext, reply: Reply, person: Person, byDate = true): void {
  // The newest report first: a person's title changes, and "who is X?" asks what it is now. Reports of
  // one day (and undated ones, last) keep the order they were read in, latest first.
  const published = (articleId: string) => ctx.index.articles.get(articleId)?.published ?? "";
  const reversed = [...person.roles].reverse();
  const newest = byDate
    ? reversed.sort((a, b) => compareCodeUnits(published(b.articleId), published(a.articleId)))
    : reversed;
  const roles = newest.map((role) => ({
    text: roleText(role),
    country: role.country ?? person.country,
    articleId: role.articleId,
  }));
  const groups = groupOffices(roles);
  const byOffice = new Map<number, { text: string; country?: string; articles: string[] }>();
  roles.forEach((role, i) => {
    const office = byOffice.get(groups[i] as number) ?? { ...role, articles: [] };
    // Written as the report that names the body most fully (not a bare "Speaker"), in the most words.
    const fullness = (o: { text: string; country?: string }) =>
      officeOf(o.text, o.country).words.length * 1000 + o.text.length;
    if (fullness(role) > fullness(office)) Object.assign(office, { text: role.text, country: role.country });
    if (!office.articles.includes(role.articleId)) office.articles.push(role.articleId);
    byOffice.set(groups[i] as number, office);
  });
  for (const { text, country, articles } of byOffice.values())
    reply.add(articles.slice(0, 3), withCountry(ctx, text, country));
}

/** A known person with no meetings: who they are. */
export function knownWithoutMeetings(ctx: ComposeContext, person: Person): Reply {
  const reply = new Reply().setHeader(`${ctx.words.noMeetingOf(person.name)} ${ctx.words.whoTheyAre}`);
  addRoles(ctx, reply, person);
  if (!reply.lines.length) reply.add([], withCountry(ctx, person.name, person.country));
  return reply;
}
