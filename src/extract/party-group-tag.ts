/**
 * The tag that European Parliament reports print after a member's name: the political group and the
 * member state's code in brackets, "Anna Velloni (Renew, SE)", "Piotr Dravek (EPP, DE)", "Lucia Ferrandi
 * (S&D, IT)". The code is the member's country; the group is neither a name nor a title.
 */
import { countryOfCode } from "./gazetteer.ts";
import type { Token } from "./text.ts";

// The groups of the European Parliament, past and present, as the tags spell them.
const GROUP = String.raw`EPP|S&D|S\s*&\s*D|Renew(?: Europe)?|ECR|Greens/EFA|Greens|The Left|Left|GUE/NGL|ID|PfE|Patriots|ESN|NI|ALDE|EFDD|ENF|EFD`;
// The member states' codes as the Parliament writes them: ISO 3166 but "EL" for Greece ("UK" before 2020).
const EP_CODES: Record<string, string> = { EL: "GR", UK: "GB" };
const MEMBER_STATES = new Set(
  "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE GB".split(" "),
);
const TAG = new RegExp(String.raw`^\s*\(\s*(?:${GROUP})\s*[,;]\s*([A-Z]{2})\s*\)`);

/**
 * The member's country and the token after the closing bracket, when the tokens from `nameTo` (right
 * after a name) are a group tag "(Group, CC)"; undefined otherwise.
 */
export function partyGroupTag(
  text: string,
  tokens: Token[],
  nameTo: number,
): { country: string; to: number } | undefined {
  if (tokens[nameTo]?.text !== "(") return undefined;
  const open = tokens[nameTo]?.start ?? 0;
  const m = TAG.exec(text.slice(open, open + 40));
  if (!m) return undefined;
  const code = m[1] as string;
  const iso = EP_CODES[code] ?? code;
  const country = MEMBER_STATES.has(iso) ? countryOfCode(iso) : undefined;
  if (!country) return undefined;
  let close = nameTo + 1;
  while (close < tokens.length && tokens[close]?.text !== ")") close++;
  return { country, to: close + 1 };
}
