/**
 * "who from the IPU did X meet?": an organisation, named by its initials or in full, is the side asked
 * about; the people met who hold a role in it are listed, and a question about one nobody met says so.
 * Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { namesOrganisation } from "../../src/query/organisation.ts";
import { factBase, meeting, NOW, report, speaker } from "./fixture.ts";

const ipuRole = { title: "Secretary General", body: "Inter-Parliamentary Union", articleId: "a-geneva" };
const base = factBase({
  articles: [
    report("a-geneva", "2024-03-11", "Speaker Tomas Verhagen met IPU Secretary General Ilse Marrow in Genf."),
    report("a-home", "2024-04-02", "Speaker Tomas Verhagen received Speaker Piet Dorne of the Landtag."),
  ],
  people: [
    speaker("verhagen", "Tomas Verhagen", "Netherlands", "a-geneva"),
    // Her role names the organisation in full; the question may give its initials.
    { ...speaker("marrow", "Ilse Marrow", "Norway", "a-geneva"), roles: [ipuRole] },
    speaker("dorne", "Piet Dorne", "Belgium", "a-home"),
  ],
  meetings: [
    meeting({ id: "m-geneva", articleId: "a-geneva", participants: ["verhagen", "marrow"], place: "Genf" }),
    meeting({ id: "m-home", articleId: "a-home", participants: ["verhagen", "dorne"] }),
  ],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("a text names an organisation", () => {
  it("by its words or by initials of a run of them", () => {
    expect(namesOrganisation("Secretary General, Inter-Parliamentary Union", "IPU")).toBe(true);
    expect(namesOrganisation("President of the OSCE Parliamentary Assembly", "OSCE PA")).toBe(true);
    expect(namesOrganisation("delegation of the CPA branch", "Commonwealth Parliamentary Association")).toBe(
      true,
    );
    expect(namesOrganisation("Speaker of the Landtag", "IPU")).toBe(false);
    expect(namesOrganisation("President of the OSCE", "OSCE PA")).toBe(false);
  });
});

describe("who from an organisation someone met", () => {
  it("lists the people met who hold a role in it, by its initials or its full name", () => {
    for (const q of [
      "who from the IPU did Verhagen meet?",
      "Who did Verhagen meet from the Inter-Parliamentary Union?",
    ]) {
      const text = ask(q);
      expect(text).toContain("Ilse Marrow");
      expect(text).not.toContain("Piet Dorne");
    }
  });
  it("says when nobody of it was met, then gives the others", () => {
    expect(ask("who from the Nordic Council did Verhagen meet?")).toMatch(
      /^No meeting of Tomas Verhagen with Nordic Council is recorded\. Other meetings:\n• Piet Dorne/,
    );
  });
  it("is no one set aside, nor a person named after 'from'", () => {
    expect(ask("who did Verhagen meet apart from Dorne?")).toContain("Ilse Marrow");
    expect(ask("who from Dorne's side did Verhagen meet?")).not.toContain("with Dorne");
  });
  it("leaves a country after 'from' to the country's reading", () => {
    expect(ask("who from Belgium did Verhagen meet?")).toMatch(/met:\n• Piet Dorne[^\n]*\nSource/);
  });
});
