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
  '"Floods know no borders," Kastell underlined.',
  "At the meeting with Speaker Varga, Kastell expressed hope that Hungarian students would study in Austria.",
  '"We are ready to deepen cooperation on flood control," he said.',
  '"I also warmly welcome the plan of the Hungarian deputies to open a joint shipping school," said Kastell.',
]);

describe("verbs the keywords drop", () => {
  it("finds what someone welcomed by the verb's forms", () => {
    const text = ask("what did Kastell welcome in his talks with Varga");
    expect(text).toContain("shipping school");
    expect(text).not.toContain("river treaty");
  });
  it("finds what someone said by who speaks", () => {
    const text = ask("what did Kastell say to Varga");
    // His words to her (first those naming her), none of hers.
    expect(text).toContain("Kastell welcomed");
    expect(text).toContain("Hungarian students");
    expect(text).not.toContain("one history");
    expect(text).not.toContain("river treaty");
  });
  it("gives the other side's words, through the pronoun that closes a quotation", () => {
    const text = ask("what did Varga say to Kastell");
    expect(text).toContain("one history");
    expect(text).not.toContain("flood control");
  });
  it("finds what someone raised with the other side by the sentence naming that side", () => {
    const text = ask("what did Kastell raise with Varga");
    expect(text).toContain("Hungarian students");
    expect(text).not.toContain("river treaty");
  });
});
