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
  it("meets the one who receives it tomorrow in a meeting to come", () => {
    expect(meetingsOf(cases[0]?.[1] ?? "")[1]?.status).toBe("planned");
  });
});
