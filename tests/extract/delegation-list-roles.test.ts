/**
 * The roles a roster gives the names it lists: "The Ostrian delegation includes MPs A, B and chief of
 * staff C" makes A and B MPs of that delegation, and C (a title of their own) a member of it. Every
 * name is invented.
 */
import { describe, expect, it } from "vitest";
import { rolesWithBodies as rolesOf } from "./role-helpers.ts";

describe("a roster after 'the <country> delegation includes'", () => {
  it.each([
    [
      "Tbilisi, 4 March. Georgia's delegation led by Speaker Levan Beridze met Chairman of the Sejm Adam Zielinski in Warsaw. The Georgian delegation includes MPs Nino Kapanadze, Giorgi Tsiklauri and chief of staff Eka Lomidze.",
      "Nino Kapanadze",
      "MP of the Georgian delegation",
    ],
    [
      "Tbilisi, 4 March. Georgia's delegation led by Speaker Levan Beridze met Chairman of the Sejm Adam Zielinski in Warsaw. The Georgian delegation includes MPs Nino Kapanadze, Giorgi Tsiklauri and chief of staff Eka Lomidze.",
      "Giorgi Tsiklauri",
      "MP of the Georgian delegation",
    ],
    [
      "Vilnius, 9 June. Speaker Rasa Jurkute met the Estonian delegation. The Estonian delegation included deputies Mart Tamm and Liis Saar.",
      "Liis Saar",
      "deputy of the Estonian delegation",
    ],
  ])("gives the plural title of the run to a name under it (%#)", (text, name, role) => {
    expect(rolesOf(text)[name]).toContain(role);
  });
  it("gives a name with its own title after the run membership, not the plural title", () => {
    const roles = rolesOf(
      "Tbilisi, 4 March. Georgia's delegation led by Speaker Levan Beridze met Chairman of the Sejm Adam Zielinski in Warsaw. The Georgian delegation includes MPs Nino Kapanadze, Giorgi Tsiklauri and chief of staff Eka Lomidze.",
    )["Eka Lomidze"];
    expect(roles).toContain("member of the Georgian delegation");
    expect(roles).not.toContain("MP of the Georgian delegation");
  });
  it("reads no delegation role when the delegation has no country", () => {
    const roles = rolesOf(
      "Baku, 8 September. Speaker Sahib Aliyev will visit Turkey. The delegation includes MPs Leyla Mammadova and Orkhan Huseynov.",
    )["Leyla Mammadova"];
    expect(roles).toEqual(["MP"]);
  });
  it("reads nothing when the delegation only met the names", () => {
    const roles = rolesOf(
      "Vilnius, 9 June. The Estonian delegation met deputies Mart Tamm and Liis Saar of Lithuania.",
    )["Liis Saar"];
    expect(roles?.some((r: string) => /delegation/.test(r))).toBe(false);
  });
});
