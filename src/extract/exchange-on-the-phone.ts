/**
 * Views exchanged (or anything discussed, noted or agreed) in a call the report has just told: "The
 * Speaker on Saturday held a phone call with his Ostrian counterpart. A and B exchanged views on the
 * situation in the region." The second sentence names the two who spoke on the phone; it tells no
 * meeting of its own.
 */
import type { Doc } from "./document.ts";

// A call by telephone, in the words of news English ("held a phone call", "had a telephone conversation",
// "spoke by phone", "telephone talks").
const PHONE_CALL =
  /\b(?:tele)?phone (?:call|conversation|talks|talk)s?\b|\b(?:by|over the|on the) (?:tele)?phone\b/i;
// An encounter face to face, which would make the views exchanged there, not on the phone.
const IN_PERSON = /\b(?:met|meets|meeting|received|receives|hosted|visit|visited|visiting|welcomed)\b/i;

/**
 * Whether the views that sentence `at` says were exchanged were exchanged in a phone call: the nearest
 * sentence before it (the headline too) that tells an encounter tells a call by telephone, and the
 * sentence itself tells no encounter face to face.
 */
export function exchangedOnThePhone(doc: Doc, at: number): boolean {
  if (IN_PERSON.test(doc.sentences[at]?.text ?? "")) return false;
  for (let i = at - 1; i >= 0; i--) {
    const text = doc.sentences[i]?.text ?? "";
    if (PHONE_CALL.test(text)) return true;
    if (IN_PERSON.test(text)) return false;
  }
  return false;
}
