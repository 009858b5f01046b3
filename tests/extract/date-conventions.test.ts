/**
 * The conventions of issue 8 (point 7) for a meeting's date, each on invented articles: a dateline
 * glued into the first sentence dates the report, not the talks; the end of a visit or the return
 * from it dates neither; an arrival still to come dates no welcome held. Names here are invented.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { isOpeningStamp, statedDates } from "../../src/extract/dates.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { toldAsOneMore } from "../../src/extract/meeting-dates.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const TALKS = "Senate Speaker Dilo Marsek met with Speaker of the Parliament of Georgia Orvan Teliko";
const dateline = (text: string) => parseArticle(` date 2024-07-12 ${text}`, { id: "x", isKnownCity });

describe("a dateline glued into the first sentence", () => {
  it("is read with a town the gazetteer does not know when a day and a closing mark follow it", () => {
    for (const head of ["Zorgrad, July 10 --", "Zorgrad (Estoria), July 10 --", "Zorgrad, 10 July:"]) {
      const a = dateline(`${head} ${TALKS}.`);
      expect(a.datelineCity, head).toBe("Zorgrad");
      expect(a.datelineDate, head).toBe("2024-07-10");
    }
  });
  it("is read with the country between the town and the day", () => {
    const a = dateline(`Windhoek, Namibia July 10: ${TALKS}.`);
    expect(a.datelineCity).toBe("Windhoek");
    expect(a.datelineDate).toBe("2024-07-10");
  });
  it("is not a weekday, a month, or a town without a day and a mark", () => {
    expect(dateline(`Tuesday, July 10 -- ${TALKS}.`).datelineCity).toBeUndefined();
    expect(dateline(`Zorgrad, July 10 ${TALKS}.`).datelineCity).toBeUndefined();
    expect(dateline(`Zorgrad -- ${TALKS}.`).datelineCity).toBeUndefined();
  });
  it("dates the report: talks held in another city take no date from it", () => {
    const [m] = placesAndDatesOf(`Zorgrad, July 10 -- ${TALKS} in Tbilisi.`, "2024-07-12");
    expect(m?.names).toEqual(["Dilo Marsek", "Orvan Teliko"]);
    expect(m?.date).toBeUndefined();
    expect(m?.place).toBe("Tbilisi");
  });
  it("vouches for a same-day report of talks in its own city", () => {
    const [m] = placesAndDatesOf(`Zorgrad, July 12 -- ${TALKS}.`, "2024-07-12");
    expect(m?.date).toMatchObject({ start: "2024-07-12", basis: "publication" });
  });
});

describe("a page's date glued to the head of the lead", () => {
  it("is a stamp after a closing mark, not after a comma", () => {
    const stamp = "6 March 2024 – Senate President Juan Pardo received the guests.";
    expect(isOpeningStamp(stamp, statedDates(stamp, "2024-03-08")[0] as never)).toBe(true);
    const tagged = "06.03.2024 (Ostria News): Senate President Juan Pardo received the guests.";
    expect(isOpeningStamp(tagged, statedDates(tagged, "2024-03-08")[0] as never)).toBe(true);
    const clause = "6 March 2024, Senate President Juan Pardo received the guests.";
    expect(isOpeningStamp(clause, statedDates(clause, "2024-03-08")[0] as never)).toBe(false);
  });
  it("dates neither the lead's talks nor those told after it", () => {
    const ms = placesAndDatesOf(
      "6 March 2024 – Senate President Juan Pardo received a delegation of the Ostrian Diet. He also held talks with Chairman of the Ostrian Diet Bold Gantulga.",
      "2024-03-08",
    );
    const m = ms.find((x) => x.names.includes("Bold Gantulga"));
    expect(m?.names).toContain("Juan Pardo");
    expect(m?.date).toBeUndefined();
  });
  it("leaves a date that opens the lead with 'On' to the talks", () => {
    const [m] = placesAndDatesOf(
      "On 6 March 2024, Senate President Juan Pardo held talks with Chairman of the Ostrian Diet Bold Gantulga.",
      "2024-03-08",
    );
    expect(m?.date).toMatchObject({ start: "2024-03-06", basis: "stated" });
  });
});

describe("the end of a visit, or the return from it", () => {
  it("dates no talks held on the visit", () => {
    for (const text of [
      "Senate Speaker Dilo Marsek's visit to Georgia, during which he met with Speaker Orvan Teliko, ended yesterday evening.",
      "Senate Speaker Dilo Marsek returned from Georgia on Tuesday, where he held talks with Speaker Orvan Teliko.",
    ]) {
      const [m] = placesAndDatesOf(text, "2024-07-10");
      expect(m?.names, text).toEqual(["Dilo Marsek", "Orvan Teliko"]);
      expect(m?.date, text).toBeUndefined();
    }
  });
  it("leaves the day of talks told in a sentence that sums the visit up", () => {
    const [m] = placesAndDatesOf(
      "Senate Speaker Dilo Marsek, who wrapped up his visit to Georgia, held talks with Speaker of the Parliament of Georgia Orvan Teliko yesterday.",
      "2024-07-10",
    );
    expect(m?.date).toMatchObject({ start: "2024-07-09", basis: "stated" });
  });
});

describe("an arrival told in the lead", () => {
  it("dates the welcome at the airport when it has happened", () => {
    const [m] = placesAndDatesOf(
      "Senate Speaker Dilo Marsek arrived in Tbilisi on Monday. At the airport he was met by Speaker of the Parliament of Georgia Orvan Teliko.",
      "2024-07-10",
    );
    expect(m?.date).toMatchObject({ start: "2024-07-08", basis: "stated" });
  });
  it("dates no welcome from an arrival still to come as a day gone by", () => {
    const [m] = placesAndDatesOf(
      "Senate Speaker Dilo Marsek will arrive in Tbilisi on Monday. At the airport he was met by Speaker of the Parliament of Georgia Orvan Teliko.",
      "2024-07-10",
    );
    expect(m?.names).toContain("Orvan Teliko");
    expect(m?.date?.start ?? "none").not.toBe("2024-07-08");
  });
});

describe("a meeting told as one more right after a dated one (it takes none of its day)", () => {
  const dated = "On May 3, Speaker Dilo Marsek held talks with Speaker of the Ostrian Diet Orvan Teliko.";
  it("takes no day from the dated meeting: 'as well' adds a meeting, not its day", () => {
    const ms = placesAndDatesOf(
      `${dated} The sides agreed to hold a joint session.\nThe Speaker met Ostrian Senate President Kiro Vantel as well.`,
      "2024-05-10",
    );
    expect(ms.find((x) => x.names.includes("Orvan Teliko"))?.date?.start).toBe("2024-05-03");
    const m = ms.find((x) => x.names.includes("Kiro Vantel"));
    expect(m?.names).toContain("Dilo Marsek");
    expect(m?.date).toBeUndefined();
  });
  it("is undated when the 'also' belongs to a later clause, or the dated meeting is further back", () => {
    const clause = placesAndDatesOf(
      `${dated}\nIn Zorgrad, Dilo Marsek held talks with Senate President Kiro Vantel, and also met leaders of the factions.`,
      "2024-05-10",
    ).find((x) => x.names.includes("Kiro Vantel"));
    expect(clause?.names).toContain("Dilo Marsek");
    expect(clause?.date).toBeUndefined();
    const far = placesAndDatesOf(
      `${dated} The sides agreed to hold a joint session. They spoke of trade. They spoke of energy. The Speaker met Ostrian Senate President Kiro Vantel as well.`,
      "2024-05-10",
    ).find((x) => x.names.includes("Kiro Vantel"));
    expect(far?.date).toBeUndefined();
  });
  it("is told by 'also' or 'as well' in the first clause only", () => {
    expect(toldAsOneMore("The Speaker also met Kiro Vantel.")).toBe(true);
    expect(toldAsOneMore("The Speaker met Kiro Vantel as well.")).toBe(true);
    expect(toldAsOneMore("The Speaker met Kiro Vantel, and also met the factions.")).toBe(false);
    expect(toldAsOneMore("The Speaker met Kiro Vantel.")).toBe(false);
  });
});

describe("a same-day wire of talks held in another city (kept as the corpus dates it)", () => {
  it("is dated to the day of publication, with a note that names the case", () => {
    const [m] = placesAndDatesOf(
      `ASTANA, July 10. ${TALKS.replace(" met ", " has met ")} in Tbilisi.`,
      "2024-07-10",
    );
    expect(m?.date).toMatchObject({ start: "2024-07-10", basis: "publication" });
    expect(m?.date?.evidence).toMatch(/another city/);
  });
  it("carries no such note for talks in the dateline's own city", () => {
    const [m] = placesAndDatesOf(`ASTANA, July 10. ${TALKS}.`, "2024-07-10");
    expect(m?.date).toMatchObject({ start: "2024-07-10", basis: "publication" });
    expect(m?.date?.evidence).not.toMatch(/another city/);
  });
});
