/**
 * People a report brings in as absent: named first as the sender of something conveyed ("conveyed
 * the greetings of Speaker Y", "handed over a message from Y") or the addressee of what someone is
 * asked to carry ("asked him to pass on her congratulations to Y on his election"), as
 * the far end of a call or a video link ("spoke by telephone with Y", "Y addressed the meeting by
 * video link"), or as the one whose role or contribution was praised ("the role of Speaker Y in
 * strengthening ties was highly appreciated"). What the report then says of them ("In his letter, Y
 * noted", "Y thanked him for the support") is the content of that exchange, not a turn in the talks:
 * such a person is not the head of a delegation the report leaves unnamed, nor its interlocutor.
 */
import type { Doc, Sentence } from "./document.ts";
import { skeleton } from "./meetings.ts";
import { cachedPattern } from "./pattern-cache.ts";

// Things conveyed between people who do not meet.
const CONVEYED =
  "(?:greetings|regards|wishes|message|messages|letter|letters|invitation|invitations|congratulations|condolences|appeal|cable|telegram|video (?:message|address|greeting))";
// Their sender or owner: "the greetings of @m1", "a message from @m1", "@m1 's invitation" (not "at
// the invitation of @m1", which tells whose guest someone is).
const SENDER = cachedPattern(
  (at: string) =>
    new RegExp(
      String.raw`(?<!\b(?:at|on|upon|by) (?:the )?(?:[a-z]+ )?)\b${CONVEYED}\b(?: [^@.;]{0,40}?)? (?:of|from) (?:[^@,;]{0,50}? )?${at}\b|(?<!\b(?:at|on|upon) )${at} ['’]s (?:[\w-]+ ){0,2}?${CONVEYED}\b`,
    ),
);
// Their addressee, when someone is asked to carry them: "asked the Ambassador to convey his
// congratulations to @m1" (greetings conveyed to @m1 directly are conveyed to someone present).
const ADDRESSEE = cachedPattern(
  (at: string) =>
    new RegExp(
      String.raw`\b(?:asked|asking|requested|requesting|invited|urged) (?:[^@.;]{0,40}? )?to (?:convey|pass on|transmit|deliver|forward|extend|send)\b(?: [^@.;]{0,60}?)? to (?:[^@,;]{0,50}? )?${at}\b`,
    ),
);
// "the role of @m1 in ... was appreciated", "the contribution of @m1", "the efforts of @m1": someone
// whose doings are praised.
const PRAISED = cachedPattern(
  (at: string) =>
    new RegExp(
      String.raw`\b(?:role|contribution|contributions|efforts|leadership|personal attention|commitment|vision|merits?) of (?:[^@,;]{0,40}? )?(?:, )?${at}\b`,
    ),
);
// An exchange at a distance: by telephone, by video, online.
const AT_A_DISTANCE =
  /\b(?:tele)?phone\b|\bvideo ?(?:call|conference|link|message|address|greeting)s?\b|\bvideoconference\b|\b(?:via|by) video\b|\bonline (?:meeting|conference|talks|conversation)s?\b/i;

/**
 * The people of an article (local ids) whose first naming in its body brings them in as absent:
 * sender of something conveyed, addressee of something someone is asked to carry, praised for their role, or
 * at the other end of a call or a video link.
 */
export function absentPeople(doc: Doc): Set<number> {
  // Asked by the interlocutor step and by every unnamed delegation's head lookup, after the names are
  // settled: worked out once per article.
  const known = absentMemo.get(doc);
  if (known) return known;
  const out = findAbsent(doc);
  absentMemo.set(doc, out);
  return out;
}
const absentMemo = new WeakMap<Doc, Set<number>>();

function findAbsent(doc: Doc): Set<number> {
  const firstNamed = new Map<number, { s: Sentence; n: number }>();
  for (const s of doc.sentences) {
    if (s.headline) continue;
    for (const [n, m] of s.mentions.entries())
      if (m.kind === "person" && m.person !== undefined && !m.resolved && !firstNamed.has(m.person))
        firstNamed.set(m.person, { s, n });
  }
  const out = new Set<number>();
  for (const [person, { s, n }] of firstNamed) if (broughtInAbsent(s, n)) out.add(person);
  return out;
}

/** Whether mention n of a sentence names someone absent from the scene it reports. */
function broughtInAbsent(s: Sentence, n: number): boolean {
  if (AT_A_DISTANCE.test(s.text)) return true;
  const sk = skeleton(s);
  const at = `@m${n}`;
  return SENDER(at).test(sk) || ADDRESSEE(at).test(sk) || PRAISED(at).test(sk);
}
