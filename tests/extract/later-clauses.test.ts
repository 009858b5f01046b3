/**
 * What a later clause of a sentence, or a clause set off inside it, does not say of the sentence's
 * meeting: a future the sides agreed on after a meeting told as held ("Today I met Y, and we agreed
 * that our committees will hold a session") makes no plan of it, and a relative clause about a
 * person (", who previously visited X,") neither makes the meeting an earlier one nor places it.
 * Names and places are invented; 2024-05-14 is a Tuesday.
 */
import { describe, expect, it } from "vitest";
import { isEarlierReport, withoutRelativeAsides } from "../../src/extract/details.ts";
import { meetingsOf } from "./meeting-helpers.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const TUESDAY = "2024-05-14";
const LEAD =
  "Speaker of the Parliament of Georgia Dario Velkov said on Tuesday that the two parliaments should work together.";

describe("a future agreed on in a later clause of a held meeting's sentence", () => {
  const quote = (agreed: string) =>
    `${LEAD}\n\n"Today I met with the Chairman of the Senate of Moldova, Ilie Brantu, and we ${agreed}," Velkov wrote after the talks.`;
  it("leaves the meeting held, with its day", () => {
    const text = quote("agreed that our budget committees will hold a joint session in June");
    expect(meetingsOf(text, TUESDAY)).toEqual([
      { names: ["Dario Velkov", "Ilie Brantu"], countries: [], status: "held" },
    ]);
    expect(placesAndDatesOf(text, TUESDAY)[0]?.date).toMatchObject({ start: TUESDAY, basis: "today" });
    expect(meetingsOf(quote("decided that the committees will hold talks in the autumn"), TUESDAY)).toEqual([
      { names: ["Dario Velkov", "Ilie Brantu"], countries: [], status: "held" },
    ]);
  });
  it("does not undo a plan that is the sentence's own", () => {
    // The subject's own future verb, after a clause of its own, is still a plan.
    expect(
      meetingsOf(
        "Chairman of the Senate of Moldova Ilie Brantu, who arrived on Monday, will hold talks with Speaker of the Parliament of Georgia Dario Velkov.",
        TUESDAY,
      ),
    ).toEqual([{ names: ["Dario Velkov", "Ilie Brantu"], countries: [], status: "planned" }]);
    expect(
      meetingsOf(
        "Chairman of the Senate of Moldova Ilie Brantu agreed to meet Speaker of the Parliament of Georgia Dario Velkov in June.",
        TUESDAY,
      ),
    ).toEqual([{ names: ["Dario Velkov", "Ilie Brantu"], countries: [], status: "planned" }]);
  });
});

describe("a relative clause about a person, set off by commas", () => {
  const received = (aside: string, opening = "") =>
    `MORAVA, May 14. ${opening}Speaker of the Parliament of Moldova Ilie Brantu${aside} received Ambassador of Chile Pedro Alvarado.`;
  it("is left out when the sentence is read for an earlier report", () => {
    expect(withoutRelativeAsides("Ilie Brantu, who previously visited Japan, received Pedro Alvarado.")).toBe(
      "Ilie Brantu, received Pedro Alvarado.",
    );
    expect(isEarlierReport("Ilie Brantu, who previously visited Japan, received Pedro Alvarado.")).toBe(
      false,
    );
    expect(isEarlierReport("Ilie Brantu received Pedro Alvarado, whose country he visited last year.")).toBe(
      false,
    );
    // The sentence's own words still tell an earlier meeting.
    expect(isEarlierReport("Earlier, Ilie Brantu, who chairs the committee, received Pedro Alvarado.")).toBe(
      true,
    );
    expect(isEarlierReport("Ilie Brantu had previously received Pedro Alvarado in Lima.")).toBe(true);
  });
  it("neither makes the meeting an earlier one nor places it in the country it names", () => {
    const [meeting] = placesAndDatesOf(received(", who previously visited Japan,"), TUESDAY);
    expect(meeting?.place).toBe("Morava");
    expect(meeting?.date?.start).toBe(TUESDAY);
  });
  it("does not hide an earlier meeting told by the sentence itself", () => {
    const [meeting] = placesAndDatesOf(
      received(", who chairs the budget committee,", "Previously, "),
      TUESDAY,
    );
    expect(meeting?.date).toBeUndefined();
  });
});

describe("a subject pronoun after 'and' and a time that moves the story on", () => {
  const SPEAKER = "Speaker of the Parliament of Moldova Ilie Brantu";
  const CHILEAN = "Ambassador of Chile Pedro Alvarado";
  const PERUVIAN = "Ambassador of Peru Luis Ormeno";
  const pairs = (text: string) => meetingsOf(text, TUESDAY).map((m) => m.names.join(" + "));
  it("is the sentence's subject, not the person met just before", () => {
    expect(
      pairs(`${SPEAKER} met ${CHILEAN} on 10 May, and the following day he received ${PERUVIAN}.`),
    ).toEqual(["Ilie Brantu + Pedro Alvarado", "Ilie Brantu + Luis Ormeno"]);
    expect(pairs(`${SPEAKER} met ${CHILEAN}, and later that day she received ${PERUVIAN}.`)).toContain(
      "Ilie Brantu + Luis Ormeno",
    );
    expect(pairs(`${SPEAKER} met ${CHILEAN} on Monday, and then he held talks with ${PERUVIAN}.`)).toContain(
      "Ilie Brantu + Luis Ormeno",
    );
  });
  it("is not a person named after a preposition before the subject", () => {
    const text = `At the invitation of ${SPEAKER}, ${CHILEAN} visited Chisinau on 10 May, and the following day he met ${PERUVIAN}.`;
    expect(pairs(text)).toEqual(["Luis Ormeno + Pedro Alvarado"]);
  });
});

describe("a headline's semicolon", () => {
  const BODY = [
    "Speaker of the Parliament of Moldova Ilie Brantu today met with Ambassador of Chile Pedro Alvarado.",
    "Brantu is also set to receive a delegation of the Congress of Peru led by its Vice President Luis Ormeno on Thursday.",
  ].join("\n\n");
  const statuses = (headline: string, body = BODY) =>
    meetingsOf(`${headline}\n\n${body}`, TUESDAY)
      .map((m) => `${m.names.join(" + ")}: ${m.status}`)
      .sort();
  it("ends the headline verb's objects: what follows is news of its own", () => {
    expect(statuses("Speaker meets Chilean envoy; Peruvian delegation due Thursday")).toEqual([
      "Ilie Brantu + Luis Ormeno: planned",
      "Ilie Brantu + Pedro Alvarado: held",
    ]);
  });
  it("leaves a headline list joined by 'and' and a semicolon in running text alone", () => {
    const both =
      "Speaker of the Parliament of Moldova Ilie Brantu today met with Ambassador of Chile Pedro Alvarado and Ambassador of Peru Luis Ormeno.";
    expect(statuses("Speaker meets Chilean and Peruvian envoys", both)).toEqual([
      "Ilie Brantu + Luis Ormeno: held",
      "Ilie Brantu + Pedro Alvarado: held",
    ]);
    const listed =
      "Speaker of the Parliament of Moldova Ilie Brantu today met with Ambassador of Chile Pedro Alvarado; Ambassador of Peru Luis Ormeno; and Ambassador of Bolivia Juan Quispe.";
    expect(statuses("Speaker receives envoys", listed)).toEqual([
      "Ilie Brantu + Juan Quispe: held",
      "Ilie Brantu + Luis Ormeno: held",
      "Ilie Brantu + Pedro Alvarado: held",
    ]);
  });
});
