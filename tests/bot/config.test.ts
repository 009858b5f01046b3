/** Configuration: defaults, one clear message per bad variable, secrets never repeated; the log scrubber. */
import { readFileSync } from "node:fs";
import { parse } from "dotenv";
import { describe, expect, it } from "vitest";
import { CONFIG_VARIABLES, ConfigError, parseConfig, parseDuration } from "../../src/config.ts";
import { scrub } from "../../src/log.ts";
import { memoryLogger, TOKEN } from "./helpers.ts";

/** The problems parseConfig reports for an environment (none: an empty list). */
function problems(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}

describe("parseConfig", () => {
  it("has defaults for everything (no token: the terminal chat)", () => {
    const config = parseConfig({});
    expect(config.telegramBotToken).toBeUndefined();
    expect(config.telegramApiRoot).toBe("https://api.telegram.org");
    // Everything the bot writes is under the ignored data/live/; the committed base is only read.
    expect(config.factsPath).toBe("data/live/facts.json");
    expect(config.baseFactsPath).toBe("data/facts.json");
    expect(config.port).toBe(8080);
    expect(config.databasePath).toBe("data/live/parlbot.sqlite");
    expect(config.inboxDir).toBe("data/live/inbox");
    expect(config.telegramTimeoutMs).toBe(15_000);
    expect(config.feedUrls).toEqual([]);
    expect(config.feedIntervalMs).toBe(15 * 60_000);
    expect(config.adminChatIds).toEqual([]);
  });

  it("reads and types every variable", () => {
    const config = parseConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081/",
      LOG_LEVEL: "debug",
      WEBHOOK_URL: "https://bot.example.org/hook",
      WEBHOOK_SECRET: "abc_DEF-123",
      PORT: "0",
      FEED_URLS: "https://a.example/rss, http://b.example/atom.xml",
      FEED_INTERVAL: "30s",
      ADMIN_CHAT_IDS: "12345, -100987",
    });
    expect(config).toMatchObject({
      telegramBotToken: TOKEN,
      telegramApiRoot: "http://127.0.0.1:8081",
      logLevel: "debug",
      webhookUrl: "https://bot.example.org/hook",
      webhookSecret: "abc_DEF-123",
      port: 0,
      feedUrls: ["https://a.example/rss", "http://b.example/atom.xml"],
      feedIntervalMs: 30_000,
      adminChatIds: [12345, -100987],
    });
  });

  it("treats an empty value as unset", () => {
    expect(parseConfig({ TELEGRAM_BOT_TOKEN: "", WEBHOOK_URL: " ", PORT: "" }).port).toBe(8080);
  });

  it("gives one message per bad variable, naming it and what it must be", () => {
    const found = problems({
      TELEGRAM_API_ROOT: "ftp://x",
      LOG_LEVEL: "loud",
      PORT: "99999",
      FEED_URLS: "https://ok.example/rss,not a url",
      FEED_INTERVAL: "soon",
      ADMIN_CHAT_IDS: "1,abc",
    });
    expect(found).toHaveLength(6);
    for (const [name, hint] of [
      ["TELEGRAM_API_ROOT", /http\(s\) URL.*"ftp:\/\/x"/],
      ["LOG_LEVEL", /one of .*"loud"/],
      ["PORT", /port number.*"99999"/],
      ["FEED_URLS", /http\(s\) URL.*"not a url"/],
      ["FEED_INTERVAL", /duration.*"soon"/],
      ["ADMIN_CHAT_IDS", /chat ids.*"abc"/],
    ] as const) {
      expect(found.filter((p) => p.startsWith(`${name} `))).toEqual([expect.stringMatching(hint)]);
    }
  });

  it("requires a secret and a token with a webhook, even when other variables are bad too", () => {
    const found = problems({ WEBHOOK_URL: "https://bot.example.org/hook", PORT: "x" });
    expect(found.map((p) => p.split(" ")[0]).sort()).toEqual([
      "PORT",
      "TELEGRAM_BOT_TOKEN",
      "WEBHOOK_SECRET",
    ]);
  });

  it("never repeats a secret in a message", () => {
    const found = problems({ TELEGRAM_BOT_TOKEN: "SECRET-value", WEBHOOK_SECRET: "bad secret!" });
    expect(found).toHaveLength(2);
    expect(found.join("\n")).not.toMatch(/SECRET-value|bad secret/);
  });
});

describe("parseDuration", () => {
  it("reads ms, s, m and h, and nothing else", () => {
    expect([parseDuration("500ms"), parseDuration("30s"), parseDuration("15m"), parseDuration("2h")]).toEqual(
      [500, 30_000, 900_000, 7_200_000],
    );
    expect(parseDuration("15")).toBeUndefined();
    expect(parseDuration("m15")).toBeUndefined();
  });
});

describe(".env.example", () => {
  const example = parse(readFileSync(new URL("../../.env.example", import.meta.url)));

  it("documents every variable and is itself a valid configuration", () => {
    expect(Object.keys(example).sort()).toEqual([...CONFIG_VARIABLES].sort());
    expect(() => parseConfig(example)).not.toThrow();
  });
});

describe("logs", () => {
  it("scrub the token from messages, fields and errors", () => {
    const { log, lines } = memoryLogger();
    log.info({ url: `https://api.telegram.org/bot${TOKEN}/getMe` }, `calling with ${TOKEN}`);
    log.error({ err: new Error(`request to /bot${TOKEN}/sendMessage failed`) }, "failed");
    const text = JSON.stringify(lines());
    expect(text).not.toContain(TOKEN);
    expect(text).toContain("[redacted]");
    expect(lines()[1]?.err).toMatchObject({
      type: "Error",
      message: "request to /bot[redacted]/sendMessage failed",
    });
  });

  it("scrub leaves values without secrets alone", () => {
    expect(scrub({ a: [1, "x"], b: null }, ["s"])).toEqual({ a: [1, "x"], b: null });
  });
});
