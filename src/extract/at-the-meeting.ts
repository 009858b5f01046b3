/**
 * "at the meeting", "during the talks", "in the negotiations": the phrase that places a side, a
 * delegation or a speaker at the meeting just reported. Several finders read it on sentence skeletons;
 * written once here so that they read the same phrase.
 */

/** The nouns that name the meeting itself in the phrase. */
const MEETING_NOUNS = ["meeting", "talks", "negotiations"];

/** How a finder may widen the phrase; each default is the common reading. */
export interface AtTheMeetingOptions {
  /** The one optional word before the noun ("the bilateral talks"): any word or hyphened word by default. */
  word?: string;
  /** The determiners that may open the noun phrase: "the" only by default. */
  determiners?: readonly string[];
  /** Nouns beside "meeting", "talks" and "negotiations" (e.g. "discussions?"). */
  moreNouns?: readonly string[];
}

/**
 * The pattern source (no group captures, no boundary after the noun) of "at/during/in the
 * [word] meeting/talks/negotiations", widened as `options` say.
 */
export function atTheMeeting(options: AtTheMeetingOptions = {}): string {
  const word = options.word ?? String.raw`[\w-]`;
  const determiners = (options.determiners ?? ["the"]).join("|");
  const nouns = [...MEETING_NOUNS, ...(options.moreNouns ?? [])].join("|");
  return `(?:at|during|in) ${determiners.includes("|") ? `(?:${determiners})` : determiners} (?:${word}+ )?(?:${nouns})`;
}
