/**
 * A side named only by its country ("held talks with Italian colleagues") is the named person of that
 * country the article reports meeting, not one more meeting; a side named by an office ("received the
 * Ambassador of Japan") is only a holder of that kind of office. Every name below is invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const summary = (text: string) => meetingsOf(text).map((m) => [...m.names, ...m.countries]);

describe("a side named by its country or by an office", () => {
  it("'Italian colleagues' are the Italian met by name", () => {
    expect(
      summary(
        "Senate Chairman Ardak Nurbekov held talks with Italian colleagues. Nurbekov met with President of the Italian Senate Marco Bianchi.",
      ),
    ).toEqual([["Ardak Nurbekov", "Marco Bianchi"]]);
  });
  it("'the Ambassador of Japan' is not the Japanese Foreign Minister met another day", () => {
    expect(
      summary(
        "Senate Chairman Ardak Nurbekov received the Ambassador of Japan. Earlier, Nurbekov met with Japanese Foreign Minister Taro Kimura in Tokyo.",
      ),
    ).toEqual([
      ["Ardak Nurbekov", "Japan"],
      ["Ardak Nurbekov", "Taro Kimura"],
    ]);
  });
  it("but is the Japanese Ambassador met by name", () => {
    expect(
      summary(
        "Senate Chairman Ardak Nurbekov received the Ambassador of Japan. Nurbekov and Japanese Ambassador Hiroshi Tanabe discussed trade.",
      ),
    ).toEqual([["Ardak Nurbekov", "Hiroshi Tanabe"]]);
  });
});

describe("a counterpart of one's own country", () => {
  it("'Speaker meets Latvian counterpart' over a report whose only Speaker is Latvian is no meeting of hers", () => {
    const met = meetingsOf(
      "Speaker meets Latvian counterpart\n\nMazhilis deputies Dauren Abenov, Aigerim Sultanova and Yerzhan Bekov met with Speaker of the Saeima of Latvia Ilze Berzina.",
    );
    expect(met.map((m) => [...m.names, ...m.countries])).toEqual([
      ["Aigerim Sultanova", "Dauren Abenov", "Ilze Berzina", "Yerzhan Bekov"],
    ]);
  });
});
