/**
 * The tag that European Parliament reports print after a member's name, "Anna Velloni (Renew, SE)": the
 * code is the member's country, the group is neither a name nor a title. Names are invented.
 */
import { describe, expect, it } from "vitest";
import { partyGroupTag } from "../../src/extract/party-group-tag.ts";
import { tokenize } from "../../src/extract/text.ts";
import { people } from "./people-helpers.ts";

describe("a European Parliament group tag after a name", () => {
  it("gives the member state's country, and no name or title of the group", () => {
    const text =
      "Speaker Orvan Teliko met with MEPs Anna Velloni (Renew, SE) and Piotr Dravek (EPP, DE) in Brussels.";
    expect(people(text).get("Anna Velloni")).toMatchObject({
      country: "Sweden",
      roles: ["Member of the European Parliament"],
    });
    expect(people(text).get("Piotr Dravek")).toMatchObject({ country: "Germany" });
    expect([...people(text).keys()]).toEqual(["Orvan Teliko", "Anna Velloni", "Piotr Dravek"]);
  });
  it("keeps the apposition after it and a title before it", () => {
    const after =
      "Speaker Orvan Teliko met Lucia Ferrandi (S&D, IT), Vice-Chair of the delegation, in Brussels.";
    expect(people(after).get("Lucia Ferrandi")).toMatchObject({
      country: "Italy",
      roles: ["Vice-Chair of the delegation"],
    });
    expect(
      people("Speaker Orvan Teliko met MEP Kostas Dimaros (EPP, EL).").get("Kostas Dimaros"),
    ).toMatchObject({
      country: "Greece",
      roles: ["MEP"],
    });
  });
  it("is only a group and a member state's code", () => {
    const at = (s: string) => partyGroupTag(s, tokenize(s), 2)?.country;
    expect(at("Anna Velloni (Greens/EFA, FR) spoke")).toBe("France");
    expect(at("Anna Velloni (Renew, XX) spoke")).toBeUndefined();
    expect(at("Anna Velloni (Renew, US) spoke")).toBeUndefined();
    expect(at("Anna Velloni (Korvia, SE) spoke")).toBeUndefined();
  });
});
