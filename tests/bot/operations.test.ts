/**
 * `parlbot start` as an operator meets it when things go wrong: a Bot API that refuses, hangs or
 * goes away, a webhook Telegram will not set, a SIGTERM in the middle of work. A scripted fake Bot
 * API (each method answers, fails or never answers) and a local web server stand in for the world.
 * Every hang here is endless, so "the process exits" alone proves it did not wait for the hang.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { newsPage, startWebServer, type WebServer } from "../ingest/web-server.ts";
import { TOKEN, testFacts, waitFor, writeFacts } from "./helpers.ts";
import { ownFiles, type ParlbotProcess, startParlbot } from "./launch.ts";

const factsPath = writeFacts(testFacts(2));
const workDir = dirname(factsPath);

/** What a method of the fake Bot API does: answer, fail with a status and description, or hang. */
type Behaviour = "ok" | "hang" | { status: number; description: string };

interface FakeApi {
  apiRoot: string;
  behave: Map<string, Behaviour>;
  calls: string[];
  close(): Promise<void>;
}

const RESULTS: Record<string, unknown> = {
  getMe: { id: 42, is_bot: true, first_name: "Test", username: "test_bot" },
  getUpdates: [],
};

async function startFakeApi(): Promise<FakeApi> {
  const behave = new Map<string, Behaviour>();
  const calls: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const method = (req.url ?? "").split("/").at(-1) ?? "";
    calls.push(method);
    req.resume();
    const b = behave.get(method) ?? "ok";
    if (b === "hang") return;
    res.setHeader("content-type", "application/json");
    if (b === "ok") {
      res.end(JSON.stringify({ ok: true, result: RESULTS[method] ?? true }));
      return;
    }
    res.statusCode = b.status;
    res.end(JSON.stringify({ ok: false, error_code: b.status, description: b.description }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    apiRoot: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    behave,
    calls,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let api: FakeApi;
let web: WebServer;
const runs: ParlbotProcess[] = [];
beforeAll(async () => {
  api = await startFakeApi();
  web = await startWebServer();
});
afterEach(() => {
  for (const run of runs.splice(0)) run.kill("SIGKILL");
  api.behave.clear();
  api.calls.length = 0;
});
afterAll(async () => {
  await api.close();
  await web.close();
});

function start(vars: Record<string, string>): ParlbotProcess {
  const run = startParlbot({
    token: TOKEN,
    apiRoot: api.apiRoot,
    vars: { ...ownFiles(factsPath, workDir), ...vars },
  });
  runs.push(run);
  return run;
}

const STACK_FRAME = /\n\s+at \S/;

async function stopWithSigterm(run: ParlbotProcess): Promise<{ code: number | null; ms: number }> {
  const sent = Date.now();
  run.kill("SIGTERM");
  const code = await run.exit;
  return { code, ms: Date.now() - sent };
}

describe("a start that fails", () => {
  it("never prints the token, even when the Bot API's error quotes the request path", async () => {
    api.behave.set("getMe", { status: 404, description: `Not Found: /bot${TOKEN}/getMe` });
    const run = start({});
    expect(await run.exit).toBe(1);
    expect(run.out.stderr).toMatch(/check TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT/);
    expect(run.output()).toContain("[redacted]");
    expect(run.output()).not.toContain(TOKEN);
    expect(run.output()).not.toContain(encodeURIComponent(TOKEN));
  });

  it("with no Bot API to reach, prints one line that says what to check and no stack", async () => {
    const closed = await startFakeApi();
    await closed.close(); // its port now refuses connections
    const run = start({ TELEGRAM_API_ROOT: closed.apiRoot });
    expect(await run.exit).toBe(1);
    const lines = run.out.stderr.split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^parlbot start: cannot reach the Bot API: check TELEGRAM_API_ROOT/);
    expect(run.output()).not.toMatch(STACK_FRAME);
    expect(run.output()).not.toContain(TOKEN);
  });

  it("does not hang when the Bot API never answers getMe: a bounded wait and one clear line", async () => {
    api.behave.set("getMe", "hang");
    const run = start({ TELEGRAM_TIMEOUT: "1s" });
    expect(await run.exit).toBe(1);
    expect(run.out.stderr).toMatch(/did not answer getMe within 1 s: check TELEGRAM_API_ROOT/);
    expect(run.output()).not.toMatch(STACK_FRAME);
  });

  it("exits non-zero when Telegram refuses the webhook, instead of serving /health", async () => {
    api.behave.set("setWebhook", {
      status: 400,
      description: "Bad Request: bad webhook: HTTPS url must be provided",
    });
    const run = start({ WEBHOOK_URL: "https://bot.example.org/tg", WEBHOOK_SECRET: "secret_1", PORT: "0" });
    expect(await run.exit).toBe(1);
    expect(run.out.stderr).toMatch(/Telegram refused the webhook https:\/\/bot\.example\.org\/tg/);
    expect(api.calls).toContain("setWebhook");
  });
});

describe("SIGTERM stops the process whatever it is doing", () => {
  it("while the Bot API is still being asked who the bot is", async () => {
    api.behave.set("getMe", "hang");
    const run = start({});
    await waitFor(() => api.calls.includes("getMe"), "the getMe call");
    const { code } = await stopWithSigterm(run);
    expect(code).toBe(0);
    // It stopped by itself: the pending getMe did not hold it until the stop deadline.
    expect(run.output()).not.toMatch(/stopping took too long/);
  });

  it("when the Bot API has gone away (its getUpdates never answers)", async () => {
    api.behave.set("getUpdates", "hang");
    const run = start({});
    await waitFor(() => run.out.stdout.includes("long polling started"), "polling");
    await waitFor(() => api.calls.includes("getUpdates"), "a poll");
    const { code } = await stopWithSigterm(run);
    expect(code).toBe(0);
    expect(run.out.stdout).toContain('"msg":"stopping"');
  });

  it("during a feed poll: the poll is abandoned and nothing is ingested after stopping", async () => {
    const paragraph =
      "Speaker Alpha Bravo met with a delegation of the parliament of Mongolia in Astana on 5 May 2026.";
    web.routes.set("/feed.xml", {
      type: "application/rss+xml",
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>News</title><link>${web.url}/slow</link><guid>slow</guid></item></channel></rss>`,
    });
    // The page comes, but only after a while: a stop that waited for the poll would ingest it.
    web.routes.set("/slow", {
      delayMs: 4000,
      body: newsPage("Alpha Bravo meets", [paragraph, "They talked."]),
    });
    const run = start({ FEED_URLS: `${web.url}/feed.xml`, FETCH_ALLOW_PRIVATE: "1" });
    await waitFor(() => (web.hits.get("/slow") ?? 0) > 0, "the page fetch");
    const { code } = await stopWithSigterm(run);
    expect(code).toBe(0);
    expect(run.out.stdout).not.toMatch(/ingested \d+ article/);
  });
});
