/**
 * Hiding secrets in text: the one replacement that the logger (src/log.ts) and the redaction of
 * the command's output (src/cli/redact-output.ts) both make. It has no dependencies, so that a
 * command that never logs does not load the logger to scrub its output.
 */

const REDACTED = "[redacted]";

/** Replaces every occurrence of every secret in a text by "[redacted]". */
export function scrubText(text: string, secrets: string[]): string {
  return secrets.reduce((s, secret) => s.split(secret).join(REDACTED), text);
}
