/**
 * Whether the learned pairing amends the rules' meetings when the caller does not say: the
 * environment variable PARLBOT_LEARNED_PAIRING ("1" on, "0" off) decides, for every door onto
 * extraction alike (the CLI, the bot's ingest, the tests).
 */
export function learnedPairingWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PARLBOT_LEARNED_PAIRING === "1";
}
