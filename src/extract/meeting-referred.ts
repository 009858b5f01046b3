/**
 * Meeting nouns a sentence refers to without reporting an encounter: "proposed holding a meeting
 * between A and B", "the possibility of talks between A and B", "recalled the results of the talks
 * between A and B", "the meetings between A and B have given impetus to ties", "a telephone
 * conversation between A and B". The noun finders ("talks between A and B", "the meeting of A and
 * B") read the noun as the report of a meeting; the words around it say it was only wished for,
 * is history the speaker builds on, or was held at a distance.
 */

// Words right before the noun (a few words may stand between: "proposed holding a joint meeting")
// that make it a wish, an offer or a possibility: "proposed holding", "suggested organizing", "the
// possibility of", "the idea of", "a proposal for".
const WISHED_BEFORE =
  /\b(?:(?:proposed|proposes|propose|suggested|suggests|suggest|offered|offers|recommended|recommends)(?: [a-z]+)? (?:holding|organi[sz]ing|arranging|convening|to hold|to organi[sz]e|to arrange|to convene)|(?:possibility|possibilities|prospects?|idea|proposal|feasibility|expediency|advisability) (?:of|for)(?: holding| organi[sz]ing| arranging)?)(?: (?:a|an|the))?(?: [\w'’-]+){0,2}$/i;
// Words right before the noun that make it an earlier meeting whose fruits the sentence speaks of:
// "the results of", "the agreements reached at", "the outcome of", "the decisions taken during".
const FRUITS_BEFORE =
  /\b(?:results?|outcomes?|fruits?|follow-up|implementation|(?:agreements?|arrangements?|understandings?|accords?|decisions?|instructions?) (?:reached|achieved|made|taken|adopted|given|concluded)(?: (?:at|during|in the course of|following|in))?) (?:of )?(?:the |their |his |her )?(?:[\w'’-]+ ){0,2}$/i;
// A telephone or video exchange: the noun right after "telephone", "phone", "video".
const REMOTE_BEFORE = /\b(?:tele)?phone(?: [a-z]+)?$|\bvideo(?: [a-z]+)?$|\bonline(?: [a-z]+)?$/;
// A verb of effect after the noun phrase, with it as subject: "the meetings between A and B have
// given impetus to", "... laid the foundation", "... opened a new chapter" (a relationship).
const EFFECT_AFTER =
  /^(?: ,)?(?: [^@,.;]{0,40}?)? (?:have|has|had)? ?(?:given|gave|give|gives|laid|lay|lays|opened|opens|contributed|contribute|contributes|helped|help|helps|paved|paves|set|sets|served|serves|become|became|becomes|created|create|creates|strengthened|boosted|provided|provides|determined|determine|determines|shape|shaped|shapes)\b/;

/**
 * Whether the meeting noun of a finder's match, with `before` the skeleton up to it and `after` the
 * skeleton after the match, is referred to rather than reported: wished for, earlier and built upon,
 * held by telephone or video, or the subject of a verb of effect.
 */
export function referredNotReported(before: string, after: string): boolean {
  const b = before.trimEnd();
  // A match may or may not have taken the space after it.
  const a = ` ${after.trimStart()}`;
  return WISHED_BEFORE.test(b) || FRUITS_BEFORE.test(b) || REMOTE_BEFORE.test(b) || EFFECT_AFTER.test(a);
}
