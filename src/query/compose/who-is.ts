/** "who is X?": their roles with sources, their country, and their latest meeting. */
import type { IndexedSentence } from "../../facts/index.ts";
import type { Person, Role } from "../../facts/types.ts";
import { fold, tokenize } from "../../text/normalize.ts";
import { stem } from "../../text/stem.ts";
import type { QuestionParse } from "../parse.ts";
import { Reply } from "../reply.ts";
import { newestFirst, type Selection } from "../select.ts";
import { type ComposeContext, dateWords, personName, withCountry } from "./context.ts";
import { addQuotes, quoted, quoteFor, surnameOf } from "./quoting.ts";
import { addRoles } from "./roles.ts";

/** Answers "who is X?" for the first person the question names. */
export function whoIs(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply {
  const ids = q.people[0]?.ids ?? [];
  const person = ctx.index.people.get(ids[0] as string) as Person;
  // Roles from the articles the question points at (a date, a counterpart) first, then the others.
  const focus = new Set(selection.meetings.map((m) => m.articleId));
  const roles = ids.flatMap((id) => ctx.index.people.get(id)?.roles ?? []);
  const narrowed = selection.meetings.length < ids.flatMap((id) => ctx.index.meetingsOf(id)).length;
  // Pointed at by what the question names besides them (a period, a country, a counterpart, a place):
  // the roles of those reports are the answer ("what position did X hold when he met the US
  // ambassador?"); the others would answer for another time. Narrowed by other words, they come first.
  const pointed =
    q.date !== undefined || q.countries.length > 0 || q.people.length > 1 || q.placeNames.length > 0;
  const focused = roles.filter((r) => focus.has(r.articleId));
  const ordered = !narrowed
    ? roles
    : pointed && !selection.unmatched.length && focused.length
      ? focused
      : [...roles.filter((r) => !focus.has(r.articleId)), ...focused];
  const reply = new Reply().setHeader(`${withCountry(ctx, person.name, person.country)}:`);
  // Unless the question points at some reports, the newest title comes first (what they are now).
  addRoles(ctx, reply, { ...person, roles: ordered }, !narrowed, spelledAsTyped(ctx, q, roles));
  if (!reply.lines.length) {
    // No title recorded: the first sentence that names them usually says who they are.
    const intro = introduction(ctx, ids, selection);
    reply.add([], ctx.words.noRole);
    if (intro) reply.add([intro.articleId], quoted(intro.text));
  }
  // "What post was X congratulated on?": the sentence about that, too.
  addQuotes(reply, quoteFor(ctx, q, selection, 0.5, 1));
  const meetings = newestFirst(
    ctx.index,
    ids.flatMap((id) => ctx.index.meetingsOf(id)),
  );
  const latest = meetings[0];
  if (latest) {
    const others = latest.participants.filter((id) => !ids.includes(id)).map((id) => personName(ctx, id));
    const line = `${ctx.words.meetingCount(meetings.length)}; ${ctx.words.latestWith(others, dateWords(ctx, latest))}`;
    // A date may end in a full stop of its own ("4 сентября 2025 г."): the sentence does not add another.
    reply.note(line.endsWith(".") ? line : `${line}.`);
  }
  return reply;
}

/**
 * The reports that spell the person's name as the question does, when only some of theirs do ("T.
 * Narbaeva" for Tanzila Narbayeva): the reader likely has one of those in mind, so they are cited first.
 */
function spelledAsTyped(ctx: ComposeContext, q: QuestionParse, roles: Role[]): Set<string> {
  const mention = q.people[0];
  if (!mention) return new Set();
  const typed = tokenize(q.question)
    .folded.slice(mention.start, mention.end)
    .filter((w) => w.length > 2);
  const theirs = new Set(roles.map((r) => r.articleId));
  const spelled = [...theirs].filter((a) => typed.every((w) => ctx.index.articlesWith(stem(w)).has(a)));
  return spelled.length && spelled.length < theirs.size ? new Set(spelled) : new Set();
}

/** The first sentence of the person's articles that names them. */
function introduction(ctx: ComposeContext, ids: string[], selection: Selection): IndexedSentence | undefined {
  const articles = [
    ...selection.meetings.map((m) => m.articleId),
    ...ids.flatMap((id) => ctx.index.people.get(id)?.roles.map((r) => r.articleId) ?? []),
    ...ids.flatMap((id) => ctx.index.meetingsOf(id).map((m) => m.articleId)),
    ...ids.flatMap((id) => ctx.index.people.get(id)?.mentionedIn ?? []),
  ];
  const surnames = ids.map((id) => surnameOf(ctx, id)).filter((s) => s !== undefined);
  for (const articleId of new Set(articles))
    for (const sentence of ctx.index.sentencesOf(articleId)) {
      const words = fold(sentence.text).split(" ");
      if (surnames.some((s) => words.includes(s))) return sentence;
    }
  return undefined;
}
