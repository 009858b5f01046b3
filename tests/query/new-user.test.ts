/**
 * What a new user found trying the bundled seeds, asked through `parlbot ask` exactly as a user runs
 * it (the real bin, data/facts.json, one question a line in jsonl): each finding has a test here.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askThroughBin } from "./ask-jsonl.ts";

const QUESTIONS = [
  "latest meetings",
  "show recent meetings",
  "what is the weather",
  "what is the weather today",
  "hello",
  "what's new?",
  "meetings",
  "show me all meetings?",
  "meetings this week",
  "what did Nigmatulin and Babloyan discuss?",
  "what did Kazakhstan and Korea sign?",
  "when was the memorandum signed?",
  "what was signed in 2025?",
  "who met Volodin in Moscow?",
  "who is the Speaker of the Majilis?",
  "who is Chung Sye-kyun?",
  "who met Nigmatulin?",
  "who met Nurlan Johnson?",
  "who met Joe Biden?",
  "When did Nigmatulin meet Justin Trudeau?",
  "who met koshanof",
];
type Answer = { text: string; sources: { file?: string }[]; parsed: { unknownNames: string[] } };
let answers = new Map<string, Answer>();
const text = (q: string) => answers.get(q)?.text ?? "";

beforeAll(() => {
  answers = askThroughBin<Answer>(QUESTIONS);
});

describe("words that are not names are never unknown names", () => {
  it("latest / recent meetings and what's new list the newest meetings", () => {
    for (const q of [
      "latest meetings",
      "show recent meetings",
      "what's new?",
      "meetings",
      "show me all meetings?",
    ]) {
      expect(text(q), q).toMatch(/^Latest meetings:/);
      expect(text(q), q).toContain("Erlan Koshanov");
      expect(answers.get(q)?.parsed.unknownNames, q).toEqual([]);
    }
  });
  it("a period with no meeting is said, then the newest meetings", () => {
    expect(text("meetings this week")).toMatch(/^No meeting this week is recorded\. Latest meetings:/);
    expect(text("meetings this week")).toContain("Erlan Koshanov");
  });
  it("a greeting gets one hello line with two example questions; off-topic gets what the bot knows", () => {
    expect(text("hello").split("\n")).toHaveLength(1);
    expect(text("hello")).toMatch(/^Hello!.*“who met .+\?”, “.+”\.$/);
    expect(text("what is the weather")).toMatch(
      /^I only know about meetings of parliament leaders\. Try: “who met/,
    );
    expect(text("what is the weather")).not.toContain("weather");
    // A date word alone is no match: the articles never mention the weather.
    expect(text("what is the weather today")).toMatch(/^I only know about meetings of parliament leaders\./);
  });
});

describe("every question type", () => {
  it("what did X and Y discuss: says no topics are recorded, without an unrelated quote", () => {
    const reply = text("what did Nigmatulin and Babloyan discuss?");
    expect(reply).toMatch(/^Ara Babloyan and Nurlan Nigmatulin \(.*\): the topics are not recorded \[1\]$/m);
    expect(reply).not.toContain("Highlighting the strategic relations");
    expect(reply).not.toContain("Chung Sye-kyun"); // a sentence about another meeting of the article
  });
  it("what did two countries sign: nothing signed is recorded, and no quote that is not about signing", () => {
    const reply = text("what did Kazakhstan and Korea sign?");
    expect(reply).toContain("I have no record of an agreement signed by Kazakhstan and South Korea");
    expect(reply).not.toContain("Highlighting");
  });
  it("when was the memorandum signed / what was signed in 2025: the meeting with the agreement", () => {
    expect(text("when was the memorandum signed?")).toContain(
      "Dashzegve Amarbayasgalan and Erlan Koshanov met on 4 September 2025",
    );
    expect(text("what was signed in 2025?")).toMatch(
      /^memorandum of cooperation.* — signed by Dashzegve Amarbayasgalan and Erlan Koshanov on 4 September 2025/,
    );
  });
  it("who is the Speaker of a body: the holder in the newest article", () => {
    expect(text("who is the Speaker of the Majilis?")).toMatch(
      /^Speaker of the Majilis:\n• Erlan Koshanov, .* as of 4 September 2025/,
    );
  });
  // The seeds name Chung only as "his Korean counterpart": that relative role is his recorded role.
  it("who is X known only as someone's counterpart: country, the counterpart role, and the latest meeting", () => {
    const reply = text("who is Chung Sye-kyun?");
    expect(reply).toMatch(/^Chung Sye-kyun \(South Korea\):/);
    expect(reply).toContain("Korean counterpart");
    expect(reply).not.toContain("no role is recorded");
    expect(reply).toContain("the latest with Nurlan Nigmatulin");
  });
  it("a typo of a name still finds the person", () => {
    expect(text("who met koshanof")).toContain("Dashzegve Amarbayasgalan");
  });
});

describe("never an answer about the wrong person", () => {
  it("a full name the base does not know is not matched on a shared first name", () => {
    expect(text("who met Nurlan Johnson?")).toMatch(/^I don't know anything about Nurlan Johnson/);
    expect(text("who met Nurlan Johnson?")).not.toContain("Nigmatulin");
  });
  it("an unknown counterpart is said, not replaced by the other person's meetings", () => {
    const reply = text("When did Nigmatulin meet Justin Trudeau?");
    expect(reply).toMatch(/^I don't know anything about Justin Trudeau/);
    expect(reply).not.toContain("Seoul");
  });
  it("suggestions only for names spelled alike", () => {
    expect(text("who met Joe Biden?")).toMatch(/^I don't know anything about Joe Biden/);
    expect(text("who met Joe Biden?")).not.toContain("Did you mean");
  });
});

describe("filters, sources and short replies", () => {
  it("a place that matches no meeting is said before the other meetings", () => {
    const reply = text("who met Volodin in Moscow?");
    expect(reply).toMatch(/^No meeting of Vyacheslav Volodin in Moscow is recorded\. Other meetings:\n•/);
    expect(reply).toContain("Nurlan Nigmatulin");
  });
  it("sources name the dateline's agency, not the file", () => {
    const reply = text("who met Nigmatulin?");
    expect(reply).toMatch(/\[1\] KAZINFORM$/m);
    expect(reply).not.toContain("000_b98667806ce51fdf.txt");
  });
  it("the place and occasion all lines share are said once, in the header", () => {
    const reply = text("who met Nigmatulin?");
    expect(reply.split("\n")[0]).toContain(
      "in Seoul at second session of the Eurasian States Parliaments Speakers",
    );
    expect(reply.match(/Eurasian States Parliaments Speakers/g)).toHaveLength(1);
    expect(reply.match(/^• /gm)).toHaveLength(3);
  });
});
