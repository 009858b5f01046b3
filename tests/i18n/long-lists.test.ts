/**
 * Long lists in Russian and Kazakh replies: under a page of "кто встречался с …?", the line "…и ещё N"
 * ("…тағы N") names the people of the later pages as the articles write them, as the English reply
 * does, so that a name on a later page is seen on the first. Every name here is invented.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { wordsFor } from "../../src/i18n/words.ts";
import { Answerer } from "../../src/query/index.ts";
import { LINES_PER_PAGE } from "../../src/query/reply.ts";
import { dailyMeetings, NOW, speaker } from "../query/fixture.ts";

// Tolbayev met eight people, one a day: more than a page.
const guests = Array.from({ length: 8 }, (_, i) => `Pablo Guestano${"ABCDEFGH"[i]}`);
const base: FactBase = {
  version: 1,
  generatedAt: "2026-01-01T00:00:00.000Z",
  articles: [{ id: "a-quito", file: "quito.txt", published: "2022-03-01", sentences: [] }],
  people: [
    speaker("tolbay", "Serik Tolbayev", "Kazakhstan", "a-quito", ["Tolbayev"]),
    ...guests.map((name, i) => speaker(`guest${i}`, name, "Ecuador", "a-quito")),
  ],
  meetings: dailyMeetings(
    "tolbay",
    guests.map((_, i) => `guest${i}`),
    "a-quito",
    "Quito",
  ),
};
const answerer = new Answerer(base, { now: NOW });

describe.each([
  ["кто встречался с Толбаевым?", /^…и ещё (\d+): (.+)\.$/],
  ["Толбаев кіммен кездесті?", /^…тағы (\d+): (.+)\.$/],
])("%s", (question, moreLine) => {
  const text = answerer.answer(question).text;
  const lines = text.split("\n");
  const bullets = lines.filter((l) => l.startsWith("• "));
  const more = lines.map((l) => moreLine.exec(l)).find((m) => m !== null);

  it("names the people of the later pages after the count, as the articles write them", () => {
    expect(bullets).toHaveLength(LINES_PER_PAGE);
    expect(more).toBeDefined();
    const named = (more?.[2] ?? "").split(", ");
    expect(Number(more?.[1])).toBe(guests.length - LINES_PER_PAGE);
    expect(named).toHaveLength(guests.length - LINES_PER_PAGE);
    for (const name of named) {
      expect(guests).toContain(name);
      expect(bullets.join("\n")).not.toContain(name);
    }
  });

  it("names on the first page everyone a later page shows", () => {
    const later = answerer.answer(question, { page: 1 }).text;
    const laterBullets = later.split("\n").filter((l) => l.startsWith("• "));
    expect(laterBullets.length).toBeGreaterThan(0);
    for (const name of (more?.[2] ?? "").split(", ")) expect(laterBullets.join("\n")).toContain(name);
  });
});

describe.each(["ru", "kk"] as const)("the %s '…and N more' line", (language) => {
  const more = wordsFor(language).more;
  it("marks a list cut short with '…', and says only the count without names", () => {
    expect(more(20, ["Ana Invento", "Bo Fictus"])).toMatch(/20: Ana Invento, Bo Fictus, …\.$/);
    expect(more(2, ["Ana Invento", "Bo Fictus"])).toMatch(/2: Ana Invento, Bo Fictus\.$/);
    expect(more(3)).toMatch(/3\.$/);
    expect(more(3)).not.toContain(":");
  });
});
