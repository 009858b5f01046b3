/**
 * Structured logs with pino: one JSON line per event. Secrets (the bot token) are scrubbed from
 * every message and field before a line is written, wherever they come from (an error message
 * quoting a request URL, say), so that a log file can be shared safely.
 */
import { type DestinationStream, type Logger, type LoggerOptions, pino } from "pino";
import { scrubText } from "./scrub-text.ts";

export type { Logger } from "pino";

/** How to build a logger. */
export interface LoggerSettings {
  level?: LoggerOptions["level"];
  /** Strings that must never appear in a log line (the bot token). */
  secrets?: (string | undefined)[];
  /** Where lines go; standard output by default. */
  destination?: DestinationStream;
}

/** Replaces every secret in a string, or in the strings of an object or array, by "[redacted]". */
export function scrub<T>(value: T, secrets: string[]): T {
  if (!secrets.length) return value;
  if (typeof value === "string") return scrubText(value, secrets) as T;
  // An error's message and stack are not enumerable: serialize it first so they are kept (and scrubbed).
  if (value instanceof Error) return scrub(pino.stdSerializers.err(value), secrets) as T;
  if (Array.isArray(value)) return value.map((v) => scrub(v, secrets)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, secrets)])) as T;
  }
  return value;
}

/** Creates the application logger. */
export function createLogger(settings: LoggerSettings = {}): Logger {
  const secrets = (settings.secrets ?? []).filter((s): s is string => !!s);
  const options: LoggerOptions = {
    level: settings.level ?? "info",
    base: undefined,
    // Errors are serialized (and scrubbed) by the log formatter below; keep what it made.
    serializers: { err: (err: unknown) => (err instanceof Error ? pino.stdSerializers.err(err) : err) },
    formatters: { log: (object) => scrub(object, secrets) },
    hooks: {
      // The message strings; objects (and errors) are scrubbed by the formatter.
      logMethod(args, method) {
        const scrubbed = args.map((a) => (typeof a === "string" ? scrub(a, secrets) : a));
        method.apply(this, scrubbed as Parameters<typeof method>);
      },
    },
  };
  return settings.destination ? pino(options, settings.destination) : pino(options);
}
