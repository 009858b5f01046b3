/** How a meeting's place is written in a reply. */
import { describe, expect, it } from "vitest";
import { inPlace } from "../../src/query/compose/context.ts";
import { type ComposeContext, ENGLISH } from "../../src/query/compose/index.ts";

const ctx = { words: ENGLISH } as ComposeContext;

describe("places in replies", () => {
  it("writes a place given in capitals by a dateline as a name", () => {
    expect(inPlace(ctx, "PORT MARVELLE")).toBe("in Port Marvelle");
    expect(inPlace(ctx, "SAINT-ORVANE")).toBe("in Saint-Orvane");
  });
  it("keeps a place written in mixed case as the article has it", () => {
    expect(inPlace(ctx, "Port Marvelle, UK")).toBe("in Port Marvelle, UK");
    expect(inPlace(ctx, "McArdle Bay")).toBe("in McArdle Bay");
  });
});
