/** Open questions ("which port did Nazarbayev mention?"): the best sentences of the subject's articles. */
import type { IndexedSentence } from "../../facts/index.ts";
import { asksWhoLedGroup } from "../intent.ts";
import type { QuestionParse } from "../parse.ts";
import type { Quote } from "../quotes.ts";
import { Reply } from "../reply.ts";
import type { Selection } from "../select.ts";
import { type ComposeContext, subjectName } from "./context.ts";
import { namingAskedCountry } from "./country-words.ts";
import { meetingList } from "./meeting-list.ts";
import { addQuotes, questionEntities, quoteFor } from "./quoting.ts";
import { asksWhatWasSaid, saidByQuotes } from "./said-by.ts";
import { asksWhatWasTold, tellingQuotes } from "./telling.ts";
import { asksWhatNext, whatNextQuotes } from "./what-next.ts";
import { whoIs } from "./who-is.ts";
import { whoMet } from "./who-met.ts";

// How a report names who led a group: "led by X", "headed by X", "X, the head of the delegation".
const NAMES_LEADER =
  /\b(led|headed|chaired) by\b|\bhead(s|ed)? (of )?the\b[^.]{0,40}\b(delegation|group|side|team|mission)\b/i;
// How much better a sentence from any article must match than the subject's own best, to be preferred.
const WIDER_MARGIN = 1.5;

/** Answers a question whose answer only the article text holds; else says what is known of the subject. */
export function open(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply {
  // A quarter of the question's keyword weight: open questions carry words the answer sentence rarely
  // repeats ("according to", "credit … with"); measured on the dev corpus, a third lost right sentences.
  let quotes = quoteFor(ctx, q, selection, 0.25, 2, true);
  // A country is a wide subject: its recorded meetings need not include the report that answers (a
  // video conference nobody recorded as a meeting). When none of its reports matches well, any article
  // may hold the answer, for the same strict match and clearly better than its own reports' best. (The
  // best quote is the best sentence of its reports, so its share tells without reading them again.)
  const best = quotes[0];
  if (!q.people.length && !(best?.outOf !== undefined && best.score >= 0.5 * best.outOf)) {
    const wide = quoteFor(ctx, q, { meetings: [], unmatched: [] }, 0.5, 2, true);
    // The wider report must name as many of the question's entities (its countries, cities, names) as the
    // subject's: a report of two other countries' trade does not answer for these two.
    // (Read from the index only when the wider quote wins on score.)
    if ((wide[0]?.score ?? 0) > WIDER_MARGIN * (best?.score ?? 0)) {
      const entities = questionEntities(ctx, q);
      const named = (quote: Quote | undefined) =>
        quote ? entities.filter((e) => e.has(quote.sentence.articleId)).length : 0;
      if (named(wide[0]) >= named(best)) quotes = wide;
    }
  }
  // A person's words may stand in a report of no meeting of theirs (a phone call, a statement): when
  // their meetings' reports hold no answer, every report naming them may.
  if (!quotes.length && q.people.length && selection.meetings.length)
    quotes = quoteFor(ctx, q, { meetings: [], unmatched: [] }, 0.25, 2, true);
  if (asksWhatWasTold(q)) quotes = tellingQuotes(ctx, q, selection, quotes);
  if (asksWhatWasSaid(q)) quotes = saidByQuotes(ctx, q, selection, quotes);
  // "who led the Kazakh delegation to the UK?": the sentence that names the leader ("led by", "headed
  // by"), which the one with most of the question's words (the visit's dates) may not be.
  if (asksWhoLedGroup(q.question)) {
    // Of the country asked ("the Kazakh delegation"), when one is: by its name or adjective.
    const ofCountry = namingAskedCountry(ctx.countries, q);
    const naming = (s: IndexedSentence) => NAMES_LEADER.test(s.text) && ofCountry(s);
    const led = quoteFor(ctx, q, selection, 0.25, 2, true, naming);
    const anywhere = led.length
      ? led
      : quoteFor(ctx, q, { meetings: [], unmatched: [] }, 0.25, 2, true, naming);
    if (anywhere.length) quotes = anywhere;
  }
  // "what did X do after meeting Y?": the sentence that tells what came next, found by its place.
  if (asksWhatNext(q)) {
    const next = whatNextQuotes(ctx, selection);
    if (next.length) quotes = next;
  }
  if (quotes.length) return addQuotes(new Reply(), quotes);
  // No sentence answers it: say so, then what is known of the subject (facts, not a guess at the answer).
  const reply = q.people.length
    ? q.intent === "who-is"
      ? whoIs(ctx, q, selection)
      : whoMet(ctx, q, selection)
    : meetingList(ctx, q, selection, ctx.words.meetingsOf(subjectName(ctx, q)));
  return reply.notice(ctx.words.noSentence);
}
