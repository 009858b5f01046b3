/**
 * Configuration from the environment (and `.env`, read with dotenv), validated with zod so that a
 * bad setting stops the program at start with one clear line per variable instead of failing later.
 * Every variable is documented in `.env.example`.
 */
import { config as loadDotenv } from "dotenv";
import { z } from "zod";

import { COMMITTED_FACTS_PATH, LIVE_DIR, LIVE_FACTS_PATH } from "./facts/paths.ts";

/** Log levels pino understands. */
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** The validated configuration of parlbot. */
export interface Config {
  /** Unset means: no Telegram, run the terminal chat. */
  telegramBotToken?: string;
  /** The Bot API server (Telegram's, or a self-hosted one). No trailing slash. */
  telegramApiRoot: string;
  /** How long a start-up call to the Bot API (getMe, setWebhook) may take, in milliseconds. */
  telegramTimeoutMs: number;
  /** The live fact base the bot answers from and ingests into. */
  factsPath: string;
  /** The committed fact base the live one is created from (and rebuilt from when re-extracted). */
  baseFactsPath: string;
  /** Unset means: the mode's own default (info for the bot, warn for the terminal chat). */
  logLevel?: (typeof LOG_LEVELS)[number];
  /** Set means webhook mode: Telegram POSTs updates to this URL. */
  webhookUrl?: string;
  webhookSecret?: string;
  /** Where the webhook server listens (0 picks a free port). */
  port: number;
  databasePath: string;
  inboxDir: string;
  feedUrls: string[];
  /** How often feeds are polled, in milliseconds. */
  feedIntervalMs: number;
  adminChatIds: number[];
  /** Messages per second the notification sender may send overall; 0 switches pacing off. */
  sendRate: number;
  /** Whether fetches may reach loopback and private addresses (FETCH_ALLOW_PRIVATE=1: tests only). */
  fetchAllowPrivate: boolean;
}

/** Configuration that could not be used: one message per bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** An empty value in `.env` (`WEBHOOK_URL=`) means "not set", as people expect. */
const optionalText = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z.string().trim().optional(),
);

const httpUrl = (example: string) =>
  z.url({ protocol: /^https?$/, error: `must be an http(s) URL, e.g. ${example}` });

const DURATION = /^(\d+)\s*(ms|s|m|h)$/i;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Parses "15m", "30s", "1h" or "500ms" to milliseconds. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION.exec(text.trim());
  if (!match?.[1] || !match[2]) return undefined;
  return Number(match[1]) * (UNIT_MS[match[2].toLowerCase()] ?? Number.NaN);
}

/** Splits a comma-separated list, dropping blanks. */
function list(text: string | undefined): string[] {
  return (text ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A duration variable ("15m"), in milliseconds, of at least `minMs`. */
function duration(fallback: string, minMs: number, error: string) {
  return optionalText.pipe(
    z
      .string()
      .default(fallback)
      .transform((text, ctx) => {
        const ms = parseDuration(text);
        if (ms === undefined || ms < minMs) {
          ctx.addIssue({ code: "custom", message: error });
          return z.NEVER;
        }
        return ms;
      }),
  );
}

const schema = z.object({
  // The token's value is never echoed in an error: it is a secret.
  TELEGRAM_BOT_TOKEN: optionalText.pipe(
    z
      .string()
      .regex(/^\d+:[\w-]+$/, { error: 'must look like "123456789:AAE..." (digits, a colon, then letters)' })
      .optional(),
  ),
  TELEGRAM_API_ROOT: optionalText.pipe(
    httpUrl("https://api.telegram.org").default("https://api.telegram.org"),
  ),
  FACTS_PATH: optionalText.pipe(z.string().default(LIVE_FACTS_PATH)),
  BASE_FACTS_PATH: optionalText.pipe(z.string().default(COMMITTED_FACTS_PATH)),
  LOG_LEVEL: optionalText.pipe(
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).optional(),
  ),
  WEBHOOK_URL: optionalText.pipe(httpUrl("https://bot.example.org/telegram").optional()),
  WEBHOOK_SECRET: optionalText.pipe(
    z
      .string()
      .regex(/^[\w-]{1,256}$/, { error: "must be 1-256 characters of A-Z, a-z, 0-9, _ and -" })
      .optional(),
  ),
  PORT: optionalText.pipe(
    z
      .string()
      .default("8080")
      .refine((text) => /^\d{1,5}$/.test(text) && Number(text) <= 65535, {
        error: "must be a port number (0-65535)",
      })
      .transform(Number),
  ),
  DATABASE_PATH: optionalText.pipe(z.string().default(`${LIVE_DIR}/parlbot.sqlite`)),
  INBOX_DIR: optionalText.pipe(z.string().default(`${LIVE_DIR}/inbox`)),
  FEED_URLS: optionalText.pipe(
    z
      .string()
      .optional()
      .transform(list)
      .pipe(z.array(httpUrl("https://example.org/feed.xml")).transform((urls) => urls.map(String))),
  ),
  FEED_INTERVAL: duration("15m", 1000, 'must be a duration of at least 1s, e.g. "15m", "30s", "1h"'),
  TELEGRAM_TIMEOUT: duration("15s", 100, 'must be a duration, e.g. "15s" or "1m"'),
  ADMIN_CHAT_IDS: optionalText.pipe(
    z
      .string()
      .optional()
      .transform(list)
      .pipe(
        z.array(
          z
            .string()
            .regex(/^-?\d+$/, { error: "must be comma-separated chat ids (integers), e.g. 12345,-100987" })
            .transform(Number),
        ),
      ),
  ),
  FETCH_ALLOW_PRIVATE: optionalText.pipe(
    z
      .enum(["0", "1"], { error: "must be 1 (allow fetching private addresses) or 0 / unset (refuse them)" })
      .optional()
      .transform((value) => value === "1"),
  ),
  SEND_RATE: optionalText.pipe(
    z
      .string()
      .default("30")
      .refine((text) => /^\d+(\.\d+)?$/.test(text), {
        error: "must be a number of messages per second (0 switches pacing off), e.g. 30",
      })
      .transform(Number),
  ),
});

/** Every variable parlbot reads (each documented in .env.example). */
export const CONFIG_VARIABLES = Object.keys(schema.shape);

/** Variables whose values are secrets: never repeated in an error message. */
const SECRET_VARIABLES = new Set(["TELEGRAM_BOT_TOKEN", "WEBHOOK_SECRET"]);

/** Rules that tie variables together, checked on the raw values so they show even when others fail. */
function crossChecks(env: Record<string, string | undefined>): [string, string][] {
  const isSet = (name: string) => !!env[name]?.trim();
  const problems: [string, string][] = [];
  if (isSet("WEBHOOK_URL") && !isSet("WEBHOOK_SECRET")) {
    problems.push([
      "WEBHOOK_SECRET",
      "must be set when WEBHOOK_URL is set (it proves that an update comes from Telegram)",
    ]);
  }
  if (isSet("WEBHOOK_URL") && !isSet("TELEGRAM_BOT_TOKEN")) {
    problems.push(["TELEGRAM_BOT_TOKEN", "must be set when WEBHOOK_URL is set"]);
  }
  return problems;
}

/**
 * Validates configuration variables. Throws a {@link ConfigError} that lists every bad variable
 * (one line each, naming the variable and what it must be) when any is missing or malformed.
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = schema.safeParse(env);
  const problems = new Map<string, string>();
  for (const issue of result.error?.issues ?? []) {
    const name = String(issue.path[0] ?? "configuration");
    if (problems.has(name)) continue;
    const item = typeof issue.path[1] === "number" ? list(env[name])[issue.path[1]] : env[name]?.trim();
    const got = SECRET_VARIABLES.has(name) || item === undefined ? "" : ` (got "${item}")`;
    problems.set(name, `${name} ${issue.message}${got}`);
  }
  for (const [name, message] of crossChecks(env)) {
    if (!problems.has(name)) problems.set(name, `${name} ${message}`);
  }
  if (!result.success || problems.size) throw new ConfigError([...problems.values()]);
  const e = result.data;
  return {
    telegramBotToken: e.TELEGRAM_BOT_TOKEN,
    telegramApiRoot: e.TELEGRAM_API_ROOT.replace(/\/+$/, ""),
    telegramTimeoutMs: e.TELEGRAM_TIMEOUT,
    factsPath: e.FACTS_PATH,
    baseFactsPath: e.BASE_FACTS_PATH,
    logLevel: e.LOG_LEVEL,
    webhookUrl: e.WEBHOOK_URL,
    webhookSecret: e.WEBHOOK_SECRET,
    port: e.PORT,
    databasePath: e.DATABASE_PATH,
    inboxDir: e.INBOX_DIR,
    feedUrls: e.FEED_URLS,
    feedIntervalMs: e.FEED_INTERVAL,
    adminChatIds: e.ADMIN_CHAT_IDS,
    sendRate: e.SEND_RATE,
    fetchAllowPrivate: e.FETCH_ALLOW_PRIVATE,
  };
}

/**
 * Reads `.env` (if there is one; variables already in the environment win) and validates the
 * result. Throws a {@link ConfigError} as {@link parseConfig} does.
 */
export function loadConfig(path = ".env"): Config {
  loadDotenv({ path, quiet: true });
  return parseConfig(process.env);
}
