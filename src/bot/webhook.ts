/**
 * Webhook mode: an HTTP server (node:http) receives updates that Telegram POSTs to WEBHOOK_URL.
 * Only requests carrying the secret token header (X-Telegram-Bot-Api-Secret-Token) are handled;
 * others get 401 and nothing is done. A body over {@link MAX_UPDATE_BYTES} gets 413 (Telegram's
 * updates are a few KB), so a caller cannot make the bot hold a huge body in memory.
 * GET or HEAD /health answers 200 for load balancers and monitors.
 */
import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type Bot, BotError, webhookCallback } from "grammy";
import type { BotCommand, Update } from "grammy/types";
import type { Logger } from "../log.ts";
import type { ParlbotContext } from "./context.ts";
import { ALLOWED_UPDATES } from "./polling.ts";
import { apiTimeout, prepareBot, type RunningBot } from "./startup.ts";

/** Where and how to receive updates. */
export interface WebhookSettings {
  /** The public URL Telegram POSTs to; its path is the one the server answers on. */
  url: string;
  secret: string;
  port: number;
  host?: string;
  /** How long setWebhook may take (ms); default 15 s. */
  timeoutMs?: number;
}

/** A running webhook server; `port` is the one it listens on (useful with port 0). */
export interface RunningWebhook extends RunningBot {
  port: number;
}

/** The largest update body accepted, in bytes: far above any Telegram update. */
export const MAX_UPDATE_BYTES = 1024 * 1024;

/** A request body over the limit. */
class TooLarge extends Error {}

/** Reads a request body, up to `limit` bytes; throws {@link TooLarge} beyond it. */
async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  if (Number(req.headers["content-length"]) > limit) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).byteLength;
    if (size > limit) throw new TooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Whether the request carries the secret, compared in constant time. */
function hasSecret(req: IncomingMessage, secret: string): boolean {
  const given = Buffer.from(String(req.headers["x-telegram-bot-api-secret-token"] ?? ""));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Starts the webhook server and tells Telegram where to send updates. When Telegram refuses the
 * webhook the server is closed again and the error thrown, so the process exits (non-zero) rather
 * than answer /health while receiving nothing.
 */
export async function startWebhook(
  bot: Bot<ParlbotContext>,
  settings: WebhookSettings,
  commands: BotCommand[],
  log: Logger,
): Promise<RunningWebhook> {
  await prepareBot(bot, commands, log, settings.timeoutMs);
  const path = new URL(settings.url).pathname;
  // The body is read here, within the limit; grammY gets the parsed update and checks the secret too.
  const handleUpdate = webhookCallback(
    bot,
    (update: Update, header: string | undefined, res: ServerResponse) => ({
      update,
      header,
      end: () => res.end(),
      respond: (json: string) => res.writeHead(200, { "content-type": "application/json" }).end(json),
      unauthorized: () => res.writeHead(401).end(),
    }),
    { secretToken: settings.secret, onTimeout: "return", timeoutMilliseconds: 50_000 },
  );

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    if ((req.method === "GET" || req.method === "HEAD") && url.pathname === "/health") {
      res.writeHead(200, { "content-type": "text/plain" }).end(req.method === "GET" ? "ok\n" : undefined);
      return;
    }
    if (url.pathname !== path) {
      res.writeHead(404).end();
      return;
    }
    if (req.method !== "POST") {
      res.writeHead(405, { allow: "POST" }).end();
      return;
    }
    // Without the secret nothing is read: 401 at once.
    if (!hasSecret(req, settings.secret)) {
      res.writeHead(401, { connection: "close" }).end();
      return;
    }
    let update: Update;
    try {
      update = JSON.parse(await readBody(req, MAX_UPDATE_BYTES)) as Update;
    } catch (err) {
      // Too large: answer and close the connection rather than read the rest.
      if (err instanceof TooLarge) res.writeHead(413, { connection: "close" }).end();
      else {
        log.warn({ err }, "bad webhook request");
        res.writeHead(400).end();
      }
      return;
    }
    try {
      const header = req.headers["x-telegram-bot-api-secret-token"];
      await handleUpdate(update, typeof header === "string" ? header : undefined, res);
    } catch (err) {
      // A handler error is the bot's to log; answering 200 stops Telegram redelivering an update
      // that fails every time.
      if (err instanceof BotError) await bot.errorHandler(err);
      else log.warn({ err }, "webhook update failed");
      if (!res.headersSent) res.writeHead(200);
    } finally {
      if (!res.writableEnded) res.end();
    }
  }

  const server = createServer((req, res) => void onRequest(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject).listen(settings.port, settings.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  try {
    await bot.api.setWebhook(
      settings.url,
      { secret_token: settings.secret, allowed_updates: [...ALLOWED_UPDATES] },
      apiTimeout(settings.timeoutMs),
    );
  } catch (err) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw new Error(`Telegram refused the webhook ${settings.url}: ${(err as Error).message}`);
  }
  log.info({ port, path }, "webhook server started");
  return {
    port,
    async stop() {
      // close() stops accepting connections and waits for the requests (updates) in flight.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      log.info("webhook server stopped");
    },
  };
}
