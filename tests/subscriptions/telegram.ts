/**
 * telegram-test-api on 127.0.0.1 for tests: a Bot API server the bot talks to over HTTP, and a
 * client side to send user messages and read what the bot sent.
 */
import { createServer } from "node:net";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";

/** A running test Telegram. */
export interface TestTelegram {
  server: TelegramServer;
  /** grammY's apiRoot. */
  apiRoot: string;
  /** Messages the bot sent to a chat, oldest first. */
  sentTo(chatId: number): { text: string; reply_markup?: unknown }[];
  /** Every message the bot sent. */
  sent(): { chat_id: number | string; text: string }[];
  close(): Promise<void>;
}

/** A free TCP port on 127.0.0.1 (telegram-test-api takes 0 to mean its default, 9000). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts telegram-test-api; messages are kept for 10 minutes so none vanish mid-test. */
export async function startTelegram(): Promise<TestTelegram> {
  const port = await freePort();
  const server = new TelegramServer({ port, host: "127.0.0.1", storeTimeout: 600 });
  await server.start();
  const sent = () =>
    server.storage.botMessages.map((m) => m.message as unknown as { chat_id: number | string; text: string });
  return {
    server,
    apiRoot: server.config.apiURL,
    sent,
    sentTo: (chatId) =>
      server.storage.botMessages
        .filter((m) => String(m.message.chat_id) === String(chatId))
        .map((m) => m.message as unknown as { text: string; reply_markup?: unknown }),
    close: async () => {
      await server.stop();
    },
  };
}

/** Polls `check` until it returns true or `timeoutMs` passes (then throws with `what`). */
export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
