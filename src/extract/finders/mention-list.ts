/**
 * The short list of mentions that the finders of people told at a meeting after the fact read in a
 * sentence's skeleton (see meetings.ts): "the delegation included @m1 and @m2", "accompanied by @m1 ,
 * @m2 , as well as @m3", "was chaired by @m1 and deputy @m2". It is the plain form of `LIST` in
 * meetings.ts, whose items may also carry a country in brackets, a role before a semicolon or a plural
 * title: those follow a verb of meeting, in the long lists of whom one met.
 */

/** One mention in a skeleton: "@m" and its number. */
export const M = String.raw`@m\d+`;

/**
 * Mentions joined by commas, "and", "as well as" or "along with", each after the first maybe with one
 * lower-case word before it ("and deputy @m2").
 */
export const MENTION_LIST = `${M}(?:(?: ,| and| , and| as well as| , as well as| along with| , along with)(?: [a-z]+)? ${M})*`;

/** The numbers of the mentions a skeleton's list names, in order ("@m1 and @m3": 1, 3); none for none. */
export function mentionNumbers(list: string | undefined): number[] {
  return [...(list ?? "").matchAll(/@m(\d+)/g)].map((x) => Number(x[1]));
}
