/**
 * The fixed words of replies in one language: English is the answering core's own table
 * ({@link ENGLISH}); Russian and Kazakh tables are the same fields read from their Fluent catalogues
 * (`locales/ru.ftl`, `locales/kk.ftl`, messages `reply-*`). Dates are written in words as the
 * language writes them ({@link longRange}: "4 сентября 2025 г.", "2025 жылғы 4 қыркүйек"); the date
 * that answers "когда" / "қашан" is followed once by its figures ("(04.09.2025)").
 */
import { ENGLISH, type Words } from "../query/compose/words.ts";
import { formatRange, isCalendarDay } from "../query/format.ts";
import { type MessageVariables, translate } from "./catalogue.ts";
import { countryNameIn } from "./countries.ts";
import { nameGender } from "./cyrillic-names.ts";
import type { Language } from "./language.ts";
import { placePhrase } from "./places.ts";

const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

// ICU's formats, made once per language (they are not free to make).
const formats = new Map<string, Intl.DateTimeFormat>();
function format(language: Language, style: "long" | "figures"): Intl.DateTimeFormat {
  const key = `${language}-${style}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(
      language,
      style === "long"
        ? { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }
        : { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" },
    );
    formats.set(key, found);
  }
  return found;
}

/**
 * A day or a span of days in words as the language writes it in a sentence: "4 сентября 2025 г.",
 * "4–7 сентября 2025 г.", "2025 жылғы 4 қыркүйек", "4 September 2025". ICU (Intl) gives the month in
 * the form the date needs (Russian genitive "сентября"); the word after the year is the catalogue's
 * (`date-year`: ICU abbreviates the Kazakh "жылғы" to "ж."). Anything but a real ISO day comes back as
 * it is (ICU throws on "2024-13-05").
 */
export function longRange(language: Language, start: string, end?: string): string {
  if (language === "en") return formatRange(start, end);
  if (!isCalendarDay(start)) return start;
  const last = isCalendarDay(end) && end > start ? end : start;
  const yearWord = translate(language, "date-year");
  let afterYear = false;
  return format(language, "long")
    .formatRangeToParts(utcDay(start), utcDay(last))
    .map((part) => {
      const text =
        afterYear && part.type === "literal" && part.value.trim()
          ? part.value.replace(part.value.trim(), yearWord)
          : part.value;
      afterYear = part.type === "year";
      return text;
    })
    .join("");
}

/** A day in words ({@link longRange}): "4 сентября 2025 г.", "2025 жылғы 4 қыркүйек". */
export function longDate(language: Language, iso: string): string {
  return longRange(language, iso);
}

/** A day or span in figures as the language writes them: "04.09.2025", "04.09.2025–07.09.2025". */
function figures(language: Language, start: string, end?: string): string {
  const day = (iso: string) => format(language, "figures").format(utcDay(iso));
  return isCalendarDay(end) && end > start ? `${day(start)}–${day(end)}` : day(start);
}

/** The reply words of a language other than English, from its catalogue. */
function catalogueWords(language: Exclude<Language, "en">): Words {
  const t = (key: string, variables?: MessageVariables) => translate(language, `reply-${key}`, variables);
  const list = (items: string[]) => items.join(", ");
  const and = ` ${t("and")} `;
  return {
    language,
    date: (iso) => longRange(language, iso),
    range: (start, end) => longRange(language, start, end),
    // The date a "когда" question asks for: in words, and once in figures, which readers (and tools
    // that read replies) may copy: "21 сентября 2021 г. (21.09.2021)".
    answerRange: (start, end) =>
      isCalendarDay(start) ? `${longRange(language, start, end)} (${figures(language, start, end)})` : start,
    // The question's own words for its period: "в сентябре 2025 года", "2025 жылы".
    period: (date) => date.text,
    // The people of later pages, as the articles write them (as in English: "…and 9 more: A, B, …").
    more: (count, names) =>
      Array.isArray(names) && names.length
        ? t("more-named", { count, names: list(names), rest: count > names.length ? ", …" : "" })
        : t("more", { count }),
    sources: (count) => t(count > 1 ? "sources" : "source"),
    country: (name) => countryNameIn(name, language),
    ofCountry: (country) => t("of-country", { country }),
    meetingsWith: (countries) => t("narrow-countries", { countries: list(countries) }),
    aMeeting: t("a-meeting"),
    hello: t("hello"),
    welcome: t("welcome"),
    ack: t("ack"),
    helpHint: t("help-hint"),
    nameSomeone: t("name-someone"),
    goodbye: t("goodbye"),
    linkOnly: t("link-only"),
    onlyMeetings: t("only-meetings"),
    examples: (questions) => t("examples", { questions: questions.map((q) => `«${q}»`).join(", ") }),
    dontKnowName: (name) => t("unknown-name", { name }),
    nameInArticles: (name, count) => t("name-in-articles", { name, count }),
    dontKnow: t("unknown"),
    noMore: (example) => t("no-more", { example }),
    didYouMean: (names) => t("did-you-mean", { names: list(names) }),
    severalMatch: (names) => t("several", { names: list(names) }),
    noMeetingOf: (subject) => t("no-meeting-of", { subject }),
    noMeetingWith: (subject) => t("no-meeting-of", { subject }),
    noMeetingOfNarrowed: (subject, narrowing) => t("no-meeting-narrowed", { subject, narrowing }),
    noMeetingThen: (when) => t("no-meeting-then", { period: when }),
    signedAtOtherMeetings: t("signed-at-other-meetings"),
    otherMeetingsAre: t("other-meetings"),
    undatedAre: t("undated"),
    unplacedAre: t("unplaced"),
    unplacedUndatedAre: t("unplaced-undated"),
    meetingsOf: (subject) => t("meetings-of", { subject }),
    // The catalogues name the subject in brackets, which says neither "of" nor "with": one form serves both.
    meetingsWithSubject: (subject) => t("meetings-of", { subject }),
    meetingsIn: (when) => t("meetings-period", { period: when }),
    latestMeetings: t("latest"),
    // The verb agrees with the person's gender where the name tells it; else the catalogue's neutral form.
    met: (subject, where = "", name = subject) =>
      t("person-met", { person: subject, where, gender: nameGender(name) ?? "unknown" }),
    whoTheyAre: t("who-they-are"),
    noRole: t("no-role"),
    from: (country) => t("from-country", { country }),
    meetingCount: (count) => t("meetings-recorded", { count }),
    latestWith: (others, when) => t("latest-with", { with: others.length ? list(others) : "none", when }),
    yes: t("yes"),
    no: (x, y) => t("did-not-meet", { person: x, other: y }),
    theyMet: (x) => t("person-met", { person: x, where: "", gender: nameGender(x) ?? "unknown" }),
    inReportsNamingBoth: t("in-reports-naming-both"),
    verbMet: t("met"),
    verbToMeet: t("to-meet"),
    planned: t("planned"),
    noPlace: t("no-place"),
    noDate: t("no-date"),
    reportedOn: (date) => t("reported-on", { date }),
    inPlace: (place) => t("in-place", { ...placePhrase(place, language) }),
    atOccasion: (occasion) => t("at-occasion", { occasion }),
    onDate: (date) => t("on-date", { date }),
    timesMet: (count) => t("meeting-count", { count }),
    inTheSource: (spelled) => t("as-spelled", { name: spelled }),
    signedBy: t("signed-by"),
    toBeSignedBy: t("to-be-signed-by"),
    signedWhat: t("signed-what"),
    inReportNamingAll: t("in-report-naming-all"),
    reportedThen: t("reported-then"),
    alsoSigned: (documents) => `; ${t("signed-list", { agreements: documents.join("; ") })}`,
    noAgreement: (subject) => t("no-agreement", { subject: subject || "none" }),
    noAgreementRecorded: t("no-agreement-recorded"),
    withAgreement: t("with-agreement"),
    topicsNotRecorded: t("no-topics"),
    noSentence: t("no-sentence"),
    holderOf: (office) => t("holder-of", { office }),
    asOf: (date) => t("as-of", { date }),
    noHolder: (office) => t("no-holder", { office }),
    unnamedSide: t("unnamed-side"),
    and,
  };
}

const cache = new Map<Language, Words>([["en", ENGLISH]]);

/** The reply words of a language (each table built once). */
export function wordsFor(language: Language): Words {
  let words = cache.get(language);
  if (!words) {
    words = catalogueWords(language as Exclude<Language, "en">);
    cache.set(language, words);
  }
  return words;
}
