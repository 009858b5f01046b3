import { describe, expect, it } from "vitest";
import { onlyOne } from "../../src/extract/only-one.ts";

describe("onlyOne", () => {
  it("gives the one item of a set or a list", () => {
    expect(onlyOne(new Set(["Ostria"]))).toBe("Ostria");
    expect(onlyOne(["Tarvonia"])).toBe("Tarvonia");
  });

  it("gives nothing for an empty set or list, or one that holds several", () => {
    expect(onlyOne(new Set<string>())).toBeUndefined();
    expect(onlyOne([])).toBeUndefined();
    expect(onlyOne(new Set(["Ostria", "Tarvonia"]))).toBeUndefined();
    expect(onlyOne(["Ostria", "Ostria"])).toBeUndefined();
  });
});
