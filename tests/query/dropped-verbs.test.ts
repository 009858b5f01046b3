/**
 * Open questions whose verb no keyword finds: "what did X welcome …?" ("welcome" is a word of meetings
 * the parser and the index drop) and "what did X say to Y?" (the report's "said" is dropped as a word of
 * reporting, and its "he" stands for the speaker of a sentence before). Each beside a sentence of the
 * other side. Names invented.
 */
import { describe, expect, it } from "vitest";
import { askOfVargaKastellTalks } from "./fixture.ts";

const ask = askOfVargaKastellTalks([
  "Speaker Ilona Varga met Speaker Oren Kastell in Drosk.",
  "Varga highlighted the river treaty of the two countries.",
  '"Our nations share one river and one history," she said.',
  "In response, Kastell welcomed Varga's visit.",
  '"We are ready to deepen cooperation on flood control," he said.',
  '"I also warmly welcome the plan of the Hungarian deputies to open a joint shipping school," said Kastell.',
]);

describe("verbs the keywords drop", () => {
  it("finds what someone welcomed by the verb's forms", () => {
    const text = ask("what did Kastell welcome in his talks with Varga");
    expect(text).toContain("shipping school");
    expect(text).not.toContain("river treaty");
  });
  it("finds what someone said by who speaks, through the pronoun that closes the quotation", () => {
    const text = ask("what did Kastell say to Varga");
    expect(text).toContain("flood control");
    expect(text).not.toContain("one history");
    expect(text).not.toContain("river treaty");
  });
  it("gives the other side's words when the other side is asked", () => {
    const text = ask("what did Varga say to Kastell");
    expect(text).toContain("one history");
    expect(text).not.toContain("flood control");
  });
});
