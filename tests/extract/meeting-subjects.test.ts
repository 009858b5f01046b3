/** Who the sides of a stated meeting are, where the sentence words them loosely. Names are invented. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

describe("sides worded loosely", () => {
  it("a delegation 'of Egyptian lawmakers led by X' is X, whatever noun the side's mention leaves out", () => {
    for (const sentence of [
      "Vice Premier Liu Guoqiang met with a delegation of Egyptian lawmakers led by Speaker Omar Farouk-Saleh.",
      "Speaker Ivo Markov received a delegation of Chilean senators, headed by Senator Rosa Fuentes.",
    ])
      expect(meetingsOf(sentence).map((m) => m.names.length)).toEqual([2]);
  });
  it("'discussed with visiting X' is a meeting with X; 'discussed with great interest the plan of X' is not", () => {
    expect(
      meetingsOf(
        "Speaker Fahad Al-Sabah discussed with visiting Speaker of the Parliament of Malaysia Azman Harun regional developments.",
      ).map((m) => m.names),
    ).toEqual([["Azman Harun", "Fahad Al-Sabah"]]);
    expect(
      meetingsOf("Speaker Fahad Al-Sabah discussed with great interest the plan of Minister Azman Harun."),
    ).toEqual([]);
  });
  it("a title in apposition after the subject's name leaves the name the subject", () => {
    const m = meetingsOf(
      "Zhang Weimin, vice chairman of the Standing Committee of the National People's Congress, met with a delegation from the Senate of Brazil headed by Senator Luiz Carvalho here on Thursday.",
    );
    expect(m.map((x) => x.names)).toEqual([["Luiz Carvalho", "Zhang Weimin"]]);
  });
});

describe("names joined by commas alone", () => {
  it("in running text are no subject list: the name next to the verb is its subject", () => {
    const m = meetingsOf(
      "After a dinner hosted by Ambassador Timur Zhaksen, Speaker of the Parliament of Malta Joseph Camilleri will be received by Chairman of the Senate Nurlan Abenov on Thursday.",
    );
    // The dinner's host is no subject of "will be received", but met the guest at the dinner.
    expect(m.map((x) => [x.names, x.status])).toEqual([
      [["Joseph Camilleri", "Nurlan Abenov"], "planned"],
      [["Joseph Camilleri", "Timur Zhaksen"], "planned"],
    ]);
  });
  it("joined by 'and' they are", () => {
    const m = meetingsOf("Speaker Ivo Markov and Senator Rosa Fuentes met with President Tomas Varga.");
    expect(m.map((x) => x.names)).toEqual([["Ivo Markov", "Rosa Fuentes", "Tomas Varga"]]);
  });
});
