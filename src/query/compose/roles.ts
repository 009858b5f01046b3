/** A person's roles as reply lines, and the reply for a known person with no meeting recorded. */
import type { Person } from "../../facts/types.ts";
import { compareCodeUnits } from "../../text/compare.ts";
import { fold } from "../../text/normalize.ts";
import { roleText } from "../format.ts";
import { Reply } from "../reply.ts";
import { type ComposeContext, withCountry } from "./context.ts";
import { groupOffices, officeOf } from "./offices.ts";

/**
 * One line per office, citing up to three articles that give it, newest first: the last of
 * `person.roles` first, or, `byDate`, the newest report's first. Texts that name one office ("Senate
 * Speaker", "Chairman of the Senate of Kazakhstan") are one line, written in its full wording and,
 * when another report words it more briefly, in that one too. Of an office's reports, those in `first`
 * (that spell the name as the question does) are cited before the others.
 */
export function addRoles(
  ctx: ComposeContext,
  reply: Reply,
  person: Person,
  byDate = true,
  first: ReadonlySet<string> = new Set(),
): void {
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
  const byOffice = new Map<number, { full: Wording; short: Wording; articles: string[] }>();
  roles.forEach((role, i) => {
    const office = byOffice.get(groups[i] as number) ?? { full: role, short: role, articles: [] };
    if (better(fullRank(role), fullRank(office.full))) office.full = role;
    if (better(shortRank(role), shortRank(office.short))) office.short = role;
    if (!office.articles.includes(role.articleId)) office.articles.push(role.articleId);
    byOffice.set(groups[i] as number, office);
  });
  for (const { full, short, articles } of byOffice.values()) {
    // Outlets word one office two ways, in full and short ("President of the Senate of the Parliament of
    // Italy", "President of the Italian Senate"); a reader may know either, so a line gives both.
    const shortToo = short.text !== full.text && !fold(full.text).includes(fold(short.text));
    // Offices stay newest first; within one, the reports spelled as asked are cited first.
    const cited = [...articles.filter((a) => first.has(a)), ...articles.filter((a) => !first.has(a))];
    reply.add(
      cited.slice(0, 3),
      withCountry(ctx, shortToo ? `${full.text} / ${short.text}` : full.text, full.country),
    );
  }
}

/** One wording of a role, with the country it is held in. */
interface Wording {
  text: string;
  country?: string;
}

/** The full wording: the one naming the body most fully (not a bare "Speaker"), in the most words. */
function fullRank(o: Wording): number[] {
  return [officeOf(o.text, o.country).words.length, o.text.length];
}

/** The short wording: naming the body as fully, and its country itself, in the fewest words. */
function shortRank(o: Wording): number[] {
  return [officeOf(o.text, o.country).words.length, officeOf(o.text).country ? 1 : 0, -o.text.length];
}

/** Whether rank `a` is above rank `b`, its first differing entry deciding. */
function better(a: number[], b: number[]): boolean {
  const at = a.findIndex((v, i) => v !== b[i]);
  return at >= 0 && (a[at] as number) > (b[at] as number);
}

/** A known person with no meetings: who they are. */
export function knownWithoutMeetings(ctx: ComposeContext, person: Person): Reply {
  const reply = new Reply().setHeader(`${ctx.words.noMeetingOf(person.name)} ${ctx.words.whoTheyAre}`);
  addRoles(ctx, reply, person);
  if (!reply.lines.length) reply.add([], withCountry(ctx, person.name, person.country));
  return reply;
}
