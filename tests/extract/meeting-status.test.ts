/** Whether a meeting was held or is to come, as the sentence that reports it says. Names are invented. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const statuses = (text: string) => meetingsOf(text).map((m) => [m.names, m.status]);

describe("meetings to come", () => {
  it("a programme that includes meetings lists them ahead", () => {
    expect(
      statuses(
        "On 3 May the delegation will travel to Lima, where the official part of the visit includes meetings of Speaker Ivo Markov with President Rosa Fuentes.",
      ),
    ).toEqual([[["Ivo Markov", "Rosa Fuentes"], "planned"]]);
    // Told after the visit, the programme included them: held.
    expect(
      statuses(
        "The programme of the visit included a meeting of Speaker Ivo Markov with President Rosa Fuentes.",
      ),
    ).toEqual([[["Ivo Markov", "Rosa Fuentes"], "held"]]);
  });
  it("meetings named first and said after to be scheduled or envisaged", () => {
    expect(
      statuses(
        "Speaker Ivo Markov arrives in Lima today. A meeting between Markov and Senate President Rosa Fuentes is also envisaged.",
      ),
    ).toEqual([[["Ivo Markov", "Rosa Fuentes"], "planned"]]);
    // A meeting held, and others planned after it, stays held.
    expect(
      statuses(
        "Speaker Ivo Markov met with Senate President Rosa Fuentes, and further meetings of the committees are planned.",
      ),
    ).toEqual([[["Ivo Markov", "Rosa Fuentes"], "held"]]);
  });
  it("talks named first and said after to take place or be held", () => {
    const talks = "Talks between Speaker Ivo Markov and Senate President Rosa Fuentes";
    const told = {
      "will take place on Friday": "planned",
      "will be held in Lima": "planned",
      "took place on Friday": "held",
    };
    for (const [after, status] of Object.entries(told))
      expect(statuses(`${talks} ${after}.`)).toEqual([[["Ivo Markov", "Rosa Fuentes"], status]]);
  });
  it("an implied meeting is not planned because a side spoke of the future", () => {
    const m = statuses(
      'Markov hopes that European Parliament of next term will continue to support Chile\n\nChairman of the Senate of Chile Ivo Markov hopes that the new composition of the European Parliament will continue to support Chile.\n\n"I hope that the support will remain," Markov said at a joint briefing with President of the European Parliament Rosa Fuentes on Thursday.\n\nIn turn, Fuentes recalled that the new term of the European Parliament will begin in July.',
    );
    expect(m).toEqual([[["Ivo Markov", "Rosa Fuentes"], "held"]]);
  });
});
