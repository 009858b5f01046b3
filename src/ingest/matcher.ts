/**
 * Matching new meetings against subscriptions: which chats follow someone or something in them.
 * Every lookup goes through an index of the subscriptions table (person id, country key, fuzzy name
 * key), so the cost grows with the number of matching subscriptions, not with all of them.
 */
import type { Meeting, Person } from "../facts/types.ts";
import { nameWords, watchedNameMatches, wordVariants } from "../store/name-keys.ts";
import { countryKey, type SubscriptionStore } from "../store/subscriptions.ts";

/** For each chat that follows something in the meetings: the meetings it follows, by meeting id. */
export type Matches = Map<number, Set<string>>;

/** Finds, for each new meeting, every chat whose subscriptions it matches. */
export function matchMeetings(
  meetings: readonly Meeting[],
  peopleById: ReadonlyMap<string, Person>,
  subscriptions: SubscriptionStore,
): Matches {
  const matches: Matches = new Map();
  const add = (chatIds: Iterable<number>, meetingId: string) => {
    for (const chatId of chatIds) {
      const set = matches.get(chatId) ?? new Set<string>();
      set.add(meetingId);
      matches.set(chatId, set);
    }
  };
  if (meetings.length === 0) return matches;
  const all = subscriptions.chatsFollowingAll();
  for (const meeting of meetings) {
    add(all, meeting.id);
    add(subscriptions.chatsFollowingPeople(meeting.participants), meeting.id);
    const countries = [...meeting.countries, ...meeting.parties.map((p) => p.country)].map(countryKey);
    add(subscriptions.chatsFollowingCountries(countries), meeting.id);
    for (const id of meeting.participants) {
      const person = peopleById.get(id);
      if (!person) continue;
      const names = [person.name, ...person.aliases];
      const keys = [...new Set(names.flatMap(nameWords).flatMap(wordVariants))];
      const watching = subscriptions.watchCandidates(keys).filter((s) => watchedNameMatches(s.key, names));
      add(
        watching.map((s) => s.chatId),
        meeting.id,
      );
    }
  }
  return matches;
}
