/**
 * A roster of a delegation ("The delegation also included MPs A and B") tells who travelled. Where
 * the delegation has a head, whether a Speaker or a peer (a friendship group's chairman), the report's
 * "the delegation met Y", "the Ostrian MPs were received by Z" are the head's meetings: the members
 * sit only at the meeting the roster follows (the only one told before it), not at those told before
 * or after it elsewhere. Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);

describe("the members of a delegation of peers", () => {
  const lead =
    "ULAANBAATAR - A delegation of the Ostria-Mongolia Friendship Group of the Ostrian Diet, led by its Chairman Karl Dressen, paid a working visit to Mongolia.";
  it("are counted at the only meeting told before the roster, not at the one after it", () => {
    const text = [
      lead,
      "On October 6, the Ostrian MPs were received by Chairman of the State Great Khural D.Batbold.",
      "The delegation also included Members of the Diet Anja Vell and Otto Brenner.",
      "On October 7, the delegation met with Minister of Mining J.Ganzorig.",
    ].join("\n\n");
    expect(names(text)).toEqual([
      ["Anja Vell", "D.Batbold", "Karl Dressen", "Otto Brenner"],
      ["J.Ganzorig", "Karl Dressen"],
    ]);
  });
  it("nor is a diplomat among them", () => {
    const text = [
      lead,
      "The delegation also included Members of the Diet Anja Vell and Otto Brenner, as well as Ostria's Ambassador to Mongolia Ivo Brant.",
      "On October 6, the Ostrian MPs were received by Chairman of the State Great Khural D.Batbold.",
    ].join("\n\n");
    expect(names(text)).toEqual([["D.Batbold", "Karl Dressen"]]);
  });
  it("are not added to a plan of the delegation", () => {
    const text = [
      lead,
      "The delegation also included Members of the Diet Anja Vell and Otto Brenner.",
      "On October 8, the Ostrian MPs are expected to hold talks with Minister of Energy B.Bold.",
    ].join("\n\n");
    expect(names(text)).toEqual([["B.Bold", "Karl Dressen"]]);
  });
  it("are not added where the head meets someone by name", () => {
    const text = [
      lead,
      "On October 6, Dressen met with Chairman of the State Great Khural D.Batbold.",
      "On October 7, Dressen met with Minister of Mining J.Ganzorig.",
      "The delegation also included Members of the Diet Anja Vell and Otto Brenner.",
    ].join("\n\n");
    expect(names(text)).toEqual([
      ["D.Batbold", "Karl Dressen"],
      ["J.Ganzorig", "Karl Dressen"],
    ]);
  });
});

describe("the members of a Speaker's delegation", () => {
  it("are not added to the meetings of 'the delegation'", () => {
    const text = [
      "ULAANBAATAR - Speaker of the Ostrian Diet Karl Dressen paid an official visit to Mongolia at the head of a parliamentary delegation.",
      "On October 6, Dressen held talks with Chairman of the State Great Khural D.Batbold.",
      "On October 7, the Ostrian delegation met with Minister of Mining J.Ganzorig.",
      "The delegation included Members of the Diet Anja Vell and Otto Brenner.",
    ].join("\n\n");
    expect(names(text)).toEqual([
      ["D.Batbold", "Karl Dressen"],
      ["J.Ganzorig", "Karl Dressen"],
    ]);
  });
});
