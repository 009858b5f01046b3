/**
 * A message that asks in words for the next page of the last long answer ("more", "next page",
 * "дальше", "ещё", "тағы") instead of pressing More: people type it, and read as a question it
 * would be searched for as a name or matched against article sentences that say "more".
 */

/** The whole message, once lower-cased and stripped of punctuation and emoji. */
const MORE =
  /^(?:(?:show|give me|send)\s+)?(?:more|next(?:\s+page)?|continue|go on|дальше|далее|ещё|еще|продолж\p{L}*|следующ\p{L}*(?:\s+страниц\p{L}*)?|тағы|әрі қарай|келесі(?:\s+бет)?)(?:\s+(?:please|пожалуйста|өтінемін))?$/u;

/** Whether a message asks only for more of the previous answer ("more", "Дальше!", "next page please"). */
export function asksForMore(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return MORE.test(words);
}
