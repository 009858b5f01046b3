/**
 * chrono-node's English and Russian parsers, each loaded the first time a text needs it: a question
 * without a date word ("who met Koshanov?") never loads the date parser, which is a good part of
 * the start of a command-line question. Only the locales are loaded: the package's main module loads
 * all fifteen of its languages.
 */
import { createRequire } from "node:module";

type English = typeof import("chrono-node/en");
type Russian = typeof import("chrono-node/ru");

// Required (the package's CommonJS build), not imported: an import cannot wait until a date is asked
// about, and every reader of dates is synchronous. One copy serves the extractor and the questions.
const require = createRequire(import.meta.url);
let english: English | undefined;
let russian: Russian | undefined;

/** chrono-node's English parsers (`parse` reads casual dates, `strict` calendar dates only). */
export function chronoEnglish(): English {
  english ??= require("chrono-node/en") as English;
  return english;
}

/** chrono-node's Russian parsers. */
export function chronoRussian(): Russian {
  russian ??= require("chrono-node/ru") as Russian;
  return russian;
}

// A few dates in the shapes questions take, so that each of chrono's parsers has run once.
const WARM_UP_ENGLISH = ["in March 2020", "last week", "on 4 May", "yesterday", "from 1 to 3 June 2021"];
const WARM_UP_RUSSIAN = [
  "в марте 2020 года",
  "на прошлой неделе",
  "4 мая",
  "вчера",
  "кто встречался с Ивановым?",
];

/**
 * Parses a few dates in each language once, so that the first questions do not pay for chrono's first
 * use: its patterns are compiled and its parsers warmed on first use, 40–250 ms of CPU per language on
 * this machine (the first Russian question was the slowest question of the answer bench). Meant for a
 * running bot to call while it waits for its first message; a one-question command line would only
 * pay the cost sooner, so it does not call this.
 */
export function warmDateParsers(now = new Date()): void {
  for (const text of WARM_UP_ENGLISH) chronoEnglish().parse(text, now);
  for (const text of WARM_UP_RUSSIAN) chronoRussian().parse(text, now);
}
