/**
 * "what did X say to Y?": the sentences in which X speaks. News prose gives a speaker's words with a
 * verb of saying after their name ("Zorn stressed …", "… said Zorn") or, more often, as a quotation
 * closed by a pronoun ("\"…,\" he said") that stands for the last of the people asked to act in a
 * sentence before it. The fact index drops "said" as a word of reporting, so no keyword finds them; and
 * the sentence with most of the question's words may be the other side's (Y's words to X).
 */
import type { IndexedSentence } from "../../facts/index.ts";
import { fold } from "../../text/normalize.ts";
import type { QuestionParse } from "../parse.ts";
import type { Quote } from "../quotes.ts";
import type { Selection } from "../select.ts";
import type { ComposeContext } from "./context.ts";

// "what did X say to Y?", "what did X raise with Y?". (Not "what conflict did X raise?": the noun asked
// finds its sentence as a keyword, which may be reported in a sentence of no verb of saying.)
const ASKS_SAID = /^what (did|does|do|will|would) .+\b(say|raise)\b/i;
// The verbs of saying, as reports write them.
const SAYING =
  "said|says|saying|stated|stressed|noted|added|emphasi[sz]ed|underlined|highlighted|remarked|told|welcomed|expressed|raised";
// A verb of saying anywhere in a sentence.
const SAYS = new RegExp(`\\b(${SAYING})\\b`, "i");
// A word that is a verb of saying, whole ("said Zorn").
const SAYING_WORD = new RegExp(`^(${SAYING})$`);
// A pronoun that speaks: "he said", "she stressed", "he was quoted as saying".
const PRONOUN_SPEAKS = new RegExp(`\\b(he|she)( also| further| then)? (${SAYING}|was quoted)\\b`, "i");
// Words quoted: between quotation marks (a name inside them is not the speaker).
const QUOTED = /["“«][^"”»]*["”»]/g;
// How many sentences back a pronoun's speaker is looked for.
const MAX_BACK = 4;
// How many sentences of the speaker are quoted.
const LIMIT = 2;

/** Whether a question asks what someone said to someone else. */
export function asksWhatWasSaid(q: QuestionParse): boolean {
  return ASKS_SAID.test(q.question) && q.people.length > 1;
}

/**
 * The sentences in which the first person asked speaks, in the report of the best quote or else of the
 * meetings asked about: first those with most of the question's words and naming the other side asked,
 * then in the report's order. The
 * quotes stay when no sentence of theirs is found.
 */
export function saidByQuotes(
  ctx: ComposeContext,
  q: QuestionParse,
  selection: Selection,
  quotes: Quote[],
): Quote[] {
  if (!q.people.length) return quotes;
  // Each word of the names asked, to the place of its person in the question (0: the speaker asked).
  // Every word, not the last only: a name may be written surname first ("Chen Ruolin", "Chen").
  const asked = new Map<string, number>();
  q.people.forEach((p, at) => {
    for (const id of p.ids)
      for (const word of fold(ctx.index.people.get(id)?.name ?? "").split(" "))
        if (word.length > 2 && !asked.has(word)) asked.set(word, at);
  });
  const articles = [
    ...new Set([
      ...quotes.map((quote) => quote.sentence.articleId),
      ...selection.meetings.map((m) => m.articleId),
    ]),
  ];
  for (const id of articles) {
    const sentences = ctx.index.sentencesOf(id);
    // Each sentence's words outside its quotations, folded once: a sentence is read as a speaker's and
    // as the one before a pronoun's.
    const folded: (string[] | undefined)[] = [];
    const wordsOf = (i: number) => {
      folded[i] ??= unquotedWords(sentences[i]?.text ?? "");
      return folded[i];
    };
    // The question's words, and the other side named (the one spoken to: "at the meeting with Y, X …").
    const found = sentences
      .filter((s) => SAYS.test(s.text) && speakerOf(wordsOf, s, asked) === 0)
      .map((sentence) => ({
        sentence,
        score:
          q.keywords.filter((k) => sentence.keywords.has(k)).length +
          (namesListener(wordsOf(sentence.index), asked) ? 1 : 0),
        matched: [],
      }));
    found.sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index);
    if (found.length) return found.slice(0, LIMIT).sort((a, b) => a.sentence.index - b.sentence.index);
  }
  return quotes;
}

/**
 * Who of the people asked (their place in the question) speaks or acts in a sentence: the one whose name is
 * followed by a verb ("Zorn welcomed", "Zorn also stressed") or follows a verb of saying ("said Zorn");
 * for a pronoun that speaks, the one who acted in the nearest sentence before that names one.
 */
function speakerOf(
  wordsOf: (index: number) => string[],
  s: IndexedSentence,
  asked: Map<string, number>,
): number | undefined {
  const acting = actorIn(wordsOf(s.index), asked);
  if (acting !== undefined || !PRONOUN_SPEAKS.test(s.text.replace(QUOTED, " "))) return acting;
  for (let i = s.index - 1; i >= Math.max(0, s.index - MAX_BACK); i--) {
    const before = actorIn(wordsOf(i), asked);
    if (before !== undefined) return before;
  }
  return undefined;
}

// A text's folded words outside its quotations (a name inside them is not the speaker).
function unquotedWords(text: string): string[] {
  return fold(text.replace(QUOTED, " ")).split(" ");
}

// Whether a sentence's words (outside its quotations) name one of the people asked other than the speaker.
function namesListener(words: string[], asked: Map<string, number>): boolean {
  return words.some((word) => (asked.get(word) ?? 0) > 0);
}

// The first of the people asked (by the words of their names) that acts in a sentence's words outside
// its quotations.
function actorIn(words: string[], asked: Map<string, number>): number | undefined {
  for (const [i, word] of words.entries()) {
    if (!asked.has(word)) continue;
    const next = words[i + 1] === "also" || words[i + 1] === "further" ? words[i + 2] : words[i + 1];
    const before = words[i - 1] ?? "";
    if ((next && /^[a-z]+(ed|s)$/.test(next)) || SAYING_WORD.test(before)) return asked.get(word);
  }
  return undefined;
}
