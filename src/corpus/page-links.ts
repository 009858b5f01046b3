/**
 * The lines of a web page that point elsewhere rather than report: links to other reports ("Read
 * also: A meets B", a "Related news" block of headlines), the previous and next article, breadcrumbs,
 * tags, share and subscribe buttons, copyright lines. A headline of another report names who met whom
 * in that report, so read as a sentence of this one it invents a meeting; these lines are dropped
 * before the body is split into sentences.
 */

// The words that point to another report: "Read also", "See also", "Related".
const LINK_WORDS = "read (?:also|more)|see also|also read|related";

// A heading over a block of other reports' headlines, alone on its line: "Related news", "Read also",
// "More on this topic:", "You may also like", "Latest news".
const LINK_BLOCK_HEADING = new RegExp(
  String.raw`^(?:${LINK_WORDS}|related (?:news|stories|articles|posts|content)|more (?:news|stories)|more on (?:this|the) (?:topic|subject|story)|(?:latest|other|top|recent|more) (?:news|stories|articles)(?: (?:from|in|on|of) (?:the |this )?[\p{L} ]{1,30})?|most (?:read|popular|viewed)|recommended(?: for you)?|you (?:may|might) also (?:like|be interested in)|don'?t miss)\s*:?$`,
  "iu",
);
// One link on its own line, after a link word and a colon or a mark: "Read also: A meets B",
// "READ MORE » B holds talks with C".
const LINK_LINE = new RegExp(
  String.raw`^(?:${LINK_WORDS}|related (?:news|stories|articles)|more on this(?: topic)?)\s*[:|»>–—-]`,
  "i",
);
// Navigation: "Previous: …", "Next article: …", a breadcrumb "Home / News / Parliament".
const NAVIGATION = /^(?:(?:previous|next)(?: article| post| story| news)?\s*:|home\s*[/>»|])/i;
// Labels and buttons: "Tags: …", "Keywords: …", "Share on Facebook", "Follow us on Telegram",
// "Subscribe to our channel", "© 2025 Agency", "Copyright …", "All rights reserved".
const PAGE_LABEL =
  /^(?:(?:tags|keywords)\s*:|share (?:on|this|via)\b|follow (?:us|.{1,60}? on (?:telegram|twitter|facebook|instagram|x|youtube))\b|subscribe\b|©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved)/i;
// A link written into a sentence in brackets: "(see also: A meets B)".
const LINK_IN_BRACKETS = new RegExp(String.raw`\s*\((?:${LINK_WORDS})\s*:[^()]*\)`, "gi");
// A line that ends as a sentence does: the report goes on after a block of headlines, which do not.
const SENTENCE_END = /[.!?…"”»]$/;

/**
 * The lines of a page's body without its links, navigation and labels: a heading over other
 * reports' headlines goes with the headlines under it (up to the first line that ends as a sentence
 * does), a link or label line goes alone, and a bracketed link leaves its sentence. Blank lines stay,
 * so that paragraphs stay apart.
 */
export function withoutPageLinks(lines: string[]): string[] {
  const kept: string[] = [];
  let inBlock = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      kept.push(raw);
      continue;
    }
    if (LINK_BLOCK_HEADING.test(line)) {
      inBlock = true;
      continue;
    }
    if (inBlock && !SENTENCE_END.test(line)) continue;
    inBlock = false;
    if (LINK_LINE.test(line) || NAVIGATION.test(line) || PAGE_LABEL.test(line)) continue;
    kept.push(raw.replace(LINK_IN_BRACKETS, ""));
  }
  return kept;
}
