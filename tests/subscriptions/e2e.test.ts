/**
 * Subscriptions end to end, with the bot started as a user starts it (`npx parlbot start`, settings
 * in the environment) against telegram-test-api on 127.0.0.1: users subscribe by chatting, the test
 * drops new articles into INBOX_DIR (and runs `parlbot ingest`, serves a feed, has an admin send
 * /ingest), and reads what each user received.
 */
import { execFile } from "node:child_process";
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.ts";
import { type ParlbotProcess, startParlbot } from "../bot/launch.ts";
import { newsPage, startWebServer, type WebServer } from "../ingest/web-server.ts";
import { startTelegram, type TestTelegram, waitFor } from "./telegram.ts";

const run = promisify(execFile);
const TOKEN = "123456:e2e-subscriptions";
const KOSHANOV_MEETS_MONGOLIA =
  "Speaker of the Majilis Erlan Koshanov met with Speaker of the State Great Khural of Mongolia Dashzegve Amarbayasgalan in Astana on 5 May 2026.";
const KOSHANOV_MEETS_POLAND =
  "Speaker of the Majilis Erlan Koshanov met with Marshal of the Sejm of Poland Szymon Holownia in Warsaw on 11 May 2026.";
const KOSHANOV_MEETS_KOREA =
  "Speaker of the Majilis Erlan Koshanov met with Speaker of the National Assembly of Korea Woo Won-shik in Seoul on 12 May 2026.";
const KOSHANOV_MEETS_JAPAN =
  "Speaker of the Majilis Erlan Koshanov met with Speaker of the House of Representatives of Japan Fukushiro Nukaga in Astana on 9 May 2026.";
const KOSHANOV_MEETS_TURKEY =
  "Speaker of the Majilis Erlan Koshanov met with Speaker of the Grand National Assembly of Turkey Numan Kurtulmus in Astana on 7 May 2026.";

let telegram: TestTelegram;
let web: WebServer;
beforeAll(async () => {
  telegram = await startTelegram();
  web = await startWebServer();
});
afterAll(async () => {
  await telegram.close();
  await web.close();
});

/** A fresh set of files for one bot: the seeds' fact base, an empty inbox, a new database. */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), "parlbot-e2e-"));
  const inbox = join(dir, "inbox");
  mkdirSync(inbox);
  copyFileSync("data/facts.json", join(dir, "facts.json"));
  const env = {
    INBOX_DIR: inbox,
    DATABASE_PATH: join(dir, "parlbot.sqlite"),
    FACTS_PATH: join(dir, "facts.json"),
    // The feed and page server is on 127.0.0.1.
    FETCH_ALLOW_PRIVATE: "1",
  };
  return { dir, inbox, env };
}

async function say(chatId: number, text: string): Promise<string> {
  const client = telegram.server.getClient(TOKEN, { chatId, userId: chatId });
  const before = telegram.sentTo(chatId).length;
  await client.sendCommand(client.makeCommand(text));
  await waitFor(`a reply to ${text}`, () => telegram.sentTo(chatId).length > before, 30_000);
  return telegram.sentTo(chatId)[before]?.text ?? "";
}

/** Waits until the outbox has nothing left to send. */
async function outboxDrained(databasePath: string): Promise<void> {
  await waitFor("the outbox to drain", () => {
    const store = openStore(databasePath);
    try {
      const c = store.outbox.counts();
      return c.pending === 0 && c.sending === 0;
    } finally {
      store.close();
    }
  });
}

/** Stops the bot as a service manager would (SIGTERM) and checks that it shut down cleanly. */
async function stopped(bot: ParlbotProcess): Promise<void> {
  bot.kill("SIGTERM");
  await bot.exit;
  expect(bot.output()).toMatch(/long polling stopped/);
  expect(bot.output()).not.toMatch(/"level":(50|60)/); // no error or fatal lines
}

describe("subscriptions with `npx parlbot start`", () => {
  // Every bot a test started is stopped after it, even when the test failed halfway.
  const started: ParlbotProcess[] = [];
  const start = (env: Record<string, string>) => {
    const bot = startParlbot({
      npx: true,
      token: TOKEN,
      apiRoot: telegram.apiRoot,
      vars: { LOG_LEVEL: "info", ...env },
    });
    started.push(bot);
    return bot;
  };
  afterEach(async () => {
    for (const bot of started.splice(0)) {
      bot.kill("SIGKILL");
      await bot.exit;
    }
  });

  it("notify the subscriber, and only the subscriber, once, with the source; unsubscribing stops them; feeds, parlbot ingest and an admin's /ingest notify too", async () => {
    const { dir, inbox, env } = workspace();
    web.routes.set("/feed.xml", {
      type: "application/rss+xml",
      body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Test News</title></channel></rss>',
    });
    web.routes.set("/poland", {
      body: newsPage("Koshanov meets Polish Marshal", [KOSHANOV_MEETS_POLAND, "They discussed trade."]),
    });
    web.routes.set("/korea", {
      body: newsPage("Koshanov meets Korean Speaker", [KOSHANOV_MEETS_KOREA, "They discussed trade."]),
    });
    const bot = start({
      ...env,
      FEED_URLS: `${web.url}/feed.xml`,
      FEED_INTERVAL: "1s",
      ADMIN_CHAT_IDS: "609",
    });
    expect(await say(601, "/subscribe Koshanov")).toMatch(
      /^You will hear about new meetings of Erlan Koshanov/,
    );
    expect(await say(602, "/subscribe Volodin")).toMatch(/Volodin/);
    expect(await say(604, "/subscribe all")).toBe("You will hear about every new meeting.");
    expect(await say(603, "/subscribe Mongolia")).toBe(
      "You will hear about new meetings involving Mongolia.",
    );
    expect(await say(605, "/ingest https://example.com/x")).toMatch(/not allowed/);
    // A name the fact base does not know yet is watched.
    expect(await say(607, "/subscribe Kurtulmus")).toMatch(/I do not know Kurtulmus yet/);

    writeFileSync(join(inbox, "koshanov-mongolia.txt"), `${KOSHANOV_MEETS_MONGOLIA}\n`);
    await waitFor("the notification", () => telegram.sentTo(601).length === 2, 20_000);
    await waitFor("the notification to all", () => telegram.sentTo(604).length === 2);
    await outboxDrained(env.DATABASE_PATH);
    const [notification] = telegram.sentTo(601).slice(1);
    expect(notification?.text).toMatch(/Koshanov/);
    expect(notification?.text).toMatch(/Source/);
    expect(notification?.text).toMatch(/koshanov-mongolia/);
    expect(telegram.sentTo(602)).toHaveLength(1); // only the /subscribe reply
    expect(telegram.sentTo(603)).toHaveLength(2);
    expect(telegram.sentTo(603)[1]?.text).toMatch(/koshanov-mongolia/);

    // Koshanov's follower unsubscribes; a second article reaches the others but not him.
    expect(await say(601, "/unsubscribe Koshanov")).toMatch(
      /no longer hear about new meetings of .*Koshanov/i,
    );
    writeFileSync(join(inbox, "koshanov-turkey.txt"), `${KOSHANOV_MEETS_TURKEY}\n`);
    await waitFor("the second notification to all", () => telegram.sentTo(604).length === 3, 20_000);
    await outboxDrained(env.DATABASE_PATH);
    expect(telegram.sentTo(601)).toHaveLength(3); // subscribe, notification, unsubscribe: nothing new
    expect(telegram.sentTo(603)).toHaveLength(2); // Turkey is not Mongolia
    expect(telegram.sentTo(604)[2]?.text).toMatch(/koshanov-turkey/);
    expect(telegram.sentTo(607).map((m) => m.text)).toEqual([
      expect.anything(),
      expect.stringMatching(/Kurtulmus/),
    ]);
    // The running bot answers from the new facts without a restart.
    const client = telegram.server.getClient(TOKEN, { chatId: 608, userId: 608 });
    await client.sendMessage(client.makeMessage("who met Kurtulmus?"));
    await waitFor("the answer", () => telegram.sentTo(608).length === 1);
    expect(telegram.sentTo(608)[0]?.text).toMatch(/Koshanov/);

    // `parlbot ingest` in another process while the bot runs: the bot sends what it queued, and
    // answers from what it added.
    const file = join(dir, "koshanov-japan.txt");
    writeFileSync(file, `${KOSHANOV_MEETS_JAPAN}\n`);
    const ingest = await run("node", ["bin/parlbot.js", "ingest", file], { env: { ...process.env, ...env } });
    expect(ingest.stdout).toMatch(
      /^1 article\(s\) added, 0 skipped: 1 new meeting\(s\), 1 notification\(s\) queued/,
    );
    await waitFor("the notification of the CLI's article", () => telegram.sentTo(604).length === 4, 20_000);
    expect(telegram.sentTo(604)[3]?.text).toMatch(/koshanov-japan/);
    // It merges them within seconds; each try is a new user, so the per-user rate limit stays out of it.
    let asker = 650;
    await waitFor("the bot to answer from it", async () => {
      const user = telegram.server.getClient(TOKEN, { chatId: ++asker, userId: asker });
      await user.sendMessage(user.makeMessage("who met Nukaga?"));
      await waitFor("an answer", () => telegram.sentTo(asker).length > 0);
      return /Koshanov/.test(telegram.sentTo(asker)[0]?.text ?? "");
    });

    // A new item in a feed (FEED_URLS, polled every second here) is fetched, ingested and notified.
    web.routes.set("/feed.xml", {
      type: "application/rss+xml",
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Test News</title>
<item><title>Koshanov meets Polish Marshal</title><link>${web.url}/poland</link><guid>${web.url}/poland</guid></item>
</channel></rss>`,
    });
    await waitFor("the feed item's notification", () => telegram.sentTo(604).length === 5, 20_000);
    expect(telegram.sentTo(604)[4]?.text).toContain(`${web.url}/poland`);

    // An admin's /ingest URL goes the same way; the admin is told what it added.
    expect(await say(609, `/ingest ${web.url}/korea`)).toMatch(/^Added 1 article: 1 new meeting/);
    await waitFor("the admin's article's notification", () => telegram.sentTo(604).length === 6, 20_000);
    expect(telegram.sentTo(604)[5]?.text).toContain(`${web.url}/korea`);

    await stopped(bot);
  }, 120_000);

  it("a half-written inbox file is not ingested: the finished file gives one article and one notification", async () => {
    const { inbox, env } = workspace();
    start(env);
    expect(await say(621, "/subscribe Koshanov")).toMatch(/Koshanov/);
    const file = join(inbox, "half.txt");
    // A writer that pauses half-way (1 s), as a slow copy does.
    writeFileSync(file, `Koshanov meets two speakers\n\n${KOSHANOV_MEETS_MONGOLIA}\n`);
    await new Promise((r) => setTimeout(r, 1000));
    appendFileSync(file, `\n${KOSHANOV_MEETS_KOREA}\n`);
    await waitFor("the notification", () => telegram.sentTo(621).length === 2, 20_000);
    await outboxDrained(env.DATABASE_PATH);
    // Long enough for another scan to have ingested a second version, had there been one.
    await new Promise((r) => setTimeout(r, 4000));
    expect(telegram.sentTo(621)).toHaveLength(2);
    expect(telegram.sentTo(621)[1]?.text).toMatch(/Mongolia|Amarbayasgalan/);
    expect(telegram.sentTo(621)[1]?.text).toMatch(/Korea|Woo Won-shik/);
    const live = JSON.parse(readFileSync(env.FACTS_PATH, "utf8")) as { articles: { file?: string }[] };
    expect(live.articles.filter((a) => a.file === "half.txt")).toHaveLength(1);
  }, 60_000);

  it("a chat that chose Russian is confirmed and notified in Russian, and keeps Russian after a restart", async () => {
    const { inbox, env } = workspace();
    let bot = start(env);
    expect(await say(801, "/language ru")).toMatch(/по-русски/);
    expect(await say(801, "/subscribe Koshanov")).toMatch(
      /^Вы будете узнавать о новых встречах: Erlan Koshanov/,
    );
    expect(await say(802, "/subscribe Koshanov")).toMatch(
      /^You will hear about new meetings of Erlan Koshanov/,
    );

    writeFileSync(join(inbox, "koshanov-mongolia.txt"), `${KOSHANOV_MEETS_MONGOLIA}\n`);
    await waitFor(
      "both notifications",
      () => telegram.sentTo(801).length === 3 && telegram.sentTo(802).length === 2,
      20_000,
    );
    const russian = telegram.sentTo(801)[2]?.text ?? "";
    expect(russian).toMatch(/^<b>Новая встреча<\/b>/);
    expect(russian).toMatch(/Источник/);
    expect(russian).toMatch(/5 мая 2026\sг\./); // the meeting's date as Russian writes it
    expect(russian).not.toMatch(/\b(met|Source|May)\b/);
    const english = telegram.sentTo(802)[1]?.text ?? "";
    expect(english).toMatch(/^<b>New meeting<\/b>/);
    expect(english).toMatch(/Source/);

    // The choice is in the database: a restarted bot still greets the chat in Russian.
    await stopped(bot);
    bot = start(env);
    expect(await say(801, "/start")).toMatch(/Здравствуйте/);
    expect(await say(802, "/start")).toMatch(/Hello/);
    await stopped(bot);
  }, 90_000);

  it("killed mid-delivery and restarted, every subscriber ends with exactly one notification", async () => {
    const { inbox, env } = workspace();
    const subscribers = Array.from({ length: 40 }, (_, i) => 700 + i);
    const store = openStore(env.DATABASE_PATH);
    for (const chatId of subscribers)
      store.subscriptions.add(chatId, { kind: "all", key: "", label: "every new meeting" });
    store.close();
    // Slow sending (10 a second) so the kill lands in the middle of the delivery.
    let bot = start({ ...env, SEND_RATE: "10" });
    writeFileSync(join(inbox, "koshanov-mongolia.txt"), `${KOSHANOV_MEETS_MONGOLIA}\n`);
    const delivered = () => subscribers.filter((c) => telegram.sentTo(c).length > 0).length;
    // Killed once a quarter are out, between two paced sends: no request in flight whose fate
    // Telegram cannot tell (that case, re-sent on restart, is src/store/outbox.ts's to explain).
    const outbox = new Database(env.DATABASE_PATH, { readonly: true, fileMustExist: true });
    const states = () =>
      Object.fromEntries(
        (
          outbox.prepare("SELECT state, count(*) AS n FROM outbox GROUP BY state").all() as {
            state: string;
            n: number;
          }[]
        ).map((r) => [r.state, r.n]),
      );
    await waitFor("some deliveries", () => (states().sent ?? 0) >= 10 && !states().sending, 30_000);
    bot.kill("SIGKILL");
    outbox.close();
    await bot.exit;
    expect(delivered()).toBeLessThan(subscribers.length); // it really died mid-delivery

    bot = start({ ...env, SEND_RATE: "10" });
    await waitFor("every subscriber", () => delivered() === subscribers.length, 30_000);
    await outboxDrained(env.DATABASE_PATH);
    for (const chatId of subscribers) expect(telegram.sentTo(chatId), `chat ${chatId}`).toHaveLength(1);
    await stopped(bot);
  }, 90_000);
});
