/** A country's delegation, once the article says who leads it, stands for its leader. Names are invented. */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";
import { meetingsOf } from "./meeting-helpers.ts";
import { people } from "./people-helpers.ts";

// The country each person of a one-article fact base was given.
const countriesOf = (text: string) =>
  new Map(
    extractFacts([
      parseArticle(` date 2024-05-14 ${text}`, { id: "x", file: "x.txt", isKnownCity }),
    ]).people.map((p) => [p.name, p.country]),
  );

describe("a led delegation named again", () => {
  it("is its leader when it meets someone later in the article", () => {
    const m = meetingsOf(
      "Speaker Ivo Markov met with a delegation of the Parliament of Estonia led by Kristjan Tamm. Later, the Estonian delegation also met with Minister of Economy Rauf Nasibov.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Ivo Markov", "Kristjan Tamm"],
      ["Kristjan Tamm", "Rauf Nasibov"],
    ]);
  });
  it("also when the leader is named after 'headed by the' and a comma", () => {
    const m = meetingsOf(
      "A delegation of the Senate of Chile, headed by Senator Rosa Fuentes, arrived in Sofia. The Chilean delegation held talks with Speaker Ivo Markov.",
    );
    expect(m.map((x) => x.names)).toEqual([["Ivo Markov", "Rosa Fuentes"]]);
  });
  it("is not the leader of another country's delegation", () => {
    const m = meetingsOf(
      "Speaker Ivo Markov met with a delegation of the Parliament of Estonia led by Kristjan Tamm. The Latvian delegation met with Minister of Economy Rauf Nasibov.",
    );
    expect(m.map((x) => [x.names, x.countries])).toEqual([
      [["Ivo Markov", "Kristjan Tamm"], ["Estonia"]],
      [["Rauf Nasibov"], ["Latvia"]],
    ]);
  });
  it("is its head when the article names the head only after the delegation met", () => {
    const m = meetingsOf(
      "Speaker Ivo Markov held a meeting with a delegation of the Parliament of Estonia. The head of the delegation, Kristjan Tamm, noted the growth of trade.",
    );
    expect(m.map((x) => x.names)).toEqual([["Ivo Markov", "Kristjan Tamm"]]);
  });
  it("also when the head is named as 'the delegation's head, X'", () => {
    const text =
      "SOFIA, May 14. In the afternoon, Speaker Ivo Markov spoke with a delegation of the Parliament of Estonia. The delegation's head, Deputy Speaker Kristjan Tamm, informed him about the elections.";
    const m = meetingsOf(text);
    expect(m.map((x) => x.names)).toEqual([["Ivo Markov", "Kristjan Tamm"]]);
    expect(countriesOf(text).get("Kristjan Tamm")).toBe("Estonia");
  });
  it("gives the head the title after the comma, not the function before it", () => {
    const p = people(
      " date 2024-05-14 Speaker Ivo Markov spoke with a delegation of the Parliament of Estonia. The delegation's head, Deputy Speaker Kristjan Tamm, informed him about the elections.",
    );
    expect(p.get("Kristjan Tamm")?.roles).toEqual(["Deputy Speaker"]);
    // Nor is the function anyone else's.
    expect(p.get("Ivo Markov")?.roles).toEqual(["Speaker"]);
    const q = people(
      " date 2024-05-14 Speaker Ivo Markov received the group of Estonian deputies. Its leader, Senator Mari Kask, thanked him.",
    );
    expect(q.get("Mari Kask")?.roles).toEqual(["Senator"]);
  });
  it("also when the function is written 'the head of the delegation' or 'the delegation head'", () => {
    for (const head of [
      "The head of the delegation",
      "The delegation head",
      "The leader of the parliamentary delegation",
    ]) {
      const p = people(
        ` date 2024-05-14 Speaker Ivo Markov spoke with a delegation of the Parliament of Estonia. ${head}, Deputy Speaker Kristjan Tamm, informed him about the elections.`,
      );
      expect(p.get("Kristjan Tamm")?.roles, head).toEqual(["Deputy Speaker"]);
      expect(p.get("Ivo Markov")?.roles, head).toEqual(["Speaker"]);
    }
  });
  it("near miss: the head of a delegation with no other title keeps that role", () => {
    const p = people(
      " date 2024-05-14 Speaker Ivo Markov received the head of the Estonian parliamentary delegation Kristjan Tamm.",
    );
    expect(p.get("Kristjan Tamm")?.roles).toEqual(["head of the Estonian parliamentary delegation"]);
  });
  it("near miss: a chain of two titles of one person keeps both", () => {
    const p = people(
      " date 2024-05-14 The Chairman of the Senate of Ostria, head of the Ostrian delegation, Senator Mari Kask met Ivo Markov.",
    );
    expect(p.get("Mari Kask")?.roles.join(" / ")).toMatch(/Chairman of the Senate of Ostria/);
  });
  it("near miss: a deputy speaker who speaks without being named the delegation's head is not placed in it", () => {
    const text =
      "SOFIA, May 14. In the afternoon, Speaker Ivo Markov spoke with a delegation of the Parliament of Estonia. Deputy Speaker Kristjan Tamm later told the press about the elections.";
    expect(meetingsOf(text).map((x) => x.names)).toEqual([["Ivo Markov"]]);
    expect(countriesOf(text).get("Kristjan Tamm")).not.toBe("Estonia");
  });
  it("is the guest of its country the article follows when no leader is stated", () => {
    const m = meetingsOf(
      "Speaker Ivo Markov received the visiting Speaker of the Parliament of Estonia Kristjan Tamm. Tamm thanked his host. The Estonian delegation is scheduled to meet Prime Minister Rauf Nasibov on Thursday.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Ivo Markov", "Kristjan Tamm"],
      ["Kristjan Tamm", "Rauf Nasibov"],
    ]);
  });
  it("is the one 'the delegation led by X' names in the next sentence", () => {
    const m = meetingsOf(
      "Speaker Ivo Markov on Monday hosted a visiting delegation from the Republic of Peru. The delegation led by Deputy Prime Minister Rosa Fuentes held deliberations on trade.",
    );
    expect(m.map((x) => x.names)).toEqual([["Ivo Markov", "Rosa Fuentes"]]);
  });
  it("is not a leader named once, in the frame of a visit, when no one says they led it", () => {
    const m = meetingsOf(
      "Members of the delegation of Estonia held meetings with deputies of the Parliament of Peru within the framework of the visit to Lima of the President of Estonia Kristjan Tamm. The Estonian delegation then met Speaker Rosa Fuentes.",
    );
    expect(m.flatMap((x) => x.names)).not.toContain("Kristjan Tamm");
  });
  it("is still the guest of its country named more than once", () => {
    const m = meetingsOf(
      "Speaker Rosa Fuentes received the President of Estonia Kristjan Tamm in Lima. Tamm thanked his host. The Estonian delegation then met Minister of Economy Rauf Nasibov.",
    );
    expect(m.map((x) => x.names)).toContainEqual(["Kristjan Tamm", "Rauf Nasibov"]);
  });
});

describe("a delegation whose leader is told as the visitors' leader", () => {
  const received = "Chairman of the Mazhilis Ardak Nurbekov met with a delegation of the Saeima of Latvia.";
  it("'The Latvian guests, led by Deputy Speaker Y, visited ...': the delegation met is Y", () => {
    const m = meetingsOf(
      `${received} The Latvian guests, led by Deputy Speaker Janis Ozols, visited the plenary.`,
    );
    expect(m.map((x) => x.names)).toEqual([["Ardak Nurbekov", "Janis Ozols"]]);
  });
  it("two people said to lead Latvian sides: the delegation met stays unnamed", () => {
    const m = meetingsOf(
      `${received} The Latvian guests, led by Deputy Speaker Janis Ozols, visited the plenary. Another Latvian delegation, headed by Liga Kalnina, toured the port of Aktau.`,
    );
    expect(m).toEqual([{ names: ["Ardak Nurbekov"], countries: ["Latvia"], status: "held" }]);
  });
});

describe("a delegation whose head a later sentence names in the passive", () => {
  it("'met a visiting delegation from Kazakhstan. The delegation was led by X.' is a meeting with X", () => {
    const m = meetingsOf(
      "Lok Sabha Speaker meets Kazakh delegation\n\nLok Sabha Speaker Ravi Sharma on Monday met a visiting delegation from Kazakhstan. The delegation was led by Chairman of the Mazhilis Ardak Nurbekov.",
    );
    expect(m.map((x) => x.names)).toEqual([["Ardak Nurbekov", "Ravi Sharma"]]);
  });
});
