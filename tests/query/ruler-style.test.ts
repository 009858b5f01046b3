/**
 * "King Tarek", "Emir Tarek": a ruler's style before a given name alone means the ruler, not someone
 * else who shares the given name and holds no such style (a deputy speaker called Tarek). With no ruler
 * of that name in the base, the name is said to be unknown (and, truly, to be in the article that names
 * the ruler, whom extraction missed). Names invented.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, report, speaker } from "./fixture.ts";

const deputy = {
  ...speaker("oduya", "Tarek Oduya", "Qatar", "a-1"),
  roles: [{ title: "First Deputy Speaker", country: "Qatar", articleId: "a-1" }],
};
const king = {
  id: "al-noor",
  name: "Tarek bin Salem Al Noor",
  aliases: [],
  country: "Oman",
  roles: [{ title: "His Majesty King", country: "Oman", articleId: "a-2" }],
};
const articles = [
  report("a-1", "2023-03-01", "First Deputy Speaker Tarek Oduya met Speaker Lina Varro."),
  report("a-2", "2023-04-01", "His Majesty King Tarek bin Salem Al Noor received Speaker Lina Varro."),
];
const varro = speaker("varro", "Lina Varro", "Malta", "a-1");
const base = (withKing: boolean): FactBase =>
  factBase({
    articles,
    people: withKing ? [deputy, king, varro] : [deputy, varro],
    meetings: [
      meeting({ id: "m-1", articleId: "a-1", participants: ["oduya", "varro"] }),
      ...(withKing ? [meeting({ id: "m-2", articleId: "a-2", participants: ["al-noor", "varro"] })] : []),
    ],
  });
const ask = (withKing: boolean, q: string) => new Answerer(base(withKing), { now: NOW }).answer(q).text;

describe("a ruler's style before a given name", () => {
  it("means the one who holds the style", () => {
    const text = ask(true, "who met King Tarek?");
    expect(text).toMatch(/^Tarek bin Salem Al Noor/);
    expect(text).not.toContain("Oduya");
  });
  it("is no one else who shares the given name", () => {
    const text = ask(false, "who met King Tarek?");
    // Said in the report of the king's audience, which is cited; no one else is answered for.
    expect(text).toMatch(/^I don't know King Tarek: the name appears in 1 article of my fact base/);
    expect(text).toContain("[1] a-2.txt");
    expect(text).not.toContain("Oduya");
  });
  it("leaves the given name alone to everyone who bears it", () => {
    expect(ask(true, "who met Tarek?")).toContain("Oduya");
  });
});
