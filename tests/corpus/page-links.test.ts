/**
 * Links to other reports, navigation and page labels are dropped before the body is split into
 * sentences: their headlines name who met whom in other reports. Names are invented.
 */
import { describe, expect, it } from "vitest";
import { withoutPageLinks } from "../../src/corpus/page-links.ts";

const BODY = "Speaker Dilo Marsek received Ambassador Kiro Vantel on Thursday.";
const kept = (...lines: string[]) =>
  withoutPageLinks([BODY, "", ...lines]).filter((l) => l.trim() && l !== BODY);

describe("a block of other reports' headlines", () => {
  it("goes with its heading, in any of the headings pages use", () => {
    for (const heading of [
      "Related news",
      "Read also",
      "More on this topic:",
      "You may also like",
      "Latest news",
      "Most read",
    ]) {
      expect(kept(heading, "", "Marsek meets Orvan Teliko", "Teliko, Vantel discuss trade")).toEqual([]);
    }
  });
  it("ends at the first line that ends as a sentence does", () => {
    expect(kept("Related", "Marsek meets Orvan Teliko", "The talks went on for two hours.")).toEqual([
      "The talks went on for two hours.",
    ]);
  });
  it("needs the heading alone on its line: a sentence opening with the word stays", () => {
    const sentence = "Related issues were discussed by Marsek and Teliko.";
    expect(kept(sentence)).toEqual([sentence]);
  });
});

describe("a line that links, navigates or labels", () => {
  it("is dropped", () => {
    expect(
      kept(
        "Read also: Marsek meets Orvan Teliko",
        "READ MORE » Teliko holds talks with Vantel",
        "Previous: Marsek receives Teliko | Next: Vantel meets Teliko",
        "Home / News / Parliament",
        "Tags: Marsek, Teliko, Vantel",
        "Share on Facebook Share on Twitter",
        "Follow Dilo Marsek on Telegram",
        "© 2025 Ostrian News Agency. All rights reserved.",
      ),
    ).toEqual([]);
  });
  it("keeps a sentence that opens with a word of a label but is none", () => {
    const sentence = "Copyright law was among the subjects Marsek and Teliko discussed.";
    expect(kept(sentence)).toEqual([sentence]);
  });
  it("takes a bracketed link out of its sentence and keeps the sentence", () => {
    expect(kept("Marsek met Teliko (see also: Marsek meets Vantel) in the morning.")).toEqual([
      "Marsek met Teliko in the morning.",
    ]);
  });
});
