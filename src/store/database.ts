/**
 * The SQLite file that holds subscriptions, the outbox and what was ingested. better-sqlite3 is
 * synchronous, which suits us: a transaction is a plain function call, so nothing can interleave
 * with it inside the process, and WAL lets the bot and a `parlbot ingest` run share the file.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { MIGRATIONS, type Migration, migrate } from "./migrations.ts";

/** An open parlbot database. */
export type Db = Database.Database;

/**
 * Opens (creating it if needed) the database at `path` and brings its schema up to date in place.
 * `migrations` is for tests that need to create a file with an older schema.
 */
export function openDatabase(path: string, options: { migrations?: readonly Migration[] } = {}): Db {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path);
  } catch (error) {
    throw new Error(`cannot open the database ${path}: ${(error as Error).message}`);
  }
  try {
    // Another process (the bot, `parlbot ingest`) may hold the write lock for a moment.
    db.pragma("busy_timeout = 5000");
    db.pragma("journal_mode = WAL");
    // NORMAL is durable across a process crash (what we guard against); FULL would also survive
    // power loss at the cost of an fsync per commit.
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    migrate(db, options.migrations ?? MIGRATIONS);
  } catch (error) {
    db.close();
    throw new Error(`cannot use the database ${path}: ${(error as Error).message}`);
  }
  return db;
}

/**
 * A prepared-statement cache: preparing costs more than running a small query, so each SQL text is
 * prepared once per database.
 */
export function statements(db: Db): (sql: string) => Database.Statement {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}
