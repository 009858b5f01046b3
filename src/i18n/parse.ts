/**
 * The Russian and Kazakh question parser: reads the intent, the date, the countries and the people of
 * a question such as "с кем встречался Мамытов в сентябре 2021 года?" or "Қошанов кіммен кездесті?"
 * into the same {@link QuestionParse} the English parser gives, so that one answering core answers
 * every language. Names are looked up by the fact base's matcher after their case ending is taken
 * off and they are written in Latin letters.
 */
import type { FactIndex } from "../facts/index.ts";
import { countryGazetteer } from "../query/countries.ts";
import type { QuestionParse } from "../query/parse.ts";
import type { PersonMatcher } from "../query/people.ts";
import { tokenize } from "../text/normalize.ts";
import { stem } from "../text/stem.ts";
import { baseForms } from "./cases.ts";
import { ruKkCountries } from "./countries.ts";
import { parseDateFilterRuKk, RUSSIAN_MONTH_START } from "./dates.ts";
import { foldCyrillic } from "./fold-cyrillic.ts";
import { DISCUSSION_STEMS, detectIntentRuKk, MEETING_STEMS, SIGNING_STEMS } from "./intent.ts";
import { hasKazakhLocative, readCity } from "./question-places.ts";

// Words of questions that never name anyone: function words, question words, the vocabulary of meetings,
// titles and dates, in Russian and Kazakh.
const STOPWORDS = new Set(
  (
    "кто кого кому кем ком что чего чем чём когда где куда откуда как какой какая какое какие каких какого " +
    "каком какую почему зачем сколько ли ли же бы не ни и или а но да с со в во на о об обо про по к ко у от " +
    "до за из для при между под над после перед это этот эта эти тот та те то все всё весь вся его её их он она " +
    "они мне меня мой моя ты вы вам вас расскажи расскажите скажи скажите покажи покажите знаешь известно " +
    "такой такая такие является был была были было есть год году года лет месяц месяце месяца неделе неделю " +
    "число числа день дня прошлом прошлый прошлого этом последний последние последняя последних последнюю " +
    "недавние новые свежие спикер спикера спикером председатель председателя председателем посол посла " +
    "депутат депутата президент президента министр министра глава главы парламент парламента сенат сената " +
    "мажилис мажилиса делегация делегацией делегации сторона стороны городе стране город страна " +
    "кім кімді кімге кіммен кімдер не қашан қайда қалай қандай неше неге мен пен бен және да де та те ма ме " +
    "ба бе па пе туралы жылы жылғы жыл айда ай күні өткен биыл соңғы осы бұл ол олар спикері төрағасы " +
    "елшісі депутаты президенті министрі басшысы парламенті сенаты мәжілісі қала қаласы қаласында қаласындағы"
  ).split(" "),
);

// Words of the vocabulary of meetings, signing and discussing ("встречался", "кездесті", "подписали",
// each word of "қол қойды"), of knowing, and Russian months: never names.
const VOCABULARY = new RegExp(
  `^(${[...MEETING_STEMS, ...SIGNING_STEMS, ...DISCUSSION_STEMS]
    .flatMap((stem) => stem.split(" "))
    // "не" of "не туралы" is a stop word, and as a word start it would take "Нестеров" too.
    .filter((part) => part.length > 2)
    .join("|")}|известн|знаешь|${RUSSIAN_MONTH_START})`,
  "u",
);

/** What the Russian and Kazakh parser reads against. */
export interface RuKkParseContext {
  index: FactIndex;
  people: PersonMatcher;
  now: Date;
}

/** Parses a Russian or Kazakh question into the structure the answering core reads. */
export function parseQuestionRuKk(question: string, ctx: RuKkParseContext): QuestionParse {
  const intent = detectIntentRuKk(question);
  const original =
    question.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.map((w) => w.replace(/[.-]+$/, "")) ?? [];
  const lower = original.map((w) => w.toLowerCase());
  const explained = new Set<number>();

  const date = parseDateFilterRuKk(question, ctx.now);
  if (date) {
    const dateWords = date.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? ([] as string[]);
    for (const [i, w] of lower.entries()) if (dateWords.includes(w)) explained.add(i);
  }

  const countries: string[] = [];
  const placeCountries: string[] = [];
  const placeNames: string[] = [];
  const placeCities: string[] = [];
  const cityKeywords: string[] = [];
  for (const [i, w] of lower.entries()) {
    if (explained.has(i) || STOPWORDS.has(w)) continue;
    const code = ruKkCountries().code(w);
    if (!code) continue;
    explained.add(i);
    if (!countries.includes(code)) countries.push(code);
    // "в Монголии", "Моңғолияда": the country is the place.
    if (/^(в|во)$/.test(lower[i - 1] ?? "") || /(да|де|та|те)$/.test(w)) {
      placeCountries.push(code);
      // Named in English, as replies translate places from the fact base's words ("в Монголии", "орны: Моңғолия").
      placeNames.push(countryGazetteer().name(code));
    }
  }
  // "в Москве", "в Сеуле", "Сеулде", "Астанада", and as replies say it, "в городе Сеуле", "Сеул
  // қаласында": a city said as the place is the place, never a name.
  const saidAsPlace = (i: number) =>
    /^(в|во)$/.test(lower[i - 1] ?? "") ||
    (lower[i - 1] === "городе" && /^(в|во)$/.test(lower[i - 2] ?? "")) ||
    hasKazakhLocative(lower[i] as string) ||
    /^қаласында(ғы)?$/.test(lower[i + 1] ?? "");
  for (const [i, w] of original.entries()) {
    const l = lower[i] as string;
    if (explained.has(i) || STOPWORDS.has(l) || !/^\p{Script=Cyrillic}/u.test(w)) continue;
    if (!saidAsPlace(i)) continue;
    const city = readCity(w);
    if (!city) continue;
    explained.add(i);
    placeNames.push(city.name);
    placeCities.push(city.name);
    if (city.country) placeCountries.push(city.country);
    // The city's name as the articles write it narrows the meetings to those held there, as a city of an
    // English question does (its country alone would keep every meeting in that country).
    for (const word of tokenize(/^\p{Script=Cyrillic}/u.test(city.name) ? foldCyrillic(city.name) : city.name)
      .folded)
      if (!cityKeywords.includes(stem(word))) cityKeywords.push(stem(word));
  }

  // Names are typed with a capital, unless the whole question is in lower case.
  const anyCapital = original.some((w) => /^\p{Lu}/u.test(w));
  const folded: string[] = [];
  const skip = new Set<number>();
  const candidates: number[] = [];
  // Words read by the stem guessed for their case form ("Дэвисом" as "devis"), not as typed.
  const caseForms = new Set<number>();
  for (const [i, w] of original.entries()) {
    const l = lower[i] as string;
    const candidate =
      !explained.has(i) &&
      !STOPWORDS.has(l) &&
      !VOCABULARY.test(l) &&
      !/^\d/.test(l) &&
      (anyCapital ? /^\p{Lu}/u.test(w) : l.length >= 3);
    if (!candidate) {
      skip.add(i);
      folded.push("");
      continue;
    }
    candidates.push(i);
    const form = nameForm(w, ctx.people);
    folded.push(form);
    if (form !== foldCyrillic(w)) caseForms.add(i);
  }
  const capitalised = folded.map(() => true);
  // Slips in a word typed in Cyrillic are counted in Cyrillic ("Толбева" for Толбаева).
  const cyrillic = new Set(candidates.filter((i) => /\p{Script=Cyrillic}/u.test(original[i] as string)));
  const people = ctx.people.find(folded, skip, capitalised, new Set(), cyrillic, caseForms);
  const named = new Set<number>();
  for (const p of people) for (let i = p.start; i < p.end; i++) named.add(i);
  // Words typed side by side are one name ("Джо Байденом"), as in the English parser; words apart are two.
  const unknownNames: string[] = [];
  let lastUnknown = -2;
  for (const i of candidates.filter((i) => !named.has(i))) {
    if (lastUnknown === i - 1) unknownNames.push(`${unknownNames.pop()} ${original[i]}`);
    else unknownNames.push(original[i] as string);
    lastUnknown = i;
  }

  return {
    question,
    intent,
    people,
    countries,
    placeCountries,
    date,
    // Russian and Kazakh words do not occur in the English articles: only a city's English name can narrow or quote.
    keywords: cityKeywords,
    dateKeywords: [],
    countryKeywords: [],
    nameKeywords: [],
    questionWords: [],
    unknownNames,
    // Names that only the (English) article text has are looked for by the English parser alone.
    textNames: [],
    placeNames,
    placeCities,
  };
}

/**
 * The folded form of a name as the fact base may hold it: the first base form ("Кошановым" →
 * "Кошанов") that names someone exactly, else the word with its likeliest ending taken off, for
 * the matcher's fuzzy search ("Кошоновым" → "koshonov").
 */
function nameForm(word: string, people: PersonMatcher): string {
  const forms = baseForms(word).map(foldCyrillic);
  // Only a name word can be matched exactly: the others skip the matcher's fuzzy search.
  for (const form of forms)
    if (people.isNameWord(form) && people.find([form], new Set(), [true]).some((m) => m.exact)) return form;
  return (forms[1] ?? forms[0]) as string;
}
