/**
 * The calendar's words as the date readers' patterns spell them, defined once so that they agree: the
 * three letters every spelling of a month opens with ("jan" of "Jan.", "January"). A source of regular
 * expressions, to be placed inside a larger pattern.
 */

/** The first three letters of each month's name, as an alternation without a group ("jan|feb|…|dec"). */
export const MONTH_STEMS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
