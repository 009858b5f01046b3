/** A country's delegation, once the article says who leads it, stands for its leader. Names are invented. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

describe("a led delegation named again", () => {
  it("is its leader when it meets someone later in the article", () => {
    const m = meetingsOf(
      "Speaker Ivo Markov met with a delegation of the Parliament of Estonia led by Kristjan Tamm. Later, the Estonian delegation also met with Minister of Economy Rauf Nasibov.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Ivo Markov", "Kristjan Tamm"],
      ["Kristjan Tamm", "Rauf Nasibov"],
    ]);
  });
  it("also when the leader is named after 'headed by the' and a comma", () => {
    const m = meetingsOf(
      "A delegation of the Senate of Chile, headed by Senator Rosa Fuentes, arrived in Sofia. The Chilean delegation held talks with Speaker Ivo Markov.",
    );
    expect(m.map((x) => x.names)).toEqual([["Ivo Markov", "Rosa Fuentes"]]);
  });
  it("is not the leader of another country's delegation", () => {
    const m = meetingsOf(
      "Speaker Ivo Markov met with a delegation of the Parliament of Estonia led by Kristjan Tamm. The Latvian delegation met with Minister of Economy Rauf Nasibov.",
    );
    expect(m.map((x) => [x.names, x.countries])).toEqual([
      [["Ivo Markov", "Kristjan Tamm"], ["Estonia"]],
      [["Rauf Nasibov"], ["Latvia"]],
    ]);
  });
});
