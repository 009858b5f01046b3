/**
 * The Russian and Kazakh reply tables: every field of the English table has its message in the
 * catalogue (a missing one would show the message's key, or English, in a reply).
 */
import { describe, expect, it } from "vitest";
import { wordsFor } from "../../src/i18n/words.ts";
import { ENGLISH, type Words } from "../../src/query/compose/words.ts";

// The fields that take lists; the others are called with a number (a count, or a stand-in for a name), dates with a day, dates with a day.
const LISTS = new Set(["examples", "didYouMean", "severalMatch", "latestWith", "alsoSigned", "meetingsWith"]);
// The fields that take a country or a place as the fact base writes it (in English).
const PLACES: Record<string, string> = { country: "Mongolia", inPlace: "Vienna" };
// The fields that take a person's name (whose gender a Russian verb agrees with).
const NAMES = new Set(["met", "theyMet"]);
// The fields that take a count and the names it stands for ("…and 2 more: X").
const COUNTED = new Set(["more"]);

// Every field as text: functions called with sample arguments.
function rendered(words: Words): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(words)) {
    if (key === "language" || key === "period") continue;
    const call = value as (...args: unknown[]) => unknown;
    const sample = LISTS.has(key)
      ? [["X"], "Y"]
      : PLACES[key]
        ? [PLACES[key]]
        : NAMES.has(key)
          ? ["X", "Y"]
          : COUNTED.has(key)
            ? [2, ["X"]]
            : /^(date|range|answerRange)$/.test(key)
              ? ["2025-09-04"]
              : [2, "Y"];
    out[key] = typeof value === "function" ? String(call(...sample)) : String(value);
  }
  return out;
}

describe.each(["ru", "kk"] as const)("the %s reply table", (language) => {
  const words = rendered(wordsFor(language));
  const english = rendered(ENGLISH);

  it("has every field of the English table", () => {
    expect(Object.keys(words).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(Object.keys(english))("%s comes from the catalogue", (key) => {
    expect(words[key]).not.toMatch(/reply-|\{\$/);
    // Only words the languages share may read as in English (a bare value such as "{ $office }:").
    if (/[a-z]{3,}/i.test((english[key] ?? "").replace(/\bX\b|\bY\b|\d/g, "")))
      expect(words[key]).not.toBe(english[key]);
  });
});

describe("countries and places in Russian and Kazakh replies", () => {
  it("names a country as the language does", () => {
    expect(wordsFor("ru").country("Mongolia")).toBe("Монголия");
    expect(wordsFor("kk").country("Mongolia")).toBe("Моңғолия");
    expect(wordsFor("en").country("Mongolia")).toBe("Mongolia");
  });

  it("names a city from the package's data, in the locative after Russian «в»", () => {
    expect(wordsFor("ru").inPlace("Vienna")).toBe("в Вене");
    expect(wordsFor("ru").inPlace("Ulaanbaatar")).toBe("в Улан-Баторе");
    expect(wordsFor("kk").inPlace("Moscow")).toContain("Мәскеу");
  });

  it("keeps a place no package names as the article wrote it", () => {
    expect(wordsFor("ru").inPlace("Lori Region")).toBe("в Lori Region");
  });
});

describe("country names in replies", () => {
  it("are the short names, without a long form in parentheses", () => {
    expect(wordsFor("ru").country("Russia")).toBe("Россия");
    expect(wordsFor("ru").country("China")).toBe("КНР");
  });
});
