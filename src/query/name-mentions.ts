/**
 * Where the articles' text names someone no person of the base is: a name only mentioned in passing,
 * or one the extractor missed. "No article mentions that name" is said only when this finds none, so
 * it must read the text as the indexes do (folded whole words), and cheaply: the inverted index of
 * keywords narrows the articles to those holding every word of the name, and only their sentences are
 * read, never every article's.
 */

import { isKeyword } from "../facts/article-words.ts";
import type { FactIndex } from "../facts/index.ts";
import type { Article } from "../facts/types.ts";
import { baseForms } from "../i18n/cases.ts";
import { foldCyrillic } from "../i18n/fold-cyrillic.ts";
import { forEachWord, tokenize } from "../text/normalize.ts";
import { stem } from "../text/stem.ts";
import { oneSlipNames } from "./one-slip.ts";

// The most articles read for one name: a few milliseconds.
const MAX_READ = 200;

/** An article whose text names someone, and the first of its sentences (title first) that does. */
export interface NameMention {
  articleId: string;
  sentence: string;
}

/**
 * The words of a name as typed, each as the folded forms it may take in the articles: a Latin word its
 * fold ("Kolář" → "kolar"; a hyphenated one is two words, as the articles' text is read), a Cyrillic
 * word its case forms written as English news writes names ("Зорбулатовым" → "zorbulatovym",
 * "zorbulatov"), as the question side reads names, and, given `known` (whether the articles have a
 * word), the words of theirs one slip from those forms when they have none of them.
 */
export function nameWordForms(name: string, known?: (word: string) => boolean): string[][] {
  const positions: string[][] = [];
  for (const token of name.split(/\s+/).filter(Boolean)) {
    if (/\p{Script=Cyrillic}/u.test(token)) {
      const forms = [...new Set([...tokenize(token).folded, ...baseForms(token).map(foldCyrillic)])].filter(
        Boolean,
      );
      // Russian spells a foreign name by its sound ("Трамп" for Trump): when no form is an articles'
      // word, the words one slip from one are the name as the articles may spell it.
      if (known && !forms.some(known))
        for (const form of forms.slice()) for (const near of oneSlipNames(form, known)) forms.push(near);
      positions.push([...new Set(forms)]);
    } else for (const word of tokenize(token).folded) positions.push([word]);
  }
  return positions.filter((forms) => forms.length);
}

/**
 * The articles whose text (title and sentences) holds the name's words side by side, as whole words,
 * each with the first sentence that does, newest first; undefined when no word of the name is long
 * enough to be in the inverted index (then the articles could only be found by reading them all), or
 * when its words are in more articles than are read for one question.
 */
export function nameMentions(
  index: FactIndex,
  words: readonly (readonly string[])[],
): NameMention[] | undefined {
  if (!words.length) return [];
  // A word no article has in any form: the name is in none, known without reading a sentence.
  if (words.some((forms) => !forms.some((w) => index.knows(w)))) return [];
  let candidates: Set<string> | undefined;
  for (const forms of words) {
    // A short word ("Li") is in no keyword list: the other words narrow the articles.
    if (!forms.every(isKeyword)) continue;
    const holding = new Set(forms.flatMap((w) => index.articlesContaining(stem(w))));
    candidates = candidates ? new Set([...candidates].filter((id) => holding.has(id))) : holding;
  }
  // Too many to read at a question's pace (a word of hundreds of reports is no one's name passed over
  // by extraction): what they hold is left unsaid rather than guessed.
  if (!candidates || candidates.size > MAX_READ) return undefined;
  const mentions: NameMention[] = [];
  for (const id of candidates) {
    const article = index.articles.get(id);
    const sentence = article && sentenceNaming(article, words);
    if (sentence) mentions.push({ articleId: id, sentence });
  }
  // Newest first, as lists of meetings are; articles without a date last.
  const published = (m: NameMention) => index.articles.get(m.articleId)?.published ?? "";
  return mentions.sort((a, b) => published(b).localeCompare(published(a)));
}

// The first text of the article (its title, then its sentences) with the name's words side by side.
function sentenceNaming(article: Article, words: readonly (readonly string[])[]): string | undefined {
  const texts = article.title ? [article.title, ...(article.sentences ?? [])] : (article.sentences ?? []);
  return texts.find((text) => holdsInOrder(text, words));
}

// Whether a text's folded words hold `words` one after another (each word in one of its forms).
function holdsInOrder(text: string, words: readonly (readonly string[])[]): boolean {
  // Where each partial match that is still going on has got to: a name's first word may repeat ("Ali
  // Ali Khan"), so more than one may be under way.
  let under: number[] = [];
  let found = false;
  forEachWord(text, (word) => {
    if (found) return;
    const next: number[] = [];
    for (const at of [...under, 0])
      if (words[at]?.includes(word)) {
        if (at + 1 === words.length) found = true;
        else next.push(at + 1);
      }
    under = next;
  });
  return found;
}
