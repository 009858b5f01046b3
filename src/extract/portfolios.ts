/**
 * A minister's portfolio: "Foreign Minister", "Minister of Energy and Mines". Two ministers of one
 * country are two people when their titles name portfolios with nothing in common: "the Minister of
 * Energy" told after a meeting with the Foreign Minister is someone else, not the same minister again.
 */

// The portfolios a minister's title names, in the words news prose uses for them.
const PORTFOLIO =
  /\b(?:foreign|defen[cs]e|energy|finance|economy|economic|trade|agriculture|health|education|culture|justice|interior|transport|tourism|labou?r|industry|environment|digital|science|sports?|emergency|emergencies|investment|communications)\b/gi;

const portfoliosOf = (title: string) =>
  new Set([...title.toLowerCase().matchAll(PORTFOLIO)].map((m) => m[0]));

/**
 * Whether two ministers' titles name portfolios with nothing in common ("Minister of Energy" and
 * "Foreign Minister"); a title that names none ("the Norwegian Minister") may be either.
 */
export function otherPortfolio(title: string, other: string): boolean {
  const a = portfoliosOf(title);
  const b = portfoliosOf(other);
  return a.size > 0 && b.size > 0 && ![...b].some((w) => a.has(w));
}
