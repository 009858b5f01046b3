/**
 * The calendar's words as the date readers' patterns spell them, defined once so that they agree: the
 * three letters every spelling of a month opens with ("jan" of "Jan.", "January"), and the English
 * weekdays. Both are sources of regular expressions, to be placed inside a larger pattern.
 */

/** The first three letters of each month's name, as an alternation without a group ("jan|feb|…|dec"). */
export const MONTH_STEMS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";

/** An English weekday, as a group that captures nothing: "(?:sun|mon|tues|wednes|thurs|fri|satur)day". */
export const WEEKDAY = "(?:sun|mon|tues|wednes|thurs|fri|satur)day";
