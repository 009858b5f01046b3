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
