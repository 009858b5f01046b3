/**
 * Names with several particles, ordinals and capital surnames after a role; roles behind an
 * honorific or a sentence's opening preposition; the countries of envoys and of officers of "the
 * organization". Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";
import { namesIn as names, people, roleOf } from "./people-helpers.ts";

describe("names with two or more particles", () => {
  it("keeps 'van der', 'de la' and 'bin ... Al' inside the name", () => {
    expect(names("Speaker Anna van der Berghe met Senator Luis de la Fuente Ortega.")).toEqual([
      "Anna van der Berghe",
      "Luis de la Fuente Ortega",
    ]);
    expect(names("Speaker Ahmed bin Zayed Al Nahwan received the guests.")).toEqual([
      "Ahmed bin Zayed Al Nahwan",
    ]);
    expect(names("The guest met Jean-Luc de Saint Clair in Paris.")).toEqual(["Jean-Luc de Saint Clair"]);
  });
  it("leaves particles that no name word follows outside the name", () => {
    expect(names("Senator Maria Costa de la")).toEqual(["Maria Costa"]);
  });
});

describe("ordinals and capital surnames", () => {
  it("keeps a monarch's ordinal after a title", () => {
    expect(names("King Faisal II received the Speaker.")).toEqual(["Faisal II"]);
  });
  it("does not take a numeral without a title", () => {
    expect(names("The delegates of Phase II met Rustam Karimov.")).toEqual(["Rustam Karimov"]);
  });
  it("reads a capital surname right after a role that ends in a country", () => {
    expect(
      names("President of the House of Councillors of Japan NAKAMURA Kenji received the guest."),
    ).toEqual(["NAKAMURA Kenji"]);
  });
  it("does not read a dateline in capitals as a surname", () => {
    expect(names("BISHKEK Speaker Talant Asanbekov met the guest.")).toEqual(["Talant Asanbekov"]);
  });
});

describe("roles behind an honorific or an opening preposition", () => {
  it("starts the role after 'HE' or 'His Excellency'", () => {
    expect(
      roleOf("HE Speaker Khalid Yousef Al-Musallam met the guest.", "Khalid Yousef Al-Musallam")?.title,
    ).toBe("Speaker");
    expect(
      roleOf(
        "His Excellency Chairman of the Senate Bakhtiyor Usmonov received the guest.",
        "Bakhtiyor Usmonov",
      )?.title,
    ).toBe("Chairman of the Senate");
  });
  it("leaves out a sentence's opening preposition", () => {
    expect(
      roleOf("During Deputy Speaker Elnur Gasimov's visit to Hungary, he met the hosts.", "Elnur Gasimov")
        ?.title,
    ).toBe("Deputy Speaker");
  });
  it("keeps 'top' in a role", () => {
    expect(roleOf("China's top legislator Zhao Leming met the guest.", "Zhao Leming")?.title).toBe(
      "China's top legislator",
    );
  });
});

describe("countries of envoys and of officers of an organisation", () => {
  it("gives an ambassador the article is about the other country of a dated report", () => {
    const p = people(
      "ASTANA. KAZINFORM - Senate Chairman Dauletov congratulated Ambassador Rodrigo Valdivieso on his appointment and said that Chile is a key partner of Kazakhstan.\n\nRodrigo Valdivieso spoke of cooperation between Kazakhstan and Chile.",
    );
    expect(p.get("Rodrigo Valdivieso")?.country).toBe("Chile");
  });
  it("gives the officer of 'the organization' no country", () => {
    const p = people(
      "BISHKEK - Speaker Talant Asanbekov met a delegation of the Asian Parliamentary Assembly.\n\nThe President of the organization, Farhan Qureshi, praised Kyrgyzstan.",
    );
    expect(p.get("Farhan Qureshi")?.roles).toEqual(["President of the organization"]);
    expect(p.get("Farhan Qureshi")?.country).toBeUndefined();
  });
  it("gives host officials the country of a visit named by its visitor", () => {
    const p = people(
      "As part of Senator Dina Zhaksylykova's working visit to Brazil, she held talks with the Chairman of the Foreign Relations Committee Paulo Henrique Barros.",
    );
    expect(p.get("Paulo Henrique Barros")?.country).toBe("Brazil");
  });
  it("does not take a visit recalled in passing for the article's visit", () => {
    const p = people(
      "Speaker Rustam Karimov received Ambassador Oleg Petrenko.\n\nBoth sides named President Arman Seitov's official visit to Azerbaijan in April a landmark.\n\nKarimov thanked Petrenko.",
    );
    expect(p.get("Rustam Karimov")?.country).not.toBe("Azerbaijan");
  });
});

describe("more particles and names in -ing", () => {
  it("keeps Spanish, Italian, Dutch and Mauritanian particles", () => {
    expect(names("Senator Ricardo de los Santos met Deputy Marco di Stefano.")).toEqual([
      "Ricardo de los Santos",
      "Marco di Stefano",
    ]);
    expect(names("Speaker Mohamed ould Cheikh met the guest.")).toEqual(["Mohamed ould Cheikh"]);
  });
  it("reads a name that ends in -ing after another name word", () => {
    expect(names("Speaker Lhakpa Tshering met the guest.")).toEqual(["Lhakpa Tshering"]);
  });
  it("still drops gerunds and the -ing nouns of buildings", () => {
    expect(names("Speaking at the Opening, the guests praised the hosts.")).toEqual([]);
    expect(names("A reception took place at the Grand Capitol Building, with Senator Jane Sargus.")).toEqual([
      "Jane Sargus",
    ]);
  });
});

describe("countries that a role's body implies, or does not", () => {
  const guest = (role: string, name: string) =>
    people(`BAKU - Speaker Leyla Huseynzade met with ${role} ${name}.`).get(name);
  it("gives no country to the officer of a body of a group of states or of the EU", () => {
    expect(
      guest("the Secretary General of the Parliamentary Assembly of the Turkic States", "Kemal Aydınlı")
        ?.country,
    ).toBeUndefined();
    expect(guest("the head of the EU Delegation to Azerbaijan", "Marija Horvatić")?.country).toBeUndefined();
  });
  it("does not take the host country after 'to' for the envoy's own", () => {
    const p = people(
      "TOKYO - Speaker Kenji Morimoto received the Ambassador to Japan Arman Dzhaksybekov.\n\nMorimoto said that Japan and Kazakhstan are partners, and Kazakhstan values Japan's investments.",
    );
    expect(p.get("Arman Dzhaksybekov")?.country).toBe("Kazakhstan");
  });
  it("gives a chamber name several countries share only to one of them", () => {
    expect(guest("the Deputy Chairman of the Bundesrat", "Peter Lang-Weber")?.country).toBeUndefined();
    const inVienna = people(
      "VIENNA - The President of the Bundesrat Anna Gruber received Speaker Leyla Huseynzade.",
    );
    expect(inVienna.get("Anna Gruber")?.country).toBe("Austria");
  });
  it("reads a friendship league as part of the role", () => {
    expect(
      guest("the head of the Japan-Azerbaijan parliamentary friendship league", "Keiji Furuta")?.roles,
    ).toEqual(["head of the Japan-Azerbaijan parliamentary friendship league"]);
  });
});

describe("roles that keep what the text says and nothing more", () => {
  it("does not name a country as the body of a delegation's head", () => {
    const p = people(
      "NEW DELHI (PTI) - Rajya Sabha Chairman Vijay Kumar Rao met a parliamentary delegation from Uzbekistan headed by Senate Deputy Chairman Sodiq Safarov.",
    );
    expect(p.get("Sodiq Safarov")).toEqual({ roles: ["Senate Deputy Chairman"], country: "Uzbekistan" });
  });
  it("keeps the dots of an abbreviation together", () => {
    const p = people(
      "KYIV - Rada Chairman Oleksandr Kovalchuk met with a delegation of the U.S. Congress led by Senator Mark Whitmore.",
    );
    expect(p.get("Mark Whitmore")?.roles).toEqual(["Senator of the U.S. Congress"]);
  });
  it("leaves 'Sheikh' after a title to the name's style", () => {
    expect(
      roleOf(
        "Shura Council Speaker Sheikh Abdullah bin Fahad Al-Dosari received the guest.",
        "Abdullah bin Fahad Al-Dosari",
      )?.title,
    ).toBe("Shura Council Speaker");
  });
  it("does not take one side of a bilateral body's hyphenated name for the person's country", () => {
    expect(
      roleOf(
        "ASTANA - Chair of the EU-Kazakhstan Cooperation Committee Jonas Petraitis spoke.",
        "Jonas Petraitis",
      )?.country,
    ).toBeUndefined();
  });
  it("gives a member of a committee on international affairs the country of the report", () => {
    const p = people(
      "ASTANA. KAZINFORM - The meeting was attended by Aidar Bekov, Deputy Chairman of the Senate Committee on International Affairs, and Yerlan Sadykov, Ambassador of Kazakhstan to Hungary.",
    );
    expect(p.get("Aidar Bekov")?.country).toBe("Kazakhstan");
  });
});

describe("city names that are also people's names", () => {
  it("reads a city's name beside a name word as part of the name", () => {
    expect(names("Speaker of the Seimas Victoria Vaitkutė-Nielsen visited Kyiv.")).toEqual([
      "Victoria Vaitkutė-Nielsen",
    ]);
    expect(names("Senator Sofia Petrova met President Rui Tavares Lima.")).toEqual([
      "Sofia Petrova",
      "Rui Tavares Lima",
    ]);
  });
  it("leaves a city after a preposition to the place", () => {
    expect(names("The talks in Lima Friday ended; Senator Ana Quispe spoke from Sofia.")).toEqual([
      "Ana Quispe",
    ]);
  });
});

describe("the head of a delegation named with 'its' and a title", () => {
  it("makes the head a side of the meeting", () => {
    expect(
      meetingsOf(
        "Speaker Anna Kovac received a delegation of the Senate of Cambodia led by its Vice President Sok Vanna.",
      ).map((m) => m.names),
    ).toEqual([["Anna Kovac", "Sok Vanna"]]);
  });
});

describe("titles joined by a hyphen, and titles of a city or of where they met", () => {
  it("reads two titles joined by a hyphen as a title, not a name", () => {
    expect(names("The German Minister-President Markus Höfler met the guests.")).toEqual(["Markus Höfler"]);
  });
  it("gives the mayor of a city that city's country", () => {
    const p = people(
      "BAKU (Trend) - Speaker Leyla Huseynzade met with the Mayor of Istanbul Ekrem Yıldızoğlu.",
    );
    expect(p.get("Ekrem Yıldızoğlu")?.country).toBe("Turkey");
  });
  it("gives a host whose title names no country the country of the city they were met in", () => {
    const p = people(
      "ASTANA. KAZINFORM - Senate Speaker Maulen Zhakupov met with the President of the Chamber of Deputies Lorenzo Bellini in Rome.",
    );
    expect(p.get("Lorenzo Bellini")?.country).toBe("Italy");
    expect(p.get("Maulen Zhakupov")?.country).toBe("Kazakhstan");
  });
});

describe("plural titles before a pair of names", () => {
  it("gives each name the singular of a title in -ies or of a title with its 'of' phrase", () => {
    const p = people(
      "ASTANA. KAZINFORM - Mazhilis deputies Aidar Bekov and Gulzhan Omarova met with members of the Bundestag Klaus Wendelin and Petra Haas.",
    );
    expect(p.get("Gulzhan Omarova")).toEqual({ roles: ["Mazhilis deputy"], country: "Kazakhstan" });
    expect(p.get("Petra Haas")).toEqual({ roles: ["member of the Bundestag"], country: "Germany" });
  });
});
