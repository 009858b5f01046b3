/**
 * "A received the heads of the councils. [...] B and C along with several senior officials attended
 * the meeting": "the meeting" is the one the report told before, whose sides the finders could not
 * name. Those who attended it sit with its host, not at a meeting of their own.
 */
import type { Doc } from "./document.ts";

// A verb that tells a meeting its subject held: "X received ...", "X met ...", "X held talks ...".
const HOSTING_VERB = /\b(?:received|met|hosted|welcomed|held (?:talks|a meeting))\b/;

/**
 * The person who, in an earlier sentence, received or met someone the finders made no meeting of: the
 * first person named before such a verb in the last sentence before `sentence` that has one, if that
 * person is none of `attendees`.
 */
export function hostOfToldMeeting(doc: Doc, sentence: number, attendees: number[]): number | undefined {
  for (let n = sentence - 1; n >= 0; n--) {
    const s = doc.sentences[n];
    if (!s || s.headline) continue;
    const verb = HOSTING_VERB.exec(s.text);
    if (!verb) continue;
    const host = s.mentions.find(
      (m) => m.kind === "person" && !m.resolved && (s.tokens[m.to - 1]?.end ?? Infinity) <= verb.index,
    )?.person;
    return host !== undefined && !attendees.includes(host) ? host : undefined;
  }
  return undefined;
}
