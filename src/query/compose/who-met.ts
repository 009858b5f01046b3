/** "who met X?": one line per counterpart, with their latest meeting and how many there were. */
import type { Meeting, Person } from "../../facts/types.ts";
import { describePerson } from "../format.ts";
import { ofOrganisation, partyOfOrganisation } from "../organisation.ts";
import type { QuestionParse } from "../parse.ts";
import { Reply, type ReplyLine } from "../reply.ts";
import type { Selection } from "../select.ts";
import {
  type ComposeContext,
  circumstances,
  countryName,
  meetingsHeading,
  personCountry,
  type Shared,
  sharedPhrase,
  sharedUnlessUnmatched,
  suffix,
  unmatchedNotice,
  withCountry,
} from "./context.ts";
import { meetingList } from "./meeting-list.ts";
import { describeByNewestRole } from "./newest-role.ts";
import { addReportOfPeriod } from "./report-of-period.ts";
import { knownWithoutMeetings } from "./roles.ts";

interface Counterpart {
  latest: Meeting;
  count: number;
  articles: string[];
}

/** Answers "who met X?" (several people named: their meetings together). */
export function whoMet(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply {
  return counterpartsOf(ctx, q, selection);
}

/**
 * The reply to "who met X?"; `lead`, when given, is the header instead of "X met:" (a sentence saying
 * that no meeting with the side asked about is recorded, so that the lines are the other meetings).
 */
function counterpartsOf(ctx: ComposeContext, q: QuestionParse, selection: Selection, lead?: string): Reply {
  if (q.people.length !== 1) return meetingList(ctx, q, selection, meetingsHeading(ctx, q));
  const subject = new Set(q.people.flatMap((p) => p.ids));
  const first = ctx.index.people.get(q.people[0]?.ids[0] as string) as Person;
  if (selection.meetings.length === 0) return knownWithoutMeetings(ctx, first);
  const reply = new Reply();
  const about = describeByNewestRole(ctx, first, selection.meetings);
  // What every meeting shares (the forum, the city) is said once, in the header.
  // A header that says no meeting fits the question has no room for them: each line says its own.
  const shared = lead === undefined ? sharedUnlessUnmatched(ctx, selection) : {};
  reply.setHeader(
    lead ??
      ctx.words.met(`${first.name}${about ? `, ${about},` : ""}`, sharedPhrase(ctx, shared), first.name),
  );
  // No meeting then: what a report of that period says of them comes first.
  addReportOfPeriod(reply, ctx, q, selection);

  // The selection is newest first (held before planned), so each counterpart's first meeting met here
  // is their latest, and lines come out in order as they are first seen.
  const counterparts = new Map<string, Counterpart>();
  const ownCountry = ctx.countries.code(first.country);
  const sideGroups = new Map<string, string[]>();
  // "besides Y": Y is not listed, nor the meetings with Y alone.
  const setAside = new Set(q.excluded ?? []);
  // "who from the IPU did X meet?": those of the organisation, when the narrowing found any.
  const organisation = selection.unmatched.some((n) => n.kind === "organisation")
    ? undefined
    : q.sideOrganisation;
  // "who from Russia did X meet?": those of that country, unless no meeting with it was found (then the
  // others are given, after saying so).
  const side = selection.unmatched.some((n) => n.kind === "countries" && n.codes.includes(q.side ?? ""))
    ? undefined
    : q.side;
  const asked = side !== undefined || organisation !== undefined;
  for (const m of selection.meetings) {
    const all = m.participants.filter((id) => !subject.has(id));
    const others = all.filter((id) => !setAside.has(id));
    if (all.length && !others.length) continue;
    const shown = side
      ? others.filter((id) => personCountry(ctx, id, m.articleId) === side)
      : organisation
        ? others.filter((id) => ofOrganisation(ctx.index, id, m, organisation))
        : others;
    // Asked for a side (a country, an organisation), a meeting with no one of it named lists no one else:
    // its unnamed sides of that side, if any, below.
    const listed = shown.length || asked ? shown : others;
    for (const id of listed) {
      const seen = counterparts.get(id);
      if (seen) {
        seen.count++;
        if (seen.articles.length < 3 && !seen.articles.includes(m.articleId)) seen.articles.push(m.articleId);
        continue;
      }
      const entry = { latest: m, count: 1, articles: [m.articleId] };
      counterparts.set(id, entry);
      // Named in "…and N more" too as the source spells them, so that the reader finds them there.
      reply.addLazy(
        () => counterpartLine(ctx, id, entry, shared),
        () => `${ctx.index.people.get(id)?.name ?? id}${asSpelledIn(ctx, entry.latest, id)}`,
      );
    }
    if (listed.length) continue;
    // No named counterpart: the unnamed sides (a delegation), but not the subject's own side. Sides met
    // alike (the delegations one article lists, all in one place and time) share one line.
    const where = suffix(circumstances(ctx, m, shared));
    for (const party of m.parties) {
      if (ownCountry && ctx.countries.code(party.country) === ownCountry && m.parties.length > 1 && !side)
        continue;
      if (asked && !ofTheSide(ctx, party, side, organisation)) continue;
      const described = withCountry(ctx, party.description, party.country);
      const key = `${m.articleId}\n${where}`;
      const group = sideGroups.get(key);
      if (group) group.push(described);
      else {
        const sides = [described];
        sideGroups.set(key, sides);
        reply.addLazy(
          () => ({ articleIds: [m.articleId], segments: [joinSides(sides, ctx.words.and), where] }),
          () => joinSides(sides, ctx.words.and),
        );
      }
    }
  }
  // No one of the side asked among them ("which Kazakh officials did Koshanov meet?", his own country,
  // which narrows no meeting): that is said, then whom they did meet.
  if (asked && !reply.lines.length) {
    const sideName = side ? countryName(ctx, side) : (organisation as string);
    const none = ctx.words.noMeetingOfNarrowed(first.name, ctx.words.meetingsWith([sideName]));
    const unasked = { ...q, side: undefined, sideOrganisation: undefined };
    // Another narrowing that matched nothing (a period) heads the reply already: this one is said before it.
    if (selection.unmatched.length) return counterpartsOf(ctx, unasked, selection).preface(none);
    return counterpartsOf(ctx, unasked, selection, `${none} ${ctx.words.otherMeetingsAre}`);
  }
  unmatchedNotice(reply, ctx, q, selection);
  return reply;
}

/** Whether an unnamed side of a meeting is of the country (alpha-3) or the organisation asked about. */
function ofTheSide(
  ctx: ComposeContext,
  party: Meeting["parties"][number],
  country: string | undefined,
  organisation: string | undefined,
): boolean {
  if (country !== undefined) return ctx.countries.code(party.country) === country;
  return organisation !== undefined && partyOfOrganisation(party, organisation);
}

/**
 * Sides met together, in one phrase: what their descriptions share said once ("delegations of Azerbaijan,
 * Bulgaria and Denmark"), else the descriptions one after another.
 */
export function joinSides(sides: string[], and: string): string {
  if (sides.length === 1) return sides[0] as string;
  const split = sides.map((s) => s.split(" "));
  let common = 0;
  const first = split[0] as string[];
  while (
    common < first.length - 1 &&
    split.every((w) => w.length > common + 1 && w[common] === first[common])
  )
    common++;
  const rests = split.map((w) => w.slice(common).join(" "));
  const list = `${rests.slice(0, -1).join(", ")}${and}${rests.at(-1)}`;
  return common ? `${first.slice(0, common).join(" ")} ${list}` : list;
}

/** "Name, role (country) — in Astana on 4 September 2025; 3 meetings". */
function counterpartLine(
  ctx: ComposeContext,
  id: string,
  { latest, count, articles }: Counterpart,
  shared: Shared,
): ReplyLine {
  const person = ctx.index.people.get(id);
  const label = person ? describePerson(person, latest.articleId, ctx.words) : "";
  const times = count > 1 ? `; ${ctx.words.timesMet(count)}` : "";
  // The source may spell the name otherwise ("K.Tokayev"): say so, so that the reader finds it there.
  const asSpelled = asSpelledIn(ctx, latest, id);
  return {
    articleIds: articles,
    segments: [
      { bold: person?.name ?? id },
      asSpelled,
      label ? `, ${label}` : "",
      `${suffix(circumstances(ctx, latest, shared))}${times}`,
    ],
  };
}

/** " (K.Tokayev in the source)" when the report of meeting `m` spells the person otherwise, else "". */
function asSpelledIn(ctx: ComposeContext, m: Meeting, id: string): string {
  const person = ctx.index.people.get(id);
  const spelled = m.participantNames?.[m.participants.indexOf(id)];
  return spelled && person && !person.name.includes(spelled) && spelled !== person.name
    ? ` ${ctx.words.inTheSource(spelled)}`
    : "";
}
