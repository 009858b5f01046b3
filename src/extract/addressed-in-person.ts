/**
 * Meetings told by words one side addressed to the other in person, with no verb of meeting between
 * them: "X told visiting Speaker Y that ...", "X briefed the visiting delegation headed by Y on ...",
 * "Meeting with Y, X said ...", "Talking to visiting Y, X stressed ...". Xinhua, Yonhap and Gulf
 * agencies tell a courtesy call this way: "visiting" puts the one spoken to in the room, and a
 * participle of meeting or talking opens on the encounter itself.
 *
 * Words said at a distance ("Speaking with Y by phone") or to a crowd ("Speaking to the
 * participants") tie no one.
 */
import type { Doc } from "./document.ts";
import { type Proposal, skeleton } from "./meetings.ts";
import { pairProposal } from "./pair-proposal.ts";
import { speaksOfExchangeAtADistance } from "./said-elsewhere.ts";

// A word of a title or a body before a name, not of a clause ("visiting journalists that Y would
// come" speaks to journalists).
const TITLE_WORD = String.raw`(?!(?:that|who|which|whom|about|would|will|was|is|are|and|to|after|before)\b)[^@,;\s]+`;
// The one spoken to, named after an optional title: "(the) visiting Speaker of the Seimas @m1",
// "the visiting delegation headed by @m1".
const VISITING = String.raw`(?:the |his |her )?visiting (?:${TITLE_WORD} ){0,8}?(?:(?:led|headed) by )?@m(\d+)(?! 's)`;
// "X told / assured / briefed visiting Y": group 1 the speaker, group 2 the one spoken to.
const TOLD_VISITING = new RegExp(
  String.raw`(?:^|[,;:] |^[^@]{0,40}? )@m(\d+)(?: , [^@]{0,90}? ,)? (?:also |on \w+ )?(?:told|assured|informed|briefed|urged|thanked|congratulated|reminded) ${VISITING}`,
);
// "Meeting with Y, X said", "Talking to visiting Y, X stressed": group 1 the one met, group 2 the speaker.
const MEETING_OPENER =
  /^(?:while |when )?(?:meeting(?: with)?|talking (?:to|with)|speaking (?:to|with)|conversing with) (?:the )?(?:visiting )?(?:[^@,;]{0,60}? )?@m(\d+)(?! 's)(?: , [^@]{0,90}? ,)? (?:[^@,]{0,40} )?, (?:[^@]{0,30}? )?@m(\d+)\b/;

/** The meetings told by words addressed to someone in person ("X told visiting Y that ..."). */
export function addressedInPersonMeetings(doc: Doc): Proposal[] {
  const out: Proposal[] = [];
  for (const s of doc.sentences) {
    if (
      s.headline ||
      speaksOfExchangeAtADistance(s.text) ||
      !/visiting|^(?:While |When )?(?:[Mm]eeting|[Tt]alking|[Ss]peaking|[Cc]onversing)\b/.test(s.text)
    )
      continue;
    const sk = skeleton(s);
    const told = TOLD_VISITING.exec(sk);
    const opener = told ? null : MEETING_OPENER.exec(sk);
    const [speakerAt, metAt] = told ? [told[1], told[2]] : opener ? [opener[2], opener[1]] : [];
    const speaker = s.mentions[Number(speakerAt)]?.person;
    const met = s.mentions[Number(metAt)]?.person;
    if (speaker === undefined || met === undefined || speaker === met) continue;
    out.push(pairProposal(s.index, speaker, met, "addressed-in-person"));
  }
  return out;
}
