/**
 * "met with the heads of the delegations of A, B and C, X, Y and Z respectively": the names that follow
 * the sides are those sides' heads, so there are three meetings, not six. Names joined by "and with"
 * are more counterparts, and sides not introduced as heads keep their own meetings.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const shapes = (text: string) => meetingsOf(text).map((m) => [m.names, m.countries]);

describe("heads named after their sides", () => {
  it("'the heads of the delegations of A, B and C, X, Y and Z respectively' are three meetings", () => {
    expect(
      shapes(
        "Vice Chairwoman of the National Assembly of Laos Bounmy Keola met with the heads of the delegations of Chile, Peru and Norway, Tomas Vidal, Ana Ruiz and Lena Holm respectively.",
      ),
    ).toEqual([
      [["Bounmy Keola", "Tomas Vidal"], []],
      [["Ana Ruiz", "Bounmy Keola"], []],
      [["Bounmy Keola", "Lena Holm"], []],
    ]);
  });
  it("the speakers of two parliaments, then their names, are two meetings", () => {
    expect(
      shapes(
        "Speaker Bounmy Keola received the speakers of the parliaments of Chile and Peru, Tomas Vidal and Ana Ruiz.",
      ),
    ).toEqual([
      [["Bounmy Keola", "Tomas Vidal"], []],
      [["Ana Ruiz", "Bounmy Keola"], []],
    ]);
  });
  it("names after 'and with' are further counterparts, not the sides' heads", () => {
    expect(
      shapes(
        "Speaker Bounmy Keola met with the heads of the delegations of Chile and Peru, and with Tomas Vidal and Ana Ruiz of the Assembly secretariat.",
      ),
    ).toEqual([
      [["Bounmy Keola"], ["Chile"]],
      [["Bounmy Keola"], ["Peru"]],
      [["Bounmy Keola", "Tomas Vidal"], []],
      [["Ana Ruiz", "Bounmy Keola"], []],
    ]);
  });
  it("delegations not said to be headed by the names keep their meetings", () => {
    expect(
      shapes("Speaker Bounmy Keola met with the delegations of Chile and Peru, Tomas Vidal and Ana Ruiz."),
    ).toHaveLength(4);
  });
  it("the same words after a verb of praise meet no one", () => {
    expect(
      shapes(
        "Speaker Bounmy Keola praised the heads of the delegations of Chile and Peru, Tomas Vidal and Ana Ruiz respectively, for their speeches.",
      ),
    ).toEqual([]);
  });
});
