/**
 * Articles in the styles of other outlets, written for these tests: the rules must hold beyond
 * the seeds and the evaluation corpus.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";

const facts = (text: string) => {
  const base = extractFacts([parseArticle(text, { id: "x", file: "x.txt", isKnownCity })]);
  const name = (id: string) => base.people.find((p) => p.id === id)?.name;
  return base.meetings.map((m) => ({ ...m, names: m.participants.map(name) }));
};

describe("other outlets' styles", () => {
  it("a joint subject with a weekday, and a courtesy call", () => {
    const m = facts(
      " date 2023-05-12 ISLAMABAD, May 12 (APP) – Chairman of the Senate of Pakistan Sadiq Sanjrani and Chairman of the Senate of Kazakhstan Maulen Ashimbayev held talks in Islamabad on Thursday.\n\nLater, Ashimbayev also called on Prime Minister Shehbaz Sharif, who praised the role of President Kassym-Jomart Tokayev.",
    );
    expect(m[0]).toMatchObject({
      names: ["Sadiq Sanjrani", "Maulen Ashimbayev"],
      place: "Islamabad",
      date: { start: "2023-05-11" },
    });
    expect(m[1]?.names).toEqual(["Maulen Ashimbayev", "Shehbaz Sharif"]);
    expect(m.flatMap((x) => x.names)).not.toContain("Kassym-Jomart Tokayev");
  });
  it("a reception 'today' with a protocol signed, placed by the dateline, not by an invitation", () => {
    const m = facts(
      "Matviyenko meets Georgian speaker\n\n18 March 2024, 14:05\n\nMOSCOW. TASS – Chairperson of the Federation Council Valentina Matviyenko received Speaker of the Parliament of Georgia Shalva Papuashvili at the Federation Council today.\n\nPapuashvili invited Matviyenko to visit Tbilisi. They signed a protocol on cooperation between the two chambers.",
    );
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({
      place: "Moscow",
      date: { start: "2024-03-18", basis: "today" },
      agreements: ["protocol on cooperation between the two chambers"],
    });
  });
  it("a visit abroad without a dateline gives no date, and a plan keeps its own", () => {
    const m = facts(
      " date 2024-10-02 During his working visit to Baku, Yerlan Koshanov held talks with Speaker of the Milli Majlis Sahiba Gafarova. Koshanov is expected to meet President Ilham Aliyev on Thursday.",
    );
    expect(m[0]).toMatchObject({
      names: ["Yerlan Koshanov", "Sahiba Gafarova"],
      status: "held",
      place: "Baku",
    });
    expect(m[0]?.date).toBeUndefined();
    expect(m[1]).toMatchObject({
      names: ["Yerlan Koshanov", "Ilham Aliyev"],
      status: "planned",
      date: { start: "2024-10-03" },
    });
  });
});
