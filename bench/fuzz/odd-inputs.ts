/**
 * Odd inputs for the fuzz harness (bench/fuzz.ts): articles and questions made from invented news
 * sentences by a seeded generator, so that the same seed always gives the same inputs. Every name,
 * place and body here is invented; none comes from an article of a corpus.
 */
import { seededRandom } from "../generate-corpus.ts";

/** One odd input: a name saying how it was made, and its text. */
export interface OddInput {
  name: string;
  text: string;
}

/** Invented sentences in the shape news reports of meetings take. */
const SENTENCES = [
  "The Chairman of the Velmar Assembly Oskar Dennet met with the Speaker of the Tarnish Parliament Ilse Varga on 12 March 2024.",
  "The sides discussed trade, energy and interparliamentary cooperation.",
  'During the meeting, Mr. Dennet noted that "relations between our countries are developing (as agreed in 2019) dynamically".',
  "A memorandum of understanding between the two parliaments was signed in Korvath.",
  "On Tuesday, Deputy Speaker Mira Holt received Ambassador of Estria to Velmar Juhan Pask.",
  "The parties exchanged views on regional security, the Silk Road Summit and the situation in the Marrow Basin.",
  "Ilse Varga, for her part, invited her counterpart to pay an official visit to Tarnish in 2025.",
  "Earlier, on 3 May, the delegation held talks with members of the Committee on Foreign Affairs.",
];

/** Invented questions of the kinds the bot is asked. */
const QUESTIONS = [
  "who met Dennet?",
  "when did Varga meet Dennet?",
  "what did Velmar and Tarnish sign?",
  "who did Mira Holt meet in March 2024?",
  "where did Dennet meet the Tarnish speaker?",
  "кто встречался с Деннетом?",
  "Деннет кіммен кездесті?",
  "who is Varga",
];

/** An ordinary article of invented sentences, with a dateline and a title. */
export function plainArticle(sentences = SENTENCES): string {
  return `date 2024-03-12\nSpeakers of Velmar and Tarnish meet\n\nKORVATH. VELPRESS – ${sentences.join(" ")}\n\n${sentences.slice(2).join("\n\n")}\n`;
}

// Characters that odd text carries: right-to-left marks and letters, emoji (a surrogate pair, a
// joined sequence, a flag), controls, a byte-order mark, zero-width characters, lone surrogates.
const ODD_CHARS = [
  "\u200F",
  "\u202E",
  "مرحبا",
  "שלום",
  "😀",
  "👩‍👩‍👧",
  "🇰🇿",
  "\u0007",
  "\u001B[31m",
  "\uFEFF",
  "\u200B",
  "\u00AD",
  "\uD800",
  "\uDFFF",
  "\u2028",
  "\u0085",
  "\t",
  "\r",
  "\v",
  "\f",
  "̈́",
];

/** The ways a text is mutated: each takes the text and the generator and gives a new text. */
const MUTATIONS: [string, (s: string, r: () => number) => string][] = [
  ["drop punctuation", (s) => s.replace(/[.,;:!?"()]/g, "")],
  ["double punctuation", (s) => s.replace(/([.,;:!?"()])/g, "$1$1")],
  ["every stop tripled", (s) => s.replace(/\./g, "...")],
  ["no spaces", (s) => s.replace(/ /g, "")],
  ["all caps", (s) => s.toUpperCase()],
  ["all lower", (s) => s.toLowerCase()],
  ["CRLF", (s) => s.replace(/\n/g, "\r\n")],
  ["CR only", (s) => s.replace(/\n/g, "\r")],
  ["one line", (s) => s.replace(/\n+/g, " ")],
  ["no blank lines", (s) => s.replace(/\n\n+/g, "\n")],
  ["NUL in text", (s, r) => insertAt(s, r, "\u0000")],
  ["odd characters sprinkled", (s, r) => sprinkle(s, r, ODD_CHARS, 30)],
  ["lone surrogates", (s, r) => sprinkle(s, r, ["\uD800", "\uDBFF", "\uDC00", "\uDFFF"], 10)],
  ["emoji words", (s) => s.replace(/\b(\w+)\b/g, (w, _x, i) => (i % 3 ? w : `${w}🙂`))],
  ["RTL wrap", (s) => s.replace(/(\p{Lu}\p{Ll}+)/gu, "\u202B$1\u202C")],
  ["nested quotes", (s) => s.replace(/"/g, "\"«“'‘")],
  ["unbalanced open brackets", (s) => s.replace(/\)/g, "").replace(/ the /g, " ( the [ ")],
  ["unbalanced close brackets", (s) => s.replace(/\(/g, "").replace(/ of /g, " ) of ] ")],
  ["duplicate sentences", (s) => s.replace(/([^.]+\.)/g, "$1$1")],
  ["shuffled words", (s, r) => shuffle(s.split(" "), r).join(" ")],
  ["impossible date marker", (s) => s.replace(/^date \S+/, "date 2024-02-31")],
  ["date marker month 13", (s) => s.replace(/^date \S+/, "date 2024-13-45")],
  ["date marker year 0", (s) => s.replace(/^date \S+/, "date 0000-00-00")],
  ["impossible dates in text", (s) => s.replace(/\d{1,2} (\w+) (\d{4})/g, "31 February $2")],
  ["huge numbers", (s) => s.replace(/\d+/g, "99999999999999999999")],
  ["Cyrillic letters", (s) => transliterate(s)],
  ["Kazakh letters", (s) => transliterate(s).replace(/а/g, "ә").replace(/о/g, "ө").replace(/у/g, "ұ")],
  ["combining marks", (s) => s.replace(/([aeiou])/g, "$1\u0301\u0308")],
  ["tabs for spaces", (s) => s.replace(/ /g, "\t")],
  ["non-breaking spaces", (s) => s.replace(/ /g, "\u00A0")],
  ["truncated mid-word", (s, r) => s.slice(0, Math.floor(r() * s.length))],
];

/** Inserts `piece` at a random place. */
function insertAt(s: string, r: () => number, piece: string): string {
  const i = Math.floor(r() * (s.length + 1));
  return s.slice(0, i) + piece + s.slice(i);
}

/** Inserts `count` pieces drawn from `pieces` at random places. */
function sprinkle(s: string, r: () => number, pieces: string[], count: number): string {
  let out = s;
  for (let k = 0; k < count; k++) out = insertAt(out, r, pieces[Math.floor(r() * pieces.length)] as string);
  return out;
}

/** A copy of `items` in a random order. */
function shuffle<T>(items: T[], r: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

// The Cyrillic letter (or two) for each Latin one, a to z.
const CYRILLIC = "а б к д е ф г х и ж к л м н о п к р с т у в в кс ы з".split(" ");

/** The text letter by letter in Cyrillic (capitals kept capital). */
function transliterate(s: string): string {
  return s.replace(/[a-z]/gi, (ch) => {
    const c = CYRILLIC[ch.toLowerCase().charCodeAt(0) - 97] ?? ch;
    return ch === ch.toLowerCase() ? c : c.toUpperCase();
  });
}

/** A text of about `size` characters built by repeating `unit`. */
function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);
}

/**
 * Odd articles whose size grows with `n` (about n characters): the shapes most likely to make a
 * pattern try every start against every end. The harness times each at n, 2n, 4n and 8n, from the
 * size given (8,000 characters when none is): a pattern that tries every way of cutting a run of
 * letters grows so fast that only small sizes can be timed before the fix.
 */
export const GROWING_ARTICLES: [string, (n: number) => string, number?][] = [
  [
    "digits after 'at the', an event named later",
    (n) => `Oskar Dennet met Ilse Varga at the ${"9".repeat(n)}th x before the Assembly.`,
    16,
  ],
  [
    "capitals after 'at the', an event named later",
    (n) => `Oskar Dennet met Ilse Varga at the ${"A".repeat(n)} x before the Summit.`,
    16,
  ],
  ["capitals after a byline's dash", (n) => `By Oskar Dennet – ${"A".repeat(n)} x`, 200],
  [
    "a date marker's line of brackets",
    (n) => `date 2024-03-12 Oskar ${repeatTo("Velmar (", n)} meets\nOskar Dennet met Ilse Varga.`,
  ],
  ["one long line of sentences", (n) => repeatTo(`${SENTENCES.join(" ")} `, n)],
  ["one line without spaces", (n) => repeatTo(SENTENCES.join("").replace(/ /g, ""), n)],
  ["capitalised words", (n) => repeatTo("Velmar Oskar Dennet Tarnish Assembly Speaker ", n)],
  [
    "capitalised words and a stop",
    (n) => `${repeatTo("Velmar Oskar Dennet Tarnish Assembly Speaker ", n)}met.`,
  ],
  ["one word", (n) => "a".repeat(n)],
  ["one capitalised word", (n) => `V${"e".repeat(n)}`],
  ["all caps", (n) => repeatTo(`${SENTENCES.join(" ").toUpperCase()} `, n)],
  ["initials", (n) => repeatTo("A. B. C. D. ", n)],
  ["commas", (n) => `Oskar Dennet met ${repeatTo("Ilse Varga, ", n)}in Korvath.`],
  ["and-lists", (n) => `Oskar Dennet met ${repeatTo("the Speaker and ", n)}the Minister.`],
  ["open brackets", (n) => `Oskar Dennet (${repeatTo("Velmar (", n)} met Ilse Varga.`],
  ["close brackets", (n) => `Oskar Dennet ${repeatTo(") Velmar", n)} met Ilse Varga.`],
  ["quotes", (n) => `Oskar Dennet said ${repeatTo('"Velmar ', n)} to Ilse Varga.`],
  ["digits", (n) => `On ${"1".repeat(n)} March Oskar Dennet met Ilse Varga.`],
  ["dates", (n) => `Oskar Dennet met Ilse Varga on ${repeatTo("12 March 2024, ", n)}in Korvath.`],
  ["hyphens", (n) => `Oskar ${repeatTo("Den-", n)}net met Ilse Varga.`],
  ["dots", (n) => `Oskar Dennet${".".repeat(n)} met Ilse Varga.`],
  ["spaces", (n) => `Oskar Dennet${" ".repeat(n)}met Ilse Varga.`],
  ["blank lines", (n) => `Oskar Dennet met Ilse Varga.${"\n".repeat(n)}They discussed trade.`],
  ["short lines", (n) => repeatTo("Speaker\n", n)],
  ["title lines", (n) => repeatTo("Velmar Speaker Meets Tarnish Delegation\n\n", n)],
  ["emoji", (n) => repeatTo("😀 Velmar ", n)],
  ["lone surrogates", (n) => repeatTo("\uD800Velmar ", n)],
  ["Cyrillic", (n) => repeatTo(`${transliterate(SENTENCES.join(" "))} `, n)],
  ["right-to-left", (n) => repeatTo("مرحبا שלום Velmar ", n)],
  ["datelines", (n) => repeatTo("KORVATH. VELPRESS – ", n)],
  ["apostrophes", (n) => `Oskar ${repeatTo("O'", n)}Dennet met Ilse Varga.`],
  ["Mr.", (n) => repeatTo("Mr. ", n)],
  ["of the", (n) => `The Chairman ${repeatTo("of the Committee ", n)}met Ilse Varga.`],
];

/** Odd questions whose length grows with `n`, timed like the articles. */
export const GROWING_QUESTIONS: [string, (n: number) => string][] = [
  ["words", (n) => repeatTo("who met Dennet ", n)],
  ["no spaces", (n) => "a".repeat(n)],
  ["letters without spaces", (n) => repeatTo("qwertyuiopasdfghjklzxcvbnm", n)],
  ["a question without spaces", (n) => repeatTo("whendiddennetmeetvargainkorvath", n)],
  ["capitalised words", (n) => repeatTo("Oskar Dennet Varga ", n)],
  ["Cyrillic", (n) => repeatTo("кто встречался с Деннетом ", n)],
  ["emoji", (n) => "😀".repeat(n)],
  ["lone surrogates", (n) => "\uD800".repeat(n)],
  ["question marks", (n) => `who met Dennet${"?".repeat(n)}`],
  ["and", (n) => `did Dennet meet ${repeatTo("Varga and ", n)}Holt?`],
  ["dates", (n) => `who met Dennet in ${repeatTo("March 2024 ", n)}`],
];

/**
 * Every odd article the harness tries: fixed shapes, then `count` random mutations of the plain article
 * or of one of `bases` (articles of a corpus folder, when the harness is given one).
 */
export function oddArticles(count: number, seed: number, bases: string[] = []): OddInput[] {
  const r = seededRandom(seed);
  const plain = plainArticle();
  const out: OddInput[] = [
    { name: "plain", text: plain },
    { name: "title only", text: "Speakers of Velmar and Tarnish meet\n" },
    { name: "date marker only", text: "date 2024-03-12\n" },
    { name: "date marker and title", text: "date 2024-03-12 Speakers meet\n" },
    { name: "dateline only", text: "KORVATH. VELPRESS –\n" },
    { name: "dateline only, no dash", text: "KORVATH, March 12 (VELPRESS)" },
    { name: "impossible date marker only", text: "date 2024-02-30\n" },
    { name: "punctuation only", text: ".,;:!?()[]{}\"'«»–—…\n" },
    { name: "one letter", text: "a" },
    { name: "one capital letter and stop", text: "A." },
    { name: "emoji only", text: "😀😀😀\n👩‍👩‍👧\n" },
    { name: "control characters only", text: "\u0001\u0002\u0003\u001B\u007F\n" },
    { name: "lone surrogate only", text: "\uD800" },
    { name: "BOM only", text: "\uFEFF\n" },
    { name: "NUL only", text: "\u0000" },
    { name: "200 KB single line", text: repeatTo(`${SENTENCES.join(" ")} `, 200_000) },
    { name: "200 KB without spaces", text: repeatTo(SENTENCES.join("").replace(/ /g, ""), 200_000) },
    {
      name: "5,000 capitalised words",
      text: repeatTo("Velmar Oskar Dennet Tarnish Assembly Speaker ", 5_000 * 7),
    },
    {
      name: "5,000 capitalised words, one sentence",
      text: `${repeatTo("Velmar Dennet ", 5_000 * 7)}met Varga.`,
    },
    { name: "all caps article", text: plain.toUpperCase() },
    { name: "Cyrillic article", text: transliterate(plain) },
    {
      name: "Kazakh article",
      text: "date 2024-03-12\nВелмар мен Тарниш спикерлері кездесті\n\nКОРВАТ. ВЕЛПРЕСС – Велмар Ассамблеясының Төрағасы Оскар Деннет Тарниш Парламентінің Спикері Ильзе Варгамен кездесті. Тараптар сауда және энергетика мәселелерін талқылады.\n",
    },
    {
      name: "nested quotes",
      text: `Oskar Dennet said: "${"«“".repeat(50)}Velmar${"”»".repeat(50)}" to Ilse Varga on 12 March 2024.`,
    },
    { name: "deep brackets", text: `Oskar Dennet ${"(".repeat(500)}met${")".repeat(300)} Ilse Varga.` },
  ];
  // One to three mutations stacked on an ordinary article.
  for (let k = 0; k < count; k++)
    out.push(mutated(bases.length ? (bases[Math.floor(r() * bases.length)] as string) : plain, r, 3));
  return out;
}

/**
 * Every odd question the harness tries: fixed shapes, then `count` random mutations of the invented
 * questions or of `bases` (questions of a file, when the harness is given one).
 */
export function oddQuestions(count: number, seed: number, bases: string[] = []): OddInput[] {
  const r = seededRandom(seed);
  const out: OddInput[] = [
    { name: "empty", text: "" },
    { name: "white space", text: " \t \u00A0 " },
    { name: "newline", text: "\n" },
    { name: "10,000 characters", text: repeatTo("who met Dennet in March 2024 and ", 10_000) },
    { name: "10,000 letters", text: "a".repeat(10_000) },
    { name: "only emoji", text: "😀🙂👩‍👩‍👧🇰🇿" },
    { name: "a lone surrogate", text: "\uD800" },
    { name: "a lone low surrogate", text: "\uDFFF" },
    { name: "a lone surrogate in a question", text: "who met Den\uD800net?" },
    { name: "NUL", text: "\u0000" },
    { name: "NUL in a question", text: "who met\u0000 Dennet?" },
    { name: "control characters", text: "\u0001\u001B[2J\u007F" },
    { name: "right-to-left", text: "\u202Ewho met Dennet?" },
    { name: "Arabic", text: "من التقى دنيت؟" },
    { name: "only punctuation", text: "?!.,;:()[]" },
    { name: "a slash command", text: "/start" },
    { name: "only digits", text: "2024" },
    { name: "impossible date", text: "who met Dennet on 31 February 2024?" },
    { name: "month 13", text: "who met Dennet on 2024-13-45?" },
    { name: "huge year", text: "who met Dennet in 99999999999999999999?" },
    { name: "year 0", text: "who met Dennet in 0000?" },
    { name: "Kazakh", text: "Деннет кіммен кездесті?" },
    { name: "Russian all caps", text: "КТО ВСТРЕЧАЛСЯ С ДЕННЕТОМ?" },
    { name: "all caps", text: "WHO MET DENNET?" },
    { name: "mixed scripts", text: "who met Деннет?" },
    { name: "regex characters", text: "who met .*+?^$()|[]{}\\ ?" },
    { name: "nested quotes", text: 'what did Dennet say about "«“trade”»"?' },
    { name: "unbalanced brackets", text: "who met (Dennet [in 2024?" },
  ];
  const pool = bases.length ? bases : QUESTIONS;
  for (let k = 0; k < count; k++) out.push(mutated(pool[Math.floor(r() * pool.length)] as string, r, 2));
  return out;
}

/** A text with one to `most` random mutations stacked on it, named by them. */
function mutated(text: string, r: () => number, most: number): OddInput {
  let out = text;
  const names: string[] = [];
  const times = 1 + Math.floor(r() * most);
  for (let j = 0; j < times; j++) {
    const [name, mutate] = MUTATIONS[Math.floor(r() * MUTATIONS.length)] as (typeof MUTATIONS)[number];
    out = mutate(out, r);
    names.push(name);
  }
  return { name: `mutated: ${names.join(" + ")}`, text: out };
}

/** Odd sidecars (`<name>.meta.json`) for the plain article: impossible dates, wrong types, odd text. */
export const ODD_SIDECARS: [string, string][] = [
  ["impossible day", '{"published": "2024-02-31"}'],
  ["month 13", '{"published": "2024-13-45"}'],
  ["month 0 with a time", '{"published": "2024-00-10T12:00:00Z"}'],
  ["year 0", '{"published": "0000-00-00"}'],
  ["year 9999", '{"published": "9999-12-31"}'],
  ["a number for the date", '{"published": 20240312}'],
  ["a date in words", '{"published": "12 March 2024"}'],
  ["a title of NUL and controls", '{"title": "\\u0000\\u0007\\u001b[31m"}'],
  ["a title with a lone surrogate", '{"title": "Speakers \\ud800 meet"}'],
  ["a very long title", `{"title": "${"Velmar ".repeat(20_000)}"}`],
  ["an empty title", '{"title": ""}'],
  ["a url with spaces", '{"url": "not a url at all"}'],
  ["a javascript url", '{"url": "javascript:alert(1)"}'],
  ["an outlet of emoji", '{"outlet": "😀👩‍👩‍👧"}'],
  ["null", "null"],
  ["an array", "[1, 2]"],
  ["a string", '"date"'],
  ["empty", ""],
  ["fields of the wrong type", '{"url": 1, "title": [], "outlet": {}, "published": true}'],
];
