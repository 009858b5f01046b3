/**
 * Taking an article out of a fact base takes out the country only it stated: the person's country is
 * worked out again from the roles the other articles give. Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { removeArticles } from "../../src/facts/remove.ts";
import type { FactBase, Person, Role } from "../../src/facts/types.ts";

const role = (articleId: string, country?: string): Role => ({
  title: "Speaker of the Saeima",
  ...(country ? { country } : {}),
  articleId,
});

const person = (id: string, country: string | undefined, roles: Role[]): Person => ({
  id,
  name: id,
  aliases: [],
  ...(country ? { country } : {}),
  roles,
});

const base = (people: Person[]): FactBase => ({
  version: 1,
  generatedAt: "2026-01-01T00:00:00.000Z",
  articles: ["r1", "r2", "r3"].map((id) => ({ id, file: `${id}.txt` })),
  people,
  meetings: [],
});

const after = (p: Person) => removeArticles(base([p]), new Set(["r1"])).people[0];

describe("removing an article", () => {
  // The remaining roles decide; on a tie the person's own country stays.
  it.each([
    ["Peru", "Peru", "the country the remaining roles state"],
    ["Latvia", "Latvia", "the person's own country when the remaining roles state it as often as another"],
  ])("with remaining roles of %s gives %s: %s", (third, expected) => {
    const p = person("Ilmar Zaveck", "Latvia", [role("r1", "Latvia"), role("r2", "Peru"), role("r3", third)]);
    expect(after(p)?.country).toBe(expected);
    expect(after(p)?.countryGuessed).toBeUndefined();
  });

  it("keeps a country only the removed article stated as a guess, which a stated country outweighs", () => {
    const p = person("Ilmar Zaveck", "Latvia", [role("r1", "Latvia"), role("r2")]);
    expect(after(p)).toMatchObject({ country: "Latvia", countryGuessed: true });
    // A stated country that the remaining roles state too is no longer a guess.
    const guessed = {
      ...person("Ilmar Zaveck", "Peru", [role("r1", "Peru"), role("r2", "Peru")]),
      countryGuessed: true as const,
    };
    expect(after(guessed)?.countryGuessed).toBeUndefined();
  });

  it("leaves the country alone when the removed roles stated none", () => {
    const p = person("Ilmar Zaveck", "Latvia", [role("r1"), role("r2", "Peru")]);
    expect(after(p)?.country).toBe("Latvia");
    expect(after(p)?.countryGuessed).toBeUndefined();
  });
});
