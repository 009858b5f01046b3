/**
 * "Met with A and B of Norway and with C of Chile": an item of a list of people met may end with the
 * country its people come from when "and with" goes on to the next; the repeated "with" says the list
 * goes on. Without it, "and" may open a new clause and nothing is read past the country. Names are
 * invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const cases: { name: string; text: string; met: string[] }[] = [
  {
    name: "one of Norway, then 'and with' one of Chile",
    text: "Hanoi, 4 May. Speaker Tran Van Minh met with Ola Hansen of Norway and with Rosa Fuentes of Chile.",
    met: ["Ola Hansen", "Rosa Fuentes"],
  },
  {
    name: "two of Norway, then 'and with' one of Chile, after 'held talks with'",
    text: "Hanoi, 4 May. On the sidelines, Speaker Tran Van Minh held talks with Ola Hansen and Kari Berg of Norway and with Rosa Fuentes of Chile.",
    met: ["Ola Hansen", "Kari Berg", "Rosa Fuentes"],
  },
  {
    name: "negative: 'and' opening a clause of its own after the country",
    text: "Hanoi, 4 May. Speaker Tran Van Minh met with Ola Hansen of Norway, and Rosa Fuentes of Chile spoke at the plenary.",
    met: ["Ola Hansen"],
  },
];

describe("a country closing an item of a list of people met", () => {
  for (const c of cases) {
    it(c.name, () => {
      const met = meetingsOf(c.text);
      const others = met.flatMap((m) => m.names.filter((n) => n !== "Tran Van Minh"));
      expect(others).toEqual(c.met);
      for (const m of met) expect(m.names).toContain("Tran Van Minh");
    });
  }
});
