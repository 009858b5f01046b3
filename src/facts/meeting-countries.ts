/**
 * The country names that may place each meeting: its own countries, its parties', and each
 * participant's (the person's country, and the country, title and body of their roles in the meeting's
 * article: "Speaker of the House of Representatives of the United States" or "member of the Majilis"
 * names a country even when no country field was recorded; the fact index codes each text). The fact
 * index (index.ts) turns the names into country codes; the index file (index-file.ts) stores this
 * table, so that loading a large base does not walk every person's roles again.
 */
import type { FactBase } from "./types.ts";

/** Per meeting (by position in base.meetings): its country names. */
export interface MeetingCountryTable {
  /** Every distinct country name, in order of first sight. */
  names: string[];
  /** Where each meeting's names start in `nameIds` (one more entry than meetings). */
  start: Int32Array;
  /** Places in `names`, meeting after meeting, each meeting's in the order they are found, once each. */
  nameIds: Int32Array;
}

/** The {@link MeetingCountryTable} of a base. */
export function meetingCountryTable(base: FactBase): MeetingCountryTable {
  // The country each person's role gives in each article, and whether any role gives one: people
  // can have hundreds of roles, so meetings look them up instead of scanning them.
  const personCountry = new Map<string, string | undefined>();
  const roleCountry = new Map<string, string>();
  // The titles and bodies each person holds in each article, which may name their country.
  const roleTexts = new Map<string, string[]>();
  for (const person of base.people) {
    personCountry.set(person.id, person.country);
    for (const role of person.roles) {
      const key = `${person.id}\u0001${role.articleId}`;
      const texts = roleTexts.get(key) ?? [];
      texts.push(role.title, ...(role.body ? [role.body] : []));
      roleTexts.set(key, texts);
      if (role.country && !roleCountry.has(key)) roleCountry.set(key, role.country);
    }
  }
  const names: string[] = [];
  const nameId = new Map<string, number>();
  const start = new Int32Array(base.meetings.length + 1);
  const ids: number[] = [];
  base.meetings.forEach((meeting, i) => {
    const own: number[] = [];
    const add = (name: string | undefined) => {
      if (!name) return;
      let id = nameId.get(name);
      if (id === undefined) {
        id = names.length;
        names.push(name);
        nameId.set(name, id);
      }
      if (!own.includes(id)) own.push(id);
    };
    for (const c of meeting.countries ?? []) add(c);
    for (const p of meeting.parties ?? []) add(p.country);
    for (const id of meeting.participants) {
      add(personCountry.get(id));
      const key = `${id}\u0001${meeting.articleId}`;
      add(roleCountry.get(key));
      for (const text of roleTexts.get(key) ?? []) add(text);
    }
    ids.push(...own);
    start[i + 1] = ids.length;
  });
  return { names, start, nameIds: Int32Array.from(ids) };
}
