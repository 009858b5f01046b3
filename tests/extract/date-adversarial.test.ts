/**
 * A date attaches to a meeting only where the text gives it to that meeting: in the meeting's own
 * clause, or in a sentence that frames it without telling a meeting of its own. The constructions
 * below were found by the adversarial variants of fixtures/invented-dates-adversarial.ts, written to
 * break the date rules. Names are invented; Thursday 12 June 2025 is the publication date.
 */
import { describe, expect, it } from "vitest";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const PUBLISHED = "2025-06-12";
/** The date's first day of the meeting that names `who`, or "none". */
const dayOf = (text: string, who: string) =>
  placesAndDatesOf(text, PUBLISHED).find((m) => m.names.some((n) => n.includes(who)))?.date?.start ?? "none";

describe("the sentence before a meeting, when it tells a meeting of its own", () => {
  it("dates its own meeting, not an undated one told after it", () => {
    const text =
      "On 10 June, Speaker Dilo Marsek held talks with the Speaker of the Ostrian Diet Orvan Teliko. He also met with the Mayor of Zorgrad Kiro Vantel.";
    expect(dayOf(text, "Teliko")).toBe("2025-06-10");
    expect(dayOf(text, "Vantel")).toBe("none");
  });
  it("dates no meeting told after it by a weekday that opens it either", () => {
    const text =
      "On Monday, Speaker Dilo Marsek held talks with the Speaker of the Ostrian Diet Orvan Teliko. In addition, Marsek met with the Mayor of Zorgrad Kiro Vantel.";
    expect(dayOf(text, "Teliko")).toBe("2025-06-09");
    expect(dayOf(text, "Vantel")).toBe("none");
  });
});

describe("a meeting told 'during the visit' before the visit's dated meetings", () => {
  const lead = "Speaker Dilo Marsek visited Ostria from 8 to 11 June.";
  it("takes no visit's span when a later meeting is dated to one of its days", () => {
    const text = `${lead} During the visit, he met with the Speaker of the Ostrian Diet Orvan Teliko. On 11 June, Marsek held talks with the President of Ostria Kiro Vantel.`;
    expect(dayOf(text, "Vantel")).toBe("2025-06-11");
    expect(dayOf(text, "Teliko")).toBe("none");
  });
  it("takes the visit's span when no meeting of it is dated to a day", () => {
    const text = `${lead} During the visit, he met with the Speaker of the Ostrian Diet Orvan Teliko. Marsek also held talks with the President of Ostria Kiro Vantel.`;
    expect(dayOf(text, "Teliko")).toBe("2025-06-08");
    expect(dayOf(text, "Vantel")).toBe("2025-06-08");
  });
});
