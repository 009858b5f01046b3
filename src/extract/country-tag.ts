/**
 * A country in brackets right after a name, as lists of speakers, delegates and panellists print it:
 * "Ana Ruiz (Ecuador) and Ravi Koirala (Nepal)", "MP John Hale (UK)". The bracket holds the country
 * alone, in its name or its demonym, and that is the person's country.
 */
import type { Found } from "./gazetteer.ts";
import type { Token } from "./text.ts";

/**
 * The country and the token after the closing bracket, when the tokens from `nameTo` (right after a
 * name) are "(", one country phrase and ")"; undefined otherwise.
 */
export function countryTag(
  tokens: Token[],
  found: Found[],
  nameTo: number,
): { country: string; to: number } | undefined {
  if (tokens[nameTo]?.text !== "(") return undefined;
  const phrase = found.find((f) => f.from === nameTo + 1 && f.entry.kind === "country");
  if (phrase?.entry.kind !== "country" || tokens[phrase.to]?.text !== ")") return undefined;
  return { country: phrase.entry.name, to: phrase.to + 1 };
}
