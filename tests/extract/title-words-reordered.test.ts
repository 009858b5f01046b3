/**
 * A role phrase that says a person's title in other words order ("the Senate chairwoman" for the
 * "Chairwoman of the Senate") is that person, before someone of the same kind of office named since.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

describe("a title told again in another order", () => {
  it("is the one who bore it, not the nearer holder of another chair", () => {
    const m = meetingsOf(
      "The Chairwoman of the Senate of Uzbekistan Lena Varga paid an official visit to Vietnam. In Hanoi on 17 September, Varga was received by Chairman of the National Assembly of Vietnam Piotr Kade. Piotr Kade noted the growth of trade. On the final day, the Senate chairwoman travelled to Hue, where she held a meeting with Governor Anna Rusk.",
    );
    const withGovernor = m.find((x) => x.names.includes("Anna Rusk"));
    expect(withGovernor?.names).toContain("Lena Varga");
    expect(withGovernor?.names).not.toContain("Piotr Kade");
    expect(m).toHaveLength(2);
  });
  it("is not read ahead onto a foreign holder of those words named only later", () => {
    const m = meetingsOf(
      "ASTANA. Chairman of the Senate of Kazakhstan Arman Bekov had a busy week. On Monday, the Senate Speaker met with EU Special Envoy Greta Holm. Also this week, the Senate Chairman sent a message of condolences to the Speaker of the Senate of Pakistan, Imran Qadir, over the victims of the floods.",
    );
    expect(m.map((x) => x.names)).toEqual([["Arman Bekov", "Greta Holm"]]);
  });
});
