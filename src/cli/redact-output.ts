/**
 * The last line of defence for secrets: everything the program writes to standard output and
 * standard error (console lines, error messages that quote a Bot API request path with the token
 * in it, an unexpected crash) has the bot token and the webhook secret replaced by "[redacted]".
 * The JSON logs are scrubbed by the logger already (src/log.ts); this covers every other path.
 */
// Not the logger's scrub: that loads pino, which a command such as `ask` has no other use for.
import { scrubText } from "../scrub-text.ts";

/** The environment variables whose values must never be printed. */
const SECRET_VARIABLES = ["TELEGRAM_BOT_TOKEN", "WEBHOOK_SECRET"] as const;

/**
 * The secrets to hide, read at each write because `.env` is loaded after start-up. A secret also
 * appears URL-encoded (the token's colon as %3A) in request URLs.
 */
function currentSecrets(env: NodeJS.ProcessEnv): string[] {
  const values = SECRET_VARIABLES.map((name) => env[name]?.trim()).filter(
    (v): v is string => !!v && v.length >= 6,
  );
  return [...new Set(values.flatMap((v) => [v, encodeURIComponent(v)]))];
}

/** Wraps a stream's write so that every chunk written through it is scrubbed. */
function redactStream(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): void {
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    const secrets = currentSecrets(env);
    if (secrets.length && (typeof chunk === "string" || chunk instanceof Uint8Array)) {
      const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
      return write(scrubText(text, secrets), ...rest);
    }
    return write(chunk, ...rest);
  }) as NodeJS.WriteStream["write"];
}

/**
 * Scrubs secrets from all of standard output and standard error, and turns an uncaught error into
 * one scrubbed line (no stack) and exit code 1. Call once, first thing in the command.
 */
export function redactProcessOutput(env: NodeJS.ProcessEnv = process.env): void {
  redactStream(process.stdout, env);
  redactStream(process.stderr, env);
  const crash = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`parlbot: unexpected error: ${message.split("\n")[0]}\n`);
    process.exit(1);
  };
  process.on("uncaughtException", crash).on("unhandledRejection", crash);
}
