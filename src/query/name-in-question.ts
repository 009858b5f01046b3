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
 * foreign names written in Latin letters do not decline ("с Гутьересом" → "с Carlos Gutierrez").
 */
export function withNameReplaced(question: string, typed: string, name: string): string | undefined {
  const words = typed.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.length) return undefined;
  const pattern = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(BETWEEN);
  const found = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, "u").exec(question);
  if (!found) return undefined;
  const ending = detectLanguage(question) === "kk" ? kazakhEnding(words.at(-1) as string) : "";
  const start = found.index;
  return `${question.slice(0, start)}${name}${ending}${question.slice(start + found[0].length)}`;
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
