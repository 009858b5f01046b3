/**
 * "who led the Norwegian delegation to Velm?": the sentence that names the leader ("led by", "headed
 * by") and the country asked answers, not the one with most of the question's words (the visit's place
 * and dates), nor another country's leader. Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase } from "./fixture.ts";

const base = factBase({
  articles: [
    {
      id: "a-visit",
      file: "visit.txt",
      published: "2024-03-09",
      sentences: [
        "A delegation of Norwegian MPs visited Velm on 3-7 March 2024 for talks on trade.",
        "The Norwegian delegation, led by MP Karl Venter, toured the port.",
        "The guests also met students.",
        "A delegation led by Danish Speaker Per Olsen visited Velm in March 2024 as well.",
      ],
    },
  ],
  people: [],
  meetings: [],
});

describe("who led a group", () => {
  it("is answered by the sentence naming the leader", () => {
    expect(new Answerer(base).answer("who led the Norwegian delegation to Velm in March 2024?").text).toMatch(
      /^“The Norwegian delegation, led by MP Karl Venter/,
    );
  });
});
