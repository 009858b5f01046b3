import { describe, expect, it } from "vitest";
import { countryOf } from "../../src/extract/gazetteer.ts";
import { people, roleOf } from "./people-helpers.ts";

// Every name below is invented. Each test states how news prose gives a participant a role or a country.
describe("roles written in lists of titled names", () => {
  it("ends a role at a party faction and gives the next name its own", () => {
    const p = people(
      "The meeting was attended by head of the Blue faction Armen Tadevos, head of the Green faction Karen Sarkis and Green faction secretary Hovik Manas.",
    );
    expect(p.get("Armen Tadevos")?.roles).toEqual(["head of the Blue faction"]);
    expect(p.get("Karen Sarkis")?.roles).toEqual(["head of the Green faction"]);
    expect(p.get("Hovik Manas")?.roles).toEqual(["Green faction secretary"]);
  });
  it("reads a role ending in a lower-case body before the comma and the name", () => {
    expect(
      roleOf(
        "The guest met the Speaker of Rwandan parliament, Claudine Uwase before a call.",
        "Claudine Uwase",
      ),
    ).toMatchObject({ title: "Speaker of Rwandan parliament", country: "Rwanda" });
  });
});

describe("counterparts", () => {
  it("makes 'his X counterpart' the counterpart of the subject's title, of country X", () => {
    const p = people(
      "Assembly Chairman Oleg Vetrov met with his Uzbek counterpart Farrukh Nosirov in Bukhara.",
    );
    expect(p.get("Farrukh Nosirov")).toEqual({
      roles: ["Uzbek counterpart of the Assembly Chairman"],
      country: "Uzbekistan",
    });
    // The subject's own role is untouched.
    expect(p.get("Oleg Vetrov")?.roles).toEqual(["Assembly Chairman"]);
  });
  it("reads the counterpart in an apposition after the name", () => {
    const p = people(
      "Speaker Janos Szabo visited Reykjavik at the invitation of Gunnar Olafsson, his Icelandic counterpart.",
    );
    expect(p.get("Gunnar Olafsson")?.country).toBe("Iceland");
    expect(p.get("Gunnar Olafsson")?.roles).toContain("Icelandic counterpart of the Speaker");
  });
  it("keeps the title written after 'counterpart' as the person's own", () => {
    const p = people(
      "Speaker Aidos Bekov met with his counterpart Senate Speaker of the Oliy Majlis Dilnoza Karimova.",
    );
    expect(p.get("Dilnoza Karimova")).toEqual({
      roles: ["Senate Speaker of the Oliy Majlis"],
      country: "Uzbekistan",
    });
  });
});

describe("demonyms", () => {
  it("gives a demonym shared with a territory to the sovereign state", () => {
    expect(countryOf("French")).toBe("France");
    expect(countryOf("American")).toBe("United States");
  });
  it("knows adjectival demonyms the country data lacks", () => {
    expect(countryOf("Icelandic")).toBe("Iceland");
  });
});
