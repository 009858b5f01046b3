/**
 * "The delegation" that meets someone later in a report is its head and those the report had act
 * together with the head ("the chair X, together with colleagues A and B, were received by Y ... Z
 * also met with the delegation"); those who only accompany the head are not counted. "To" after the
 * delegation that opens an infinitive ("met the delegation to discuss trade") is the meeting's purpose,
 * not where the delegation is sent. Names are invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const cases: { name: string; text: string; met: string[][] }[] = [
  {
    name: "'together with colleagues', then 'met with the representative delegation to discuss'",
    text: "Astana, 3 May. During the visit the group's chair Karl Weiss, together with colleagues Anja Vell, Otto Brenner and Jens Kohl, were received by State Counsellor Aibek Temirov. On 2 May, Deputy Minister of Foreign Affairs Dana Serikova also met with the representative delegation to discuss bilateral relations.",
    met: [
      ["Aibek Temirov", "Anja Vell", "Jens Kohl", "Karl Weiss", "Otto Brenner"],
      ["Anja Vell", "Dana Serikova", "Jens Kohl", "Karl Weiss", "Otto Brenner"],
    ],
  },
  {
    name: "'along with her colleagues', then 'received the delegation'",
    text: "Lima, 9 June. Rosa Fuentes, along with her colleagues Pablo Ortiz and Juan Rojas, held talks with Speaker Luis Quispe. Later, Minister of Trade Ana Torres received the delegation.",
    met: [
      ["Juan Rojas", "Luis Quispe", "Pablo Ortiz", "Rosa Fuentes"],
      ["Ana Torres", "Juan Rojas", "Pablo Ortiz", "Rosa Fuentes"],
    ],
  },
  {
    name: "'joined by', then 'met the delegation'",
    text: "Lima, 9 June. The head of the group Rosa Fuentes, joined by Pablo Ortiz, was received by Speaker Luis Quispe. Later, Minister of Trade Ana Torres met the delegation.",
    met: [
      ["Luis Quispe", "Pablo Ortiz", "Rosa Fuentes"],
      ["Ana Torres", "Pablo Ortiz", "Rosa Fuentes"],
    ],
  },
  {
    name: "negative: the delegation only spoken of is no meeting",
    text: "Lima, 9 June. Rosa Fuentes, together with colleagues Pablo Ortiz and Juan Rojas, held talks with Speaker Luis Quispe. Minister Ana Torres said the delegation was welcome.",
    met: [["Juan Rojas", "Luis Quispe", "Pablo Ortiz", "Rosa Fuentes"]],
  },
  {
    name: "negative: the head only accompanied: the company sat at that table, the delegation is its head alone",
    text: "Lima, 9 June. Rosa Fuentes, accompanied by Pablo Ortiz, held talks with Speaker Luis Quispe. Later, Minister of Trade Ana Torres received the delegation.",
    met: [
      ["Luis Quispe", "Pablo Ortiz", "Rosa Fuentes"],
      ["Ana Torres", "Rosa Fuentes"],
    ],
  },
  {
    name: "negative: 'the delegation to the Assembly' is a delegation sent there, not the one followed",
    text: "Riga, 4 April. Speaker Inese Berzina, together with MP Janis Ozols, met with Ambassador Tomas Novak. Later, Minister Arturs Kalnins met the delegation to the Nordic Council.",
    met: [["Inese Berzina", "Janis Ozols", "Tomas Novak"]],
  },
];

describe("the delegation as its head and those acting with the head", () => {
  for (const c of cases) {
    it(c.name, () => {
      const found = meetingsOf(c.text).map((m) => [...m.names].sort());
      expect(found).toEqual(c.met);
    });
  }
});
