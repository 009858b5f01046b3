/**
 * Meetings a sentence names only to say they did not take place: "X's meeting with Y was postponed",
 * "the talks between X and Y were called off". The noun finders read "X's meeting with Y" and "talks
 * between X and Y" as reports of an encounter; the verb after them says there was none.
 */

// The past participles that call something off: "postponed", "called off".
const CALLED_OFF_VERB = "(?:postponed|cancell?ed|called off|put off|scrapped|suspended)";

// A meeting noun, what follows it up to the verb (no clause break, but maybe one aside between commas),
// then a passive verb of calling off ("was postponed") or a verb that says it did not happen: "A meeting
// with Y, requested by the delegation, could not take place" (the commas of such an aside are let through
// up to the verb; the aside's people are not the meeting's).
const CALLED_OFF = new RegExp(
  String.raw`(?:(@m\d+) 's )?(?:[\w'’-]+ ){0,3}?(?:meeting|meetings|talks|negotiations|visit|consultations|reception)\b([^;.,]{0,120}?)(?:, [^;.,]{1,60},)? (?:(?:was|were|has been|have been|had been|will be|is being|are being) (?:[a-z]+ly )?${CALLED_OFF_VERB}|(?:was|were) not held|(?:could not|did not|didn't|failed to|was unable to|were unable to|has not|have not|will not|cannot) (?:take(?:n)? place|happen|go ahead|materiali[sz]e))\b`,
  "g",
);

/**
 * The mention numbers named in the sentence's called-off meetings (its owner and the people after its
 * noun), read from the sentence's skeleton (see meetings.ts).
 */
export function calledOffMentions(sk: string): Set<number> {
  const out = new Set<number>();
  if (
    !/postpon|cancel|called off|put off|scrapped|suspended|not held|take place|taken place|happen|go ahead|materiali/.test(
      sk,
    )
  )
    return out;
  for (const m of sk.matchAll(CALLED_OFF)) {
    if (m[1]) out.add(Number(m[1].slice(2)));
    for (const x of (m[2] ?? "").matchAll(/@m(\d+)/g)) out.add(Number(x[1]));
  }
  return out;
}

/**
 * Whether a meeting of `people` and unnamed `sides` is one the sentence calls off, given the people and
 * the countries of the unnamed sides its called-off meetings name ("a planned meeting with the President
 * of Veldania could not take place"): at least one of them is named there and at most one (a subject
 * that tells of it) is not.
 */
export function isCalledOff(
  people: number[],
  calledOff: Set<number>,
  sides: readonly { country: string }[] = [],
  calledOffSides: Set<string> = new Set(),
): boolean {
  const named =
    people.filter((p) => calledOff.has(p)).length + sides.filter((x) => calledOffSides.has(x.country)).length;
  return named > 0 && people.length + sides.length - named <= 1;
}

// The nouns of a trip: "visit", "study tour", "mission".
const TRIP_NOUN = "(?:visit|trip|tour|travel|journey|mission)";
// A trip said not to take place, in either order: "the visit ... has been postponed", "has called off
// a study tour of China", "cancelled his trip to Ostria".
const TRIP_CALLED_OFF = new RegExp(
  String.raw`\b${TRIP_NOUN}\b[^.;]{0,160}?\b(?:was|were|has been|have been|had been|is being|are being)\s+(?:[a-z]+ly\s+)?${CALLED_OFF_VERB}\b|\b${CALLED_OFF_VERB}\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,4}?${TRIP_NOUN}\b`,
  "i",
);
// A plan told in the past, which a trip called off leaves undone: "It was expected that the delegation
// would hold talks with Y", "where they were to meet Y", "were scheduled to meet Y".
const PAST_PLAN =
  /\b(?:was|were)\s+(?:also\s+)?(?:expected|scheduled|due|set|supposed|planned|slated|to)\b|\bwould\s+(?:also\s+)?(?:meet|hold|have|be received)\b/i;

/**
 * Whether the sentence `text` tells a meeting as a plan of the past ("would hold talks with Y", "were to
 * meet Y"): in an article that says the trip was called off, that meeting did not take place.
 */
export function tellsPastPlan(text: string): boolean {
  return PAST_PLAN.test(text);
}

/** Whether a sentence says a trip was called off: its place is not where anyone met. */
export function tellsTripCalledOff(text: string): boolean {
  return TRIP_CALLED_OFF.test(text);
}
