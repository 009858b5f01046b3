import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { subscriptionsComposer } from "../../src/bot/subscriptions.ts";
import { emptyFactBase, loadFactBase } from "../../src/facts/io.ts";
import { Ingester } from "../../src/ingest/ingester.ts";
import { silentLog } from "../../src/ingest/log.ts";
import { Answerer } from "../../src/query/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { LOCAL_FETCHES, newsPage, startWebServer, type WebServer } from "../ingest/web-server.ts";
import { type FileProxy, startFileProxy } from "./file-proxy.ts";
import { startTelegram, type TestTelegram } from "./telegram.ts";

const TOKEN = "123456:commands-test";
const ADMIN = 900;

let telegram: TestTelegram;
let web: WebServer;
let proxy: FileProxy;
beforeAll(async () => {
  telegram = await startTelegram();
  web = await startWebServer();
  proxy = await startFileProxy(telegram.apiRoot);
});
afterAll(async () => {
  await proxy.close();
  await telegram.close();
  await web.close();
});

let store: Store;
let answerer: Answerer;
let bot: Bot;
beforeEach(async () => {
  const dir = mkdtempSync(join(tmpdir(), "parlbot-commands-"));
  store = openStore(join(dir, "db.sqlite"));
  answerer = new Answerer(emptyFactBase());
  const ingester = new Ingester({ store, answerer, factsPath: join(dir, "facts.json"), log: silentLog });
  bot = new Bot(TOKEN, { client: { apiRoot: proxy.apiRoot } });
  bot.use(
    subscriptionsComposer({
      subscriptions: store.subscriptions,
      answerer,
      adminChatIds: [ADMIN],
      ingest: (batch) => ingester.ingest(batch),
      fetchLimits: LOCAL_FETCHES,
    }),
  );
  await bot.init();
  return () => store.close();
});

// Delivers what users sent to the bot, as polling would, and waits until the bot has handled it.
async function pump(): Promise<void> {
  for (const update of telegram.server.getUpdates(TOKEN)) await bot.handleUpdate(update as unknown as Update);
}

async function say(chatId: number, text: string): Promise<string> {
  const client = telegram.server.getClient(TOKEN, { chatId, userId: chatId });
  const before = telegram.sentTo(chatId).length;
  await (text.startsWith("/")
    ? client.sendCommand(client.makeCommand(text))
    : client.sendMessage(client.makeMessage(text)));
  await pump();
  const replies = telegram.sentTo(chatId).slice(before);
  expect(replies).toHaveLength(1);
  return replies[0]?.text ?? "";
}

describe("subscription commands", () => {
  it("subscribes to all and to a name not yet known, lists them, and unsubscribes", async () => {
    expect(await say(11, "/subscribe all")).toBe("You will hear about every new meeting.");
    expect(await say(11, "/subscribe Zhaksybekov")).toMatch(
      /do not know Zhaksybekov yet; you will hear about new meetings of Zhaksybekov/,
    );
    expect(await say(11, "/subscribe zhaksybekov")).toBe("You already follow Zhaksybekov.");
    expect(await say(11, "/subscriptions")).toBe("You follow:\n1. everything\n2. Zhaksybekov");
    expect(await say(12, "/subscriptions")).toMatch(/You follow nothing yet/); // per chat
    expect(await say(11, "/unsubscribe Zhaksybekov")).toBe(
      "You will no longer hear about new meetings of Zhaksybekov.",
    );
    expect(await say(11, "/unsubscribe Nobody")).toMatch(/You do not follow "Nobody"/);
    expect(store.subscriptions.list(11).map((s) => s.kind)).toEqual(["all"]);
    expect(await say(11, "/unsubscribe all")).toBe("Done: you no longer follow anything (1 removed).");
    expect(store.subscriptions.list(11)).toEqual([]);
  });

  it("asks what to follow when /subscribe has no subject", async () => {
    expect(await say(13, "/subscribe")).toMatch(/Whom shall I follow/);
    expect(await say(13, "/subscribe !!!")).toMatch(/not a name, a country or "all"/);
    expect(store.subscriptions.list(13)).toEqual([]);
  });

  it("follows nothing that is not written as a name: a link, an address, code", async () => {
    for (const text of ["https://news.test/a", "editor@news.test", "'; DROP TABLE subscriptions; --", "R2D2"])
      expect(await say(14, `/subscribe ${text}`)).toMatch(/is not a name, a country or "all"; try/);
    expect(store.subscriptions.list(14)).toEqual([]);
    // Names in any script, with hyphens, apostrophes and particles, are still followed.
    for (const name of ["Kim Jong-un", "Liam O'Neill", "Абай Кунанбаев", "Mohammed bin Rashid"])
      expect(await say(14, `/subscribe ${name}`)).toMatch(/you will hear about new meetings of/);
    expect(await say(14, "/unsubscribe https://news.test/a")).toMatch(/You do not follow/);
  });

  it("follows each subject of a list, and leaves out the words of politeness around one", async () => {
    expect(await say(31, "/subscribe Mongolia, Korea; all please")).toBe(
      [
        "You will hear about new meetings involving Mongolia.",
        "You will hear about new meetings involving South Korea.",
        "You will hear about every new meeting.",
      ].join("\n"),
    );
    expect(store.subscriptions.list(31).map((s) => s.label)).toEqual([
      "Mongolia",
      "South Korea",
      "every new meeting",
    ]);
    expect(await say(31, "/subscribe please")).toMatch(/^Whom shall I follow for you\?/);
    expect(await say(31, "/unsubscribe Korea, thanks")).toBe(
      "You will no longer hear about new meetings involving South Korea.",
    );
    expect(await say(31, "/unsubscribe Mongolia, Velmar")).toBe(
      'You will no longer hear about new meetings involving Mongolia.\nYou do not follow "Velmar". /subscriptions lists what you follow.',
    );
    expect(store.subscriptions.list(31).map((s) => s.label)).toEqual(["every new meeting"]);
  });

  it("lists subscriptions with a remove button each (callback data under 64 bytes) that removes it", async () => {
    await say(14, "/subscribe all");
    await say(14, "/subscribe Amarbayasgalan");
    await say(14, "/subscriptions");
    type Keyboard = { inline_keyboard: { text: string; callback_data: string }[][] };
    const listed = telegram.server.storage.botMessages.at(-1);
    if (!listed) throw new Error("no list was sent");
    const buttons = (listed.message.reply_markup as Keyboard).inline_keyboard.flat();
    expect(buttons.map((b) => b.text)).toEqual(["Remove everything", "Remove Amarbayasgalan"]);
    for (const b of buttons) expect(Buffer.byteLength(b.callback_data)).toBeLessThan(64);

    const client = telegram.server.getClient(TOKEN, { chatId: 14, userId: 14 });
    const query = client.makeCallbackQuery(buttons[1]?.callback_data ?? "", {
      message: { message_id: listed.messageId },
    } as never);
    await client.sendCallback(query);
    await pump();
    expect(store.subscriptions.list(14).map((s) => s.kind)).toEqual(["all"]);
    // The list message is edited to what is left.
    expect(listed.message.text).toBe("You follow:\n1. everything");
    // Another chat cannot remove chat 14's subscription with the same button data.
    const other = telegram.server.getClient(TOKEN, { chatId: 15, userId: 15 });
    await other.sendCallback(other.makeCallbackQuery(buttons[0]?.callback_data ?? ""));
    await pump();
    expect(store.subscriptions.list(14)).toHaveLength(1);
  });
});

describe("subscribing to people and countries the fact base knows", () => {
  beforeEach(() => answerer.replace(loadFactBase("data/facts.json")));

  it("resolves names (typos, Cyrillic) to one person and countries to a country, and confirms in words", async () => {
    // The person's description comes from the fact base ("Majilis Speaker (Kazakhstan)" today).
    const confirmation = await say(21, "/subscribe Koshanov");
    expect(confirmation).toMatch(/^You will hear about new meetings of Erlan Koshanov, .*Majilis.*\.$/);
    const label = confirmation.replace("You will hear about new meetings of ", "").replace(/\.$/, "");
    expect(await say(21, "/subscribe Кошанов")).toBe(`You already follow ${label}.`);
    expect(await say(21, "/subscribe Mongolia")).toBe("You will hear about new meetings involving Mongolia.");
    const koshanov = answerer.facts().people.find((p) => p.name === "Erlan Koshanov");
    expect(store.subscriptions.list(21).map((s) => [s.kind, s.key])).toEqual([
      ["person", koshanov?.id],
      ["country", "mongolia"],
    ]);
    expect(await say(21, "/unsubscribe koshanof")).toBe(
      `You will no longer hear about new meetings of ${label}.`,
    );
    expect(await say(21, "/unsubscribe Mongolia")).toBe(
      "You will no longer hear about new meetings involving Mongolia.",
    );
    expect(store.subscriptions.list(21)).toEqual([]);
  });
});

describe("admin ingest", () => {
  const page = () =>
    newsPage("Speakers meet", [
      "Speaker of the Majilis Erlan Koshanov met with Speaker of the State Great Khural of Mongolia Dashzegve Amarbayasgalan in Astana on 5 May 2026.",
      "The sides discussed cooperation between the two parliaments.",
    ]);

  it("refuses /ingest from anyone but an admin, and fetches nothing", async () => {
    web.routes.set("/refused", { body: page() });
    expect(await say(16, `/ingest ${web.url}/refused`)).toMatch(/not allowed/);
    expect(web.hits.get("/refused")).toBeUndefined();
    expect(store.articles.count()).toBe(0);
    expect(answerer.facts().articles).toEqual([]);
  });

  // A user uploads a document; returns the bot's reply.
  async function upload(chatId: number, fileName: string, content: string | Buffer): Promise<string> {
    const fileId = `${chatId}-${fileName}`;
    proxy.files.set(fileId, content);
    const client = telegram.server.getClient(TOKEN, { chatId, userId: chatId });
    const before = telegram.sentTo(chatId).length;
    const document = {
      file_id: fileId,
      file_unique_id: fileId,
      file_name: fileName,
      file_size: Buffer.byteLength(content),
    };
    await client.sendMessage(client.makeMessage("", { document } as never));
    await pump();
    return telegram.sentTo(chatId)[before]?.text ?? "";
  }
  const ARTICLE =
    "Speakers meet in Astana\n\nSpeaker of the Majilis Erlan Koshanov met with Speaker of the State Great Khural of Mongolia Dashzegve Amarbayasgalan in Astana on 5 May 2026.\n";

  it("refuses a document from anyone but an admin", async () => {
    expect(await upload(17, "article.txt", ARTICLE)).toMatch(/not allowed/);
    expect(store.articles.count()).toBe(0);
  });

  it("ingests an admin's .txt upload once, and says why it refuses other files", async () => {
    expect(await upload(ADMIN, "speakers.txt", ARTICLE)).toBe(
      "Added 1 article: 1 new meeting, no notification queued.\n• “Speakers meet in Astana”",
    );
    expect(answerer.facts().articles.map((a) => a.file)).toEqual(["speakers.txt"]);
    expect(await upload(ADMIN, "again.txt", ARTICLE)).toBe("Already ingested: nothing new.");
    expect(await upload(ADMIN, "photo.jpg", "x")).toBe("Send articles as .txt files.");
    expect(await upload(ADMIN, "latin1.txt", Buffer.from("café in Latin-1", "latin1"))).toMatch(
      /Could not ingest latin1.txt: not UTF-8 text/,
    );
    expect(store.articles.count()).toBe(1);
  });

  it("tells the admin each article by its title, outlet and date, never by the id it is kept under", async () => {
    // A dated article with a dateline and no title line: the agency and the day, and the file's name.
    const dated =
      " date 2026-05-05 ASTANA. KAZINFORM – Speaker of the Majilis Erlan Koshanov met with Speaker of the State Great Khural of Mongolia Dashzegve Amarbayasgalan in Astana today.\n";
    expect(await upload(ADMIN, "dated.txt", dated)).toBe(
      "Added 1 article: 1 new meeting, no notification queued.\n• dated.txt, KAZINFORM, 5 May 2026",
    );
    // A page: its title, the site's name and the day it was published; not the hash it is kept under.
    web.routes.set("/dated", {
      body: newsPage(
        "Speakers meet",
        [
          "Speaker of the Majilis Erlan Koshanov met with Speaker of the State Great Khural of Mongolia Dashzegve Amarbayasgalan in Almaty on 7 May 2026.",
        ],
        "2026-05-07",
      ),
    });
    const reply = await say(ADMIN, `/ingest ${web.url}/dated`);
    expect(reply).toBe(
      "Added 1 article: 1 new meeting, no notification queued.\n• “Speakers meet”, Test News, 7 May 2026",
    );
    const ids = answerer.facts().articles.map((a) => a.id);
    expect(ids.every((id) => !reply.includes(id))).toBe(true);
    // A follower of the person is counted among the notifications queued.
    await say(21, "/subscribe Koshanov");
    const later = ARTICLE.replace("5 May 2026", "6 May 2026").replace("in Astana", "in Aktau");
    expect(await upload(ADMIN, "later.txt", later)).toMatch(
      /^Added 1 article: 1 new meeting, 1 notification queued\./,
    );
  });

  it("ingests an admin's /ingest URL once", async () => {
    web.routes.set("/speakers", { body: page() });
    expect(await say(ADMIN, `/ingest ${web.url}/speakers`)).toMatch(
      /^Added 1 article: 1 new meeting, no notification queued\.\n• “Speakers meet”/,
    );
    expect(answerer.facts().articles.map((a) => a.url)).toEqual([`${web.url}/speakers`]);
    expect(await say(ADMIN, `/ingest ${web.url}/speakers`)).toBe("Already ingested: nothing new.");
    expect(await say(ADMIN, "/ingest file:///etc/passwd")).toMatch(/http\(s\) address/);
    expect(await say(ADMIN, `/ingest ${web.url}/missing`)).toMatch(/Could not ingest .*HTTP 404/);
  });
});
