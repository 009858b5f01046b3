/**
 * Webhook mode: updates POSTed to the bot's HTTP server with the secret token header are answered
 * (the reply goes to the emulated Bot API); without the header or with a wrong one: 401, nothing
 * handled. The updates are POSTed by the test because the emulator does not send the header.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/index.ts";
import { type RunningWebhook, startWebhook } from "../../src/bot/webhook.ts";
import { Answerer } from "../../src/query/index.ts";
import {
  memoryLogger,
  sentTo,
  startTestApi,
  type TestApi,
  TOKEN,
  testFacts,
  waitForMessages,
} from "./helpers.ts";

const SECRET = "s3cret_webhook-token";
const PUBLIC_URL = "https://bot.example.org/telegram/updates";
const answerer = new Answerer(testFacts(2));
const logs = memoryLogger();
let api: TestApi;
let webhook: RunningWebhook;
let base: string;
let updateId = 1;

function update(chatId: number, text: string) {
  return {
    update_id: updateId++,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: "private", first_name: "Web" },
      from: { id: chatId, is_bot: false, first_name: "Web" },
      text,
    },
  };
}

function post(body: unknown, secret?: string) {
  return fetch(`${base}/telegram/updates`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}),
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

beforeAll(async () => {
  api = await startTestApi();
  const bot = createBot({ token: TOKEN, apiRoot: api.apiRoot, answerer, log: logs.log });
  webhook = await startWebhook(
    bot,
    { url: PUBLIC_URL, secret: SECRET, port: 0, host: "127.0.0.1" },
    [],
    logs.log,
  );
  base = `http://127.0.0.1:${webhook.port}`;
});

afterAll(async () => {
  await api?.stop();
});

describe("webhook mode", () => {
  it("registers the webhook with its secret at start", () => {
    const hooks = (
      api.server as unknown as { webhooks: Record<string, { url: string; secret_token?: string }> }
    ).webhooks;
    expect(hooks[TOKEN]?.url).toBe(PUBLIC_URL);
    expect(hooks[TOKEN]?.secret_token).toBe(SECRET);
  });

  it("answers an update POSTed with the right secret", async () => {
    const res = await post(update(801, "who met Koshanov?"), SECRET);
    expect(res.status).toBe(200);
    const [reply] = await waitForMessages(api, 801, 1);
    expect(reply?.text).toBe(answerer.answer("who met Koshanov?").html);
  });

  it("rejects an update without the secret or with a wrong one, and handles nothing", async () => {
    expect((await post(update(802, "who met Koshanov?"))).status).toBe(401);
    expect((await post(update(802, "who met Koshanov?"), "wrong-secret")).status).toBe(401);
    expect(sentTo(api, 802)).toHaveLength(0);
    expect(logs.lines().filter((l) => l.msg === "update" && l.chatId === 802)).toHaveLength(0);
  });

  it("answers 400 to a body that is not JSON, and goes on", async () => {
    expect((await post("{not json", SECRET)).status).toBe(400);
    expect((await post(update(803, "who is Koshanov?"), SECRET)).status).toBe(200);
    await waitForMessages(api, 803, 1);
  });

  it("refuses a body over 1 MB with 413, whether or not its length is declared, and goes on", async () => {
    const big = { ...update(804, "who met Koshanov?"), padding: "x".repeat(2 * 1024 * 1024) };
    expect((await post(big, SECRET)).status).toBe(413);
    // Sent in chunks with no Content-Length: the limit is enforced while reading.
    const chunked = new ReadableStream({
      start(controller) {
        const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
        for (let i = 0; i < 40; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const streamed = await fetch(`${base}/telegram/updates`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: chunked,
      duplex: "half",
    } as RequestInit).catch(() => undefined);
    // The server may close the connection before the client finished sending: no answer is fine too.
    if (streamed) expect(streamed.status).toBe(413);
    expect(sentTo(api, 804)).toHaveLength(0);
    expect((await post(update(805, "who met Koshanov?"), SECRET)).status).toBe(200);
    await waitForMessages(api, 805, 1);
  });

  it("has a health endpoint (GET and HEAD); other paths are 404", async () => {
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect((await fetch(`${base}/health`, { method: "HEAD" })).status).toBe(200);
    expect((await fetch(`${base}/elsewhere`, { method: "POST" })).status).toBe(404);
  });

  it("stops: the server closes once requests in flight are done", async () => {
    await webhook.stop();
    await expect(fetch(`${base}/health`)).rejects.toThrow();
  });
});
