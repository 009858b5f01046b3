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
  it("reads a defined abbreviation that keeps the 'of' in lower case, and none whose letters are not the initials", () => {
    const countryOfPresident = (abbr: string) =>
      people(
        `The House of Councillors (${abbr}) of Japan welcomed a delegation on 9 September.\n\n${abbr} President Hideo Sato held talks with the guests.`,
      ).get("Hideo Sato")?.country;
    expect(countryOfPresident("HoC")).toBe("Japan");
    expect(countryOfPresident("HaC")).toBeUndefined();
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
  it("keeps the protagonist of a dated-at-home report in the dateline's country when a sentence puts them abroad", () => {
    const p = people(
      "TBILISI, VELTAR. On the sidelines of the summit in Lisbon, Vice Speaker of the Parliament Nino Abashidze met with the Chair of the France-Georgia friendship group of the Senate Odile Marchand.",
    );
    expect(p.get("Nino Abashidze")?.country).toBe("Georgia");
    // The member of a bilateral group met by the protagonist is of the group's other country.
    expect(p.get("Odile Marchand")?.country).toBe("France");
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

describe("roles around pairs, glosses and chains", () => {
  it("gives each name of a pair the plural title before it", () => {
    const p = people("The talks between Presidents Karl Obermann and Dana Vesely were fruitful.");
    expect(p.get("Karl Obermann")?.roles).toEqual(["President"]);
    expect(p.get("Dana Vesely")?.roles).toEqual(["President"]);
  });
  it("gives each name its own modifier of a plural title, in order", () => {
    const p = people(
      "The guest will hold talks with the Senate and Majilis speakers – Aidos Bekov and Marat Seitov.",
    );
    expect(p.get("Aidos Bekov")?.roles).toEqual(["Senate speaker"]);
    expect(p.get("Marat Seitov")).toEqual({ roles: ["Majilis speaker"], country: "Kazakhstan" });
  });
  it("reads a role across a gloss of its body ('Majilis, the lower chamber of ..., X')", () => {
    expect(
      roleOf(
        "ASTANA. Speaker of Majilis, the lower chamber of the Kazakh Parliament, Marat Seitov has received the guests.",
        "Marat Seitov",
      ),
    ).toMatchObject({
      title: "Speaker of Majilis, the lower chamber of the Kazakh Parliament",
      country: "Kazakhstan",
    });
  });
  it("does not take 'member nations' for a person", () => {
    const p = people(
      "ASTANA. Speaker Marat Seitov received Rolf Ekdahl.\n\nEkdahl said that Kazakhstan is a partner for the NATO member nations.",
    );
    expect(p.get("Marat Seitov")?.roles).toEqual(["Speaker"]);
  });
  it("reads a second apposition after the first as a second role", () => {
    const p = people(
      "The delegation composed of Mr. Dusan Markovic, PABSEC Vice-President, Head of the PABSEC Serbian Delegation, and Mr. Elchin Aliyev visited Moscow.",
    );
    expect(p.get("Dusan Markovic")).toEqual({
      roles: ["PABSEC Vice-President", "Head of the PABSEC Serbian Delegation"],
      country: "Serbia",
    });
  });
  it("keeps 'under the Government of X' in the role", () => {
    expect(
      roleOf(
        "It was attended by Chair of the Committee on Family Affairs under the Government of the Republic of Tajikistan Nigina Saidova.",
        "Nigina Saidova",
      ),
    ).toMatchObject({ country: "Tajikistan" });
  });
  it("gives an ambassador met at home the other country the article is about", () => {
    const p = people(
      "ASTANA. Speaker Marat Seitov received Ambassador Hiroshi Tanaka.\n\nSeitov said that Japan is a key partner of Kazakhstan.\n\nHe praised the Kazakh-Japanese ties.",
    );
    expect(p.get("Hiroshi Tanaka")?.country).toBe("Japan");
  });
});

describe("the host's country", () => {
  it("reads the country an outlet's name gives when there is no dateline", () => {
    const p = people(
      "House of Representatives Speaker Karim Mansour praised the ties between Egypt and Jordan.\n\nMansour received the guests.",
      { outlet: "Egypt Independent" },
    );
    expect(p.get("Karim Mansour")?.country).toBe("Egypt");
  });
  it("does not take a participle opening the sentence for a role", () => {
    expect(
      roleOf("Welcoming Speaker Lim Wei Ming, Chairman Tran Van Binh thanked him.", "Lim Wei Ming")?.title,
    ).toBe("Speaker");
  });
  it("leaves the country of an officer of an international body to their other titles", () => {
    const p = people("ASTANA. Speaker Marat Seitov met World Customs Forum President Hans Gruber.");
    expect(p.get("Hans Gruber")?.country).toBeUndefined();
  });
});

describe("members of bilateral groups", () => {
  it("places a member met at home in the group's other country", () => {
    const p = people(
      "ASTANA. Chairman of the Majilis Marat Seitov met Head of the Kazakhstan-Serbia Parliamentary Group Dusan Markovic.\n\nSeitov praised the ties.",
    );
    expect(p.get("Dusan Markovic")?.country).toBe("Serbia");
  });
  it("places a member in the protagonist's country when the protagonist belongs to a bilateral group too", () => {
    const p = people(
      "YEREVAN. Head of Armenia-Serbia Friendship Group Aram Vardanyan met Ambassador of Serbia Jelena Ilic.\n\nMember of Armenia-Serbia Friendship Group Gor Sahakyan took part.\n\nVardanyan praised the ties.",
    );
    expect(p.get("Gor Sahakyan")?.country).toBe("Armenia");
  });
  it("places a member met by a visitor in the country visited, and reads 'and also' as one more title", () => {
    const p = people(
      "Mr. Jorge Perez, Member of the National Assembly of Cuba, and also President of the Cuba-Japan Friendship League, in Japan at the invitation of the House of Councillors, visited the House and met with Mr. Kenji Sato, Chairman of the Committee on Rules and also Chairman of the Japan-Cuba League of Friendship.\n\nPerez thanked the hosts.\n\nPerez left.",
    );
    expect(p.get("Kenji Sato")?.country).toBe("Japan");
    expect(p.get("Kenji Sato")?.roles[0]).toContain("Japan-Cuba League of Friendship");
    expect(p.get("Jorge Perez")?.roles).toContain("President of the Cuba-Japan Friendship League");
  });
});

describe("people named without a title", () => {
  it("gives the protagonist's partner the other country of the bilateral ties the next sentences speak of", () => {
    const p = people(
      "GENEVA. Azerbaijani Parliament Speaker Leyla Hasanova held talks with counterparts.\n\nDuring her conversation with Siobhan Kelly, the two sides highlighted parliamentary diplomacy. Both speakers stressed the ties between Azerbaijan and Ireland.\n\nHasanova thanked her.",
    );
    expect(p.get("Siobhan Kelly")?.country).toBe("Ireland");
  });
  it("gives no country when the sentences speak of two other countries", () => {
    const p = people(
      "GENEVA. Azerbaijani Parliament Speaker Leyla Hasanova held talks.\n\nDuring her conversation with Siobhan Kelly, they spoke of Azerbaijan, Ireland and Malta.\n\nHasanova thanked her.",
    );
    expect(p.get("Siobhan Kelly")?.country).toBeUndefined();
  });
});

describe("a place between the verb and its titled object", () => {
  it("is no word of the object's title", () => {
    const p = people(
      " date 2025-03-10 Speaker of the Parliament of Moldova Velko Dramin met in Vienna President Orsolya Kertveny of Hungary.",
    );
    expect(p.get("Orsolya Kertveny")).toEqual({ roles: ["President of Hungary"], country: "Hungary" });
  });
  it("nor is a country named as the place", () => {
    const p = people(
      " date 2025-03-10 Speaker of the Parliament of Moldova Velko Dramin met in Austria Chairwoman Orsolya Kertveny of the National Assembly of Hungary.",
    );
    expect(p.get("Orsolya Kertveny")?.country).toBe("Hungary");
    expect(p.get("Orsolya Kertveny")?.roles[0]).not.toMatch(/Austria/);
  });
  it("nor is a seat named after 'at the'", () => {
    const p = people(
      " date 2025-03-10 Speaker of the Parliament of Moldova Velko Dramin was received at the Kremlin Speaker Orsolya Kertveny of Hungary.",
    );
    expect(p.get("Orsolya Kertveny")).toEqual({ roles: ["Speaker of Hungary"], country: "Hungary" });
  });
  it("while a post's city after the title stays in the role", () => {
    expect(
      roleOf("Dramin met the Ambassador of Ostria in Vienna Lorand Veszto.", "Lorand Veszto"),
    ).toMatchObject({ title: "Ambassador of Ostria in Vienna" });
  });
});

describe("a working group in a title", () => {
  it("is part of the role, alone or after another title and a comma", () => {
    expect(
      people(
        " date 2025-01-01 Head of the working group on Ostrian-Veldanian interparliamentary relations Orhan Kazimli met the delegation.",
      ).get("Orhan Kazimli")?.roles,
    ).toEqual(["Head of the working group on Ostrian-Veldanian interparliamentary relations"]);
    expect(
      people(
        " date 2025-01-01 Deputy Speaker of the Assembly, head of the working group on Ostrian-Veldanian interparliamentary relations Orhan Kazimli met the delegation.",
      ).get("Orhan Kazimli")?.roles,
    ).toEqual([
      "Deputy Speaker of the Assembly, head of the working group on Ostrian-Veldanian interparliamentary relations",
    ]);
  });
});
