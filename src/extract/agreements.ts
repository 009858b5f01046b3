/**
 * The documents a sentence says were signed or adopted, and the concrete steps the sides agreed on.
 *
 * News English reports a signing in a few shapes: the active verb ("the speakers signed a memorandum
 * of cooperation"), the passive ("a roadmap for 2024–2025 was signed", "during which the roadmap was
 * signed"), the ceremony ("the talks ended with the adoption of a joint declaration", "witnessed the
 * signing of an agreement"), and a decision reached ("the sides agreed to establish a joint
 * committee"). A document only proposed ("he proposed that the parliaments soon sign an agreement",
 * "offered to sign a peace treaty"), one signed at another time ("the agreement signed in 2015",
 * "the implementation of the memorandum signed earlier") or merely implemented is no agreement of the
 * meeting; one foreseen ("will be signed", "are expected to sign") belongs only to a planned meeting.
 */

import { isEarlierReport } from "./details.ts";

/** A document or decision one sentence reports, and whether it is only foreseen. */
export interface SentenceAgreement {
  text: string;
  /** Foreseen ("will be signed", "are expected to sign"): an agreement of a planned meeting only. */
  planned: boolean;
}

// The heads of a document's name: what is signed or adopted.
const HEAD = String.raw`(?:memorandum|memorandums|memoranda|agreements?|road ?map|"road map"|action plan|protocols?|declaration|treaty|accord|mou|communiqu[eé]|joint statement|programmes?|programs?|plan|contract|charter|convention|minutes)`;
const HEAD_WORD = new RegExp(String.raw`\b${HEAD}\b`, "i");
// Heads that "adopted" can take: a parliament adopts laws, programmes and plans of its own, which
// are no agreement with the other side.
const ADOPTED_HEAD = /\b(?:declaration|joint statement|communiqu[eé]|memorand\w*|road ?map|protocol)\b/i;

// Words a document's name never starts with: they belong to the clause before it.
const NOT_MODIFIER = String.raw`(?:during|which|whom|that|when|where|after|before|while|with|by|and|at|in|on|of|to|was|were|is|are|has|have|had|signed|also|then)`;
const MODIFIERS = String.raw`(?:(?!${NOT_MODIFIER}\b)[\p{L}\d'’"“”()–-]+\s+){0,6}?`;

const SIGN_VERB = String.raw`(?:signed|inked|concluded|exchanged|initial(?:l)?ed)`;
const ACTIVE = new RegExp(
  String.raw`\b(${SIGN_VERB}|adopted|sign|signing)\s+(?:a |an |the |two |three |several |a number of )?(${MODIFIERS}${HEAD}\b[^.;]*)`,
  "giu",
);
const PASSIVE = new RegExp(
  String.raw`\b((?:a |an |the )?${MODIFIERS}${HEAD}\b[^.;]{0,300}?)\s+(?:was|were|has been|have been|had been|will be|is to be|are to be|is planned to be|are planned to be|is expected to be|are expected to be|is scheduled to be|are scheduled to be|is set to be|are set to be)\s+(?:also\s+)?(${SIGN_VERB}|adopted)\b`,
  "giu",
);
// "ended with the adoption of a joint declaration", "witnessed the signing of an agreement", "the
// ceremony of signing the agreement will be held".
const CEREMONY = new RegExp(
  String.raw`\b(?:(ended|concluded|culminated|closed|wrapped up) (?:with|in) |(witnessed|attended|followed by|took part in|was marked by) |(ceremony of) )(?:the )?(?:signing|adoption|exchange)(?: of)? (?:a |an |the |two |three )?(${MODIFIERS}${HEAD}\b[^.;]*)`,
  "giu",
);
// "the sides agreed to establish a joint committee", "agreed on the establishment of a dialogue".
const AGREED =
  /\bagreed (?:to (?:further )?(establish|set up|create|launch|hold|organi[sz]e|convene|form)|on (?:the )?(establishment|creation|launch|holding|setting up) of) ((?:a |an |the )?[^.;]+)/giu;
// "we agreed that our committees will hold a joint session"
const AGREED_THAT =
  /\bagreed that ([^.;,]{3,80}?) will (hold|establish|set up|create|launch|organi[sz]e|convene) ([^.;]+)/giu;

// Before the verb: the signing is only proposed, hoped for, offered or possible, not done.
const NOT_DONE =
  /\b(?:proposed|propose|proposes|suggested|suggests|offered|offers|urged|urges|called for|calls for|invited|would|could|should|might|may|must|need to|needs to|ready to|willing to|readiness to|hope[sd]? to|hoping to|intend\w* to|possibility of|possible|prospects? of|importance of|promote the signing|consider\w* (?:the )?(?:possibility|signing))\b/i;
// Before the verb: the signing is foreseen.
const FORESEEN =
  /\b(?:will|shall|are to|is to|are going to|is going to|plan(?:s|ned)? to|expected to|set to|scheduled to|due to|agreed to|intends? to|upcoming|forthcoming)\s+(?:\w+\s+)?$/i;
// Before the document: it is only carried out, not signed ("the implementation of the agreement
// signed in 2019", "under the memorandum").
const IMPLEMENTED =
  /\b(?:implement(?:ation|ing|ed)?|under|pursuant to|in (?:line|accordance) with|on the basis of|based on|fulfil\w*|execution of|within the framework of|provisions of)\s+(?:of\s+)?(?:the\s+|a\s+|an\s+)?$/i;
// A document just before the verb, with no clause between: "the agreement on the border signed …".
const NAMED_BY_SIGNING = new RegExp(String.raw`\b${HEAD}\b(?:\s+(?!and\b)[^\s,;]+){0,6}\s*$`, "iu");
// A number of documents rather than a document: a tally of what others signed.
const COUNTED = /^(?:over|more than|about|around|some|nearly|almost|at least)?\s*\d+\s/i;
// A year the signing is placed in ("in 1991", "back in 2015"), before the report's own year.
const IN_YEAR = /\b(?:in|of|since) ((?:19|20)\d\d)\b/g;

// Where a document's name ends: the clause that follows it.
const TAIL =
  /,?\s+(?:and other documents|according to which|as per|which|who|that will|that would|during|at the|in the presence|on the sidelines|after the|following the|within the framework of the (?:visit|meeting|talks)|will be held|was held|took place|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on \d|yesterday|today|this week|earlier|in (?:\p{Lu}[\p{L}-]+) (?:during|on)\b).*$|,?["”]?,\s*(?:[\p{L}-]+\s){0,3}(?:said|reported|reports|noted|stated|added|wrote)\b.*$|,["”].*$|["”],.*$/isu;

function tidy(phrase: string): string {
  return phrase
    .replace(TAIL, "")
    .replace(/,\s*(?:the|a)\s.*$/iu, "")
    .replace(/^(?:a|an|the)\s+/i, "")
    .replace(/[\s,:–-]+$/u, "")
    .trim();
}

/** "a memorandum …, as well as a plan of events": each document of a coordinated list. */
function splitDocuments(phrase: string): string[] {
  return phrase
    .split(
      /,?\s+as well as\s+|,?\s+and (?=(?:a|an|the)\s+(?:[\p{L}\d'’"()–-]+\s+){0,4}?(?:memorand|agreement|road|protocol|declaration|plan|programme|program|joint statement|treaty)\w*\b)/iu,
    )
    .map(tidy)
    .filter((d) => HEAD_WORD.test(d));
}

// Two houses or committees as the subject of a signing, right before its verb: "On the sidelines, the
// State Duma and the Milli Majlis signed ...". Each side names a body, not a person.
const BODY_WORD =
  /\b(?:Duma|Majlis|Majilis|Mazhilis|Parliament|Assembly|Senate|Council|Chamber|House|Congress|Kenesh|Khural|Rada|Sejm|Seimas|Saeima|Committee|Commission|Bundestag|Knesset|Diet|Legislature|Storting|Riksdag)\b/;
const SIGNING_BODIES =
  /(?:^|[,;:]\s+|\b(?:today|yesterday|then|also)\s+)((?:the\s+)?\p{Lu}[\p{L}'’()-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’()-]*)*)\s+and\s+((?:the\s+)?\p{Lu}[\p{L}'’()-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’()-]*)*)\s+(?:have\s+|also\s+|jointly\s+)?$/u;

/**
 * A document signed by two bodies named as the sentence's subject carries them in its name, as one
 * "signed between" them does: "the State Duma and the Milli Majlis signed an agreement on cooperation"
 * signed the "agreement on cooperation between the State Duma and the Milli Majlis".
 */
function withSigningBodies(phrase: string, before: string): string {
  if (/\bbetween\b/i.test(phrase)) return phrase;
  const sides = SIGNING_BODIES.exec(before);
  if (!sides || !BODY_WORD.test(sides[1] as string) || !BODY_WORD.test(sides[2] as string)) return phrase;
  const side = (x: string) => x.replace(/^The /, "the ");
  return `${tidy(phrase)} between ${side(sides[1] as string)} and ${side(sides[2] as string)}`;
}

/** Whether the signing whose verb starts at `at` was at another time than the report's year. */
function anotherYear(text: string, year: number | undefined): boolean {
  if (!year) return false;
  for (const m of text.matchAll(IN_YEAR)) if (Number(m[1]) < year) return true;
  return false;
}

/**
 * The documents a sentence says were (or are to be) signed or adopted at the meeting it tells of,
 * and the steps the sides agreed to take, each with whether it is only foreseen. `year` is the
 * report's year: a signing placed in an earlier year is a document recalled.
 */
export function agreementsOfSentence(text: string, year?: number): SentenceAgreement[] {
  // The patterns below are costly and most sentences sign nothing.
  if (!/\b(?:sign|inked|concluded|exchanged|initial|adopt|agreed)/i.test(text)) return [];
  if (isEarlierReport(text) || anotherYear(text, year)) return [];
  const out: SentenceAgreement[] = [];
  const add = (phrase: string, at: number, planned: boolean, documents = true) => {
    const before = text.slice(0, at);
    // A proposal or a possibility, said in the same clause before the verb.
    const clause = before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf(". ")) + 1);
    if (NOT_DONE.test(clause)) return;
    const items = documents ? splitDocuments(phrase) : [tidy(phrase)];
    for (const item of items) {
      // "over 70 agreements between regions were signed at the forum": documents counted, signed by others.
      if (item.length < 6 || item.length > 240 || COUNTED.test(item)) continue;
      if (out.some((o) => o.text.toLowerCase() === item.toLowerCase())) continue;
      out.push({ text: item, planned });
    }
  };
  for (const m of text.matchAll(ACTIVE)) {
    const verb = (m[1] as string).toLowerCase();
    const start = m.index + m[0].length - (m[2] as string).length;
    if (IMPLEMENTED.test(text.slice(0, start))) continue;
    if (verb === "adopted" && !ADOPTED_HEAD.test(m[2] as string)) continue;
    // "sign"/"signing" alone is done only after a foreseeing word ("will sign", "are expected to sign").
    const foreseen = FORESEEN.test(text.slice(0, m.index));
    if ((verb === "sign" || verb === "signing") && !foreseen) continue;
    // "the agreement on the state border signed between A and B": a document named by its past signing.
    if (verb !== "sign" && verb !== "signing" && NAMED_BY_SIGNING.test(text.slice(0, m.index))) continue;
    // "the sides agreed to sign a memorandum": a decision of this meeting, told as such.
    if (/\bagreed to\s+(?:\w+\s+)?$/i.test(text.slice(0, m.index)))
      for (const d of splitDocuments(m[2] as string)) add(`agreed to sign ${d}`, m.index, false, false);
    else add(withSigningBodies(m[2] as string, text.slice(0, m.index)), m.index, foreseen);
  }
  for (const m of text.matchAll(PASSIVE)) {
    const phrase = m[1] as string;
    if (IMPLEMENTED.test(text.slice(0, m.index))) continue;
    if ((m[2] as string).toLowerCase() === "adopted" && !ADOPTED_HEAD.test(phrase)) continue;
    const planned = /\b(?:will|to) be\s+(?:also\s+)?\w+$/i.test(m[0]);
    // "was signed between the two senates": who the document binds is part of its name.
    const rest = text.slice(m.index + m[0].length);
    const between = /^\s+between\s+([^.;]+)/i.exec(rest);
    const parties = between
      ? (between[1] as string).replace(TAIL, "").replace(/,?\s+as well as\b.*$/i, "")
      : "";
    add(parties && !/\bbetween\b/i.test(phrase) ? `${phrase} between ${parties}` : phrase, m.index, planned);
    // "… was signed, as well as a plan of events for 2025": the second document of the signing.
    const also = /^[^.;]*?,?\s+as well as\s+([^.;]+)/i.exec(rest);
    if (also) add(also[1] as string, m.index, planned);
  }
  for (const m of text.matchAll(CEREMONY)) {
    const planned = !!m[3] && /\bwill\b|\bis to\b|\bare to\b/i.test(text.slice(m.index));
    add(m[4] as string, m.index, planned);
  }
  for (const m of text.matchAll(AGREED)) {
    const what = (m[3] as string).split(/,?\s+and to\s+/i)[0] as string;
    add(m[1] ? `agreed to ${m[1]} ${what}` : `agreed on the ${m[2]} of ${what}`, m.index, false, false);
  }
  for (const m of text.matchAll(AGREED_THAT))
    add(`agreed that ${m[1]} will ${m[2]} ${m[3]}`, m.index, false, false);
  return out;
}
