/**
 * Long "who met X?" lists: the people of later pages are named under the first, the unnamed sides an
 * article lists together share one line, and a surname spelled four ways is still one word shared, so
 * that a near namesake ("Ashimbayev", "Ashikbayev") is not taken for the same person. Every name here is
 * invented.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { joinSides } from "../../src/query/compose/who-met.ts";
import { Answerer } from "../../src/query/index.ts";
import { dailyMeetings, meeting, NOW, speaker } from "./fixture.ts";

const delegations = ["Norway", "Chile", "Ghana", "Peru"];

const base: FactBase = {
  version: 1,
  generatedAt: "2026-01-01T00:00:00.000Z",
  articles: [
    { id: "a-vienna", file: "vienna.txt", published: "2021-07-07", sentences: [] },
    { id: "a-quito", file: "quito.txt", published: "2022-03-01", sentences: [] },
  ],
  people: [
    speaker("tolbay", "Serik Tolbayev", "Kazakhstan", "a-vienna", ["Tolbayev"]),
    speaker("kurman", "Serik Kurmanbekov", "Kazakhstan", "a-vienna", ["Kurmanbekov", "Serik Kurmanbeyov"]),
    speaker("namesake", "Ruslan Kurmanbekov", "Kyrgyzstan", "a-vienna"),
    speaker("fiji", "Ratu Vosanibola", "Fiji", "a-vienna"),
    speaker("marsh", "Ingrid Marsholm", "Norway", "a-vienna"),
    ...Array.from({ length: 6 }, (_, i) => speaker(`guest${i}`, `Pablo Guestano${i}`, "Ecuador", "a-vienna")),
  ],
  meetings: [
    ...delegations.map((country, i) =>
      meeting({
        id: `m-d${i}`,
        articleId: "a-vienna",
        participants: ["tolbay"],
        parties: [{ country, description: `delegations of ${country}` }],
        countries: ["Kazakhstan", country],
        place: "Vienna",
      }),
    ),
    meeting({ id: "m-marsh", articleId: "a-vienna", participants: ["tolbay", "marsh"], place: "Vienna" }),
    ...dailyMeetings(
      "tolbay",
      Array.from({ length: 6 }, (_, i) => `guest${i}`),
      "a-quito",
      "Quito",
    ),
    meeting({ id: "m-kurman", articleId: "a-quito", participants: ["kurman", "guest1"], place: "Quito" }),
    meeting({
      id: "m-namesake",
      articleId: "a-quito",
      participants: ["namesake", "fiji"],
      countries: ["Kyrgyzstan", "Fiji"],
    }),
  ],
};
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("a list longer than a page", () => {
  it("names the people of the later pages after '…and N more'", () => {
    const text = ask("who met Tolbayev?");
    expect(text).toMatch(/…and \d+ more: .*Ingrid Marsholm/);
    const bullets = text.split("\n").filter((l) => l.startsWith("• "));
    expect(bullets).toHaveLength(5);
    expect(bullets.join("\n")).not.toContain("Marsholm");
  });
});

describe("unnamed sides one article lists", () => {
  it("share one line, their common words said once", () => {
    const answerer = new Answerer(base, { now: NOW });
    const pages = [0, 1].map((page) => answerer.answer("who met Tolbayev?", { page }).text);
    const lines = pages
      .flatMap((p) => p.split("\n"))
      .filter((l) => l.startsWith("• ") && l.includes("delegations"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("delegations of Norway, Chile, Ghana and Peru");
  });
  it("are joined whole when their descriptions share nothing", () => {
    expect(joinSides(["a delegation", "members of the Senate"], " and ")).toBe(
      "a delegation and members of the Senate",
    );
    expect(joinSides(["deputies of Peru"], " and ")).toBe("deputies of Peru");
  });
});

describe("a surname spelled several ways", () => {
  it("does not make a near namesake with another given name the same person", () => {
    const text = ask("Who from Fiji did Serik Kurmanbekov meet?");
    expect(text).toMatch(/^No meeting of Serik Kurmanbekov with Fiji is recorded/);
    expect(text).not.toContain("Vosanibola");
  });
});
