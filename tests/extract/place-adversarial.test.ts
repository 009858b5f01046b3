/**
 * A meeting's place is the city the text has it held in: the dateline's or a later sentence's city for
 * "here" and "the capital", never a city only discussed or that of another event, as the text spells
 * it, and none for talks by video. The constructions below were found by the adversarial variants of
 * fixtures/invented-places-adversarial.ts, written to break the place rules. Names are invented.
 */
import { describe, expect, it } from "vitest";
import { heldRemotely } from "../../src/extract/held-remotely.ts";
import { ADVERSARIAL_PLACE_REPORTS, type PlacedReport } from "./fixtures/invented-places-adversarial.ts";
import { matchReportMeetings } from "./invented-score.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

/** The place of the meeting that names everyone of `who`, "none" without one, "no meeting" when none is found. */
const placeOf = (text: string, ...who: string[]) => {
  const meeting = placesAndDatesOf(text).find((m) => who.every((w) => m.names.some((n) => n.includes(w))));
  return meeting ? (meeting.place ?? "none") : "no meeting";
};

/**
 * Whether a found place is the expected one the way the scorer has it: either holds the other
 * ("Kremlin, Moscow" is Moscow), and no place is right only where none is expected.
 */
const samePlace = (found: string | undefined, want: string | null) =>
  want === null ? found === undefined : !!found && (found.includes(want) || want.includes(found));

/** One line per found meeting whose place is not the expected one, and per expected meeting not found. */
function placeErrors(reports: PlacedReport[]): string[] {
  const errors: string[] = [];
  for (const report of reports)
    for (const { want, found } of matchReportMeetings(report).matched) {
      const who = want.people.join(" + ");
      if (!found) errors.push(`${report.id}: meeting ${who} not found`);
      else if (!samePlace(found.place, want.place))
        errors.push(`${report.id}: ${who} placed ${found.place ?? "none"}, expected ${want.place ?? "none"}`);
    }
  return errors;
}

describe("talks held by video link or online", () => {
  it("have no place, not even the dateline's city, however the distance is worded", () => {
    for (const how of [
      "held talks via video link with",
      "held video talks with",
      "met in an online format with",
      "held a virtual meeting with",
      "held online talks with",
      "held a meeting by videoconference with",
    ])
      expect(
        placeOf(
          `ASTANA. KAZINFORM – Speaker Dilo Marsek ${how} the Speaker of the Ostrian Diet Orvan Teliko.`,
          "Teliko",
        ),
      ).toBe("none");
  });
  it("leave a meeting face to face where it was, and are told apart from a video only shown", () => {
    expect(
      placeOf(
        "ASTANA. KAZINFORM – Speaker Dilo Marsek met with the Speaker of the Ostrian Diet Orvan Teliko.",
        "Teliko",
      ),
    ).toBe("Astana");
    expect(heldRemotely("The guests watched a video about the history of the parliament.")).toBe(false);
    expect(heldRemotely("The meeting was held in a hybrid hall in Zorgrad.")).toBe(false);
    expect(heldRemotely("The talks were held online.")).toBe(true);
  });
});

describe("a city named in what the sides discussed", () => {
  it("is a topic, not the place, in the meeting's own sentence", () => {
    expect(
      placeOf(
        "The talks of Speaker Dilo Marsek with the Speaker of the Ostrian Diet Orvan Teliko in Tbilisi were devoted to cooperation between Batumi and Kutaisi.",
        "Teliko",
      ),
    ).toBe("Tbilisi");
    expect(
      placeOf(
        "BAKU, June 11 (AZERTAC). Speaker Dilo Marsek met with the Speaker of the Ostrian Diet Orvan Teliko and discussed links between Ganja, Kars and Samarkand.",
        "Teliko",
      ),
    ).toBe("Baku");
    expect(
      placeOf(
        "Speaker Dilo Marsek held talks with the Speaker of the Ostrian Diet Orvan Teliko, focused on the legacy of the forum in Minsk.",
        "Teliko",
      ),
    ).toBe("none");
  });
  it("is the place again when a visit or a holding comes after the topic", () => {
    expect(
      placeOf(
        "The talks of Speaker Dilo Marsek with the Speaker of the Ostrian Diet Orvan Teliko, at which they discussed trade, were held in Osh.",
        "Teliko",
      ),
    ).toBe("Osh");
    expect(
      placeOf(
        "To discuss trade, Speaker Dilo Marsek met with the Speaker of the Ostrian Diet Orvan Teliko during his visit to Budapest.",
        "Teliko",
      ),
    ).toBe("Budapest");
  });
});

describe("the city of an event the talks came before", () => {
  it("gives way to another city the sentence names, before or after it", () => {
    for (const lead of ["Ahead of", "In the run-up to", "In preparation for", "On the eve of"])
      expect(
        placeOf(
          `${lead} the summit in Samarkand, Speaker Dilo Marsek met with the Speaker of the Ostrian Diet Orvan Teliko in Tashkent.`,
          "Teliko",
        ),
      ).toBe("Tashkent");
  });
  it("is the place when the sentence names no other", () => {
    expect(
      placeOf(
        "On the eve of the summit in Samarkand, Speaker Dilo Marsek met with the Speaker of the Ostrian Diet Orvan Teliko.",
        "Teliko",
      ),
    ).toBe("Samarkand");
  });
});

describe("a city of someone's past or post, in an aside", () => {
  const dateline = "BISHKEK, June 12 – Kabar. ";
  it("is not the place of the talks the sentence tells", () => {
    for (const aside of [
      "who had earlier visited Tashkent",
      "who once studied in Tashkent",
      "who previously served in Tashkent",
      "the former Ambassador of Ostria to Tashkent",
      "a one-time representative to Tashkent",
      "the ex-envoy of Ostria to Tashkent",
    ])
      expect(
        placeOf(
          `${dateline}Speaker Orvan Teliko, ${aside}, met with Speaker Dilo Marsek of Kyrgyzstan.`,
          "Teliko",
        ),
      ).toBe("Bishkek");
  });
  it("leaves a city someone came to, or a post's holder travelled to", () => {
    expect(
      placeOf(
        `${dateline}Speaker Dilo Marsek met with Speaker Orvan Teliko, who arrived in Osh earlier today.`,
        "Teliko",
      ),
    ).toBe("Osh");
    expect(
      placeOf(
        `${dateline}The Ambassador of Ostria Orvan Teliko travelled to Osh and met Speaker Dilo Marsek.`,
        "Teliko",
      ),
    ).toBe("Osh");
  });
  it("leaves a serving envoy's city, where envoys are received", () => {
    expect(
      placeOf(
        `${dateline}Speaker Dilo Marsek received Orvan Teliko, the Ambassador of Ostria to Osh.`,
        "Teliko",
      ),
    ).toBe("Osh");
  });
  it("leaves a city the talks are held in, after the aside", () => {
    expect(
      placeOf(
        `${dateline}Speaker Orvan Teliko, who had earlier visited Tashkent, met with Speaker Dilo Marsek of Kyrgyzstan in Osh.`,
        "Teliko",
      ),
    ).toBe("Osh");
  });
});

describe("a later sentence on what the sides discussed", () => {
  it("gives no place by an event held in a city", () => {
    for (const topic of [
      "The sides discussed the results of the summit held in Bishkek.",
      "They exchanged views on the forum that took place in Bishkek.",
    ])
      expect(
        placeOf(
          `ASTANA. KAZINFORM – Speaker Dilo Marsek met with the Speaker of the Ostrian Diet Orvan Teliko. ${topic}`,
          "Teliko",
        ),
      ).toBe("Astana");
  });
  it("still places the talks by a later sentence that tells where the visit was held", () => {
    expect(
      placeOf(
        "ASTANA. KAZINFORM – Speaker Dilo Marsek met with the Speaker of the Ostrian Diet Orvan Teliko. The visit, which took place on 10–11 May in Bishkek, ended with a joint statement.",
        "Teliko",
      ),
    ).toBe("Bishkek");
  });
});

describe("older spellings of capitals", () => {
  it("are known cities, kept as written", () => {
    for (const city of ["Ashkhabad", "Kishinev", "Saint-Petersburg"])
      expect(
        placeOf(
          `Speaker Dilo Marsek met with the Speaker of the Ostrian Diet Orvan Teliko in ${city}.`,
          "Teliko",
        ),
      ).toBe(city);
  });
});

describe("the adversarial variants of fixtures/invented-places-adversarial.ts", () => {
  // Before the rules above: here 0 of 11 wrong, topic 0 of 10, other 1 of 10 (one meeting also not
  // found: a finder's miss, reworded), spell 3 of 10, abroad 0 of 11, video 6 of 8;
  // the second batch: here 0 of 1, topic 1 of 1, other 2 of 2, abroad 0 of 2; the third: other 2 of 3.
  const families = new Map<string, PlacedReport[]>();
  for (const r of ADVERSARIAL_PLACE_REPORTS) {
    const family = r.id.split("-")[0] as string;
    families.set(family, [...(families.get(family) ?? []), r]);
  }
  it("holds at least six reports in each family", () => {
    expect([...families.keys()].sort()).toEqual(["abroad", "here", "other", "spell", "topic", "video"]);
    for (const reports of families.values()) expect(reports.length).toBeGreaterThanOrEqual(6);
  });
  for (const [family, reports] of families)
    it(`places each found meeting where its text holds it, and nowhere else (${family})`, () => {
      expect(placeErrors(reports)).toEqual([]);
    });
});
