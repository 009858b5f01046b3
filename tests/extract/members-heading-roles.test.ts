/**
 * "..., and members of the Ostrian-Veldanian Friendship Group in the Ostrian Parliament, MP A, the
 * Ambassador B": a heading "members of <body>," inside a list gives the names right after it (with
 * their own capitalised titles) membership of that body; a name after a title in lower case ("the
 * Ambassador") is past the heading. Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { titlesOf } from "./role-helpers.ts";

const SOFIA =
  "Doha, 5 May. Speaker Hamad Al-Mansouri met Speaker Ivan Petrov in Sofia. The meeting was attended by Qatari MP Ali Al-Kuwari, Khalid Al-Sada and members of the Bulgarian-Qatari Friendship Group in the National Assembly, MP Georgi Dimitrov, the Qatari Ambassador to Bulgaria Saad Al-Thani.";
const OSLO =
  "Oslo, 3 June. Speaker Ola Nordby received Speaker Juan Perez, accompanied by members of the Chilean-Norwegian Parliamentary Group, Senator Ana Rojas and Deputy Luis Soto.";

describe("a 'members of <body>,' heading inside a list", () => {
  it.each([
    [SOFIA, "Georgi Dimitrov", "member of the Bulgarian-Qatari Friendship Group in the National Assembly"],
    [OSLO, "Ana Rojas", "member of the Chilean-Norwegian Parliamentary Group"],
    [OSLO, "Luis Soto", "member of the Chilean-Norwegian Parliamentary Group"],
  ])("gives the names right after it membership of the body (%#)", (text, name, title) => {
    expect(titlesOf(text)[name]).toContain(title);
  });
  it("keeps each name's own title beside it", () => {
    expect(titlesOf(SOFIA)["Georgi Dimitrov"]).toContain("MP");
  });
  it.each([
    [SOFIA, "Saad Al-Thani"],
    [SOFIA, "Ali Al-Kuwari"],
  ])("gives no membership to a name past the heading or before it (%#)", (text, name) => {
    expect(titlesOf(text)[name]?.some((t: string) => t.startsWith("member of"))).toBe(false);
  });
  it("reads no heading in 'members of' that no comma and name follow", () => {
    const titles = titlesOf(
      "Oslo, 3 June. Speaker Ola Nordby received Speaker Juan Perez and members of the committee, and later met Ambassador Kari Dahl.",
    );
    expect(titles["Kari Dahl"]).toEqual(["Ambassador"]);
  });
});
