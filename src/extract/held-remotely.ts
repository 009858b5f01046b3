/**
 * Talks held at a distance: by video link, by videoconference, online or in a virtual format. The
 * annotated corpus gives such a meeting no place (the dateline's city is where the report was filed,
 * or where one side sat, not where the two met), so the place refiner asks the meeting's sentence.
 */

// "via video link", "by videoconference", "video talks", "in an online format", "a virtual meeting",
// "held online talks", "in the format of a video conference". Not a video shown at a meeting ("watched
// a video on"), nor someone who only spoke "from Warsaw" by video while others met in a room: a
// remote word must qualify the talks, the meeting or the way they were held.
const REMOTE =
  /\b(?:via|by|through|over) (?:a )?video(?:[ -]?(?:link|conference|conferencing|call|communication))?\b|\bvideo[ -]?(?:talks|conference|conferencing|call|meeting|format)s?\b|\bvideoconferenc\w*|\b(?:online|virtual|remote) (?:format|meeting|talks|conversation|conference|session)s?\b|\b(?:held|met|took place|was held|were held) (?:virtually|online|remotely)\b/i;

/** Whether a sentence tells its meeting as held by video link or online rather than face to face. */
export function heldRemotely(sentence: string): boolean {
  return REMOTE.test(sentence);
}
