/**
 * The store: one SQLite file, one class per table. {@link openStore} is what the rest of parlbot calls.
 */
import { ArticleStore } from "./articles.ts";
import { ChatLanguageStore } from "./chat-languages.ts";
import { type Db, openDatabase } from "./database.ts";
import { FeedItemStore } from "./feed-items.ts";
import { Outbox } from "./outbox.ts";
import { SubscriptionStore } from "./subscriptions.ts";

/** The open database and its tables. */
export interface Store {
  db: Db;
  subscriptions: SubscriptionStore;
  articles: ArticleStore;
  outbox: Outbox;
  feedItems: FeedItemStore;
  languages: ChatLanguageStore;
  close(): void;
}

/** Opens the database at `path` (migrating it in place) and wraps its tables. */
export function openStore(path: string): Store {
  const db = openDatabase(path);
  return {
    db,
    subscriptions: new SubscriptionStore(db),
    articles: new ArticleStore(db),
    outbox: new Outbox(db),
    feedItems: new FeedItemStore(db),
    languages: new ChatLanguageStore(db),
    close: () => db.close(),
  };
}
