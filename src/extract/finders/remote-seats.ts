/**
 * At a meeting held by video, each side takes part from its own seat: "The UAE committee held a virtual
 * meeting with its Ostrian counterpart. Members of the Ostrian committee, headed by Y, participated
 * from the Ostrian Parliament" (or "in the Ostrian Parliament"). Taking part from a place is attending
 * that meeting, not an event held there.
 */

// A meeting by video link: the sentence that told it says so.
const BY_VIDEO = /\b(?:virtual|video|videoconference|video-conference|online|remote|remotely)\b/i;
// Where a side sat: "from the Ostrian Parliament", "in the parliament of Ostria", "from Astana's
// Parliament House" and the sentence ends there.
const FROM_A_SEAT =
  /^ (?:from|in) (?:the )?(?:[\w'’-]+ ){0,3}?(?:parliament|parliament building|parliament house|capital|studio|office|embassy|headquarters)(?: of (?:the )?[\w-]+)? ?[.;]?$/;

/**
 * Whether the words after "participated" (`rest`) name the seat a side took part from, at a
 * meeting by video told in the sentence `meetingText`.
 */
export function fromRemoteSeat(rest: string, meetingText: string): boolean {
  return BY_VIDEO.test(meetingText) && FROM_A_SEAT.test(rest);
}
