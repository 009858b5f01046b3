/**
 * A title that names the person it serves ("Spokesperson of President X", "Adviser to Prime Minister
 * X") belongs to the name in apposition beside it, before or after; X keeps only the title written
 * right before their name. With "the" ("Press Secretary of the President X") the title is X's own.
 * Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { people, roleOf } from "./people-helpers.ts";

const rolesOf = (text: string, name: string) => people(` date 2025-01-01 ${text}`).get(name)?.roles ?? [];

describe("a title serving the holder of another", () => {
  it("leaves the name after it only its own title", () => {
    expect(roleOf("Spokesperson of President Dorin Makar, Elvira Tolen, said.", "Dorin Makar")?.title).toBe(
      "President",
    );
    expect(roleOf("The spokesman for President Dorin Makar, Elvira Tolen, said.", "Dorin Makar")?.title).toBe(
      "President",
    );
    expect(roleOf("Adviser to Prime Minister Dorin Makar, Elvira Tolen, said.", "Dorin Makar")?.title).toBe(
      "Prime Minister",
    );
  });
  it("is the title of the name in apposition after it", () => {
    const text =
      "ASTANA. KAZINFORM - Spokesperson of President Dorin Makar, Elvira Tolen, said on Monday that the talks went well.";
    expect(rolesOf(text, "Elvira Tolen")).toEqual(["Spokesperson of President Dorin Makar"]);
    expect(rolesOf(text, "Dorin Makar")).toEqual(["President"]);
  });
  it("is the title of the name in apposition before it", () => {
    const text =
      "CAIRO - President Tarek Bayoumi received Speaker Tom Bradley. On his part, Advisor Omar Fakhry, Spokesperson of President Tarek Bayoumi, said the talks went well.";
    expect(rolesOf(text, "Omar Fakhry")).toContain("Spokesperson of President Tarek Bayoumi");
    expect(rolesOf(text, "Tarek Bayoumi")).toEqual(["President"]);
  });
  it("leaves one title whole: a body or a field after 'of', or 'the' before the second title", () => {
    expect(roleOf("The Minister of Foreign Affairs Dorin Makar spoke.", "Dorin Makar")?.title).toBe(
      "Minister of Foreign Affairs",
    );
    expect(roleOf("The Press Secretary of the President Dorin Makar spoke.", "Dorin Makar")?.title).toBe(
      "Press Secretary of the President",
    );
  });
});
