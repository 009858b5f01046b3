/**
 * Signs that an article passes on someone else's report of a meeting instead of reporting it on the
 * day it was held, so that its publication date says nothing about the meeting's day: a story taken
 * from other media ("Trend reports referring to Uzbek media"), one taken from a foreign ministry,
 * which gathers what its embassies abroad report ("El.kz cites MFA"), and an embassy's own news, told
 * with the ambassador as the lead's subject ("Ambassador of Estoria Dilo Marsek met with ...").
 * Such stories reach the outlet days later as often as the same day.
 */

// The source named after a citing verb is other media or a foreign ministry, not a press service.
const RELAYED_SOURCE =
  /\b(?:referring to|with reference to|citing|cites?|according to)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,2}(?:media|mass media|newspapers?|outlets?|TV|television|news portals?|portals?|MFA|Foreign Ministry|Ministry of Foreign Affairs|[Ee]mbassy)\b/u;

// A lead whose subject is an ambassador: "The Ambassador of X to Y Z met with", "Ambassador Z held talks".
const AMBASSADOR_SUBJECT =
  /^(?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,2}(?:Ambassador|Charg[eé] d['’][Aa]ffaires|Consul(?: General)?)\b[^;]{0,160}?\b(?:met|meets|held|holds|had|paid|pays|visited|visits)\b/u;

/**
 * Whether the article relays another source's report (other media, a foreign ministry) or an
 * embassy's news: the meeting it tells may well be days older than the article. `lead` is the first
 * body sentence, `texts` every body sentence.
 */
export function isRelayedReport(lead: string | undefined, texts: readonly string[]): boolean {
  if (lead && AMBASSADOR_SUBJECT.test(lead.trim())) return true;
  return texts.some((t) => RELAYED_SOURCE.test(t));
}
