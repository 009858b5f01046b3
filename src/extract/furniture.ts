/**
 * Names that a page's furniture prints rather than its report: the author's byline ("By A B – Agency:",
 * a line that is only a name above the timestamp or below the last paragraph) and a photo's credit
 * ("(Agency/A B)", "Photo: A B"). Such a name is the outlet's staff, never a person the news is about,
 * and a line that holds nothing but a few capitalised words (a byline, a menu item) names nobody. Nor
 * does a link to another report ("Read more: A meets B").
 */
import type { NameSpan } from "./names.ts";
import type { Token } from "./text.ts";

// What may stand before a byline's name: nothing, or "By", "Author:", "Text:", "Reporting by".
const BYLINE_OPENING = /^(?:(?:by|author|text|reporting by|written by|report by)\s*:?)?$/i;
// What may follow it: nothing, or a dash (or bar) and the agency's name, closed by a colon or not
// ("– Trend:", "| Agency"), or the line's date and time ("14 May 2021, 10:30").
// The name is one to three words parted by spaces: words that could also meet without a space, as
// "(?:\p{Lu}[\p{L}.&]*\s*){1,3}" let them, read a long capitalised run in every way of cutting it,
// a time that grows with the cube of its length. The two read the same lines.
const BYLINE_CLOSING =
  /^(?:[–—|-]\s*\p{Lu}[\p{L}.&]*(?:\s+\p{Lu}[\p{L}.&]*){0,2}\s*:?|,?\s*\d{1,2}\s+\p{L}+\s+\d{4}(?:,?\s*\d{1,2}:\d{2})?)?$/u;
// A photo's credit: "(Agency/A B)", "Photo: A B", "Photo by A B", "Photo credit: A B".
const CREDIT_BEFORE = /(?:\(\s*\p{Lu}[\p{L}.&-]*\s*\/|\bphotos?\s*(?:credit\s*)?(?::|by)|\bcredit\s*:)\s*$/iu;
const CREDIT_AFTER = /^\s*(?:\)|$|\/)/;
// A link to another report: its headline's names are that report's ("Read more: A visits B").
const LINK_LINE =
  /^\s*(?:read (?:more|also)|see also|also read|related(?: news| stories)?|more on this)\s*[:|»>-]/i;

/**
 * Whether a name found in a sentence is the page's furniture: a byline (the name alone on its line,
 * maybe after "By" and before the agency or the date), a photo credit, or a link to another report.
 */
export function isFurnitureName(text: string, tokens: Token[], span: NameSpan): boolean {
  const start = tokens[span.from]?.start ?? 0;
  const end = tokens[span.to - 1]?.end ?? text.length;
  const before = text.slice(0, start).trim();
  const after = text.slice(end).trim();
  if (BYLINE_OPENING.test(before) && BYLINE_CLOSING.test(after)) return true;
  if (LINK_LINE.test(text)) return true;
  // The credit's close after the name first: it is anchored, and most names fail it at once.
  return CREDIT_AFTER.test(text.slice(end)) && CREDIT_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
