/**
 * Every fixed word of a reply, in one table: the composers build sentences from these and from facts
 * only, so that a reply in another language is this table translated (pass it as `ComposeContext.words`).
 * Russian and Kazakh tables are built from the Fluent catalogues by `src/i18n/words.ts`.
 */
import type { Language } from "../../i18n/language.ts";
import { type DateFilter, datePhrase } from "../dates.ts";
import { formatDate, formatRange } from "../format.ts";

/** The fixed words and phrases of replies. */
export interface Words {
  /** The language of the table. */
  language: Language;
  /** A day ("2025-09-04") as the language writes it in a reply. */
  date: (iso: string) => string;
  /** A range of days; one day when `end` is missing or equal. */
  range: (start: string, end?: string) => string;
  /** A day or span that is itself the answer ("when did X meet Y?"); `range` unless the language adds figures. */
  answerRange: (start: string, end?: string) => string;
  /** The period a question asked about ("in September 2025"), as the language says it. */
  period: (date: DateFilter) => string;
  /**
   * "…and N more: A, B." under a page of a long list; `names` (when given) are who the lines not shown
   * are about (the first 15 at most).
   */
  more: (count: number, names?: string[]) => string;
  /** The heading of the sources: "Source:" or "Sources:". */
  sources: (count: number) => string;
  /** A country's name as the fact base writes it (in English), in the language: "Монголия". */
  country: (name: string) => string;
  /** A person known only by country: "of Kazakhstan". */
  ofCountry: (country: string) => string;
  /** A narrowing by countries that matched nothing: "with Mongolia". */
  meetingsWith: (countries: string[]) => string;
  /** A meeting whose sides are not named (notifications). */
  aMeeting: string;
  hello: string;
  /** The answer to thanks. */
  welcome: string;
  /** The answer to a bare "ok", "good": it asks nothing, so a short nod and one example. */
  ack: string;
  /** The answer to a bare "help": how to ask, and where the whole list is. */
  helpHint: string;
  /** The answer to a question about someone that names no one ("who met?"). */
  nameSomeone: string;
  /** The answer to goodbye. */
  goodbye: string;
  /** The answer to a message that is only a link. */
  linkOnly: string;
  onlyMeetings: string;
  examples: (questions: string[]) => string;
  dontKnowName: (name: string) => string;
  /**
   * "I don't know X": a name no person of the base bears, though `count` articles' text has it (said in
   * passing, or missed by extraction); the sentences that name it follow, citing their articles.
   */
  nameInArticles: (name: string, count: number) => string;
  dontKnow: string;
  /**
   * "more" asked where there is no earlier answer to go on with (a question from the command line, or
   * the last page shown): there is nothing to continue; `example` is a question to ask instead. The
   * bot says this line too (its "more" with nothing to show), so that every door says it alike.
   */
  noMore: (example: string) => string;
  didYouMean: (names: string[]) => string;
  severalMatch: (names: string[]) => string;
  noMeetingOf: (subject: string) => string;
  noMeetingOfNarrowed: (subject: string, narrowing: string) => string;
  noMeetingThen: (when: string) => string;
  /**
   * After "no agreement signed by X with Argentina is recorded": the documents signed at X's meetings
   * that do not fit what the question narrowed to follow.
   */
  signedAtOtherMeetings: string;
  /** After "no meeting of X in Moscow is recorded": the meetings they did have follow. */
  otherMeetingsAre: string;
  undatedAre: string;
  /** After "no meeting in Minsk is recorded": the meetings whose place is unknown follow. */
  unplacedAre: string;
  /** After a place and a period that matched nothing: the meetings of unknown place and date follow. */
  unplacedUndatedAre: string;
  meetingsOf: (subject: string) => string;
  /** The heading of a country's meetings asked for with "with": "Meetings with Argentina:". */
  meetingsWithSubject: (subject: string) => string;
  /** "I know of no meeting with Argentina.": the question asked for meetings "with" a country. */
  noMeetingWith: (subject: string) => string;
  meetingsIn: (when: string) => string;
  latestMeetings: string;
  /**
   * "X met in Seoul:", the header of who X met; `where` is what all the meetings share (or ""); `name`
   * is X's name alone, for languages whose verb takes the person's gender ("встречался", "встречалась").
   */
  met: (subject: string, where?: string, name?: string) => string;
  whoTheyAre: string;
  noRole: string;
  from: (country: string) => string;
  meetingCount: (count: number) => string;
  latestWith: (others: string[], when: string) => string;
  yes: string;
  no: (x: string, y: string) => string;
  theyMet: (x: string) => string;
  /** After "No: …": what the reports that name both say (a list of meetings follows). */
  inReportsNamingBoth: string;
  verbMet: string;
  verbToMeet: string;
  planned: string;
  noPlace: string;
  noDate: string;
  reportedOn: (date: string) => string;
  inPlace: (place: string) => string;
  atOccasion: (occasion: string) => string;
  onDate: (date: string) => string;
  timesMet: (count: number) => string;
  inTheSource: (spelled: string) => string;
  signedBy: string;
  toBeSignedBy: string;
  signedWhat: string;
  alsoSigned: (documents: string[]) => string;
  /**
   * Heads documents signed in a report that names the people asked about, when none is recorded for
   * their own meetings. Optional: a table without it says {@link Words.signedWhat}.
   */
  inReportNamingAll?: string;
  /**
   * Heads the sentence of a report of the period asked about that names the person, when none of their
   * meetings is recorded then (a phone call, a letter). Optional: without it the sentence stands alone.
   */
  reportedThen?: string;
  noAgreement: (subject: string) => string;
  noAgreementRecorded: string;
  /** A narrowing to meetings where something was signed that matched nothing. */
  withAgreement: string;
  topicsNotRecorded: string;
  noSentence: string;
  holderOf: (office: string) => string;
  asOf: (date: string) => string;
  noHolder: (office: string) => string;
  unnamedSide: string;
  and: string;
}

/** English, the language of the fact base. */
export const ENGLISH: Words = {
  language: "en",
  date: formatDate,
  range: formatRange,
  answerRange: formatRange,
  period: datePhrase,
  more: (n, names) =>
    Array.isArray(names) && names.length
      ? `…and ${n} more: ${names.join(", ")}${n > names.length ? ", …" : ""}.`
      : `…and ${n} more.`,
  sources: (n) => (n > 1 ? "Sources:" : "Source:"),
  country: (name) => name,
  ofCountry: (country) => `of ${withArticle(country)}`,
  meetingsWith: (countries) => `with ${countries.map(withArticle).join(" and ")}`,
  aMeeting: "A meeting",
  hello: "Hello! I answer questions about meetings of parliament leaders.",
  welcome: "You're welcome! Ask me anything else about meetings of parliament leaders.",
  ack: "OK! Ask me about meetings of parliament leaders whenever you like.",
  nameSomeone: "Whom do you mean? Name a person or a country.",
  goodbye: "Goodbye! Ask me about meetings of parliament leaders any time.",
  linkOnly: "I do not open links: ask me a question in words.",
  helpHint:
    "Ask me about meetings of parliament leaders in plain words; /help lists everything I can answer.",
  onlyMeetings: "I only know about meetings of parliament leaders.",
  examples: (qs) => `Try: ${qs.map((q) => `“${q}”`).join(", ")}.`,
  dontKnowName: (name) =>
    `I don't know anything about ${name}: no article in my fact base mentions that name.`,
  nameInArticles: (name, n) =>
    `I don't know ${name}: the name appears in ${n} article${n === 1 ? "" : "s"} of my fact base, but no meeting or role of that person is recorded.`,
  dontKnow: "I don't know: nothing in my fact base answers that.",
  noMore: (example) => `There is no more to show. Ask me a question, for example: “${example}”.`,
  didYouMean: (names) => `Did you mean ${names.join(", ")}?`,
  severalMatch: (names) => `(Several people match that name: ${names.join(", ")}.)`,
  noMeetingOf: (subject) => `I know of no meeting of ${subject}.`,
  noMeetingWith: (subject) => `I know of no meeting with ${subject}.`,
  noMeetingOfNarrowed: (subject, narrowing) => `No meeting of ${subject} ${narrowing} is recorded.`,
  noMeetingThen: (when) => `No meeting ${when} is recorded.`,
  signedAtOtherMeetings: "Documents signed at their other meetings:",
  otherMeetingsAre: "Other meetings:",
  reportedThen: "Reported then:",
  undatedAre: "These have no known date:",
  unplacedAre: "These have no known place:",
  unplacedUndatedAre: "These have no known place or date:",
  meetingsOf: (subject) => `Meetings of ${subject}:`,
  meetingsWithSubject: (subject) => `Meetings with ${subject}:`,
  meetingsIn: (when) => `Meetings ${when}:`,
  latestMeetings: "Latest meetings:",
  met: (subject, where = "") => `${subject} met${where}:`,
  whoTheyAre: "Who they are:",
  noRole: "no role is recorded",
  from: (country) => `from ${country}`,
  meetingCount: (n) => `${n} meeting${n > 1 ? "s" : ""} recorded`,
  latestWith: (others, when) => `the latest${others.length ? ` with ${others.join(", ")}` : ""} ${when}`,
  yes: "Yes:",
  no: (x, y) => `No: no meeting of ${x} with ${y} is recorded.`,
  theyMet: (x) => `${x} met:`,
  inReportsNamingBoth: "In the reports that name both:",
  verbMet: "met",
  verbToMeet: "are to meet",
  planned: "(planned)",
  noPlace: "(the article does not say where)",
  noDate: "(the article gives no date)",
  reportedOn: (date) => `(date not given; reported on ${date})`,
  inPlace: (place) => `in ${place}`,
  atOccasion: (occasion) => `at ${occasion}`,
  onDate: (date) => `on ${date}`,
  timesMet: (n) => `${n} meetings`,
  inTheSource: (spelled) => `(${spelled} in the source)`,
  signedBy: "signed by",
  toBeSignedBy: "to be signed by",
  signedWhat: "Signed:",
  alsoSigned: (docs) => `; signed ${docs.join("; ")}`,
  inReportNamingAll: "The report that names them records:",
  noAgreement: (subject) => `I have no record of an agreement signed${subject ? ` by ${subject}` : ""}.`,
  noAgreementRecorded: "No signed document is recorded for this meeting.",
  withAgreement: "with an agreement signed",
  topicsNotRecorded: "the topics are not recorded",
  noSentence: "(No sentence of the articles answers that exactly; this is what I know.)",
  holderOf: (office) => `${office}:`,
  asOf: (date) => `as of ${date}`,
  noHolder: (office) => `I don't know who holds the office of ${office}.`,
  unnamedSide: "an unnamed side",
  and: " and ",
};

/**
 * An English country name as it reads after a preposition: "the United States", "the Netherlands",
 * "the Czech Republic", but "Mongolia". Names of a union, a kingdom, a republic or islands, and
 * plural names, take "the".
 */
function withArticle(country: string): string {
  if (/^the\b/i.test(country)) return country;
  const needsThe =
    /\b(United|Kingdom|Republic|Federation|Emirates|Islands|States|Union)\b/.test(country) ||
    /^(Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles)$/.test(country);
  return needsThe ? `the ${country}` : country;
}
