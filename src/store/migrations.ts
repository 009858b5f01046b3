/**
 * Schema migrations. The schema version is SQLite's `user_version`; each migration moves a file
 * from one version to the next inside a transaction, so a file is never left half-upgraded and an
 * existing database is upgraded in place, keeping its rows.
 */
import type Database from "better-sqlite3";
import { watchKeysOf } from "./name-keys.ts";

/** One step of the schema's history. Never edit a released step: add a new one. */
export interface Migration {
  version: number;
  description: string;
  up: (db: Database.Database) => void;
}

/** The schema's history, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "subscriptions and ingested articles",
    up: (db) =>
      db.exec(`
        CREATE TABLE subscriptions (
          id INTEGER PRIMARY KEY,
          chat_id INTEGER NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('person', 'country', 'all', 'name')),
          key TEXT NOT NULL,
          label TEXT NOT NULL,
          created_at TEXT NOT NULL,
          UNIQUE (chat_id, kind, key)
        );
        CREATE INDEX subscriptions_by_subject ON subscriptions (kind, key);
        CREATE TABLE ingested_articles (
          id TEXT PRIMARY KEY,
          url TEXT,
          hash TEXT NOT NULL,
          source TEXT NOT NULL,
          ingested_at TEXT NOT NULL
        );
        CREATE INDEX ingested_by_url ON ingested_articles (url);
        CREATE INDEX ingested_by_hash ON ingested_articles (hash);
      `),
  },
  {
    version: 2,
    description: "durable outbox; ingested articles keep their parsed text",
    up: (db) =>
      db.exec(`
        CREATE TABLE outbox (
          id INTEGER PRIMARY KEY,
          chat_id INTEGER NOT NULL,
          dedupe_key TEXT NOT NULL UNIQUE,
          html TEXT NOT NULL,
          state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
          attempts INTEGER NOT NULL DEFAULT 0,
          not_before INTEGER NOT NULL DEFAULT 0,
          created_at TEXT NOT NULL,
          sent_at TEXT,
          message_id INTEGER,
          last_error TEXT
        );
        CREATE INDEX outbox_due ON outbox (state, not_before, id);
        CREATE INDEX outbox_by_chat ON outbox (chat_id, state);
        ALTER TABLE ingested_articles ADD COLUMN article TEXT;
      `),
  },
  {
    version: 3,
    description: "fuzzy keys for watched names; feed items",
    up: (db) => {
      db.exec(`
        CREATE TABLE watch_keys (
          key TEXT NOT NULL,
          subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
          PRIMARY KEY (key, subscription_id)
        ) WITHOUT ROWID;
        CREATE INDEX watch_keys_by_subscription ON watch_keys (subscription_id);
        CREATE TABLE feed_items (
          feed_url TEXT NOT NULL,
          item_key TEXT NOT NULL,
          state TEXT NOT NULL CHECK (state IN ('done', 'retry', 'given-up')),
          attempts INTEGER NOT NULL DEFAULT 0,
          last_error TEXT,
          updated_at TEXT NOT NULL,
          PRIMARY KEY (feed_url, item_key)
        );
      `);
      // Names watched before this version get their keys now.
      const insert = db.prepare("INSERT OR IGNORE INTO watch_keys (key, subscription_id) VALUES (?, ?)");
      const names = db.prepare("SELECT id, key FROM subscriptions WHERE kind = 'name'").all() as {
        id: number;
        key: string;
      }[];
      for (const { id, key } of names) for (const k of watchKeysOf(key)) insert.run(k, id);
    },
  },
  {
    version: 4,
    description: "chat languages: the language each chat chose with /language",
    up: (db) =>
      db.exec(`
        CREATE TABLE chat_languages (
          chat_id INTEGER PRIMARY KEY,
          language TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
      `),
  },
];

/** The schema version this build writes. */
export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/**
 * Applies every migration newer than the file's version, each in its own transaction. A file
 * written by a newer parlbot is refused rather than misread.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(`its schema version ${current} is newer than this parlbot knows (${latest})`);
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
