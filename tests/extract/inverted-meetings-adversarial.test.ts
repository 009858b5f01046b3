/**
 * The meeting extraction on the adversarial reports of fixtures/invented-reports-8-inverted.ts, family
 * by family: meetings told with the visitor or the host not the subject of a meeting verb (a head named
 * in a clause of its own, two co-chairs, a guest and a host, a fronted passive, a reception told as a
 * noun, a list of interlocutors, talks with the meeting as subject), and the same words where nobody met
 * (a bill's reception, a guest of honour at a concert, a session still to come, a body's chairs, calls).
 * First round, 50 reports: 29 wrong before finders/co-chairs.ts, fronted-passive.ts, guest-of.ts,
 * interlocutors.ts, reception-noun.ts and the head clauses of finders/sides.ts; a second round of 25
 * other wordings then had 4 wrong ("with X at its head", "were the visiting X", a possessive reception
 * with a place between, interlocutors after a sentence on telephone calls); a third round of 19
 * (participle openers, an audience, "on the Kazakh side by A and on the Hungarian side by B") had 2
 * wrong ("Met at the airport by Y, X ...", the sides told apart: finders/verbless.ts and
 * finders/sides-told-apart.ts); a fourth round of 14 (courtesy calls and visits received, meals in
 * honour, reduced relatives) had 4 wrong ("accorded a warm welcome to X", "A luncheon in honour of X
 * was given by Y", "In honour of X, Y gave a dinner", "X, received on Monday by Y, ..."); a fifth of
 * 7 (who was on hand to greet, a single interlocutor, programmes) had 3 wrong ("On hand to greet him
 * was Y", "Greeting him at the airport was Y", "Her interlocutor was Y"). Now none.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";
import { INVERTED_MEETING_REPORTS } from "./fixtures/invented-reports-8-inverted.ts";
import { scoreInventedReports } from "./invented-score.ts";

const FAMILIES = ["head", "cochair", "guest", "front", "recep", "among", "held", "neg"];
const family = (prefix: string) => INVERTED_MEETING_REPORTS.filter((r) => r.id.startsWith(`${prefix}-`));

describe("meetings told inverted, passive or as nouns", () => {
  it("has reports in every family, and no report outside them", () => {
    for (const name of FAMILIES) expect(family(name).length).toBeGreaterThanOrEqual(7);
    expect(FAMILIES.flatMap(family).length).toBe(INVERTED_MEETING_REPORTS.length);
  });
  for (const name of FAMILIES)
    it(`finds every meeting of family '${name}' and invents none`, () => {
      expect(scoreInventedReports(family(name)).errors).toEqual([]);
    });
});

describe("a chair named after 'under the co-chairmanship of'", () => {
  it("has no title made of the place before the phrase", () => {
    const text =
      " date 2025-03-14 The commission met on 11 March in Bishkek under the co-chairmanship of Deputy Speaker Aibek Toktogulov and Senator Gergely Bartos.";
    const base = extractFacts([parseArticle(text, { id: "x", file: "x.txt", isKnownCity })]);
    const titles = base.people.find((p) => p.name === "Aibek Toktogulov")?.roles.map((r) => r.title);
    expect(titles).toEqual(["Deputy Speaker"]);
  });
});

describe("a sitting under two chairs told in a relative clause", () => {
  it("is dated by the clause that tells it was held", () => {
    const text =
      " date 2025-03-14 A key outcome of the visit was the first meeting of the Ostrian-Veldanian commission, which took place on 11 March in Bishkek under the co-chairmanship of Deputy Speaker Aibek Toktogulov and Senator Gergely Bartos.";
    const base = extractFacts([parseArticle(text, { id: "x", file: "x.txt", isKnownCity })]);
    expect(base.meetings.map((m) => m.date?.start)).toEqual(["2025-03-11"]);
  });
});
