/** "Besides Y, X also met Z": the one named after "besides" was met too. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const lead = "Speaker Tomas Varga of Estonia is on a visit to Chile.";

describe("a person named after 'besides' or 'in addition to'", () => {
  it("was met as well as the verb's object", () => {
    for (const opening of ["Besides Rosa Fuentes,", "In addition to Senate President Rosa Fuentes,"]) {
      const m = meetingsOf(`${lead} ${opening} Tomas Varga also met Chamber President Pablo Rios.`);
      expect(m.map((x) => x.names)).toEqual([
        ["Pablo Rios", "Tomas Varga"],
        ["Rosa Fuentes", "Tomas Varga"],
      ]);
    }
  });
  it("keeps the verb's tense: a meeting to come", () => {
    const m = meetingsOf(
      `${lead} In addition to Senate President Rosa Fuentes, Tomas Varga will meet Chamber President Pablo Rios.`,
    );
    expect(m.map((x) => x.status)).toEqual(["planned", "planned"]);
  });
  it("'apart from', which may exclude, and 'besides' before no meeting verb add no one", () => {
    expect(
      meetingsOf(
        `${lead} Apart from Senate President Rosa Fuentes, Tomas Varga also met Chamber President Pablo Rios.`,
      ).map((x) => x.names),
    ).toEqual([["Pablo Rios", "Tomas Varga"]]);
    expect(
      meetingsOf(`${lead} Besides Senate President Rosa Fuentes, Tomas Varga praised the Chilean economy.`),
    ).toEqual([]);
  });
});
