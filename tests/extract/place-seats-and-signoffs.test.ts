/**
 * Places a report gives without writing the city in the meeting's sentence: a parliament's own house
 * ("received in the Majilis", "at Parliament Buildings") is in the city where that parliament sits; a
 * house or an event named after its city ("at the Almaty City Maslikhat"); a town whose name says it
 * is one ("in Rivera City"); a release signed off with a city on its last line. And what does not move
 * a report abroad: a visit recalled by what it produced ("the agreements reached during the visit of
 * the Head of State to Tokyo"). Names of people are invented.
 */
import { describe, expect, it } from "vitest";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const placeOf = (text: string, who: string, published = "2024-05-14") =>
  placesAndDatesOf(text, published).find((m) => m.names.includes(who))?.place;

describe("a meeting in a parliament's own house", () => {
  it("is in the city where a parliament the gazetteer knows sits", () => {
    const text =
      "Deputy Marat Ospenov yesterday received in the Majilis the Ambassador of Georgia to Kazakhstan Tamar Beridze.";
    expect(placeOf(text, "Tamar Beridze")).toBe("Astana");
  });
  it("is in that country's capital when the house is named with its country", () => {
    const text =
      "On May 13, Speaker Kwame Boadu and Chairman Dorj Batbayar held a bilateral meeting in the Speaker's rooms in the National Assembly of Ghana Building.";
    expect(placeOf(text, "Dorj Batbayar")).toBe("Accra");
  });
  it("is in the hosts' capital when the house is named without a country", () => {
    const text =
      "Zambian National Assembly Speaker Mwila Chanda on Friday hosted Chinese Ambassador to Zambia Li Wenbo at Parliament Buildings, where the two discussed railway financing.";
    expect(placeOf(text, "Li Wenbo")).toBe("Lusaka");
  });
  it("gives way to a city the article writes, in its own spelling", () => {
    const text =
      "NUR-SULTAN. KAZINFORM – Deputy Marat Ospenov today received in the Majilis the Ambassador of Georgia Tamar Beridze.";
    expect(placeOf(text, "Tamar Beridze")).toBe("Nur-Sultan");
  });
  it("is not the house of an invitation", () => {
    const text = "Tamar Beridze met Marat Ospenov, who invited her to visit the Majilis next spring.";
    expect(placeOf(text, "Tamar Beridze")).toBeUndefined();
  });
  it("is where a parliament sits that does not sit in the capital", () => {
    const text =
      "Speaker Pieter de Wit received the Ambassador of Ghana Kofi Mensah in the House of Representatives of the Netherlands building on Monday.";
    expect(placeOf(text, "Kofi Mensah")).toBe("The Hague");
  });
});

describe("a chamber is not a building", () => {
  it("does not put 'House' before the city", () => {
    const text =
      "OTTAWA – Chairman Dorj Batbayar paid a courtesy call on the Speaker of the House of Commons, Adam Fournier, in the House of Commons today.";
    expect(placeOf(text, "Adam Fournier")).toBe("Ottawa");
  });
});

describe("a house or an event named after its city", () => {
  it("is in that city when the meeting is at it", () => {
    const text =
      "Earlier on Friday, Speaker Aigerim Nurova held bilateral talks with Speaker Baktygul Osmonova at the Almaty City Maslikhat.";
    expect(placeOf(text, "Baktygul Osmonova")).toBe("Almaty");
  });
  it("is no place when only discussed in it", () => {
    const text =
      "Speaker Aigerim Nurova held talks with Baktygul Osmonova on their parts in the Paris Agreement.";
    expect(placeOf(text, "Baktygul Osmonova")).toBeUndefined();
  });
});

describe("a town whose name says it is one", () => {
  it("is the place: 'in Rivera City'", () => {
    const text =
      "On Tuesday, Speaker Ana Reyes paid a courtesy call on Senate President Tomas Alvarado at the Senate in Rivera City.";
    expect(placeOf(text, "Tomas Alvarado")).toBe("Rivera City");
  });
  it("is not 'the City'", () => {
    const text = "Speaker Tomas Alvarado received Ambassador Kofi Mensah in the City on Tuesday.";
    expect(placeOf(text, "Tomas Alvarado")).toBeUndefined();
  });
});

describe("a release signed off with a city", () => {
  it("places its meetings there, as a dateline would", () => {
    const text =
      "On the meeting with the Chairman\n\nOn May 10, 2024 Ambassador Daniyar Seitov met with the Chairman of the Committee Rustam Aliyev.\n\nThe parties discussed cooperation.\n\nTashkent";
    expect(placeOf(text, "Rustam Aliyev")).toBe("Tashkent");
  });
  it("does not read a city inside a last sentence as one", () => {
    const text =
      "On May 10, 2024 Ambassador Daniyar Seitov met with the Chairman of the Committee Rustam Aliyev.\n\nThe parties discussed cooperation.\n\nThe next round is planned in Tashkent.";
    expect(placeOf(text, "Rustam Aliyev")).toBeUndefined();
  });
});

describe("a visit recalled by what it produced", () => {
  it("does not move a report abroad from its dateline", () => {
    const text =
      "ASTANA. KAZINFORM – Majilis Chairman Bolat Serikov received today Ambassador of Japan Hiroshi Tanaka.\n\nThe sides discussed the implementation of the agreements reached during the visit of the Head of State to Tokyo.";
    expect(placeOf(text, "Hiroshi Tanaka")).toBe("Astana");
  });
  it("unlike a visit told with what was reached on it", () => {
    const text =
      "ASTANA. KAZINFORM – Majilis Chairman Bolat Serikov held talks with Speaker Hiroshi Tanaka.\n\nImportant agreements were reached during the visit of the delegation to Japan.";
    expect(placeOf(text, "Hiroshi Tanaka")).not.toBe("Astana");
  });
});
