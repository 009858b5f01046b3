/**
 * Documents signed or adopted at a meeting, and steps the sides agreed on, as news English reports
 * them; and what is no agreement of the meeting (proposed, offered, foreseen, signed at another
 * time). Every name, body and document here is invented.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { agreementsOfSentence } from "../../src/extract/agreements.ts";

/** The documents a sentence records as signed or agreed, as a meeting stores them. */
const agreementsIn = (text: string, year?: number) => agreementsOfSentence(text, year).map((a) => a.text);

import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";

/** Each meeting of a one-article fact base: the surnames of its people, its status and agreements. */
function agreementsOfMeetings(text: string, published = "2024-05-14") {
  const base = extractFacts([
    parseArticle(` date ${published} ${text}`, { id: "x", file: "x.txt", isKnownCity }),
  ]);
  const surname = (id: string) =>
    base.people
      .find((p) => p.id === id)
      ?.name.split(" ")
      .pop() ?? id;
  return base.meetings.map((m) => ({
    people: m.participants.map(surname).sort().join(" + "),
    status: m.status,
    agreements: m.agreements,
  }));
}

describe("documents signed in the sentence", () => {
  it("are read from the active verb, with what follows the head", () => {
    expect(
      agreementsIn(
        "The two speakers signed a memorandum of cooperation between the Velmar Diet and the Oskan Assembly.",
      ),
    ).toEqual(["memorandum of cooperation between the Velmar Diet and the Oskan Assembly"]);
  });
  it("are read from the passive, not from the clause before the document", () => {
    expect(
      agreementsIn(
        "Nel Ardo held talks with Speaker Pim Tavel, during which the roadmap for cooperation between the two chambers was signed.",
      ),
    ).toEqual(["roadmap for cooperation between the two chambers"]);
  });
  it("keep whom the document binds when the passive names them after the verb", () => {
    expect(
      agreementsIn("During the meeting, a protocol on consultations was signed between the two parliaments."),
    ).toEqual(["protocol on consultations between the two parliaments"]);
  });
  it("are each document of a signing that lists two", () => {
    expect(
      agreementsIn(
        "After the talks, a memorandum of understanding on trade was signed, as well as a plan of joint events for 2026–2027.",
      ),
    ).toEqual(["memorandum of understanding on trade", "plan of joint events for 2026–2027"]);
  });
  it("include a declaration adopted and minutes signed", () => {
    expect(
      agreementsIn(
        "The forum of the speakers ended with the adoption of a joint declaration on water security.",
      ),
    ).toEqual(["joint declaration on water security"]);
    expect(agreementsIn("The delegations signed minutes of the talks on the exchange of interns.")).toEqual([
      "minutes of the talks on the exchange of interns",
    ]);
  });
  it("end before an attribution or the day of the signing", () => {
    expect(
      agreementsIn("The speakers on Monday signed a memorandum on youth exchanges, Orvell officials said."),
    ).toEqual(["memorandum on youth exchanges"]);
  });
});

describe("what is no document of this meeting", () => {
  it("a signing proposed, offered or possible", () => {
    expect(agreementsIn("He proposed that the two chambers soon sign a cooperation agreement.")).toEqual([]);
    expect(
      agreementsIn("She said Velmar had offered Oskan to restore relations and sign a peace treaty."),
    ).toEqual([]);
    expect(agreementsIn("He spoke of the importance of signing a treaty on the border.")).toEqual([]);
  });
  it("a document only implemented, or named by a signing of another time", () => {
    expect(
      agreementsIn(
        "They discussed the implementation of the agreement on the border signed between Velmar and Oskan.",
      ),
    ).toEqual([]);
    expect(agreementsIn("The city hosted the signing of the charter of the union in 1994.", 2024)).toEqual(
      [],
    );
    expect(agreementsIn("Earlier, the two committees signed a protocol on consultations.")).toEqual([]);
  });
  it("a law or programme a parliament adopted for itself", () => {
    expect(agreementsIn("The chamber adopted a programme of regional development.")).toEqual([]);
  });
});

describe("signings foreseen and steps agreed", () => {
  it("a foreseen signing is marked planned", () => {
    expect(
      agreementsOfSentence("The speakers are expected to sign an agreement on parliamentary cooperation."),
    ).toEqual([{ text: "agreement on parliamentary cooperation", planned: true }]);
    expect(
      agreementsOfSentence("A memorandum on cooperation between the two chambers is planned to be signed."),
    ).toEqual([{ text: "memorandum on cooperation between the two chambers", planned: true }]);
  });
  it("a step the sides agreed to take is recorded as agreed, the first of two", () => {
    expect(
      agreementsIn(
        "The sides also agreed to establish a standing dialogue between their budget committees and to hold the next round in Orvell.",
      ),
    ).toEqual(["agreed to establish a standing dialogue between their budget committees"]);
    expect(
      agreementsIn('We agreed that our energy committees will hold a joint hearing in spring," Tavel wrote.'),
    ).toEqual(["agreed that our energy committees will hold a joint hearing in spring"]);
  });
  it("a vague resolve to do more is no agreement", () => {
    expect(agreementsIn("The parties agreed to further expand inter-parliamentary cooperation.")).toEqual([]);
  });
});

describe("the meeting a document belongs to", () => {
  it("is the protagonist's meeting, not a meeting of others told in between", () => {
    const text = [
      "Senate Speaker Nel Ardo of Velmar met Pim Tavel, Deputy Speaker of the Oskan Senate.",
      "According to Ardo, the talks between Presidents Rolf Essing and Dano Mirel showed the depth of the partnership.",
      "During the meeting, a memorandum of cooperation was signed between the two senates.",
    ].join("\n\n");
    const meetings = agreementsOfMeetings(text);
    expect(meetings.find((m) => m.people === "Ardo + Tavel")?.agreements).toEqual([
      "memorandum of cooperation between the two senates",
    ]);
    expect(meetings.filter((m) => m.people !== "Ardo + Tavel").flatMap((m) => m.agreements)).toEqual([]);
  });
});
