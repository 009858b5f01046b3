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

describe("countries from the body, the list and the visit", () => {
  it("reads an abbreviation the article defines for a body of a country", () => {
    const p = people(
      "The Committee on Budget of the National Assembly (NA) of Armenia met its peers.\n\nThe memorandum was signed by chairman Aram Vardanyan of the NA Standing Committee on Budget.",
    );
    expect(p.get("Aram Vardanyan")?.country).toBe("Armenia");
  });
  it("spreads the country that opens a list of titled names to the titles after it", () => {
    const p = people(
      "The guest will meet Austrian President Karl Obermann, Prime Minister Hans Gruber and Foreign Minister Eva Stein.",
    );
    expect(p.get("Hans Gruber")?.country).toBe("Austria");
    expect(p.get("Eva Stein")?.country).toBe("Austria");
  });
  it("gives the leader named as 'its Speaker' the delegation's body and country", () => {
    const p = people(
      "A delegation of the Russian Federation Council, headed by its Speaker Galina Orlova, will visit Astana.",
    );
    expect(p.get("Galina Orlova")).toEqual({
      roles: ["Speaker of the Russian Federation Council"],
      country: "Russia",
    });
  });
  it("places a bare title in the country a delegation will pay a visit to", () => {
    const p = people(
      "MOSCOW. A delegation of the State Duma, led by its Speaker Galina Orlova, will pay a two-day visit to Kazakhstan.\n\nTalks will be held with Chairman of the Senate Aidos Bekov.\n\nOrlova will also visit a plant.",
    );
    expect(p.get("Aidos Bekov")?.country).toBe("Kazakhstan");
  });
});

describe("what a role is not", () => {
  it("ends a role at an honorific: the courtesy style after it belongs to the name", () => {
    expect(
      roleOf(
        "President His Highness Sheikh Khalid bin Rashid Al Mansoori received the guest.",
        "Khalid bin Rashid Al Mansoori",
      )?.title,
    ).toBe("President");
    expect(
      roleOf("His Highness Sheikh Khalid bin Rashid received the guest.", "Khalid bin Rashid"),
    ).toBeUndefined();
  });
});
