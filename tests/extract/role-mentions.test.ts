import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { extractArticle } from "../../src/extract/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { meetingsOf } from "./meeting-helpers.ts";

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

describe("a name that the role of the name before runs over", () => {
  it("is read inside that mention, and the article is still extracted", () => {
    // "counterpart Senate Zarno of the Oliy Majlis Pelko Durnaglu": the title phrase of the second
    // name swallows the name before it; that used to leave an empty mention behind, and walking the
    // sentence over it never ended.
    const meetings = meetingsOf(
      "Zarno of the Kyrgyz Senate Orvik Talmen had arrived for an official visit to Egypt where he met " +
        "with his counterpart Senate Zarno of the Oliy Majlis Pelko Durnaglu. Following the talks, Orvik " +
        "Talmen and Zarno Pelko Durnaglu signed the roadmap between the senates of Kyrgyzstan and Egypt.",
    );
    expect(meetings.map((m) => m.names)).toContainEqual(["Orvik Talmen", "Zarno Pelko Durnaglu"]);
  });
});

describe("a role phrase stands for the person last mentioned who fits it", () => {
  it("not for one named only later in its own sentence, nor for one named long before", () => {
    const m = meetingsOf(
      "Chairman of the Great Khural D.Baatar, who is visiting Japan at the invitation of Speaker Kenji Morota, held talks with his counterpart. The sides discussed trade. On the same day, the Chairman paid a courtesy call on President of the House of Councillors Aiko Tanabe-Ono. Chairman D.Baatar also met with members of the friendship league headed by Taro Sugimura. The next day, the Chairman will meet with Governor Mika Hoshida-Ueno.",
    );
    const withBaatar = m.filter((x) => x.names.includes("D.Baatar")).map((x) => x.names);
    expect(withBaatar).toContainEqual(["Aiko Tanabe-Ono", "D.Baatar"]);
    expect(withBaatar).toContainEqual(["D.Baatar", "Mika Hoshida-Ueno"]);
    expect(m.filter((x) => !x.names.includes("D.Baatar"))).toEqual([]);
  });
});

describe("a role phrase that is the subject of a meeting verb", () => {
  it("is not the person met, named after the verb, but a side of its own", () => {
    const text =
      " date 2025-03-10 The Speaker of the Parliament of Moldova met Orsolya Maria Kertveny, Tamas Bereczki and the Ambassador of Hungary.";
    expect(rolesOf(text, "Orsolya Maria Kertveny")).toEqual([]);
    const ms = meetingsOf("The Speaker of the Parliament of Moldova met Orsolya Maria Kertveny.");
    expect(ms.map((m) => [m.names, m.countries])).toEqual([[["Orsolya Maria Kertveny"], ["Moldova"]]]);
  });
});
