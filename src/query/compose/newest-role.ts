/**
 * "Kassym-Jomart Tokayev, Kazakh President (Kazakhstan)": how a header describes the person a reply is
 * about, by the role of their newest report. A person's office changes (a Senate chairman becomes
 * President), and the order roles were read in says nothing of when they were held.
 */
import type { Meeting, Person, Role } from "../../facts/types.ts";
import { compareCodeUnits } from "../../text/compare.ts";
import { describePerson } from "../format.ts";
import type { ComposeContext } from "./context.ts";

/**
 * The person's role and country in words, from the newest dated report among those of `meetings` that
 * gives them a role (the meetings the reply lists: asked about 2016, the office held then), else among
 * all their reports; undated reports only when no report with a role is dated.
 */
export function describeByNewestRole(ctx: ComposeContext, person: Person, meetings: Meeting[]): string {
  const listed = new Set(meetings.map((m) => m.articleId));
  const ofListed = person.roles.filter((r) => listed.has(r.articleId));
  const role = newestRole(ctx, ofListed.length ? ofListed : person.roles);
  return describePerson(role ? { ...person, roles: [role] } : person, role?.articleId, ctx.words);
}

// The role of the newest dated report; of several in one report, the fullest (naming a body, then a
// country, then in the most letters: "Kazakh President" rather than "Head of State").
function newestRole(ctx: ComposeContext, roles: Role[]): Role | undefined {
  const published = (r: Role) => ctx.index.articles.get(r.articleId)?.published ?? "";
  const dated = roles.filter((r) => published(r));
  if (!dated.length) return undefined;
  const newest = dated.reduce((a, b) => (compareCodeUnits(published(b), published(a)) > 0 ? b : a));
  const ofIt = dated.filter((r) => r.articleId === newest.articleId);
  const rank = (r: Role) => [r.body ? 1 : 0, r.country ? 1 : 0, r.title.length];
  return ofIt.reduce((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    const at = x.findIndex((v, i) => v !== y[i]);
    return at >= 0 && (y[at] as number) > (x[at] as number) ? b : a;
  });
}
