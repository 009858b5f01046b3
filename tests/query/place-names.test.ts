/** How a meeting's place is written in a reply and in a notification: by one formatter. */
import { describe, expect, it } from "vitest";
import type { Meeting } from "../../src/facts/types.ts";
import { ENGLISH } from "../../src/query/compose/index.ts";
import { placeWords, whereAndWhen } from "../../src/query/format.ts";

describe("places in replies", () => {
  it("writes a place given in capitals by a dateline as a name", () => {
    expect(placeWords("PORT MARVELLE", ENGLISH)).toBe("in Port Marvelle");
    expect(placeWords("SAINT-ORVANE", ENGLISH)).toBe("in Saint-Orvane");
  });
  it("keeps a place written in mixed case as the article has it", () => {
    expect(placeWords("Port Marvelle, UK", ENGLISH)).toBe("in Port Marvelle, UK");
    expect(placeWords("McArdle Bay", ENGLISH)).toBe("in McArdle Bay");
  });
  it("writes it the same way in a notification's summary line", () => {
    const meeting: Meeting = {
      id: "m1",
      articleId: "a1",
      participants: [],
      parties: [],
      countries: [],
      place: "PORT MARVELLE",
      status: "held",
      agreements: [],
      topics: [],
      evidence: "",
    };
    expect(whereAndWhen(meeting, ENGLISH, "2026-05-05")).toMatch(/^in Port Marvelle \(/);
  });
});
