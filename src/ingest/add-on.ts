/**
 * Subscriptions as an add-on of `parlbot start`: the /subscribe commands go into the bot, and the
 * inbox watcher, feed poller and paced sender run while the bot runs (in Telegram or the terminal).
 */
import type { AddOnFactory } from "../cli/start.ts";
import { openSubscriptions } from "./services.ts";

/** The commands subscribers use, for /help and Telegram's menu (the admins' /ingest is left out). */
export const SUBSCRIPTION_COMMANDS = [
  { command: "subscribe", description: "follow a person, a country, or all new meetings" },
  { command: "unsubscribe", description: "stop following someone or something (or all)" },
  { command: "subscriptions", description: "what you follow, with buttons to remove" },
];

/** The add-on: opens the database when the bot starts, closes it when the bot stops. */
export const subscriptionsAddOn: AddOnFactory = ({ config, answerer, log, facts }) => {
  const subscriptions = openSubscriptions({ answerer, options: { ...config, live: facts }, log });
  return {
    extensions: [subscriptions.composer],
    commands: SUBSCRIPTION_COMMANDS,
    // The database that keeps subscriptions keeps the chats' chosen languages too.
    languages: subscriptions.store.languages,
    start: (api) => subscriptions.start(api),
    stop: () => subscriptions.stop(),
  };
};
