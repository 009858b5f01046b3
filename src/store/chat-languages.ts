/**
 * The language each chat chose with /language (en, ru, kk). A chat that chose none is answered in
 * its questions' language and greeted in its Telegram language.
 */
import { isLanguage, type Language } from "../i18n/language.ts";
import { type Db, statements } from "./database.ts";

/** Reads and writes the chats' chosen languages. */
export interface ChatLanguages {
  /** The language a chat chose, if any. */
  get(chatId: number): Language | undefined;
  /** Records a chat's choice. */
  set(chatId: number, language: Language): void;
}

/** The chat languages in SQLite. */
export class ChatLanguageStore implements ChatLanguages {
  private readonly sql: ReturnType<typeof statements>;

  constructor(db: Db) {
    this.sql = statements(db);
  }

  get(chatId: number): Language | undefined {
    const row = this.sql("SELECT language FROM chat_languages WHERE chat_id = ?").get(chatId) as
      | { language: string }
      | undefined;
    return isLanguage(row?.language) ? row.language : undefined;
  }

  set(chatId: number, language: Language): void {
    this.sql(
      `INSERT INTO chat_languages (chat_id, language, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (chat_id) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at`,
    ).run(chatId, language, new Date().toISOString());
  }
}

/** Chat languages kept in memory, for a bot that runs without a database. */
export class MemoryChatLanguages implements ChatLanguages {
  private readonly chosen = new Map<number, Language>();
  get(chatId: number): Language | undefined {
    return this.chosen.get(chatId);
  }
  set(chatId: number, language: Language): void {
    this.chosen.set(chatId, language);
  }
}
