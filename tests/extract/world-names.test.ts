/**
 * People's names of every culture in standard meeting reports (fixtures/world-names.ts): each name
 * read whole, the two people met, the later mention by surname the same person, and capitalised
 * phrases that look like names (friendship groups, routes, orders, parliaments, feasts) no person.
 * The counts of wrong reports before the rules of this file's commit are in the comments.
 */
import { describe, expect, it } from "vitest";
import { nameMatches } from "../../src/extract/people.ts";
import {
  HARD_NAMES,
  INITIALS_AND_CAPITALS,
  LOOKALIKES,
  MEETING_FRAMES,
  STYLES_AND_FORMS,
  TWO_SPELLINGS,
  VERBS_AND_DOUBLE_SURNAMES,
  WORLD_NAMES,
} from "./fixtures/world-names.ts";
import { namesIn, people } from "./people-helpers.ts";
import { frameReports, namedReportErrors } from "./world-names-score.ts";

describe("names of many cultures in the standard meeting frames", () => {
  // Before: 34 of 568 wrong: "qizi" ending a name, a single-word Indonesian name with its role in
  // apposition, a Japanese surname in capitals first with no title before it (or after a role and a
  // comma).
  it("reads every name whole and finds the meeting of the two", () => {
    const reports = frameReports(WORLD_NAMES, MEETING_FRAMES);
    expect(reports.length).toBeGreaterThan(550);
    expect(namedReportErrors(reports)).toEqual([]);
  });
  // Before: 48 of 251 wrong. Left: a country's or a city's name opening a name right after a place
  // preposition ("a courtesy call on Victoria Lima Cardoso"), where it is read as the place.
  it("reads names made of English words, places' names and particles", () => {
    const reports = frameReports([...HARD_NAMES, ...WORLD_NAMES.slice(0, 10)], MEETING_FRAMES).filter((r) =>
      HARD_NAMES.some((h) => r.id.includes(h.full)),
    );
    expect(reports.length).toBeGreaterThan(240);
    expect(namedReportErrors(reports).length).toBeLessThanOrEqual(4);
  });
});

describe("one person spelled two ways, initials and capitals", () => {
  // Before: 2 of 12 wrong (Muhammad / Mohammed, Khodjaev / Khojayev).
  it("keeps one person under two spellings", () => {
    expect(namedReportErrors(TWO_SPELLINGS)).toEqual([]);
  });
  // Before: 3 of 14 wrong (an initial before a surname in capitals, a Korean surname in capitals
  // first, a single-word name with its role after it).
  it("reads initials and surnames in capitals", () => {
    expect(namedReportErrors(INITIALS_AND_CAPITALS)).toEqual([]);
  });
});

describe("capitalised phrases that look like names", () => {
  // Before: 4 of 17 wrong ("Eid al-Fitr", "Umm Al Quwain", a headline's "Phone Call", "Burj Al
  // Noor", "Khaleej Times" read as people).
  it("are no people beside the two who meet", () => {
    expect(namedReportErrors(LOOKALIKES)).toEqual([]);
  });
  it("leave a thing in quotes after 'the', a call and a safety body out", () => {
    expect(namesIn('They toured the "Silk Valley" park with Ivo Brant.')).toEqual(["Ivo Brant"]);
    expect(namesIn("Speaker Ivo Brant, Omani Guest Discuss Nuclear Safety in Phone Call")).toEqual([
      "Ivo Brant",
    ]);
  });
  it("leave a tower, a valley or an airline out, but not a title's holder", () => {
    expect(namesIn("They saw Burj Khalifa and Wadi Rum and flew Air Astana with Ivo Brant.")).toEqual([
      "Ivo Brant",
    ]);
    expect(namesIn("Speaker Ivo Brant met Ambassador Wadi Haddad.")).toEqual(["Ivo Brant", "Wadi Haddad"]);
  });
  it("leave a feast's name out, the Arabic article of a person's name in", () => {
    expect(namesIn("He congratulated Ivo Brant on Eid al-Fitr and Eid Al-Adha.")).toEqual(["Ivo Brant"]);
    expect(namesIn("Speaker Ivo Brant met Khalid al-Fitrani.")).toEqual(["Ivo Brant", "Khalid al-Fitrani"]);
  });
});

describe("a father's name with 'qizi' or 'ogli'", () => {
  it("ends or continues the name", () => {
    expect(namesIn("Speaker Ivo Brant met Samira Rauf qizi Huseynli.")).toEqual([
      "Ivo Brant",
      "Samira Rauf qizi Huseynli",
    ]);
    expect(namesIn("He met Anvar Karim ogli on Monday.")).toEqual(["Anvar Karim ogli"]);
  });
});

describe("a single-word name with a role in apposition", () => {
  it("is a person when the report names it again", () => {
    const found = people(
      " date 2025-03-14 Hadisubroto, Deputy Speaker of the House of Representatives, received Ambassador Ana Ruiz.\n\nHadisubroto said trade was growing.",
    );
    expect([...found.keys()].sort()).toEqual(["Ana Ruiz", "Hadisubroto"]);
  });
  it("is not a word opening a sentence before a role, nor a source before one", () => {
    const found = people(
      " date 2025-03-14 Nevertheless, the Chairman of the Senate agreed. Speaker Ivo Brant met Ambassador Ana Ruiz. According to Newsline, the Speaker of the Senate was pleased. Newsline said so.",
    );
    expect([...found.keys()].sort()).toEqual(["Ana Ruiz", "Ivo Brant"]);
  });
  it("is not a sentence adverb named twice", () => {
    const found = people(
      " date 2025-03-14 Overall, the Chairman of the Senate was pleased. Speaker Ivo Brant met Ambassador Ana Ruiz. Overall trade grew.",
    );
    expect([...found.keys()].sort()).toEqual(["Ana Ruiz", "Ivo Brant"]);
  });
  it("is not the role of a name after it", () => {
    expect(namesIn("Newsline, Speaker of the Ostrian Diet Ana Ruiz said.")).toEqual(["Ana Ruiz"]);
  });
});

describe("a surname in capitals before the given name", () => {
  it("is read with no title before it when a role stands in apposition", () => {
    expect(namesIn("SHIMODA Keiko, Speaker of the House, received him.")).toEqual(["SHIMODA Keiko"]);
    expect(namesIn("He met the Ambassador of Japan, SHIMODA Keiko.")).toEqual(["SHIMODA Keiko"]);
    expect(namesIn("He met LEE Han-sol, the Speaker of the National Assembly.")).toEqual(["LEE Han-sol"]);
  });
  it("is an acronym without that role", () => {
    expect(namesIn("The PACE Bureau met. UNESCO Heritage sites were named.")).toEqual([]);
    expect(namesIn("The UNDP Resident Representative, Ana Ruiz, spoke.")).toEqual(["Ana Ruiz"]);
  });
  it("follows an initial as Mongolian agencies print it", () => {
    expect(namesIn("Chairman G.ZANDANBAATAR met Ts.Bold.")).toEqual(["G.ZANDANBAATAR", "Ts.Bold"]);
  });
});

describe("a place's name as a given name", () => {
  it("is a name after a title or a country, or before a city's name and a name word", () => {
    expect(namesIn("He met the Ambassador of Bulgaria Jordan Petrova.")).toEqual(["Jordan Petrova"]);
    expect(namesIn("Ambassador Israel Gomez spoke.")).toEqual(["Israel Gomez"]);
    expect(namesIn("Victoria Lima Cardoso, Speaker of the Senate, spoke.")).toEqual([
      "Victoria Lima Cardoso",
    ]);
  });
  it("stays the place after a preposition", () => {
    expect(namesIn("They flew from Astana to Lima Cardoso said.")).toEqual([]);
    expect(namesIn("Ivo Brant met him in Jordan Ana Ruiz said.")).toEqual(["Ivo Brant", "Ana Ruiz"]);
  });
  it("is a middle name after the country a title serves", () => {
    expect(namesIn("Chairman of the House of Yemen Ali Said Hamdan met him.")).toEqual(["Ali Said Hamdan"]);
    expect(namesIn("The UK High Commissioner Hope Brown spoke.")).toEqual(["Hope Brown"]);
  });
});

describe("the Prophet's name in its transliterations", () => {
  it("is one given name", () => {
    expect(nameMatches("Muhammad Al-Musallami", ["Mohammed Yousif Al-Musallami"])).toBe(true);
    expect(nameMatches("Mukhammad Karimov", ["Mohamed Karimov"])).toBe(true);
    expect(nameMatches("Mahmud Al-Musallami", ["Mohammed Yousif Al-Musallami"])).toBe(false);
  });
  it("and 'dzh'/'dj'/'j', '-iy'/'-ii'/'-y' are one spelling", () => {
    expect(nameMatches("Rustam Khojayev", ["Rustam Khodjaev"])).toBe(true);
    expect(nameMatches("Dmitrii Pollak", ["Dmitriy Pollak"])).toBe(true);
    expect(nameMatches("Rustam Kholmatov", ["Rustam Khodjaev"])).toBe(false);
  });
});

describe("a name before a verb that is also a thing's plural, and double surnames", () => {
  // Before: 2 of 5 wrong ("X plans to visit" read as a plan's name, "Demoulin-Faure" as a noun).
  it("reads the name whole", () => {
    expect(namedReportErrors(VERBS_AND_DOUBLE_SURNAMES)).toEqual([]);
  });
  it("keeps a plural head after a run of a thing's name, and English compounds out", () => {
    expect(namesIn("The Amanat and Ak Zhol parties agreed.")).toEqual([]);
    expect(namesIn("The Anti-Corruption Agency and Self-Determination Party met.")).toEqual([]);
    expect(namesIn("Ivo Brant plans to go, and the Nur Otan plan was read.")).toEqual(["Ivo Brant"]);
  });
});

describe("styles, particles and forms of writing a name", () => {
  // Before: 3 of 18 wrong (a nickname in brackets, "o'g'li", the dot of initials after a surname).
  it("reads each name whole", () => {
    expect(namedReportErrors(STYLES_AND_FORMS)).toEqual([]);
  });
  it("leaves a bracket that is no nickname alone", () => {
    expect(namesIn("Speaker Ivo Brant (Ecuador) met Ana Ruiz (EPP) today.")).toEqual([
      "Ivo Brant",
      "Ana Ruiz",
    ]);
  });
});
