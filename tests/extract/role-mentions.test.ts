import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { extractArticle } from "../../src/extract/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";

// Every name below is invented.
const rolesOf = (text: string, name: string) => {
  const { doc } = extractArticle(parseArticle(text, { id: "t", meta: {}, isKnownCity }));
  return doc.people.find((p) => p.names.includes(name))?.roles.map((r) => r.title) ?? [];
};

describe("a title word used as an attribute stands for nobody", () => {
  const lead =
    "The Speaker of the Vellarian Parliament Oskar Brandt and his Korean counterpart Min Ho-jun held talks.";
  it("'the deputy association' or 'member states' gives no one the role 'deputy' or 'member'", () => {
    expect(
      rolesOf(`${lead} The deputy association will include representatives of all parties.`, "Min Ho-jun"),
    ).toEqual([]);
    expect(rolesOf(`${lead} The member states backed the plan.`, "Min Ho-jun")).toEqual([]);
  });
  it("a title word that heads its phrase still stands for the person it names", () => {
    expect(rolesOf(`${lead} The deputy Min Ho-jun also spoke.`, "Min Ho-jun").join()).toMatch(/deputy/i);
  });
});
