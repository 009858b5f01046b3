/**
 * Webhook mode: an HTTP server (node:http) receives updates that Telegram POSTs to WEBHOOK_URL.
 * Only requests carrying the secret token header (X-Telegram-Bot-Api-Secret-Token) are handled;
 * others get 401 and nothing is done. GET /health answers 200 for load balancers and monitors.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type Bot, BotError, webhookCallback } from "grammy";
import type { BotCommand } from "grammy/types";
import type { Logger } from "../log.ts";
import type { ParlbotContext } from "./context.ts";
import { ALLOWED_UPDATES } from "./polling.ts";
import { prepareBot, type RunningBot } from "./startup.ts";

/** Where and how to receive updates. */
export interface WebhookSettings {
  /** The public URL Telegram POSTs to; its path is the one the server answers on. */
  url: string;
  secret: string;
  port: number;
  host?: string;
}

/** A running webhook server; `port` is the one it listens on (useful with port 0). */
export interface RunningWebhook extends RunningBot {
  port: number;
}

/** Starts the webhook server and tells Telegram where to send updates. */
export async function startWebhook(
  bot: Bot<ParlbotContext>,
  settings: WebhookSettings,
  commands: BotCommand[],
  log: Logger,
): Promise<RunningWebhook> {
  await prepareBot(bot, commands, log);
  const path = new URL(settings.url).pathname;
  // grammY checks the secret header (timing-safe) and answers 401 without reading the update.
  const handleUpdate = webhookCallback(bot, "http", {
    secretToken: settings.secret,
    onTimeout: "return",
    timeoutMilliseconds: 50_000,
  });

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method === "GET" && url.pathname === "/health") {
      res.writeHead(200, { "content-type": "text/plain" }).end("ok\n");
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
    try {
      await handleUpdate(req, res);
    } catch (err) {
      // A handler error is the bot's to log; answering 200 stops Telegram redelivering an update
      // that fails every time. A body that is not JSON is the sender's fault: 400.
      if (err instanceof BotError) await bot.errorHandler(err);
      else log.warn({ err }, "bad webhook request");
      if (!res.headersSent) res.writeHead(err instanceof BotError ? 200 : 400);
    } finally {
      if (!res.writableEnded) res.end();
    }
  }

  const server = createServer((req, res) => void onRequest(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject).listen(settings.port, settings.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  await bot.api.setWebhook(settings.url, {
    secret_token: settings.secret,
    allowed_updates: [...ALLOWED_UPDATES],
  });
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
