/**
 * "who was in the Kazakh delegation to the US?", "which MPs are part of X's delegation?": the members of
 * a visiting group. Reports name them beside the meetings ("the delegation included deputies A and B",
 * "accompanied by MP C"), so a member is whoever the report of the group's meetings names with an office
 * and the group's country, besides those who met on its side; the hosts are the other side.
 */
import type { Meeting } from "../../facts/types.ts";
import { translate } from "../../i18n/catalogue.ts";
import { normalised } from "../intent.ts";
import type { QuestionParse } from "../parse.ts";
import { Reply } from "../reply.ts";
import type { Selection } from "../select.ts";
import { type ComposeContext, personCountry, personWithTitle } from "./context.ts";

// Being one of a group: "who was in", "who is on", "which MPs are part of", "who were the members of",
// followed within a few words by the group ("the Kazakh delegation", "Johari's delegation").
const MEMBERS_OF_DELEGATION =
  /^(who|which (\S+ ){0,2}?\S+) (is|was|are|were) (the |a )?((part|members?) of|in|on|among|included in)( the)? (\S+ ){0,4}?(delegation|entourage)s?\b/;

// The same in Russian and Kazakh: "кто входил в делегацию Эстонии", "кто был в составе эстонской
// делегации", "состав делегации", "делегация құрамында кім болды", "делегациясының мүшелері кімдер".
const MEMBERS_OF_DELEGATION_RU_KK =
  /^(кто (был|была|были|входил[аи]?|входит|входят) (в состав\S*|в) (\S+ ){0,3}?делегаци|кто в составе (\S+ ){0,3}?делегаци|(каков|какой|кто) состав (\S+ ){0,3}?делегаци|(кто )?(члены|состав) (\S+ ){0,2}?делегаци)|делегация\S* ((\S+ )?(құрамында|құрамына)|мүшелері) (\S+ )?кім/u;

/** Whether a question asks who the members of a delegation are (in English, Russian or Kazakh). */
export function asksDelegationMembers(question: string): boolean {
  const q = normalised(question);
  return MEMBERS_OF_DELEGATION.test(q) || MEMBERS_OF_DELEGATION_RU_KK.test(q);
}

/**
 * The members of the delegation the question names: of the person it names (their country), or of the
 * first country it names ("the Kazakh delegation to the US"), as the reports of its meetings list them.
 * Undefined when those reports name no one of that side but the person asked about.
 */
export function delegationMembers(
  ctx: ComposeContext,
  q: QuestionParse,
  selection: Selection,
): Reply | undefined {
  const head = q.people[0]?.ids ?? [];
  const meetings = selection.meetings.filter(
    (m) => !head.length || head.some((id) => m.participants.includes(id)),
  );
  const byArticle = new Map<string, Meeting[]>();
  for (const m of meetings) byArticle.set(m.articleId, [...(byArticle.get(m.articleId) ?? []), m]);
  // Those each report gives a role, in one pass over the people rather than one per report.
  const withRole = new Map<string, string[]>();
  for (const p of ctx.index.people.values())
    for (const articleId of new Set(p.roles.map((r) => r.articleId))) {
      if (!byArticle.has(articleId)) continue;
      const list = withRole.get(articleId);
      if (list) list.push(p.id);
      else withRole.set(articleId, [p.id]);
    }
  const members = new Map<string, Set<string>>();
  for (const [articleId, ofArticle] of byArticle) {
    const side = head.length ? personCountry(ctx, head[0] as string, articleId) : q.countries[0];
    if (!side) continue;
    const ofSide = (id: string) => !head.includes(id) && personCountry(ctx, id, articleId) === side;
    // Those who met on the group's side, then those the report names with an office of its country.
    const named = [...ofArticle.flatMap((m) => m.participants), ...(withRole.get(articleId) ?? [])];
    for (const id of named.filter(ofSide)) members.set(id, (members.get(id) ?? new Set()).add(articleId));
  }
  if (!members.size) return undefined;
  // A line only this reply needs, from the catalogue (as small talk's), in the language asked in.
  const reply = new Reply().setHeader(translate(ctx.words.language, "delegation-members"));
  for (const [id, articles] of members)
    reply.add(
      [...articles],
      personWithTitle(ctx, id, (a) => articles.has(a)),
    );
  return reply;
}
