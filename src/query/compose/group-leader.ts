/**
 * "who headed the Kazakh side in the talks with the UAE committee?", "who led the German group that
 * visited Kazakhstan?": the leader of a side named by its country, when the meetings the question points
 * at have one person of that side, or one whose office there is to lead (chair, head, leader). Otherwise
 * the sentence that says who led it answers (see open.ts).
 */
import { asksWhoLedGroup } from "../intent.ts";
import type { QuestionParse } from "../parse.ts";
import { Reply } from "../reply.ts";
import type { Selection } from "../select.ts";
import { type ComposeContext, personCountry, personWithTitle } from "./context.ts";

// An office of leading a group, in a title: "Chair of the X Group", "Head of the delegation".
const LEADING_OFFICE = /\b(chair\w*|head|leader|led)\b/i;
// The group a question asks the leader of, and the words before it ("the Kazakh side").
const GROUP_NOUN = /\b(delegation|side|visit|group|team|mission)s?\b/i;
// The verb of leading the question asks with (a stemmed keyword): no report needs to repeat it.
const LEADING_VERB = /^(led|lead|head|chair)/;

/** Whether a question asks who led a side that it names by a country, and no one else. */
export function asksLeaderOfCountrySide(q: QuestionParse): boolean {
  return !q.people.length && q.countries.length > 0 && asksWhoLedGroup(q.question);
}

/**
 * The leader of the side of the first country the question names, in the meetings of reports that hold
 * every other word it asks with; undefined when no one person stands out.
 */
export function groupLeader(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply | undefined {
  if (selection.unmatched.length || selection.undatedOnly || selection.unplacedOnly) return undefined;
  const side = sideNamed(ctx, q.question);
  if (!side) return undefined;
  const words = q.keywords.filter((w) => !LEADING_VERB.test(w));
  const meetings = selection.meetings.filter((m) =>
    words.every((w) => ctx.index.articlesWith(w).has(m.articleId)),
  );
  const leaders = new Map<string, string>();
  for (const m of meetings) {
    const ofSide = m.participants.filter((id) => personCountry(ctx, id, m.articleId) === side);
    const leading = ofSide.filter((id) =>
      ctx.index.people
        .get(id)
        ?.roles.some((r) => r.articleId === m.articleId && LEADING_OFFICE.test(r.title)),
    );
    const leader = ofSide.length === 1 ? ofSide[0] : leading.length === 1 ? leading[0] : undefined;
    if (leader) leaders.set(leader, m.articleId);
  }
  if (leaders.size !== 1) return undefined;
  const [id, articleId] = [...leaders][0] as [string, string];
  return new Reply().add(
    [articleId],
    personWithTitle(ctx, id, (a) => a === articleId),
  );
}

/**
 * The country named before the group ("the Kazakh side", "the German Bundestag group"): its side is
 * asked about. Not one named after it ("the FNC delegation received by the Kuwaiti crown prince"): that
 * is the hosts' side.
 */
function sideNamed(ctx: ComposeContext, question: string): string | undefined {
  const group = GROUP_NOUN.exec(question);
  const before = group ? question.slice(0, group.index) : "";
  const named = new Set(ctx.countries.find(before).map((c) => c.code));
  return named.size === 1 ? [...named][0] : undefined;
}
