/**
 * Subscriptions in the chat: /subscribe, /unsubscribe, /subscriptions (with a remove button per
 * subscription), and the admins' /ingest URL and .txt uploads. Handlers are short: subjects are
 * resolved by the answering core, stored by the store, ingested by the ingester.
 */
import { Composer, type Context, InlineKeyboard } from "grammy";
import { parseArticle } from "../corpus/article.ts";
import { articleId, MAX_ARTICLE_BYTES } from "../corpus/folder.ts";
import { translate } from "../i18n/catalogue.ts";
import type { Language } from "../i18n/language.ts";
import { DEFAULT_FETCH_LIMITS, type FetchLimits } from "../ingest/fetch.ts";
import type { IncomingArticle, IngestResult } from "../ingest/ingester.ts";
import { readUrl } from "../ingest/sources.ts";
import type { Answerer, Subject } from "../query/index.ts";
import { NAME_LIMITS, nameKey, nameLimitProblem } from "../store/name-keys.ts";
import {
  countryKey,
  MAX_SUBSCRIPTIONS_PER_CHAT,
  type Subscription,
  type SubscriptionStore,
  type SubscriptionSubject,
} from "../store/subscriptions.ts";
import { cutText } from "./cut.ts";

/** What the subscription commands need. */
export interface SubscriptionsComposerOptions {
  subscriptions: SubscriptionStore;
  answerer: Answerer;
  /** Chats (or users) allowed to /ingest and upload articles. */
  adminChatIds: readonly number[];
  /** Ingests articles (the running services' ingester, which also wakes the sender). */
  ingest: (batch: IncomingArticle[]) => IngestResult | Promise<IngestResult>;
  /** Limits of the page fetch /ingest makes (whether private addresses are allowed comes from the config). */
  fetchLimits?: FetchLimits;
}

/** Callback data of a remove button: "unsub:<subscription id>", far below Telegram's 64 bytes. */
const REMOVE = /^unsub:(\d+)$/;
/** At most this many remove buttons under the list (Telegram allows 100). */
const MAX_BUTTONS = 50;

/** Replies to a /subscribe subject beyond the name bounds, by the bound exceeded. */
const TOO_LONG = {
  characters: `That is too long for a name: at most ${NAME_LIMITS.characters} characters, e.g. /subscribe Koshanov`,
  words: `A name to follow has at most ${NAME_LIMITS.words} words (that one is too long), e.g. /subscribe Erlan Koshanov`,
  wordLetters: `That word is too long for a name (at most ${NAME_LIMITS.wordLetters} letters), e.g. /subscribe Koshanov`,
} as const;

/** The longest subscription line of /subscriptions, so that the most a chat may follow fits one message. */
const MAX_LINE = 60;

const NOT_ALLOWED = "Sorry, not allowed: only the bot's admins can add articles.";

// The chat's language, which the bot's language middleware put on the context before this runs.
const languageOf = (ctx: Context): Language => (ctx as Context & { language?: Language }).language ?? "en";

/** The subscription commands as a grammY Composer, to be installed in the bot. */
export function subscriptionsComposer(options: SubscriptionsComposerOptions): Composer<Context> {
  const { subscriptions, answerer } = options;
  const composer = new Composer<Context>();
  const isAdmin = (ctx: Context) =>
    [ctx.chat?.id, ctx.from?.id].some((id) => id !== undefined && options.adminChatIds.includes(id));

  composer.command("subscribe", async (ctx) => {
    const text = ctx.match.trim();
    if (!text) {
      await ctx.reply(
        "Whom shall I follow for you? For example: /subscribe Koshanov, /subscribe Mongolia or /subscribe all",
      );
      return;
    }
    const tooLong = nameLimitProblem(text);
    if (tooLong) {
      await ctx.reply(TOO_LONG[tooLong]);
      return;
    }
    const language = languageOf(ctx);
    const subject = toStored(answerer.resolveSubject(text), text, language);
    if (!subject) {
      await ctx.reply(`"${text}" is not a name, a country or "all"; try /subscribe Koshanov`);
      return;
    }
    const added = subscriptions.add(ctx.chat.id, subject.stored);
    if (added.full) {
      await ctx.reply(
        `You follow ${MAX_SUBSCRIPTIONS_PER_CHAT} subjects, at most ${MAX_SUBSCRIPTIONS_PER_CHAT} per chat: /unsubscribe one first (/subscriptions lists them).`,
      );
      return;
    }
    await ctx.reply(
      added.created
        ? subject.confirmation
        : translate(language, "subscribe-already", { label: added.subscription.label }),
    );
  });

  composer.command("unsubscribe", async (ctx) => {
    const text = ctx.match.trim();
    if (!text) {
      await ctx.reply(
        "Which subscription shall I remove? /unsubscribe NAME, or /unsubscribe all; /subscriptions lists them",
      );
      return;
    }
    if (/^all$/i.test(text)) {
      const n = subscriptions.removeAll(ctx.chat.id);
      await ctx.reply(
        n ? `Done: you no longer follow anything (${n} removed).` : "You had no subscriptions.",
      );
      return;
    }
    const removed = findSubscription(subscriptions.list(ctx.chat.id), answerer.resolveSubject(text), text);
    if (!removed) {
      await ctx.reply(`You do not follow "${text}". /subscriptions lists what you follow.`);
      return;
    }
    subscriptions.remove(ctx.chat.id, removed.id);
    const language = languageOf(ctx);
    await ctx.reply(translate(language, "unsubscribe-done", { what: describe(removed, language) }));
  });

  composer.command("subscriptions", async (ctx) => {
    const { text, keyboard } = listing(subscriptions.list(ctx.chat.id));
    await ctx.reply(text, { reply_markup: keyboard });
  });

  composer.callbackQuery(REMOVE, async (ctx) => {
    const chatId = ctx.chat?.id;
    const id = Number(ctx.match[1]);
    const removed = chatId === undefined ? undefined : subscriptions.remove(chatId, id);
    await ctx.answerCallbackQuery({ text: removed ? `Removed: ${removed.label}` : "Already removed." });
    if (chatId === undefined) return;
    const { text, keyboard } = listing(subscriptions.list(chatId));
    try {
      await ctx.editMessageText(text, { reply_markup: keyboard });
    } catch {
      // The list message is gone or unchanged; the answer above already told the user.
    }
  });

  composer.command("ingest", async (ctx) => {
    if (!isAdmin(ctx)) {
      await ctx.reply(NOT_ALLOWED);
      return;
    }
    const url = ctx.match.trim();
    if (!/^https?:\/\//i.test(url)) {
      await ctx.reply("Send /ingest followed by the http(s) address of an article page.");
      return;
    }
    try {
      const article = await readUrl(url, {}, options.fetchLimits ?? DEFAULT_FETCH_LIMITS);
      await ctx.reply(report(await options.ingest([{ article, source: url }])));
    } catch (error) {
      await ctx.reply(`Could not ingest ${url}: ${(error as Error).message}`);
    }
  });

  composer.on("message:document", async (ctx) => {
    const doc = ctx.message.document;
    if (!isAdmin(ctx)) {
      await ctx.reply(NOT_ALLOWED);
      return;
    }
    const name = doc.file_name ?? "upload.txt";
    if (!name.toLowerCase().endsWith(".txt")) {
      await ctx.reply("Send articles as .txt files.");
      return;
    }
    if ((doc.file_size ?? 0) > MAX_ARTICLE_BYTES) {
      await ctx.reply(`${name} is larger than 1 MB: that is not a news article.`);
      return;
    }
    try {
      const text = await downloadText(ctx, doc.file_id);
      const article = parseArticle(text, { id: articleId(name), file: name });
      await ctx.reply(report(await options.ingest([{ article, source: `upload ${name}` }])));
    } catch (error) {
      await ctx.reply(`Could not ingest ${name}: ${(error as Error).message}`);
    }
  });

  return composer;
}

// The stored form of a resolved subject, and its confirmation in words (in the chat's language).
function toStored(
  subject: Subject | undefined,
  text: string,
  language: Language = "en",
): { stored: SubscriptionSubject; confirmation: string } | undefined {
  switch (subject?.kind) {
    case "person": {
      // The description may already start with the name ("Erlan Koshanov, Majilis Speaker").
      const { name, description } = subject;
      const label = !description
        ? name
        : description.startsWith(name)
          ? description
          : `${name}, ${description}`;
      return {
        stored: { kind: "person", key: subject.id, label },
        confirmation: translate(language, "subscribe-person", { label }),
      };
    }
    case "country":
      return {
        stored: { kind: "country", key: countryKey(subject.name), label: subject.name },
        confirmation: translate(language, "subscribe-country", { label: subject.name }),
      };
    case "all":
      return {
        stored: { kind: "all", key: "", label: "every new meeting" },
        confirmation: translate(language, "subscribe-all"),
      };
    default: {
      const name = subject?.kind === "watch-name" ? subject.name : text;
      const key = nameKey(name);
      if (!key) return undefined;
      return {
        stored: { kind: "name", key, label: name },
        confirmation: translate(language, "subscribe-name", { label: name }),
      };
    }
  }
}

// The chat's subscription that /unsubscribe TEXT means: the resolved subject, else a name match.
function findSubscription(
  list: Subscription[],
  subject: Subject | undefined,
  text: string,
): Subscription | undefined {
  const stored = toStored(subject, text)?.stored;
  const exact = stored && list.find((s) => s.kind === stored.kind && s.key === stored.key);
  if (exact) return exact;
  const key = nameKey(text);
  return list.find(
    (s) => key && (nameKey(s.label.split(",")[0] ?? "") === key || (s.kind === "name" && s.key === key)),
  );
}

function describe(s: Subscription, language: Language = "en"): string {
  if (s.kind === "all") return translate(language, "follow-all");
  if (s.kind === "country") return translate(language, "follow-country", { label: s.label });
  return translate(language, "follow-person", { label: s.label });
}

// The /subscriptions message: the list, and a remove button per subscription.
function listing(list: Subscription[]): { text: string; keyboard?: InlineKeyboard } {
  if (list.length === 0) {
    return {
      text: "You follow nothing yet. Try /subscribe Koshanov, /subscribe Mongolia or /subscribe all.",
    };
  }
  const lines = list.map(
    (s, i) => `${i + 1}. ${cutText(s.kind === "all" ? "everything" : s.label, MAX_LINE)}`,
  );
  const keyboard = new InlineKeyboard();
  for (const s of list.slice(0, MAX_BUTTONS)) {
    keyboard
      .text(
        `Remove ${cutText(s.kind === "all" ? "everything" : (s.label.split(",")[0] ?? s.label), 40)}`,
        `unsub:${s.id}`,
      )
      .row();
  }
  const more =
    list.length > MAX_BUTTONS
      ? `\n(${list.length - MAX_BUTTONS} more: remove them with /unsubscribe NAME)`
      : "";
  return { text: `You follow:\n${lines.join("\n")}${more}`, keyboard };
}

// The admin's reply after an ingest.
function report(result: IngestResult): string {
  if (result.added.length === 0) return "Already ingested: nothing new.";
  const titles = result.added.map((a) => a.title ?? a.id).join("; ");
  return `Ingested ${result.added.length} article(s) (${titles}): ${result.meetings} new meeting(s), ${result.notifications} notification(s) queued.`;
}

// Downloads an uploaded file through the Bot API (getFile, then the file URL), with the size limit.
async function downloadText(ctx: Context, fileId: string): Promise<string> {
  const file = await ctx.api.getFile(fileId);
  if (!file.file_path) throw new Error("Telegram gave no file path");
  const root = ctx.api.options?.apiRoot ?? "https://api.telegram.org";
  const response = await fetch(`${root}/file/bot${ctx.api.token}/${file.file_path}`, {
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) throw new Error(`download failed (HTTP ${response.status})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_ARTICLE_BYTES) throw new Error("larger than 1 MB");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error("not UTF-8 text");
  }
}
