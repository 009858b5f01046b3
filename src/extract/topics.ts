/**
 * What the sides discussed, as news English tells it: the verb before the matter ("the sides
 * discussed X", "the talks focused on X", "exchanged views on X", "paid special attention to X"),
 * the matter before a passive ("X and Y were addressed during the meeting", "issues of X were
 * considered", "X was on the agenda"), a frame at the head of the sentence ("While discussing X, …",
 * "Referring to X, …"), and, weaker, what one side stressed the importance of or told the other
 * about ("informed his colleague about X").
 */

/** A matter a sentence says was discussed; `weak` when only stressed by one side, not said to be discussed. */
export interface SentenceTopic {
  text: string;
  weak: boolean;
}

// The verb, then the matter.
const VERB_FIRST =
  /\b(?:discussed|discussing|to discuss|will discuss|focused on|focussed on|focusing on|centred on|centered on|concentrated on|touched upon|touched on|dwelt on|dwelled on|exchanged (?:views|opinions|ideas) (?:on|about|regarding)|talked about|deliberated on|reviewed|paid (?:special |particular |great |much |utmost |close |significant )?attention to|devoted (?:special |particular )?attention to|raised the (?:issues?|questions?|topics?|matters?) of|considered the (?:issues?|questions?|prospects?|matters?) of|addressed the (?:issues?|questions?|matters?|topics?) of)\s+([^.;]{4,400})/i;
// The matter, then the passive: "X were addressed during the meeting", "X was on the agenda".
const MATTER_FIRST =
  /^(?:(?:During|At|In the course of|Over) the (?:meeting|talks|negotiations|conversation|visit)[^,]{0,40},\s+)?(?:[Aa]lso\s+)?([^;]{4,400}?)\s+(?:was|were|are|is|will be|have been|has been|would be)\s+(?:also\s+|thoroughly\s+|extensively\s+|in detail\s+|widely\s+)?(?:discussed|considered|addressed|touched upon|reviewed|raised|deliberated|on the agenda|high on the agenda|the focus of|in the focus of|at the centre of|at the center of|the main topics? of)\b/;
// "On the agenda were X", "The agenda included X".
const AGENDA = /\b(?:[Oo]n the agenda (?:were|was)|[Tt]he agenda (?:included|covered))\s+([^.;]{4,400})/;
// A frame at the head of the sentence: "While discussing X, …", "Referring to X, …".
const FRAME =
  /^(?:While discussing|When discussing|Referring to|Speaking about|Speaking of|Touching upon|Touching on|Turning to)\s+([^,;]{4,160}),/;
// One side's emphasis: "stressed the importance of X".
const STRESSED =
  /\b(?:stressed|emphasi[sz]ed|underlined|underscored|highlighted|noted|pointed out)\s+the (?:importance|significance|need)\s+(?:of|for)\s+([^.;]{4,400})/i;

// One side's emphasis as the frame of the sentence: "Noting the importance of X, the Speaker said …".
const NOTING =
  /^(?:Noting|Stressing|Emphasi[sz]ing|Underlining|Highlighting) the (?:importance|significance|need) (?:of|for)\s+([^,;]{4,200}),/;

// One side telling the other: "informed his colleague about X", "briefed the guests on X".
const TOLD =
  /\b(?:informed|briefed|told) (?:his|her|their|the) (?:[\p{L}-]+ ){0,2}?(?:colleagues?|counterparts?|guests?|hosts?|interlocutors?|delegation|members) (?:about|on|of)\s+([^.;]{4,400})/iu;

// Where the matter ends: the clause after it.
const TAIL =
  /(?:,?\s+(?:during|at) the (?:meeting|talks|negotiations|conversation|event)\b|,\s+(?:with|noting|stressing|saying|adding|emphasi[sz]ing|which|who|while|whereas|kazinform|trend|according to)\b|,\s*(?:the|a)\s+[^,]*press service|,\s+and (?:he|she|they|the sides|the parties|both sides)\b|,?\s+and (?:also )?(?:signed|held|met|adopted|visited|reached|stressed|noted|emphasi[sz]ed|underlined|underscored|expressed|said|agreed|highlighted|called|invited|thanked)\b|\s+at (?:a|the) (?:meeting|session|sitting) (?:held|in)\b|\s+with (?:his|her|their) (?:counterpart|colleague|guest|host)s?\b|,?\s+(?:the|a) [^,]{0,40}\b(?:said|reported|reports)\b|,\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:said|reported|reports|writes|wrote|informs)\b).*$/isu;
// What a matter never is: the meeting itself, a pronoun, a circumstance.
const NOT_MATTER =
  /^(?:the (?:meeting|talks|sides|parties|guests?)|it|this|that|these|those|them|they|he|she|during|at|in|on|with|when|how|whether|what|a meeting|meeting|his|her|its)\b|^(?:by|and|or|but|not|mentioned|above|aforementioned|same|said)\b|^(?:issues?|questions?|matters?|topics?|problems?|prospects|details|as well|too|also)$/i;

function tidy(raw: string): string {
  return raw
    .replace(TAIL, "")
    .replace(/^(?:in detail|at length|in depth|thoroughly|extensively|also)\s+/i, "")
    .replace(
      /^(?:the |a )?(?:many |several |some |all |(?:wide )?range of |number of |broad range of )?(?:the )?(?:current |topical |pressing |key |important |various )?(?:issues?|questions?|matters?|topics?|problems?|aspects?) (?:of|related to|relating to|concerning|regarding|on|including)\s+/i,
      "",
    )
    .replace(/^(?:the |prospects for |ways to |ways of )/i, "")
    .replace(/[\s,:–-]+$/u, "")
    .trim();
}

// A frame before the subject of a passive: "In addition, …", "According to the press service, …".
const LEADING_FRAME =
  /^(?:As\b[^,]{0,80}\b(?:told|said|reported|reports|informs)|According to|In addition|Besides|Moreover|Furthermore|Also|Among other things|Among others|At the same time|Then|Further|Later|In particular)\b[^,]{0,60},\s+/i;

/** The subject of a passive as a matter: what follows a reported "that", without a frame before it. */
function subjectMatter(subject: string | undefined): string | undefined {
  if (!subject) return undefined;
  const afterThat = subject.split(/\bthat\s+/).pop() as string;
  return afterThat.replace(LEADING_FRAME, "");
}

// A reply shows topics on one line: a long list is cut after its last whole item that fits.
const MAX_LENGTH = 200;
function shorten(topic: string): string {
  if (topic.length <= MAX_LENGTH) return topic;
  const head = topic.slice(0, MAX_LENGTH);
  const cut = Math.max(head.lastIndexOf(", "), head.lastIndexOf(" and "));
  return (cut > 40 ? head.slice(0, cut) : head.slice(0, head.lastIndexOf(" ")))
    .replace(/[\s,:–-]+$/u, "")
    .trim();
}

/** The matters a sentence says were discussed, the said ones first. */
export function topicsOfSentence(text: string): SentenceTopic[] {
  const out: SentenceTopic[] = [];
  const add = (raw: string | undefined, weak: boolean) => {
    if (!raw) return;
    const topic = shorten(tidy(raw));
    if (topic.length < 4 || NOT_MATTER.test(topic)) return;
    // Two readings of one matter ("While discussing X, …" is also read by the verb): the first holds.
    const lower = topic.toLowerCase();
    if (out.some((o) => o.text.toLowerCase().includes(lower) || lower.includes(o.text.toLowerCase()))) return;
    out.push({ text: topic, weak });
  };
  add(FRAME.exec(text)?.[1], false);
  add(subjectMatter(MATTER_FIRST.exec(text)?.[1]), false);
  add(AGENDA.exec(text)?.[1], false);
  add(VERB_FIRST.exec(text)?.[1], false);
  add(STRESSED.exec(text)?.[1], true);
  add(TOLD.exec(text)?.[1], true);
  add(NOTING.exec(text)?.[1], true);
  return out;
}
