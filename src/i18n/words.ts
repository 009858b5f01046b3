/**
 * The fixed words of replies in one language: English is the answering core's own table
 * ({@link ENGLISH}); Russian and Kazakh tables are the same fields read from their Fluent catalogues
 * (`locales/ru.ftl`, `locales/kk.ftl`, messages `reply-*`). Dates in replies are day.month.year
 * ("04.09.2025"), as Russian and Kazakh lists write them; dates that stand alone in a sentence take
 * the long form ({@link longDate}: "4 сентября 2025 г.", "2025 жылғы 4 қыркүйек").
 */
import { ENGLISH, type Words } from "../query/compose/words.ts";
import { formatDate } from "../query/format.ts";
import { type MessageVariables, translate } from "./catalogue.ts";
import { countryNameIn } from "./countries.ts";
import type { Language } from "./language.ts";
import { placePhrase } from "./places.ts";

const numeric = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
};

/** A day in words as the language writes it in a sentence: "4 сентября 2025 г.", "2025 жылғы 4 қыркүйек". */
export function longDate(language: Language, iso: string): string {
  if (language === "en") return formatDate(iso);
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  if (language === "kk") {
    // ICU writes "2025 ж. 4 қыркүйек"; the written language says "2025 жылғы 4 қыркүйек".
    const parts = new Intl.DateTimeFormat("kk", { day: "numeric", month: "long", timeZone: "UTC" }).format(
      date,
    );
    return `${date.getUTCFullYear()} жылғы ${parts.toLowerCase()}`;
  }
  return new Intl.DateTimeFormat(language, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** The reply words of a language other than English, from its catalogue. */
function catalogueWords(language: Exclude<Language, "en">): Words {
  const t = (key: string, variables?: MessageVariables) => translate(language, `reply-${key}`, variables);
  const list = (items: string[]) => items.join(", ");
  const and = ` ${t("and")} `;
  return {
    language,
    date: numeric,
    range: (start, end) => (!end || end === start ? numeric(start) : `${numeric(start)}–${numeric(end)}`),
    // The question's own words for its period: "в сентябре 2025 года", "2025 жылы".
    period: (date) => date.text,
    more: (count) => t("more", { count }),
    sources: (count) => t(count > 1 ? "sources" : "source"),
    country: (name) => countryNameIn(name, language),
    ofCountry: (country) => t("of-country", { country }),
    meetingsWith: (countries) => t("narrow-countries", { countries: list(countries) }),
    aMeeting: t("a-meeting"),
    hello: t("hello"),
    onlyMeetings: t("only-meetings"),
    examples: (questions) => t("examples", { questions: questions.map((q) => `«${q}»`).join(", ") }),
    dontKnowName: (name) => t("unknown-name", { name }),
    dontKnow: t("unknown"),
    didYouMean: (names) => t("did-you-mean", { names: list(names) }),
    severalMatch: (names) => t("several", { names: list(names) }),
    noMeetingOf: (subject) => t("no-meeting-of", { subject }),
    noMeetingOfNarrowed: (subject, narrowing) => t("no-meeting-narrowed", { subject, narrowing }),
    noMeetingThen: (when) => t("no-meeting-then", { period: when }),
    othersAre: t("others"),
    undatedAre: t("undated"),
    meetingsOf: (subject) => t("meetings-of", { subject }),
    meetingsIn: (when) => t("meetings-period", { period: when }),
    latestMeetings: t("latest"),
    met: (subject, where = "") => t("person-met", { person: subject, where }),
    whoTheyAre: t("who-they-are"),
    noRole: t("no-role"),
    from: (country) => t("from-country", { country }),
    meetingCount: (count) => t("meetings-recorded", { count }),
    latestWith: (others, when) => t("latest-with", { with: others.length ? list(others) : "none", when }),
    yes: t("yes"),
    no: (x, y) => t("did-not-meet", { person: x, other: y }),
    theyMet: (x) => t("person-met", { person: x, where: "" }),
    verbMet: t("met"),
    verbToMeet: t("to-meet"),
    planned: t("planned"),
    noPlace: t("no-place"),
    noDate: t("no-date"),
    reportedOn: (date) => t("reported-on", { date }),
    inPlace: (place) => t("in-place", { place: placePhrase(place, language) }),
    atOccasion: (occasion) => t("at-occasion", { occasion }),
    onDate: (date) => t("on-date", { date }),
    timesMet: (count) => t("meeting-count", { count }),
    inTheSource: (spelled) => t("as-spelled", { name: spelled }),
    signedBy: t("signed-by"),
    toBeSignedBy: t("to-be-signed-by"),
    signedWhat: t("signed-what"),
    inReportNamingAll: t("in-report-naming-all"),
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
