/**
 * Whether a word typed is clearly a misspelling of a name word, and not another name spelled alike. A
 * typist's slip is one: a letter dropped, doubled, changed or two neighbours swapped ("dolmnaov" for
 * Dolmanov). Another transliteration of the same sound ("Jaksybekov", "Zhaksybekov"; "Brelinski", "Brelinsky")
 * is the same name, with one slip besides at most. Two differences more in a short name are a real name
 * of someone else as often as a slip: an extra syllable ("Dolmatanov" is not Dolmanov), another ending
 * ("Brelinskas"), a letter added and one changed ("Anterres" is not Antierrez). Such a word is not read as
 * the person; the reply asks whether they were meant instead.
 */
import { cyrillicSpelling } from "../i18n/cyrillic-names.ts";
import { spellingKey } from "../text/spelling-key.ts";
import { typoDistance } from "./text.ts";

// Letters of a name's transliteration key from which two slips are still clearly a typo: another real
// name two letters off such a long one is rare, and a reader typing it may well slip twice.
const LONG_NAME = 10;
// Letters of a name word short enough that a case form's guessed stem must end as it does.
const SHORT_NAME = 5;

/** Whether `typed` (folded) is clearly a misspelling of the name word `name` (folded). */
export function isClearSlip(typed: string, name: string): boolean {
  if (typoDistance(typed, name) <= 1) return true;
  return fewSlips(spellingKey(typed), spellingKey(name));
}

/**
 * isClearSlip for a word typed in Cyrillic and read in Latin letters (folded): its slips are counted in
 * Cyrillic, where they were made. "Толбева" is one slip from "Толбаева", though "tolbeva" is two letters
 * from "tolbayeva" (news write "е" after a vowel "ye"). "Антеррес" is still not Antierrez. `caseForm`:
 * the word is the stem guessed for a case form typed ("Дэвисом" read as "devis"), which a name word of
 * five letters or fewer takes with a slip only inside it ("davis"), never at its end ("devi").
 */
export function isClearCyrillicSlip(typed: string, name: string, caseForm = false): boolean {
  // Where the stem of a case form ends is a guess: a short name a letter off at its end is as often
  // another name's case form ("Дэвисом" is Davis's, not Devi's; "Девой" is Deva's) as a slip, so it
  // must end as the stem does ("Дэвисом" may be Davis), or be the stem in another transliteration.
  if (caseForm && name.length <= SHORT_NAME && typed.at(-1) !== name.at(-1))
    return spellingKey(typed) === spellingKey(name);
  if (isClearSlip(typed, name)) return true;
  const a = cyrillicSpelling(typed)?.toLowerCase();
  const b = cyrillicSpelling(name)?.toLowerCase();
  // A name with letters the transliteration cannot write in Cyrillic keeps the Latin count.
  if (a === undefined || b === undefined) return false;
  // The word typed comes with its case ending guessed off ("Толабева" read as "Толабев"): a last vowel
  // of either is the ending's, no slip of the typist.
  const nameStems = withoutEndingVowel(b);
  return withoutEndingVowel(a).some((x) => nameStems.some((y) => fewSlips(x, y)));
}

// A vowel a Russian surname may end in or take as a case ending.
const ENDING_VOWEL = /[аяыиеуюо]$/u;

// A word as written, and without a last vowel of an ending.
function withoutEndingVowel(word: string): string[] {
  return [word, word.replace(ENDING_VOWEL, "")];
}

// Two spellings one slip apart, or two in a long name.
function fewSlips(a: string, b: string): boolean {
  const slips = typoDistance(a, b);
  return slips <= 1 || (slips === 2 && Math.min(a.length, b.length) >= LONG_NAME);
}
