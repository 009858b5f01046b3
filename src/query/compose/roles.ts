/** A person's roles as reply lines, and the reply for a known person with no meeting recorded. */
import type { Person } from "../../facts/types.ts";
import { compareCodeUnits } from "../../text/compare.ts";
import { roleText } from "../format.ts";
import { Reply } from "../reply.ts";
import { type ComposeContext, withCountry } from "./context.ts";

/**
 * One line per distinct role, citing up to three articles that give it: the last of `person.roles`
 * first, or, `byDate`, the newest report's first.
 */
export function addRoles(ctx: ComposeContext, reply: Reply, person: Person, byDate = true): void {
  const byText = new Map<string, string[]>();
  // The newest report first: a person's title changes, and "who is X?" asks what it is now. Reports of
  // one day (and undated ones, last) keep the order they were read in, latest first.
  const published = (articleId: string) => ctx.index.articles.get(articleId)?.published ?? "";
  const reversed = [...person.roles].reverse();
  const newest = byDate
    ? reversed.sort((a, b) => compareCodeUnits(published(b.articleId), published(a.articleId)))
    : reversed;
  for (const role of newest) {
    const text = withCountry(ctx, roleText(role), role.country ?? person.country);
    byText.set(text, [...(byText.get(text) ?? []), role.articleId]);
  }
  for (const [text, articles] of byText) reply.add(articles.slice(0, 3), text);
}

/** A known person with no meetings: who they are. */
export function knownWithoutMeetings(ctx: ComposeContext, person: Person): Reply {
  const reply = new Reply().setHeader(`${ctx.words.noMeetingOf(person.name)} ${ctx.words.whoTheyAre}`);
  addRoles(ctx, reply, person);
  if (!reply.lines.length) reply.add([], withCountry(ctx, person.name, person.country));
  return reply;
}
