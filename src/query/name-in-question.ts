/**
 * A question asked again about someone else: the name typed in it ("Guterres", "Гутьересом",
 * "Гутьереспен") replaced by a known name, so that a "Did you mean …?" button can ask what the user
 * would have asked had they spelled the name as the base does.
 */
import { baseForms } from "../i18n/cases.ts";
import { detectLanguage } from "../i18n/language.ts";

// Anything between the words of a name as typed: spaces, a hyphen, a dot.
const BETWEEN = "[^\\p{L}\\p{N}]+";

/**
 * `question` with `typed` (a name as it stands in the question, in any case form) replaced by `name`;
 * undefined when `typed` is not found there as whole words. In a Kazakh question the case ending is
 * kept after a hyphen ("Гутьереспен" → "Carlos Gutierrez-пен"), as Kazakh joins endings to foreign
 * names, and the question still says who met whom; in Russian the name stands in its own form, as
 * foreign names written in Latin letters do not decline ("с Гутьересом" → "с Carlos Gutierrez"), and
 * "о" / "об" before it fits the new name's first sound ("об Эдвардсе" → "о Marek Dravolinsky").
 */
export function withNameReplaced(question: string, typed: string, name: string): string | undefined {
  const words = typed.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.length) return undefined;
  const pattern = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(BETWEEN);
  const found = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, "u").exec(question);
  if (!found) return undefined;
  const language = detectLanguage(question);
  const ending = language === "kk" ? kazakhEnding(words.at(-1) as string) : "";
  const start = found.index;
  const before = question.slice(0, start);
  return `${language === "ru" ? withAboutFor(before, name) : before}${name}${ending}${question.slice(start + found[0].length)}`;
}

// "о" or "об" ("about") right before a name, as a whole word.
const ABOUT_BEFORE = /(?<![\p{L}\p{N}])(о|об)(\s+)$/iu;
// The first letters of a name that sound a vowel "об" stands before: Cyrillic а, о, у, э, и, ы and the
// Latin letters a name written so starts those sounds with ("Ivanov", "Erlan"); е, ё, ю, я and Latin y
// start with a "й", which takes "о" ("о Евгении", "о Yerlan Koshanov").
const VOWEL_START = /^[аоуэиыaoueiАОУЭИЫAOUEI]/u;

/**
 * The text before a name with "о" / "об" made to fit the name now after it: "об" before a vowel, "о"
 * before anything else ("об Иванове" for Ivanov stays, "об Смирнове" must be "о Smirnov"), in the case
 * it was typed ("Об Ivanov…" at the start of a question).
 */
function withAboutFor(before: string, name: string): string {
  const found = ABOUT_BEFORE.exec(before);
  if (!found) return before;
  const wanted = VOWEL_START.test(name) ? "об" : "о";
  const capital = (found[1] as string).startsWith("О");
  return `${before.slice(0, found.index)}${capital ? `О${wanted.slice(1)}` : wanted}${found[2]}`;
}

// The case ending of a Kazakh word ("-пен" of "Гутьереспен"), with the hyphen that joins it to a name
// in another script; "" for a word in the nominative.
function kazakhEnding(word: string): string {
  const lower = word.toLowerCase();
  const base = baseForms(word)
    .slice(1)
    .find((form) => lower.startsWith(form.toLowerCase()));
  return base ? `-${lower.slice(base.length)}` : "";
}
