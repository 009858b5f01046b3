/**
 * A parliamentary title written bare takes the body the article ties it to: the Deputy Speaker named
 * beside the Speaker of one body of the same country, a Speaker or an MP whose country's one
 * legislature the article names. Two bodies, or another title of the person that names one, leave it
 * bare. Every name is invented; the legislatures are real ones the gazetteer knows.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { extractArticle } from "../../src/extract/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";

/** Each person's roles, written "title, body". */
const rolesOf = (text: string) => {
  const { doc } = extractArticle(parseArticle(` date 2025-03-04 ${text}`, { id: "t", isKnownCity }));
  return Object.fromEntries(
    doc.people.map((p) => [p.names[0], p.roles.map((r) => [r.title, r.body].filter(Boolean).join(", "))]),
  );
};

describe("a deputy's title beside the head of one body", () => {
  it("is the deputy of that body", () => {
    const roles = rolesOf(
      "ABUJA - The Speaker of the House of Representatives of Nigeria, Musa Ilori, on Monday received Speaker Kofi Mensah of Ghana. Present at the meeting was the Deputy Speaker, Ada Nwosu.",
    );
    expect(roles["Ada Nwosu"]).toEqual(["Deputy Speaker, House of Representatives of Nigeria"]);
  });
  it("stays bare beside the heads of two bodies of that title", () => {
    const roles = rolesOf(
      "ABUJA - The Speaker of the House of Representatives of Nigeria, Musa Ilori, and the Speaker of the Senate of Nigeria, Bala Okon, received Speaker Kofi Mensah of Ghana. Present at the meeting was the Deputy Speaker, Ada Nwosu.",
    );
    expect(roles["Ada Nwosu"]).toEqual(["Deputy Speaker"]);
  });
});

describe("a Speaker or an MP of a country whose one legislature the article names", () => {
  it("sits in that legislature", () => {
    const roles = rolesOf(
      "DHAKA - Speaker Rokeya Haque met the Speaker of Nepal. She spoke at the IPU assembly, says a press release of the Jatiya Sangsad Secretariat.",
    );
    expect(roles["Rokeya Haque"]).toEqual(["Speaker, Jatiyo Shangsad"]);
  });
  it("is left alone when another title of theirs names a chamber", () => {
    const roles = rolesOf(
      "ASTANA - Kazakh Senate Speaker Arman Dosov met Speaker of Nepal Ram Thapa. Speaker Dosov noted the work of the Majilis.",
    );
    expect(roles["Arman Dosov"]).not.toContain("Speaker, Majilis");
  });
});
