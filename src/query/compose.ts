/**
 * Answer composition: one small function per intent, each turning the selected meetings (or quoted
 * sentences) into the lines of a {@link Reply}. Facts are written as the fact base holds them; what
 * it does not hold (a date, a place) is said to be unknown.
 */
import type { FactIndex, IndexedSentence } from "../facts/index.ts";
import type { Meeting, Person } from "../facts/types.ts";
import { asksWhoSignedRuKk } from "../i18n/intent.ts";
import type { Words } from "../i18n/words.ts";
import type { CountryGazetteer } from "./countries.ts";
import { datePhrase } from "./dates.ts";
import { describePerson, meetingDate, personLabel, roleText, whereAndWhen } from "./format.ts";
import { asksWhoSigned } from "./intent.ts";
import type { QuestionParse } from "./parse.ts";
import type { PersonMatcher } from "./people.ts";
import { bestSentences, type Quote } from "./quotes.ts";
import { Reply, type ReplyLine } from "./reply.ts";
import { newestFirst, type Selection, selectMeetings } from "./select.ts";
import { fold, stem } from "./text.ts";

/** What the composers read. */
export interface ComposeContext {
  index: FactIndex;
  people: PersonMatcher;
  countries: CountryGazetteer;
  /** The fixed words of the reply, in the language of the question. */
  words: Words;
}

/** Composes the reply to a parsed question. */
export function compose(ctx: ComposeContext, q: QuestionParse): Reply {
  if (q.intent === "empty") return help(ctx);
  if (!q.people.length && !q.countries.length) return withoutSubject(ctx, q);
  // Several people answer to the name ("Hao"): answer for all of them, and say so.
  const ambiguous = q.people.filter((p) => p.alternatives.length);
  if (ambiguous.length)
    q = { ...q, people: q.people.map((p) => ({ ...p, ids: [...p.ids, ...p.alternatives] })) };
  const selection = selectMeetings(ctx.index, q, ctx.countries, {
    requireAgreements: asksWhoSigned(q.question) || asksWhoSignedRuKk(q.question),
  });
  const reply = answerIntent(ctx, q, selection);
  for (const p of ambiguous)
    reply.note(
      ctx.words.t("reply-several", {
        names: [...p.ids, ...p.alternatives].map((id) => personName(ctx, id)).join(", "),
      }),
    );
  return reply;
}

function answerIntent(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply {
  if (q.intent === "who-is" && q.people.length) return whoIs(ctx, q, selection);
  switch (q.intent) {
    case "did-meet":
      return didMeet(ctx, q, selection);
    case "when":
    case "where":
      return whenOrWhere(ctx, q, selection);
    case "signed":
      return signed(ctx, q, selection);
    case "discussed":
      return discussed(ctx, q, selection);
    case "open":
    case "who-is":
      return open(ctx, q, selection);
    default:
      return whoMet(ctx, q, selection);
  }
}

function help(ctx: ComposeContext): Reply {
  return new Reply().setHeader(ctx.words.t("reply-help"));
}

/** The subject of a question in words: "Erlan Koshanov", "Koshanov and Amarbayasgalan", "Mongolia". */
function subjectName(ctx: ComposeContext, q: QuestionParse): string {
  const names = q.people.map((p) => personName(ctx, p.ids[0] as string));
  const countries = q.people.length ? [] : q.countries.slice(0, 1).map((c) => ctx.countries.name(c));
  return ctx.words.list([...names, ...countries]);
}

function personName(ctx: ComposeContext, id: string): string {
  return ctx.index.people.get(id)?.name ?? id;
}

// "No meeting ... in December 2022 is recorded; ..." when a narrowing matched nothing.
function unmatchedNote(reply: Reply, ctx: ComposeContext, q: QuestionParse, selection: Selection): void {
  if (selection.unmatched.length)
    reply.notice(
      ctx.words.t("reply-unmatched", {
        subject: subjectName(ctx, q),
        narrowing: narrowings(ctx, q, selection).join(", "),
        undated: selection.undatedOnly ? "yes" : "no",
      }),
    );
}

// What a narrowing that matched nothing said, in the reply's language: in English as the selection
// wrote it; otherwise the date as the question gave it, and the other narrowings from the catalogue.
function narrowings(ctx: ComposeContext, q: QuestionParse, selection: Selection): string[] {
  if (ctx.words.language === "en") return selection.unmatched;
  return selection.unmatched.map((words) => {
    if (q.date && words === datePhrase(q.date)) return q.date.text;
    if (words.startsWith("with ") && q.countries.length)
      return ctx.words.t("reply-narrow-countries", {
        countries: q.countries.map((c) => ctx.countries.name(c)).join(", "),
      });
    return ctx.words.t("reply-narrow-signed");
  });
}

/** Participants of a meeting as names, or the unnamed sides when no one is named. */
function sides(ctx: ComposeContext, m: Meeting, only?: string): string {
  let ids = m.participants;
  if (only) {
    const own = ids.filter((id) => personCountry(ctx, id, m.articleId) === only);
    if (own.length) ids = own;
  }
  const names = ids.map((id) => personName(ctx, id));
  const parties = m.participants.length < 2 || !names.length ? m.parties.map((p) => p.description) : [];
  return ctx.words.list([...names, ...parties]) || ctx.words.t("reply-unnamed-side");
}

function personCountry(ctx: ComposeContext, id: string, articleId: string): string | undefined {
  const person = ctx.index.people.get(id);
  const role = person?.roles.find((r) => r.articleId === articleId);
  return ctx.countries.code(role?.country ?? person?.country);
}

/** "who met X": one line per counterpart, with their latest meeting and how many there were. */
function whoMet(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply {
  const reply = new Reply();
  if (q.people.length !== 1)
    return meetingList(ctx, q, selection, ctx.words.t("reply-meetings-of", { subject: subjectName(ctx, q) }));
  const subject = new Set(q.people.flatMap((p) => p.ids));
  const first = ctx.index.people.get(q.people[0]?.ids[0] as string) as Person;
  if (selection.meetings.length === 0) return knownWithoutMeetings(ctx, first);
  const about = describePerson(first, undefined, ctx.words);
  reply.setHeader(ctx.words.t("reply-person-met", { person: `${first.name}${about ? `, ${about},` : ""}` }));

  // The selection is newest first (held before planned), so each counterpart's first meeting met here
  // is their latest, and lines come out in order as they are first seen.
  const counterparts = new Map<string, { latest: Meeting; count: number; articles: string[] }>();
  const ownCountry = ctx.countries.code(first.country);
  for (const m of selection.meetings) {
    const others = m.participants.filter((id) => !subject.has(id));
    const shown = q.side ? others.filter((id) => personCountry(ctx, id, m.articleId) === q.side) : others;
    for (const id of shown.length ? shown : others) {
      const seen = counterparts.get(id);
      if (seen) {
        seen.count++;
        if (seen.articles.length < 3 && !seen.articles.includes(m.articleId)) seen.articles.push(m.articleId);
        continue;
      }
      const entry = { latest: m, count: 1, articles: [m.articleId] };
      counterparts.set(id, entry);
      reply.addLazy(() => counterpartLine(ctx, id, entry));
    }
    if (others.length) continue;
    // No named counterpart: the unnamed sides (a delegation), but not the subject's own side.
    for (const party of m.parties) {
      if (ownCountry && ctx.countries.code(party.country) === ownCountry && m.parties.length > 1) continue;
      reply.addLazy(() => ({
        articleIds: [m.articleId],
        segments: [
          party.description,
          party.country && !party.description.includes(party.country) ? ` (${party.country})` : "",
          ` — ${whereAndWhen(m, ctx.words)}${planned(ctx, m)}`,
        ],
      }));
    }
  }
  unmatchedNote(reply, ctx, q, selection);
  return reply;
}

/** "Name, role (country) — in Astana on 4 September 2025; 3 meetings". */
function counterpartLine(
  ctx: ComposeContext,
  id: string,
  { latest, count, articles }: { latest: Meeting; count: number; articles: string[] },
): ReplyLine {
  const person = ctx.index.people.get(id);
  const label = person ? describePerson(person, latest.articleId, ctx.words) : "";
  const times = count > 1 ? `; ${ctx.words.t("reply-meeting-count", { count })}` : "";
  // The source may spell the name otherwise ("K.Tokayev"): say so, so that the reader finds it there.
  const spelled = latest.participantNames?.[latest.participants.indexOf(id)];
  const asSpelled =
    spelled && person && !person.name.includes(spelled) && spelled !== person.name
      ? ` ${ctx.words.t("reply-as-spelled", { name: spelled })}`
      : "";
  return {
    articleIds: articles,
    segments: [
      { bold: person?.name ?? id },
      asSpelled,
      label ? `, ${label}` : "",
      ` — ${whereAndWhen(latest, ctx.words)}${planned(ctx, latest)}${times}`,
    ],
  };
}

/** One line per meeting: who, when and where, what was signed. */
function meetingList(ctx: ComposeContext, q: QuestionParse, selection: Selection, header: string): Reply {
  const reply = new Reply().setHeader(header);
  if (!selection.meetings.length) {
    // No meeting recorded, but an article may still say it in a sentence.
    const quotes = quoteFor(ctx, q, selection, 0.5, 1);
    if (quotes.length) return addQuotes(new Reply(), quotes);
    return reply.setHeader(ctx.words.t("reply-no-meeting-of", { subject: subjectName(ctx, q) }));
  }
  for (const m of selection.meetings)
    reply.addLazy(() => {
      const signed = m.agreements.length
        ? `; ${ctx.words.t("reply-signed-list", { agreements: m.agreements.join("; ") })}`
        : "";
      return {
        articleIds: [m.articleId],
        segments: [
          { bold: sides(ctx, m, q.side) },
          ` — ${whereAndWhen(m, ctx.words)}${planned(ctx, m)}${signed}`,
        ],
      };
    });
  unmatchedNote(reply, ctx, q, selection);
  return reply;
}

/** " (planned)" after a meeting that is still to come. */
function planned(ctx: ComposeContext, m: Meeting): string {
  return m.status === "planned" ? ` ${ctx.words.t("reply-planned")}` : "";
}

/** A known person with no meetings: who they are. */
function knownWithoutMeetings(ctx: ComposeContext, person: Person): Reply {
  const reply = new Reply().setHeader(ctx.words.t("reply-no-meeting-who", { person: person.name }));
  addRoles(reply, person);
  if (!reply.lines.length) reply.add([], `${person.name}${person.country ? ` (${person.country})` : ""}`);
  return reply;
}

function addRoles(reply: Reply, person: Person): void {
  const byText = new Map<string, string[]>();
  for (const role of [...person.roles].reverse()) {
    const country = role.country ?? person.country;
    const text = `${roleText(role)}${country && !roleText(role).includes(country) ? ` (${country})` : ""}`;
    byText.set(text, [...(byText.get(text) ?? []), role.articleId]);
  }
  for (const [text, articles] of byText) reply.add(articles.slice(0, 3), text);
}

/** "who is X": their roles with sources, and how many meetings are recorded. */
function whoIs(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply {
  const ids = q.people[0]?.ids ?? [];
  const person = ctx.index.people.get(ids[0] as string) as Person;
  // Roles from the articles the question points at (a date, a counterpart) first, then the others.
  const focus = new Set(selection.meetings.map((m) => m.articleId));
  const roles = ids.flatMap((id) => ctx.index.people.get(id)?.roles ?? []);
  const narrowed = selection.meetings.length < ids.flatMap((id) => ctx.index.meetingsOf(id)).length;
  const ordered = narrowed
    ? [...roles.filter((r) => !focus.has(r.articleId)), ...roles.filter((r) => focus.has(r.articleId))]
    : roles;
  const merged: Person = { ...person, roles: ordered };
  const reply = new Reply().setHeader(`${person.name}:`);
  addRoles(reply, merged);
  if (!reply.lines.length) {
    // No title recorded: the first sentence that names them usually says who they are.
    const intro = introduction(ctx, ids, selection);
    if (intro) reply.add([intro.articleId], `“${clip(intro.text)}”`);
    else
      reply.add(
        [],
        person.country
          ? ctx.words.t("reply-from-country", { country: person.country })
          : ctx.words.t("reply-no-role"),
      );
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
    const date = meetingDate(latest.date, ctx.words);
    reply.note(
      ctx.words.t("reply-meetings-recorded", {
        count: meetings.length,
        with: others.length ? others.join(", ") : "none",
        date: date ?? "none",
      }),
    );
  }
  return reply;
}

/** The first sentence of the person's articles that names them. */
function introduction(ctx: ComposeContext, ids: string[], selection: Selection): IndexedSentence | undefined {
  const articles = [
    ...selection.meetings.map((m) => m.articleId),
    ...ids.flatMap((id) => ctx.index.people.get(id)?.roles.map((r) => r.articleId) ?? []),
  ];
  const surnames = ids
    .map((id) => fold(personName(ctx, id)).split(" ").at(-1) ?? "")
    .filter((s) => s.length > 2);
  for (const articleId of new Set(articles))
    for (const sentence of ctx.index.sentencesOf(articleId)) {
      const words = fold(sentence.text).split(" ");
      if (surnames.some((s) => words.includes(s))) return sentence;
    }
  return undefined;
}

/** "did X meet Y": yes with the meetings, or no with the meetings X (or Y) did have. */
function didMeet(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply {
  const together = q.people.length >= 2 && selection.meetings.length > 0;
  const unknownOther = q.people.length === 1 ? q.unknownNames[0] : undefined;
  if (
    together ||
    (q.people.length === 1 && !unknownOther && !q.countries.length && selection.meetings.length)
  ) {
    const reply = new Reply().setHeader(ctx.words.t("reply-yes"));
    for (const m of selection.meetings)
      reply.add(
        [m.articleId],
        { bold: sides(ctx, m) },
        ` ${ctx.words.t("reply-met")} ${whereAndWhen(m, ctx.words)}`,
      );
    return reply;
  }
  const [x, y] = q.people;
  const yName = y
    ? personName(ctx, y.ids[0] as string)
    : (unknownOther ?? ctx.words.list(q.countries.map((c) => ctx.countries.name(c))));
  const xName = x ? personName(ctx, x.ids[0] as string) : "";
  // Who they did meet: X's meetings (else Y's) involving the other's country.
  const header = ctx.words.t("reply-did-not-meet", { person: xName, other: yName });
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
    return reply.setHeader(
      `${header} ${ctx.words.t("reply-person-met", { person: personName(ctx, p.ids[0] as string) })}`,
    );
  }
  return new Reply().setHeader(header);
}

/** "when/where did X meet Y": one line per meeting, plus the sentence that answers the rest. */
function whenOrWhere(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply {
  const reply = new Reply();
  const where = q.intent === "where";
  for (const m of selection.meetings) {
    const date = meetingDate(m.date, ctx.words);
    const t = ctx.words.t;
    const verb = t(m.status === "planned" ? "reply-to-meet" : "reply-met");
    const place = m.place ? t("reply-in-place", { place: m.place }) : "";
    const on = date ? t("reply-on-date", { date }) : "";
    const facts = where
      ? `${verb} ${place || t("reply-no-place")}${m.occasion ? ` ${t("reply-at-occasion", { occasion: m.occasion })}` : ""}${on ? ` ${on}` : ""}`
      : `${verb}${place ? ` ${place}` : ""} ${on || t("reply-no-date-dash")}`;
    reply.add([m.articleId], { bold: sides(ctx, m) }, ` ${facts}`);
  }
  const quotes = quoteFor(ctx, q, selection, 0.5);
  addQuotes(reply, quotes);
  if (!reply.lines.length) return notFound(ctx, q);
  unmatchedNote(reply, ctx, q, selection);
  return reply;
}

/** "what did X sign": the agreements of the selected meetings. */
function signed(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply {
  const reply = new Reply();
  for (const m of selection.meetings.filter((x) => x.agreements.length)) {
    const verb = ctx.words.t(m.status === "planned" ? "reply-to-be-signed-by" : "reply-signed-by");
    reply.add(
      [m.articleId],
      { bold: m.agreements.join("; ") },
      ` — ${verb} ${sides(ctx, m)} ${whereAndWhen(m, ctx.words)}`,
    );
  }
  if (reply.lines.length) return addQuotes(reply, quoteFor(ctx, q, selection, 0.5));
  // No agreement recorded: the sentence that speaks of signing, if the articles have one.
  const quotes = quoteFor(ctx, { ...q, keywords: [...q.keywords, stem("sign")] }, selection, 0.34, 1);
  if (quotes.length) return addQuotes(reply, quotes);
  return reply.setHeader(ctx.words.t("reply-no-agreement", { subject: subjectName(ctx, q) }));
}

/** "what did X and Y discuss": the topics of their meetings, and the sentence that says most. */
function discussed(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply {
  const reply = new Reply();
  for (const m of selection.meetings.slice(0, 3)) {
    const topics = m.topics.length ? m.topics.join("; ") : ctx.words.t("reply-no-topics");
    reply.add(
      [m.articleId],
      { bold: sides(ctx, m) },
      ` (${meetingDate(m.date, ctx.words) ?? ctx.words.t("reply-no-date-given")}): ${topics}`,
    );
  }
  const keywords = q.keywords.length ? q.keywords : ["discuss"];
  addQuotes(reply, quoteFor(ctx, { ...q, keywords }, selection, 0.2, 2));
  if (!reply.lines.length) return notFound(ctx, q);
  return reply;
}

/** Open questions ("which port did Nazarbayev mention?"): the best sentences of the subject's articles. */
function open(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply {
  const quotes = quoteFor(ctx, q, selection, 0.34, 2, true);
  if (quotes.length) return addQuotes(new Reply(), quotes);
  // No sentence answers it: say so, then what is known of the subject (facts, not a guess at the answer).
  const reply = q.people.length
    ? q.intent === "who-is"
      ? whoIs(ctx, q, selection)
      : whoMet(ctx, q, selection)
    : meetingList(ctx, q, selection, ctx.words.t("reply-meetings-of", { subject: subjectName(ctx, q) }));
  return reply.notice(ctx.words.t("reply-no-sentence"));
}

/** The articles a question's subject appears in: their meetings', and those giving their roles. */
function subjectArticles(ctx: ComposeContext, q: QuestionParse, selection: Selection): string[] {
  // The meetings did not fit what the question says (a country, a date): the answer may be anywhere.
  if (selection.unmatched.length && !q.people.length) return [];
  const ids = selection.meetings.map((m) => m.articleId);
  // A person with no meeting that fits is still described in other articles: look there too.
  // A person with no meeting that fits is still named in other articles: every article with their
  // surname (from the inverted index) may hold the answer.
  if (!ids.length || selection.unmatched.length)
    for (const p of q.people)
      for (const id of p.ids) {
        for (const role of ctx.index.people.get(id)?.roles ?? []) ids.push(role.articleId);
        const surname = fold(personName(ctx, id)).split(" ").at(-1);
        if (surname && surname.length > 2) ids.push(...ctx.index.articlesContaining(stem(surname)));
      }
  return [...new Set(ids)];
}

/**
 * The best sentences for the question in its subject's articles. Open questions (`open`) also use the
 * words of the date and of the question itself ("signed", "discussed").
 */
function quoteFor(
  ctx: ComposeContext,
  q: QuestionParse,
  selection: Selection,
  minShare: number,
  limit = 2,
  open = false,
): Quote[] {
  if (!q.keywords.length) return [];
  const keywords = [...q.keywords, ...(open ? [...q.dateKeywords, ...q.questionWords] : [])];
  const articles = subjectArticles(ctx, q, selection);
  return bestSentences(ctx.index, articles.length ? articles : undefined, keywords, {
    minShare,
    limit,
    secondary: q.countryKeywords,
    wantsNumber: /^(how (many|much)|what (share|percentage|number|amount|sum))\b/i.test(q.question),
  });
}

function addQuotes(reply: Reply, quotes: Quote[]): Reply {
  for (const quote of quotes) reply.add([quote.sentence.articleId], `“${clip(quote.sentence.text)}”`);
  return reply;
}

// Long sentences are cut at 400 characters, so that a quote fits a phone screen.
function clip(text: string): string {
  return text.length <= 400 ? text : `${text.slice(0, 397).replace(/\s+\S*$/, "")}…`;
}

/** Questions that name no person or country we know. */
function withoutSubject(ctx: ComposeContext, q: QuestionParse): Reply {
  if (q.unknownNames.length) return notFound(ctx, q);
  if (q.intent === "latest" || (q.date && ["who-met", "about", "latest"].includes(q.intent))) {
    const selection = selectMeetings(ctx.index, q, ctx.countries);
    const period = q.date && (ctx.words.language === "en" ? datePhrase(q.date) : q.date.text);
    if (period && selection.unmatched.length)
      return new Reply().setHeader(ctx.words.t("reply-no-meeting-period", { period }));
    return meetingList(
      ctx,
      q,
      selection,
      period ? ctx.words.t("reply-meetings-period", { period }) : ctx.words.t("reply-latest"),
    );
  }
  const keywords = [...q.keywords, ...q.countryKeywords, ...q.dateKeywords];
  const quotes = bestSentences(ctx.index, undefined, keywords, { minShare: 0.5 });
  if (quotes.length) return addQuotes(new Reply(), quotes);
  return notFound(ctx, q);
}

/** Nothing matches: say so in one line, and suggest the closest names known. */
function notFound(ctx: ComposeContext, q: QuestionParse): Reply {
  const asked = q.unknownNames.join(" ");
  const reply = new Reply().setHeader(
    asked ? ctx.words.t("reply-unknown-name", { name: asked }) : ctx.words.t("reply-unknown"),
  );
  const suggestions = asked ? ctx.people.suggest(asked) : [];
  if (suggestions.length) reply.note(ctx.words.t("reply-did-you-mean", { names: suggestions.join(", ") }));
  return reply;
}

/** A one-line description of a person: "Erlan Koshanov, Chairman of the Majilis (Kazakhstan)". */
export function describe(person: Person): string {
  return personLabel(person);
}
