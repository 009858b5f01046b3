/**
 * Someone the report names as a member of a delegation is of the delegation's country, and a seat
 * written bare ("Senator", "Deputy Chairman") is one in the body the delegation comes from, not in the
 * host's parliament that the city of the report would suggest. Every name, and the bodies and
 * countries the gazetteer does not know, are invented. "MP" is a whole title as written: the annotated
 * real reports keep it bare.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { extractArticle } from "../../src/extract/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";

/** Each person of a one-article text: country and roles written "title, body". */
const members = (text: string) => {
  const { doc } = extractArticle(parseArticle(` date 2025-03-04 ${text}`, { id: "t", isKnownCity }));
  return Object.fromEntries(
    doc.people.map((p) => [
      p.names[0],
      { country: p.country, roles: p.roles.map((r) => [r.title, r.body].filter(Boolean).join(", ")) },
    ]),
  );
};

describe("a member of a delegation", () => {
  it("'the delegation included': the delegation's country", () => {
    const found = members(
      "Tashkent, 2 July. Speaker Akmal Rustamov received a delegation of the National Assembly of Mongolia led by Chairman Dorj Baatar. The delegation included members of the National Assembly Tsend Oyun and Batbold Erdene.",
    );
    expect(found["Tsend Oyun"]?.country).toBe("Mongolia");
    expect(found["Batbold Erdene"]?.country).toBe("Mongolia");
  });
  it("', a member of the delegation': the delegation's country", () => {
    const found = members(
      "Muscat, Apr 15 (ONA) -- Speaker Hamad Al Rawahi received a delegation of the Bundestag of Germany headed by Deputy Karl Weiss. The meeting was attended by Deputy Otto Brenner, a member of the delegation.",
    );
    expect(found["Otto Brenner"]?.country).toBe("Germany");
  });
  it("'were also part of the delegation': the country and the body of the delegation", () => {
    const found = members(
      "Baku. 28 November. The delegation of the Milli Majlis headed by Rauf Aliyev took part in the session in Istanbul. The following day, the Azerbaijani MPs met the Kazakh delegation. MPs Leyla Mammadova and Orkhan Guliyev were also part of the Azerbaijani delegation.",
    );
    expect(found["Leyla Mammadova"]).toEqual({ country: "Azerbaijan", roles: ["MP"] });
  });
  it.each([
    [
      "London, 3 May. Speaker Omar Haddad received the visiting delegation of the Norwegian Storting. Head of the delegation Ingrid Dahl handed Haddad an invitation. The Norwegian group included MPs Lars Berge, Sigrid Holm and Norwegian Ambassador Kari Lunde.",
      "Lars Berge",
      "Norway",
    ],
    [
      "Vilnius, 9 June. Speaker Rasa Jurkute met a delegation of the Polish Sejm led by Piotr Nowicki. The delegation also included MPs Anna Wrona and Tomasz Kral.",
      "Tomasz Kral",
      "Poland",
    ],
  ])("'the group included MPs A and B': the seat stays 'MP', no body added (%#)", (text, name, country) => {
    expect(members(text)[name]).toEqual({ country, roles: ["MP"] });
  });
  it("'the group included Senators A and B': a bare senator's seat is in the delegation's body", () => {
    const found = members(
      "London, 3 May. Speaker Omar Haddad received the visiting delegation of the Norwegian Storting. The Norwegian group included Senator Lars Berge.",
    );
    expect(found["Lars Berge"]?.roles).toEqual(["Senator, Storting"]);
  });
  it("'members of the delegation, including': a bare title is one in the delegation's body", () => {
    const found = members(
      "Ottawa, November 18. The Speaker of the Senate, Paul Girard, welcomed a delegation from the State Great Khural of Mongolia led by its Chairman, B.Ganzorig. On November 18, members of the delegation, including Deputy Chairman D.Oyunbileg, met with senators.",
    );
    expect(found["D.Oyunbileg"]).toEqual({
      country: "Mongolia",
      roles: ["Deputy Chairman, State Great Khural"],
    });
  });
  it("'Members of the delegation, A and B,': the role, the country and the body of the delegation", () => {
    const found = members(
      "Jakarta, 5 March. Deputy Speaker Sari Wulan received a delegation of the Bundestag of Germany led by Karl Weiss. Members of the delegation, Anja Vell and Otto Brenner, raised questions on coal.",
    );
    expect(found["Anja Vell"]).toEqual({
      country: "Germany",
      roles: ["member of the delegation, Bundestag"],
    });
    expect(found["Otto Brenner"]).toEqual({
      country: "Germany",
      roles: ["member of the delegation, Bundestag"],
    });
  });
  it("'members of the Ostrian delegation, among them A': the country the words of membership name", () => {
    const found = members(
      "Rome, 5 March. Speaker Giulio Ferri received Speaker Moussa Diop of Senegal. The members of the Senegalese delegation, among them the deputies Awa Ndiaye and Omar Sy, were later received by Senator Marco Villa.",
    );
    expect(found["Awa Ndiaye"]?.country).toBe("Senegal");
  });
  it("'a member of the delegation': the delegation the article follows, not the last one it met", () => {
    const found = members(
      "TASHKENT, March 28. A delegation of the Oliy Majlis of Uzbekistan headed by Deputy Speaker Anvar Tursunov took part in the Assembly in Geneva. The next day, talks were held with the delegation of the House of Representatives of Indonesia headed by Budi Santoso. Senator Dilbar Karimova, a member of the delegation, took part in the Forum of Women Parliamentarians.",
    );
    expect(found["Dilbar Karimova"]).toEqual({
      country: "Uzbekistan",
      roles: ["Senator, Oliy Majlis", "member of the delegation, Oliy Majlis"],
    });
  });
  it("a country in a member's title is not the delegation's", () => {
    const found = members(
      "Baku, 8 September. The parliamentary delegation headed by Speaker Sahib Aliyev will visit Turkey. The delegation includes Head of the Working Group on Relations with Turkey Anar Guliyev and MPs Leyla Mammadova and Orkhan Huseynov.",
    );
    expect(found["Leyla Mammadova"]?.country).toBe("Azerbaijan");
  });
  it("is not read into someone who only met the delegation", () => {
    const found = members(
      "Tashkent, 2 July. Speaker Akmal Rustamov received a delegation of the National Assembly of Mongolia led by Chairman Dorj Baatar. The delegation met Senator Aziz Karimov of Uzbekistan.",
    );
    expect(found["Aziz Karimov"]?.country).toBe("Uzbekistan");
  });
});
