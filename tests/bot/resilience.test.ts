/**
 * The bot under trouble: Telegram answering 429 Too Many Requests (through a local proxy in front of
 * the emulator), a user flooding it, and a handler that throws.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Composer } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/index.ts";
import { startPolling } from "../../src/bot/polling.ts";
import type { RunningBot } from "../../src/bot/startup.ts";
import { Answerer } from "../../src/query/index.ts";
import {
  memoryLogger,
  sentTo,
  startTestApi,
  type TestApi,
  testFacts,
  testUser,
  waitFor,
  waitForMessages,
} from "./helpers.ts";

const answerer = new Answerer(testFacts(2));
let api: TestApi;
const running: RunningBot[] = [];

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  for (const r of running) await r.stop();
  await api?.stop();
});

/** A proxy in front of the emulator that answers the first `failures` sendMessage calls with 429. */
async function flakyProxy(
  target: string,
  failures: number,
): Promise<{ url: string; server: Server; sends: () => number }> {
  let sends = 0;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.url?.endsWith("/sendMessage") && sends++ < failures) {
      res.writeHead(429, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          ok: false,
          error_code: 429,
          description: "Too Many Requests: retry after 1",
          parameters: { retry_after: 1 },
        }),
      );
      return;
    }
    // The emulator may close a long poll while the test tears down: answer 502, never reject.
    try {
      const upstream = await fetch(target + req.url, {
        method: req.method,
        headers: { "content-type": req.headers["content-type"] ?? "application/json" },
        body: req.method === "POST" ? Buffer.concat(chunks) : undefined,
      });
      res.writeHead(upstream.status, { "content-type": "application/json" });
      res.end(Buffer.from(await upstream.arrayBuffer()));
    } catch {
      if (!res.headersSent) res.writeHead(502, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: false, error_code: 502, description: "Bad Gateway" }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, sends: () => sends };
}

describe("Telegram errors", () => {
  it("a 429 with retry_after is waited out and the reply still arrives", async () => {
    const token = "222:retry-bot";
    const proxy = await flakyProxy(api.apiRoot, 1);
    const logs = memoryLogger();
    const bot = createBot({ token, apiRoot: proxy.url, answerer, log: logs.log });
    running.push(await startPolling(bot, [], logs.log));
    const user = testUser(api, 501, "private", token);
    await user.sendMessage(user.makeMessage("who met Koshanov?"));
    const [reply] = await waitForMessages(api, 501, 1);
    expect(reply?.text).toBe(answerer.answer("who met Koshanov?").html);
    expect(proxy.sends()).toBe(2); // refused once, retried once
    // ... and the bot goes on answering.
    await user.sendMessage(user.makeMessage("who is Amarbayasgalan?"));
    const [, next] = await waitForMessages(api, 501, 2);
    expect(next?.text).toBe(answerer.answer("who is Amarbayasgalan?").html);
    proxy.server.close();
  });
});

describe("floods and failures", () => {
  it("a user over the rate limit gets one polite reply, then silence; other users are unaffected", async () => {
    const token = "333:limited-bot";
    const logs = memoryLogger();
    const bot = createBot({
      token,
      apiRoot: api.apiRoot,
      answerer,
      log: logs.log,
      rateLimit: { limit: 3, timeFrameMs: 10 * 60_000 },
    });
    running.push(await startPolling(bot, [], logs.log));
    const flooder = testUser(api, 601, "private", token);
    for (let i = 0; i < 6; i++) await flooder.sendMessage(flooder.makeMessage(`who met Koshanov? ${i}`));
    const other = testUser(api, 602, "private", token);
    await other.sendMessage(other.makeMessage("who met Koshanov?"));
    await waitForMessages(api, 602, 1);
    const replies = await waitForMessages(api, 601, 4);
    expect(replies.filter((r) => /faster than I can answer/.test(r.text))).toHaveLength(1);
    expect(replies.slice(0, 3).map((r) => r.text)).toEqual(
      [0, 1, 2].map((i) => answerer.answer(`who met Koshanov? ${i}`).html),
    );
    // Nothing more for the flooder: the two updates after the limit were ignored (wait for their log lines).
    await waitFor(
      () => logs.lines().filter((l) => l.msg === "update" && l.chatId === 601).length === 6,
      "6 updates",
    );
    expect(sentTo(api, 601)).toHaveLength(4);
  });

  it("an error in a handler is logged; the user gets an apology, not a stack trace, and the bot goes on", async () => {
    const token = "444:failing-bot";
    const logs = memoryLogger();
    const broken = new Composer();
    broken.command("crash", () => {
      throw new Error("handler exploded at /secret/path.ts:12");
    });
    const bot = createBot({ token, apiRoot: api.apiRoot, answerer, log: logs.log, extensions: [broken] });
    running.push(await startPolling(bot, [], logs.log));
    const user = testUser(api, 701, "private", token);
    await user.sendCommand(user.makeCommand("/crash"));
    const [apology] = await waitForMessages(api, 701, 1);
    expect(apology?.text).toMatch(/something went wrong/i);
    expect(apology?.text).not.toMatch(/exploded|secret|\.ts/);
    const logged = await waitFor(
      () => logs.lines().find((l) => l.msg === "update failed"),
      "the error log line",
    );
    expect(JSON.stringify(logged.err)).toContain("handler exploded");
    await user.sendMessage(user.makeMessage("who met Koshanov?"));
    const [, reply] = await waitForMessages(api, 701, 2);
    expect(reply?.text).toBe(answerer.answer("who met Koshanov?").html);
  });

  it("stopping waits for the updates in flight: their replies are sent before stop() resolves", async () => {
    const token = "555:stopping-bot";
    const logs = memoryLogger();
    let started = false;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = new Composer();
    slow.command("slow", async (ctx) => {
      started = true;
      await gate;
      await ctx.reply("done slowly");
    });
    const bot = createBot({ token, apiRoot: api.apiRoot, answerer, log: logs.log, extensions: [slow] });
    const running = await startPolling(bot, [], logs.log);
    const user = testUser(api, 801, "private", token);
    await user.sendCommand(user.makeCommand("/slow"));
    await waitFor(() => started, "the slow handler to start");
    let stopped = false;
    const stopping = running.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(stopped).toBe(false); // still waiting for the handler
    release();
    await stopping;
    expect(sentTo(api, 801).map((m) => m.text)).toEqual(["done slowly"]);
  });
});
