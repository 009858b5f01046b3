/**
 * Subscriptions in the chat: /subscribe, /unsubscribe, /subscriptions (with a remove button per
 * subscription), and the admins' /ingest URL and .txt uploads. Handlers are short: subjects are
 * resolved by the answering core, stored by the store, ingested by the ingester.
 */
import { Composer, type Context, InlineKeyboard } from "grammy";
import { parseArticle } from "../corpus/article.ts";
import { articleId, MAX_ARTICLE_BYTES } from "../corpus/folder.ts";
import { type MessageVariables, translate } from "../i18n/catalogue.ts";
import { countryNameIn } from "../i18n/countries.ts";
import type { Language } from "../i18n/language.ts";
import { DEFAULT_FETCH_LIMITS, type FetchLimits } from "../ingest/fetch.ts";
import type { IncomingArticle, IngestResult } from "../ingest/ingester.ts";
import { readUrl } from "../ingest/sources.ts";
import { readsAsCode } from "../query/code-words.ts";
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
import { ingestReport } from "./ingest-report.ts";

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

/** The catalogue's reply to a /subscribe subject beyond the name bounds, by the bound exceeded. */
const TOO_LONG = {
  characters: "subscribe-too-many-characters",
  words: "subscribe-too-many-words",
  wordLetters: "subscribe-too-long-word",
} as const;

/** At most this many subjects in one /subscribe or /unsubscribe ("A, B, C"); the rest are left out. */
const MAX_SUBJECTS = 10;

// Words of politeness around a subject, no part of it: "/subscribe all please", "/subscribe Koshanov, thanks".
const POLITE =
  /^(please|pls|thanks|thank you|пожалуйста|спасибо|рахмет|өтінемін)[\s,.!]+|[\s,.!]+(please|pls|thanks|thank you|пожалуйста|спасибо|рахмет|өтінемін)[.!]*$/iu;

/**
 * The subjects of a /subscribe or /unsubscribe argument: separated by commas, semicolons or lines
 * ("Koshanov, Mongolia"), each without the words of politeness around it ("all please").
 */
export function subjectsOf(argument: string): string[] {
  return (
    argument
      .split(/[,;\n]+/)
      .map((part) => {
        let text = part.trim();
        for (let before = ""; before !== text; ) {
          before = text;
          text = text.replace(POLITE, "").trim();
        }
        return text;
      })
      // A part that was only politeness ("Koshanov, thanks") is none.
      .filter((text) => text && !POLITE.test(` ${text}`))
      .slice(0, MAX_SUBJECTS)
  );
}

/** The longest subscription line of /subscriptions, so that the most a chat may follow fits one message. */
const MAX_LINE = 60;

// The chat's language, which the bot's language middleware put on the context before this runs.
const languageOf = (ctx: Context): Language => (ctx as Context & { language?: Language }).language ?? "en";

// A message of the catalogue in the chat's language.
const say = (ctx: Context, key: string, variables?: MessageVariables) =>
  translate(languageOf(ctx), key, variables);

/** The subscription commands as a grammY Composer, to be installed in the bot. */
export function subscriptionsComposer(options: SubscriptionsComposerOptions): Composer<Context> {
  const { subscriptions, answerer } = options;
  const composer = new Composer<Context>();
  const isAdmin = (ctx: Context) =>
    [ctx.chat?.id, ctx.from?.id].some((id) => id !== undefined && options.adminChatIds.includes(id));

  // One subject of /subscribe: the line that tells what became of it.
  const subscribeOne = (ctx: Context & { chat: { id: number } }, text: string): string => {
    const tooLong = nameLimitProblem(text);
    if (tooLong) return say(ctx, TOO_LONG[tooLong], { limit: String(NAME_LIMITS[tooLong]) });
    const language = languageOf(ctx);
    const subject = toStored(answerer.resolveSubject(text), language);
    if (!subject) return say(ctx, "subscribe-not-a-subject", { text });
    const added = subscriptions.add(ctx.chat.id, subject.stored);
    if (added.full) return say(ctx, "subscribe-full", { limit: String(MAX_SUBSCRIPTIONS_PER_CHAT) });
    return added.created
      ? subject.confirmation
      : translate(language, "subscribe-already", { label: label(added.subscription, language) });
  };

  // One subject of /unsubscribe: the line that tells what became of it.
  const unsubscribeOne = (ctx: Context & { chat: { id: number } }, text: string): string => {
    if (/^all$/i.test(text)) {
      const n = subscriptions.removeAll(ctx.chat.id);
      return n ? say(ctx, "unsubscribe-all-done", { count: String(n) }) : say(ctx, "unsubscribe-had-none");
    }
    const removed = findSubscription(subscriptions.list(ctx.chat.id), answerer.resolveSubject(text), text);
    // The user's words are echoed no longer than a name may be: a pasted page is not quoted back whole.
    if (!removed)
      return say(ctx, "unsubscribe-not-followed", { text: cutText(text, NAME_LIMITS.characters) });
    subscriptions.remove(ctx.chat.id, removed.id);
    const language = languageOf(ctx);
    return translate(language, "unsubscribe-done", { what: describe(removed, language) });
  };

  // "/subscribe Koshanov, Mongolia": each subject in turn, one line each.
  composer.command("subscribe", async (ctx) => {
    const subjects = subjectsOf(ctx.match);
    if (!subjects.length) {
      await ctx.reply(say(ctx, "subscribe-usage"));
      return;
    }
    // Code is no list of subjects: "'; DROP TABLE x; --" cut at its semicolons would leave words.
    if (readsAsCode(ctx.match)) {
      const text = cutText(ctx.match.trim(), NAME_LIMITS.characters);
      await ctx.reply(say(ctx, "subscribe-not-a-subject", { text }));
      return;
    }
    await ctx.reply(subjects.map((text) => subscribeOne(ctx, text)).join("\n"));
  });

  composer.command("unsubscribe", async (ctx) => {
    const subjects = subjectsOf(ctx.match);
    if (!subjects.length) {
      await ctx.reply(say(ctx, "unsubscribe-usage"));
      return;
    }
    await ctx.reply(subjects.map((text) => unsubscribeOne(ctx, text)).join("\n"));
  });

  composer.command("subscriptions", async (ctx) => {
    const { text, keyboard } = listing(subscriptions.list(ctx.chat.id), languageOf(ctx));
    await ctx.reply(text, { reply_markup: keyboard });
  });

  composer.callbackQuery(REMOVE, async (ctx) => {
    const chatId = ctx.chat?.id;
    const id = Number(ctx.match[1]);
    const removed = chatId === undefined ? undefined : subscriptions.remove(chatId, id);
    await ctx.answerCallbackQuery({
      text: removed
        ? say(ctx, "subscriptions-removed", { label: label(removed, languageOf(ctx)) })
        : say(ctx, "subscriptions-already-removed"),
    });
    if (chatId === undefined) return;
    const { text, keyboard } = listing(subscriptions.list(chatId), languageOf(ctx));
    try {
      await ctx.editMessageText(text, { reply_markup: keyboard });
    } catch {
      // The list message is gone or unchanged; the answer above already told the user.
    }
  });

  composer.command("ingest", async (ctx) => {
    if (!isAdmin(ctx)) {
      await ctx.reply(say(ctx, "ingest-not-allowed"));
      return;
    }
    const url = ctx.match.trim();
    if (!/^https?:\/\//i.test(url)) {
      await ctx.reply(say(ctx, "ingest-usage"));
      return;
    }
    try {
      const article = await readUrl(url, {}, options.fetchLimits ?? DEFAULT_FETCH_LIMITS);
      await ctx.reply(ingestReport(await options.ingest([{ article, source: url }]), url, languageOf(ctx)));
    } catch (error) {
      await ctx.reply(say(ctx, "ingest-failed", { source: url, reason: (error as Error).message }));
    }
  });

  composer.on("message:document", async (ctx) => {
    const doc = ctx.message.document;
    if (!isAdmin(ctx)) {
      await ctx.reply(say(ctx, "ingest-not-allowed"));
      return;
    }
    const name = doc.file_name ?? "upload.txt";
    if (!name.toLowerCase().endsWith(".txt")) {
      await ctx.reply(say(ctx, "ingest-txt-only"));
      return;
    }
    if ((doc.file_size ?? 0) > MAX_ARTICLE_BYTES) {
      await ctx.reply(say(ctx, "ingest-too-large", { name }));
      return;
    }
    try {
      const text = await downloadText(ctx, doc.file_id);
      const article = parseArticle(text, { id: articleId(name), file: name });
      const result = await options.ingest([{ article, source: `upload ${name}` }]);
      await ctx.reply(ingestReport(result, name, languageOf(ctx)));
    } catch (error) {
      await ctx.reply(say(ctx, "ingest-failed", { source: name, reason: (error as Error).message }));
    }
  });

  return composer;
}

// The stored form of a resolved subject, and its confirmation in words (in the chat's language).
function toStored(
  subject: Subject | undefined,
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
        confirmation: translate(language, "subscribe-person", { label: localCountry(label, language) }),
      };
    }
    case "country":
      return {
        stored: { kind: "country", key: countryKey(subject.name), label: subject.name },
        confirmation: translate(language, "subscribe-country", {
          label: countryNameIn(subject.name, language),
        }),
      };
    case "all":
      return {
        stored: { kind: "all", key: "", label: "every new meeting" },
        confirmation: translate(language, "subscribe-all"),
      };
    default: {
      // Text the answering core did not take for a name (a link, code) is not followed.
      if (subject?.kind !== "watch-name") return undefined;
      const name = subject.name;
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
  const stored = toStored(subject)?.stored;
  const exact = stored && list.find((s) => s.kind === stored.kind && s.key === stored.key);
  if (exact) return exact;
  const key = nameKey(text);
  return list.find(
    (s) => key && (nameKey(s.label.split(",")[0] ?? "") === key || (s.kind === "name" && s.key === key)),
  );
}

function describe(s: Subscription, language: Language = "en"): string {
  if (s.kind === "all") return translate(language, "follow-all");
  if (s.kind === "country") return translate(language, "follow-country", { label: label(s, language) });
  return translate(language, "follow-person", { label: s.label });
}

// A subscription as the chat reads it: stored labels are English ("Mongolia", "every new meeting",
// "Erlan Koshanov, Majilis Speaker (Kazakhstan)"); countries are named in the chat's language, and
// "all" in its words. Names and roles stay as the articles give them.
function label(s: Subscription, language: Language): string {
  if (s.kind === "all") return translate(language, "subscriptions-everything");
  if (s.kind === "country") return countryNameIn(s.label, language);
  return localCountry(s.label, language);
}

// "Erlan Koshanov, Majilis Speaker (Kazakhstan)" with the country in parentheses named in `language`.
function localCountry(text: string, language: Language): string {
  return text.replace(/\(([^()]+)\)$/, (_, country: string) => `(${countryNameIn(country, language)})`);
}

// The /subscriptions message in the chat's language: the list, and a remove button per subscription.
function listing(list: Subscription[], language: Language): { text: string; keyboard?: InlineKeyboard } {
  const t = (key: string, variables?: MessageVariables) => translate(language, key, variables);
  if (list.length === 0) return { text: t("subscriptions-empty") };
  const lines = list.map((s, i) => `${i + 1}. ${cutText(label(s, language), MAX_LINE)}`);
  const keyboard = new InlineKeyboard();
  for (const s of list.slice(0, MAX_BUTTONS)) {
    const name = label(s, language);
    keyboard
      .text(t("subscriptions-remove", { label: cutText(name.split(",")[0] ?? name, 40) }), `unsub:${s.id}`)
      .row();
  }
  const more =
    list.length > MAX_BUTTONS
      ? `\n${t("subscriptions-more", { count: String(list.length - MAX_BUTTONS) })}`
      : "";
  return { text: `${t("subscriptions-header")}\n${lines.join("\n")}${more}`, keyboard };
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
