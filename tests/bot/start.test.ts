/**
 * `parlbot start` as a user runs it, in a child process: the Telegram bot against the emulated
 * Bot API, the terminal chat through pipes, and configuration errors.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFactBase } from "../../src/facts/io.ts";
import { Answerer } from "../../src/query/index.ts";
import { renderHtml } from "../../src/terminal/render.ts";
import {
  startTestApi,
  type TestApi,
  TOKEN,
  testFacts,
  testUser,
  waitFor,
  waitForMessages,
  writeFacts,
} from "./helpers.ts";
import { ownFiles, type ParlbotProcess, ROOT, type StartOptions, startParlbot } from "./launch.ts";

const facts = testFacts();
const factsPath = writeFacts(facts);
const workDir = dirname(factsPath);
const answerer = new Answerer(facts);

/** `parlbot start` with this test's fact base and working folder. */
function start(options: StartOptions = {}): ParlbotProcess {
  return startParlbot({ ...options, vars: { ...ownFiles(factsPath, workDir), ...options.vars } });
}

describe("parlbot start with a token", () => {
  let api: TestApi;
  let bot: ParlbotProcess;

  beforeAll(async () => {
    api = await startTestApi();
    // FACTS_PATH unset: the bundled data/facts.json, extracted from seeds/, as a new user has it.
    bot = start({ npx: true, token: TOKEN, apiRoot: api.apiRoot, vars: { FACTS_PATH: "" } });
  });

  afterAll(async () => {
    bot?.kill("SIGKILL");
    await api?.stop();
  });

  it("answers a user over the Bot API, logs without the token, and stops cleanly on SIGTERM", async () => {
    const bundled = new Answerer(loadFactBase(join(ROOT, "data/facts.json")));
    const user = testUser(api, 901);
    await user.sendMessage(user.makeMessage("who met Koshanov?"));
    const [reply] = await waitForMessages(api, 901, 1);
    expect(reply?.text).toBe(bundled.answer("who met Koshanov?").html);
    // The seed article on Koshanov's talks in Astana: the counterpart and the source file.
    expect(reply?.text).toContain("Amarbayasgalan");
    expect(reply?.text).toContain("002_7cc806be61273fe2.txt");
    await user.sendCommand(user.makeCommand("/start"));
    const [, welcome] = await waitForMessages(api, 901, 2);
    expect(welcome?.text).toContain(`${bundled.stats().articles} articles`);

    await waitFor(() => bot.out.stdout.includes('"msg":"update"'), "an update log line");
    bot.kill("SIGTERM");
    await bot.exit;
    // Logged only on the way out of a clean shutdown (updates in flight finished, polling stopped).
    expect(bot.out.stdout).toContain("long polling stopped");
    expect(bot.out.stdout + bot.out.stderr).not.toContain(TOKEN);
    expect(bot.out.stdout).not.toContain("who met Koshanov");
  });
});

describe("parlbot start with WEBHOOK_URL", () => {
  it("serves the webhook on PORT, answers a signed update, and stops cleanly on SIGTERM", async () => {
    const api = await startTestApi();
    const secret = "webhook-secret_42";
    const run = start({
      token: TOKEN,
      apiRoot: api.apiRoot,
      vars: { WEBHOOK_URL: "https://bot.example.org/tg", WEBHOOK_SECRET: secret, PORT: "0" },
    });
    try {
      const started = await waitFor(
        () => run.out.stdout.split("\n").find((l) => l.includes("webhook server started")),
        "the webhook server",
      );
      const { port } = JSON.parse(started) as { port: number };
      const update = {
        update_id: 1,
        message: {
          message_id: 1,
          date: 1,
          chat: { id: 951, type: "private", first_name: "W" },
          from: { id: 951, is_bot: false, first_name: "W" },
          text: "who met Koshanov?",
        },
      };
      const post = (headers: Record<string, string>) =>
        fetch(`http://127.0.0.1:${port}/tg`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify(update),
        });
      expect((await post({})).status).toBe(401);
      expect((await post({ "x-telegram-bot-api-secret-token": secret })).status).toBe(200);
      const replies = await waitForMessages(api, 951, 1);
      expect(replies).toHaveLength(1); // the unsigned update was not handled
      expect(replies[0]?.text).toBe(answerer.answer("who met Koshanov?").html);
      run.kill("SIGTERM");
      expect(await run.exit).toBe(0);
      expect(run.out.stdout).toContain("webhook server stopped");
      expect(run.out.stdout).not.toContain(secret);
    } finally {
      run.kill("SIGKILL");
      await api.stop();
    }
  });
});

describe("parlbot start without a token: the terminal chat", () => {
  it("answers questions typed on standard input, presses buttons, and ends at end of input", async () => {
    const run = start();
    run.child.stdin?.end("/start\n[1]\nwho met Koshanov?\n[More]\n😀\n/help\n");
    expect(await run.exit).toBe(0);
    const out = run.out.stdout;
    expect(out).toMatch(/offline/);
    expect(out).toContain("TELEGRAM_BOT_TOKEN");
    expect(out).toContain(`${facts.articles.length} articles`);
    expect(out).toContain("[who met Koshanov?]");
    // The answer as the bot would send it, rendered for the terminal (no tags, entities decoded).
    const answer = renderHtml(answerer.answer("who met Koshanov?").html);
    expect(out.split(answer).length - 1).toBe(2); // once from the button, once typed
    expect(out).not.toMatch(/<\/?(b|i|a)\b/);
    if (answerer.answer("who met Koshanov?").pageCount > 1) {
      expect(out).toContain(renderHtml(answerer.answer("who met Koshanov?", { page: 1 }).html));
    }
    expect(out).toMatch(/ask a question in words/i);
    expect(out).toContain("/help");
    expect(run.out.stderr).toBe("");
  });

  it("ends at /quit while the input is still open, and its /help says so", async () => {
    const run = start();
    // Standard input is left open, as a terminal's is: only /quit can end the chat.
    run.child.stdin?.write("/help\n/quit\nwho met Koshanov?\n");
    expect(await run.exit).toBe(0);
    const out = run.out.stdout;
    expect(out).toMatch(/End with \/quit or Ctrl-D/);
    // After the bot's help, the terminal's own line on leaving it.
    expect(out.slice(out.indexOf("/subscriptions"))).toMatch(/\/quit \(or Ctrl-D\) ends the chat/);
    expect(out).not.toMatch(/do not know the command \/quit/);
    expect(out).not.toContain("you> who met Koshanov?"); // the line after /quit is never read
    expect(run.out.stderr).toBe("");
  });

  it.each(["exit", "Quit", "/exit"])("ends at %s as at /quit", async (word) => {
    const run = start();
    run.child.stdin?.write(`${word}\nwho met Koshanov?\n`);
    expect(await run.exit).toBe(0);
    expect(run.out.stdout).toContain(`you> ${word}`);
    expect(run.out.stdout).not.toMatch(/parliament leaders|you> who met|do not know the command/);
  });
});

describe("configuration errors", () => {
  it("stop the start with one clear line per bad variable, never showing the token", async () => {
    const run = start({
      vars: {
        TELEGRAM_BOT_TOKEN: "not-a-token-SECRETVALUE",
        TELEGRAM_API_ROOT: "ftp://example.org",
        PORT: "eighty",
      },
    });
    run.child.stdin?.end();
    expect(await run.exit).toBe(1);
    const lines = run.out.stderr.split("\n");
    expect(lines.filter((l) => l.includes("TELEGRAM_BOT_TOKEN"))).toHaveLength(1);
    expect(lines.filter((l) => l.includes("TELEGRAM_API_ROOT"))).toHaveLength(1);
    expect(lines.filter((l) => l.includes("PORT"))).toHaveLength(1);
    expect(run.out.stderr).not.toContain("SECRETVALUE");
  });

  it("a fact base that is not one stops the start with a message naming the file", async () => {
    const broken = join(workDir, "broken.json");
    writeFileSync(broken, "{ not json");
    const run = start({ vars: { FACTS_PATH: broken } });
    run.child.stdin?.end();
    expect(await run.exit).toBe(1);
    expect(run.out.stderr).toContain(`${broken} is not valid JSON`);
  });
});
