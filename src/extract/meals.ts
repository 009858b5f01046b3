/**
 * The words of a meal or a reception, which news prose tells as an encounter when it is "with" or "for"
 * someone ("a working breakfast with X", "gave a dinner in honour of Y", "After a luncheon hosted by
 * Z, ..."), and at whose table those "who attended" sat. One list, for every finder that reads them.
 */

/** A meal or a reception, as a pattern source: "luncheon", "dinner", "reception". */
export const MEAL = "(?:luncheon|lunch|dinner|breakfast|banquet|reception)";
