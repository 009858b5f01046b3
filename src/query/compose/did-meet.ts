/** "did X meet Y?": yes with the meetings, or no with the meetings X (or Y) did have. */
import type { Meeting } from "../../facts/types.ts";
import { stem } from "../../text/stem.ts";
import type { QuestionParse } from "../parse.ts";
import { Reply } from "../reply.ts";
import { FORMAT_ASKED, FORMAT_TOLD } from "../reported-words.ts";
import { newestFirst, type Selection, selectMeetings } from "../select.ts";
import {
  type ComposeContext,
  circumstances,
  countryName,
  personName,
  sides,
  unmatchedNotice,
} from "./context.ts";
import { meetingList } from "./meeting-list.ts";
import { addQuotes, quoteFor, quoteLine, surnameOf } from "./quoting.ts";
import { sentenceOfBoth } from "./said-of-both.ts";
import { whoMet } from "./who-met.ts";

// The least share of a question's keywords a sentence telling how a meeting was held must have.
const FORMAT_SHARE = 0.3;

/** Answers "did X meet Y?" (Y a person, a country or a name the base does not know). */
export function didMeet(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply {
  const w = ctx.words;
  const together = q.people.length >= 2 && selection.meetings.length > 0;
  const unknownOther = q.people.length === 1 ? q.unknownNames[0] : undefined;
  const alone = q.people.length === 1 && !unknownOther;
  // "did X meet anyone from C?": yes only for meetings where someone other than X is of country C.
  const yes = together
    ? selection.meetings
    : alone && (q.countries.length || q.placeCountries.length)
      ? selection.meetings.filter((m) =>
          // "has X visited Japan?": a meeting held there; "did X meet anyone from Japan?": someone of it.
          q.placeCountries.length
            ? q.placeCountries.some((c) => ctx.countries.placeCountry(m.place) === c)
            : metSomeoneOf(ctx, m, q.people[0]?.ids ?? [], q.countries),
        )
      : alone
        ? selection.meetings
        : [];
  // "did X meet Y in Moscow?": meetings elsewhere, or at another time, are no "yes": that none was held
  // as asked is said first, then the meetings they did have.
  if (together && selection.unmatched.length) {
    const reply = new Reply();
    for (const m of yes)
      reply.add([m.articleId], { bold: sides(ctx, m) }, ` ${w.verbMet} ${circumstances(ctx, m)}`);
    unmatchedNotice(reply, ctx, q, selection);
    return reply;
  }
  if (yes.length) {
    const reply = new Reply().setHeader(w.yes);
    // "was their meeting in person?": the fact base does not record how; the sentence that tells it
    // does, and comes first, as the answer.
    if (FORMAT_ASKED.test(q.question))
      addQuotes(
        reply,
        quoteFor(ctx, q, { ...selection, meetings: yes }, FORMAT_SHARE, 1, true, (s) =>
          FORMAT_TOLD.test(s.text),
        ),
      );
    for (const m of yes)
      reply.add([m.articleId], { bold: sides(ctx, m) }, ` ${w.verbMet} ${circumstances(ctx, m)}`);
    return reply;
  }
  const [x, y] = q.people;
  // "did Nigeria's Senate President X meet Ghana?": X's own country is no other side.
  const ownCountry = x ? ctx.countries.code(ctx.index.people.get(x.ids[0] as string)?.country) : undefined;
  const otherSides = q.countries.filter((c) => c !== ownCountry || q.countries.length === 1);
  const yName = y
    ? personName(ctx, y.ids[0] as string)
    : (unknownOther ?? otherSides.map((c) => countryName(ctx, c)).join(w.and));
  const xName = x ? personName(ctx, x.ids[0] as string) : "";
  // "has X visited Velmora?" names no second side: the place asked is what no meeting matched.
  const where = q.placeNames.map((p) => w.inPlace(p)).join(w.and);
  // "did the Transport Committee meet X?" names no second side the base knows: X's meetings are what
  // none was found of, said without an empty "with".
  // With no person, two countries are the two sides ("did Ostria meet Zelvania?"), one first.
  const [firstCountry, ...otherCountries] = q.countries.map((c) => countryName(ctx, c));
  const header = !x
    ? firstCountry && otherCountries.length
      ? w.no(firstCountry, otherCountries.join(w.and))
      : w.noMeetingOf(yName)
    : yName
      ? w.no(xName, yName)
      : where
        ? w.noMeetingOfNarrowed(xName, where)
        : w.noMeetingOf(xName);
  // What a report says of them both (an invitation, greetings conveyed) comes first under the "no".
  const both = sentenceOfBoth(ctx, q);
  const withSaid = (reply: Reply) =>
    both ? reply.addFirst([both.sentence.articleId], quoteLine(both)) : reply;
  // The reports that name both are why one asks: who each side met there ("Li met Volodin; Pelosi
  // is only mentioned").
  const namingBoth = x && y ? inReportsNamingBoth(ctx, x.ids, y.ids) : [];
  if (namingBoth.length)
    return withSaid(
      meetingList(ctx, q, { meetings: namingBoth, unmatched: [] }, `${header} ${w.inReportsNamingBoth}`),
    );
  // Who they did meet: X's meetings (else Y's) involving the other's country.
  const candidates = [x, y].filter((p) => p !== undefined);
  for (const [i, p] of candidates.entries()) {
    const other = candidates[1 - i];
    const otherCountry = other
      ? ctx.countries.code(ctx.index.people.get(other.ids[0] as string)?.country)
      : undefined;
    const single: QuestionParse = {
      ...q,
      people: [p],
      countries: otherCountry ? [otherCountry] : q.countries,
    };
    const sel = selectMeetings(ctx.index, single, ctx.countries);
    if (sel.meetings.length === 0 || sel.unmatched.length) continue;
    const reply = whoMet(ctx, single, sel);
    return withSaid(reply.setHeader(`${header} ${w.theyMet(personName(ctx, p.ids[0] as string))}`));
  }
  return withSaid(new Reply().setHeader(header));
}

/**
 * The meetings of either person (ids `a`, `b`) reported in an article that names the other by surname,
 * newest first, at most five: who each did meet where the two appear together.
 */
function inReportsNamingBoth(ctx: ComposeContext, a: string[], b: string[]): Meeting[] {
  const naming = (ids: string[]) =>
    new Set(ids.flatMap((id) => ctx.index.articlesContaining(stem(surnameOf(ctx, id) ?? ""))));
  const found = new Set<Meeting>();
  const pairs: [string[], string[]][] = [
    [a, b],
    [b, a],
  ];
  for (const [own, other] of pairs) {
    const articles = naming(other);
    for (const id of own)
      for (const m of ctx.index.meetingsOf(id)) if (articles.has(m.articleId)) found.add(m);
  }
  return newestFirst(ctx.index, [...found]).slice(0, 5);
}

/**
 * Whether a meeting of the person `own` (their ids) had someone else of one of `codes` (alpha-3): a
 * participant whose recorded country it is, or a side of that country. A participant whose country is
 * unknown, or a meeting held in that country, is no proof of meeting someone from it.
 */
function metSomeoneOf(ctx: ComposeContext, m: Meeting, own: string[], codes: string[]): boolean {
  const of = (country: string | undefined) => {
    const code = ctx.countries.code(country);
    return code !== undefined && codes.includes(code);
  };
  return (
    m.participants.some((id) => !own.includes(id) && of(ctx.index.people.get(id)?.country)) ||
    m.parties.some((p) => of(p.country))
  );
}
