/**
 * Constructions of names in news English: particles inside a name ("Jeanne d'Arvelle", "Klaus von
 * Brenning"), a title before a name after "headed by" / "led by", a country or body that belongs to the role before a name
 * ("Minister of Foreign Affairs of Tarvonia Hugo Lind"), and three-word names whose surname is also a
 * title ("Rose Mary King"). Every name, and every country the code need not know, is invented.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";
import { Answerer } from "../../src/query/index.ts";
import { namesIn, people } from "./people-helpers.ts";

const names = namesIn;

describe("particles inside a name", () => {
  it("keep an elided particle written onto the surname", () => {
    expect(names("Speaker Orvan Teliko met Jeanne d'Arvelle in Korvia.")).toEqual([
      "Orvan Teliko",
      "Jeanne d'Arvelle",
    ]);
    expect(names("Speaker Orvan Teliko met Ambassador Jeanne d’Arvelle.")).toContain("Jeanne d’Arvelle");
    expect(names("The envoy Carlo dell'Orto arrived.")).toEqual(["Carlo dell'Orto"]);
    expect(names("They met Chargé d'Affaires Ivo Brant.")).toEqual(["Ivo Brant"]);
  });
  it("keep a surname in -ing after 'von' or 'van der', a gerund stays out", () => {
    expect(names("Speaker Orvan Teliko met Ambassador Klaus von Brenning.")).toContain("Klaus von Brenning");
    expect(names("They met Anna van der Helling, and then spoke at the Opening.")).toEqual([
      "Anna van der Helling",
    ]);
    expect(names("Speaker Orvan Teliko met Ivo Brant. Opening the session, he spoke.")).toEqual([
      "Orvan Teliko",
      "Ivo Brant",
    ]);
  });
  it("keep the other particles as before", () => {
    expect(names("Speaker Orvan Teliko met Ambassador Luis da Costara and Maria de la Fontane.")).toEqual([
      "Orvan Teliko",
      "Luis da Costara",
      "Maria de la Fontane",
    ]);
    expect(names("They met Hamid bin Rashed Al-Qurandi, Yusuf ibn Khalid and Omar al-Masrani.")).toEqual([
      "Hamid bin Rashed Al-Qurandi",
      "Yusuf ibn Khalid",
      "Omar al-Masrani",
    ]);
  });
});

describe("a title after 'headed by' or 'led by', with no comma", () => {
  it("is the role, and the name is the person", () => {
    const headed = "Speaker Orvan Teliko received a delegation headed by MP Anna Vell.";
    expect(people(headed).get("Anna Vell")?.roles).toContain("MP");
    const led = "Speaker Orvan Teliko received the Norland group led by Senator Karl Dressen in Korvia.";
    expect(people(led).get("Karl Dressen")?.roles).toContain("Senator");
    expect([...people(led).keys()]).toEqual(["Orvan Teliko", "Karl Dressen"]);
  });
});

describe("a country or body between a role and a name", () => {
  it("belongs to the role, known or not", () => {
    const field = "Speaker Orvan Teliko met Minister of Foreign Affairs of Tarvonia Hugo Lind.";
    expect(people(field).get("Hugo Lind")?.roles).toEqual(["Minister of Foreign Affairs of Tarvonia"]);
    const committee =
      "Speaker Orvan Teliko met the Chairman of the Committee on Foreign Affairs of Tarvonia Hugo Lind.";
    expect(people(committee).get("Hugo Lind")?.roles).toEqual([
      "Chairman of the Committee on Foreign Affairs of Tarvonia",
    ]);
    const body = "Speaker Orvan Teliko met the Speaker of the Parliament of Norland Ivo Brant.";
    expect(people(body).get("Ivo Brant")?.roles).toEqual(["Speaker of the Parliament of Norland"]);
    const known = "Speaker Orvan Teliko met Minister of Foreign Affairs of Norway Hugo Lind.";
    expect(people(known).get("Hugo Lind")).toMatchObject({ country: "Norway" });
  });
  it("leaves a three-word name after a role without 'of' whole", () => {
    expect(names("Speaker Orvan Teliko met the Minister of Trade Hugo Lind Brant.")).toContain(
      "Hugo Lind Brant",
    );
  });
});

describe("three-word names", () => {
  it("are one person, also when the surname is a title", () => {
    expect(names("Speaker Orvan Teliko met Rose Mary King, Ambassador of Norway.")).toContain(
      "Rose Mary King",
    );
    expect(names("Speaker Ivo Brant and Mary Ann Wells met.")).toEqual(["Ivo Brant", "Mary Ann Wells"]);
    expect(names("Ambassador Mary King met the press.")).toEqual(["Mary King"]);
  });
  it("leave a title before a name a title", () => {
    expect(names("The Speaker met His Majesty King Abdar.")).toEqual(["Abdar"]);
    expect(names("Jordan's King Abdar II met Speaker Ivo Brant.")).toEqual(["Abdar II", "Ivo Brant"]);
  });
  it("are found by their surname when asked", () => {
    const base = extractFacts(
      [
        " date 2024-05-16 Speaker Orvan Teliko met Ambassador of Norway Rose Mary King in Korvia.",
        " date 2024-05-15 Speaker Ilmar Vessik met Mary Ann Wells, Ambassador of Sweden, in Valdor.",
      ].map((t, i) => parseArticle(t, { id: `a${i}`, file: `a${i}.txt`, isKnownCity })),
    );
    const answerer = new Answerer(base, { now: () => new Date("2024-06-01T12:00:00Z") });
    const nameOf = (id: string) => base.people.find((p) => p.id === id)?.name;
    const asked = (q: string) => answerer.parse(q).people.flatMap((p) => p.ids.map(nameOf));
    expect(asked("who met King?")).toEqual(["Rose Mary King"]);
    expect(asked("who met Wells?")).toEqual(["Mary Ann Wells"]);
    expect(answerer.answer("who met King?").text).toContain("Orvan Teliko");
    expect(answerer.parse("who met King Abdar?").people).toEqual([]);
  });
});
