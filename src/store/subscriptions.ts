/**
 * Who follows what. A subscription is a chat plus a subject: a person (by fact-base id), a country,
 * everything, or a name not yet in the fact base. The queries here are the subscription side of
 * matching: each looks subscribers up by an indexed key, so their cost does not grow with the
 * number of subscriptions that do not match.
 */
import { type Db, statements } from "./database.ts";
import { watchKeysOf } from "./name-keys.ts";

/** What a subscription follows. */
export type SubscriptionKind = "person" | "country" | "all" | "name";

/** A subject to subscribe to, in stored form. */
export interface SubscriptionSubject {
  kind: SubscriptionKind;
  /** person: the person id; country: the lower-case country name; all: ""; name: the name key. */
  key: string;
  /** How the subject is named to the user ("Erlan Koshanov, Chairman of the Majilis"). */
  label: string;
}

/** A stored subscription. */
export interface Subscription extends SubscriptionSubject {
  id: number;
  chatId: number;
  createdAt: string;
}

interface Row {
  id: number;
  chat_id: number;
  kind: SubscriptionKind;
  key: string;
  label: string;
  created_at: string;
}

const toSubscription = (r: Row): Subscription => ({
  id: r.id,
  chatId: r.chat_id,
  kind: r.kind,
  key: r.key,
  label: r.label,
  createdAt: r.created_at,
});

/** The most subscriptions one chat may have: each costs a row, index keys and matching work. */
export const MAX_SUBSCRIPTIONS_PER_CHAT = 50;

/** What {@link SubscriptionStore.add} did: created, found the same subject, or refused a full chat. */
export type AddResult = { subscription: Subscription; created: boolean; full?: undefined } | { full: true };

/** The lower-case key a country is stored and matched under ("the Republic of Korea" stays as is). */
export function countryKey(name: string): string {
  return name.trim().toLowerCase();
}

/** Subscriptions in SQLite. */
export class SubscriptionStore {
  private readonly sql: ReturnType<typeof statements>;

  constructor(private readonly db: Db) {
    this.sql = statements(db);
  }

  /**
   * Subscribes a chat; subscribing twice to the same subject keeps the first subscription, and a
   * chat that has {@link MAX_SUBSCRIPTIONS_PER_CHAT} already gets no new one.
   */
  add(chatId: number, subject: SubscriptionSubject, now = new Date()): AddResult {
    return this.db.transaction(() => {
      const existing = this.sql("SELECT * FROM subscriptions WHERE chat_id = ? AND kind = ? AND key = ?").get(
        chatId,
        subject.kind,
        subject.key,
      ) as Row | undefined;
      if (existing) return { subscription: toSubscription(existing), created: false };
      const held = this.sql("SELECT count(*) FROM subscriptions WHERE chat_id = ?")
        .pluck()
        .get(chatId) as number;
      if (held >= MAX_SUBSCRIPTIONS_PER_CHAT) return { full: true as const };
      const row = this.sql(
        "INSERT INTO subscriptions (chat_id, kind, key, label, created_at) VALUES (?, ?, ?, ?, ?) RETURNING *",
      ).get(chatId, subject.kind, subject.key, subject.label, now.toISOString()) as Row;
      if (subject.kind === "name") {
        const insert = this.sql("INSERT OR IGNORE INTO watch_keys (key, subscription_id) VALUES (?, ?)");
        for (const k of watchKeysOf(subject.key)) insert.run(k, row.id);
      }
      return { subscription: toSubscription(row), created: true };
    })();
  }

  /** A chat's subscriptions, oldest first. */
  list(chatId: number): Subscription[] {
    const rows = this.sql("SELECT * FROM subscriptions WHERE chat_id = ? ORDER BY id").all(chatId) as Row[];
    return rows.map(toSubscription);
  }

  /** Removes one subscription of a chat by id; undefined when the chat has no such subscription. */
  remove(chatId: number, id: number): Subscription | undefined {
    const row = this.sql("DELETE FROM subscriptions WHERE chat_id = ? AND id = ? RETURNING *").get(
      chatId,
      id,
    ) as Row | undefined;
    return row && toSubscription(row);
  }

  /** Removes a chat's subscription to a subject; undefined when it had none. */
  removeSubject(chatId: number, kind: SubscriptionKind, key: string): Subscription | undefined {
    const row = this.sql(
      "DELETE FROM subscriptions WHERE chat_id = ? AND kind = ? AND key = ? RETURNING *",
    ).get(chatId, kind, key) as Row | undefined;
    return row && toSubscription(row);
  }

  /** Removes every subscription of a chat; returns how many there were. */
  removeAll(chatId: number): number {
    return this.sql("DELETE FROM subscriptions WHERE chat_id = ?").run(chatId).changes;
  }

  /** How many subscriptions there are in all. */
  count(): number {
    return (this.sql("SELECT count(*) AS n FROM subscriptions").get() as { n: number }).n;
  }

  /** Chats following any of these people (by person id). */
  chatsFollowingPeople(ids: readonly string[]): number[] {
    return this.chatsByKeys("person", ids);
  }

  /** Chats following any of these countries (by {@link countryKey}). */
  chatsFollowingCountries(keys: readonly string[]): number[] {
    return this.chatsByKeys("country", keys);
  }

  /** Chats following everything. */
  chatsFollowingAll(): number[] {
    return this.sql("SELECT chat_id FROM subscriptions WHERE kind = 'all'").pluck().all() as number[];
  }

  /** Watched names sharing at least one fuzzy key with these keys: candidates, to be checked exactly. */
  watchCandidates(keys: readonly string[]): Subscription[] {
    if (keys.length === 0) return [];
    const rows = this.inChunks(
      keys,
      (marks) =>
        `SELECT DISTINCT s.* FROM watch_keys w JOIN subscriptions s ON s.id = w.subscription_id WHERE w.key IN (${marks})`,
    );
    const seen = new Set<number>();
    return rows.filter((r) => !seen.has(r.id) && seen.add(r.id)).map(toSubscription);
  }

  // Only chat ids: matching needs no more, and building 100,000 objects would cost more than the query.
  private chatsByKeys(kind: SubscriptionKind, keys: readonly string[]): number[] {
    if (keys.length === 0) return [];
    const unique = [...new Set(keys)];
    const out: number[] = [];
    for (let i = 0; i < unique.length; i += 500) {
      const chunk = unique.slice(i, i + 500);
      const marks = chunk.map(() => "?").join(",");
      const sql = `SELECT chat_id FROM subscriptions WHERE kind = '${kind}' AND key IN (${marks})`;
      out.push(
        ...(this.sql(sql)
          .pluck()
          .all(...chunk) as number[]),
      );
    }
    return out;
  }

  // SQLite caps the number of bound parameters; long key lists are queried in chunks.
  private inChunks(keys: readonly string[], sql: (marks: string) => string): Row[] {
    const out: Row[] = [];
    for (let i = 0; i < keys.length; i += 500) {
      const chunk = keys.slice(i, i + 500);
      out.push(...(this.sql(sql(chunk.map(() => "?").join(","))).all(...chunk) as Row[]));
    }
    return out;
  }
}
