/**
 * "The delegation" of a report whose protagonist hosts: the visiting delegation is the guest's, and a
 * delegation that "he led" is that of the one the pronoun stands for, not of the host named most.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const cases: [string, string][] = [
  [
    "the visiting delegation is the guest's, not the host's who received it",
    "Speaker of the Estonian Parliament Mirela Kostova received today Chilean Senate President Halvard Brenne and his accompanying delegation. During the meeting, Kostova praised the ties between Estonia and Chile. Kostova also spoke of trade. For his part, Brenne thanked the hosts. The visiting delegation is scheduled to be received tomorrow by Estonian Prime Minister Ilona Marsh.",
  ],
  [
    "a delegation 'he led' is the pronoun's, whom 'the delegation' then stands for",
    "Halvard Brenne, Speaker of the Ostrian Parliament, has called for closer ties with Veldania. He made the appeal when he led a delegation of the Ostrian Parliament to pay a courtesy call on the Deputy Speaker of Veldania, Mirela Kostova, on Tuesday. Kostova assured the visitors of support. Kostova said Veldania would help. The delegation was received on Monday by the Veldanian Foreign Minister, Ilona Marsh.",
  ],
];

describe("the delegation of the guests", () => {
  for (const [what, text] of cases)
    it(what, () => {
      expect(meetingsOf(text).map((x) => x.names)).toEqual([
        ["Halvard Brenne", "Mirela Kostova"],
        ["Halvard Brenne", "Ilona Marsh"],
      ]);
    });
  it("is of another country than the dateline's, also when the guest is the one named most", () => {
    const m = meetingsOf(
      "KUALA LUMPUR, June 25 -- Bilateral talks were held yesterday between Dewan Rakyat Speaker Omar Latif and the Speaker of the Legislative Chamber of Uzbekistan, Timur Rasulov, who is on an official visit to Malaysia. Rasulov praised the reforms. Rasulov invited Omar Latif to Tashkent. Last night, Dewan Negara President Aina Roslan hosted a dinner in honour of the visiting delegation.",
    );
    expect(m.map((x) => x.names)).toContainEqual(["Aina Roslan", "Timur Rasulov"]);
    expect(m.map((x) => x.names)).not.toContainEqual(["Aina Roslan", "Omar Latif"]);
  });
  it("meets the one who receives it tomorrow in a meeting to come", () => {
    expect(meetingsOf(cases[0]?.[1] ?? "")[1]?.status).toBe("planned");
  });
});

describe("the guests, once the article says who led their delegation", () => {
  const lead =
    "A delegation of the Senate of Ostria led by Deputy Chairman Halvard Brenne is on a visit to Veldania.";
  it("'Y received the guests' and 'the Ostrian guests met Z': each is the head meeting them", () => {
    const told = `${lead} Veldanian Speaker Mirela Kostova received the guests. The sides discussed fisheries. During the visit, the Ostrian guests also met with Foreign Minister Ilona Marsh.`;
    const pairs = meetingsOf(told).map((x) => x.names.join(" + "));
    expect(pairs).toEqual(["Halvard Brenne + Mirela Kostova", "Halvard Brenne + Ilona Marsh"]);
  });
  it("guests of a delegation whose head the article never states stand for no one", () => {
    const met = meetingsOf(
      "A delegation of the Latvian Saeima is on a visit to Estonia. Its member, Latvian MP Halvard Brenne, toured the port of Tallinn. Brenne praised the port. The Latvian guests met with Estonian Foreign Minister Ilona Marsh.",
    );
    expect(met.map((x) => x.names)).toEqual([["Ilona Marsh"]]);
    expect(met.map((x) => x.countries)).toEqual([["Latvia"]]);
  });
});
