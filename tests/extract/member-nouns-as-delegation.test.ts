/**
 * The plural nouns for members of parliaments ("MEPs", "senators", "legislators", "members of the
 * European Parliament") stand for a delegation of them once the article says who led it: "A delegation
 * of MEPs led by X ... MEPs met with Y" is X meeting Y. Every name below is invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);
const minister = "Kenyan Foreign Minister Grace Otieno";
const met = ["Anna Keller", "Grace Otieno"];

describe("a group noun that stands for a led delegation", () => {
  it("'A delegation of MEPs led by X ... On 24 February, MEPs met with Y' (a bare noun opening its clause)", () => {
    expect(
      names(
        `A delegation of MEPs led by Anna Keller visited Kenya from 22 to 25 February 2024. On 24 February, MEPs met with ${minister} in Nairobi.`,
      ),
    ).toEqual([met]);
  });
  it("'A delegation of senators led by X ... the senators met with Y'", () => {
    expect(
      names(
        `A delegation of senators led by Anna Keller visited Kenya on 3 June 2024. In Nairobi, the senators met with ${minister}.`,
      ),
    ).toEqual([met]);
  });
  it("'A delegation of Canadian legislators led by X ... The legislators met with Y'", () => {
    expect(
      names(
        `A delegation of Canadian legislators led by Anna Keller visited Nairobi on 2 October 2024. The legislators met with ${minister}.`,
      ),
    ).toEqual([met]);
  });
  it("'A delegation of members of the European Parliament led by X ... The members of the European Parliament met with Y'", () => {
    expect(
      names(
        `A delegation of members of the European Parliament led by Anna Keller visited Nairobi on 18 April 2024. The members of the European Parliament met with ${minister} on 19 April 2024.`,
      ),
    ).toEqual([met]);
  });
});

describe("a group noun that stands for no one named", () => {
  it("bare 'MEPs' when the delegation the article led is of other members", () => {
    const meetings = names(
      `A delegation of Kenyan deputies led by Peter Mwangi visited Brussels on 3 May 2024. On 4 May, MEPs met with ${minister}.`,
    );
    expect(meetings).not.toContainEqual(["Grace Otieno", "Peter Mwangi"]);
  });
  it("'members of' a body whose delegation no one is said to lead", () => {
    const meetings = names(
      `Speaker of the Saeima of Latvia Ilze Berzina visited Nairobi on 3 May 2024. The members of the European Parliament met with ${minister} on 4 May 2024.`,
    );
    expect(meetings).not.toContainEqual(["Grace Otieno", "Ilze Berzina"]);
  });
});
