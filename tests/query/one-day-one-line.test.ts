/**
 * "when did X meet …?" for someone whom one report has meet several people alike (the same day, the
 * same place): one line names them all, so that a reply of five lines reaches the other days too,
 * instead of a line for each talk of one busy day. Names and places invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, report, speaker } from "./fixture.ts";

const guests = ["Aro Lind", "Bela Stor", "Cato Rimm", "Dana Vell", "Emil Quart", "Fenna Ostby"];
const day = { start: "2023-05-09", basis: "stated" as const };
const base = factBase({
  articles: [
    report("a-forum", "2023-05-10", "At the forum in Velm, Speaker Jonas Harl met six of his counterparts."),
    report("a-visit", "2021-02-03", "Speaker Jonas Harl received Gorm Tuve in Drosk."),
  ],
  people: [
    speaker("harl", "Jonas Harl", "Norway", "a-forum"),
    speaker("tuve", "Gorm Tuve", "Denmark", "a-visit"),
    ...guests.map((name) => speaker(name.toLowerCase().replace(" ", "-"), name, "Sweden", "a-forum")),
  ],
  meetings: [
    ...guests.map((name, i) =>
      meeting({
        id: `m-${i}`,
        articleId: "a-forum",
        participants: ["harl", name.toLowerCase().replace(" ", "-")],
        place: "Velm",
        date: day,
      }),
    ),
    meeting({
      id: "m-visit",
      articleId: "a-visit",
      participants: ["harl", "tuve"],
      place: "Drosk",
      date: { start: "2021-02-02", basis: "stated" },
    }),
  ],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("one person's talks of one day in one report", () => {
  it("are one line, so that the other days are said too", () => {
    const text = ask("when did Harl meet these speakers?");
    expect(text).toContain(
      "Jonas Harl and Aro Lind, Bela Stor, Cato Rimm, Dana Vell, Emil Quart and Fenna Ostby met in Velm",
    );
    expect(text).toContain("2 February 2021");
    expect(text).not.toContain("more");
  });
  it("leave a question about one pair as it was", () => {
    expect(ask("when did Harl meet Cato Rimm?")).toMatch(
      /^Jonas Harl and Cato Rimm met in Velm on 9 May 2023/,
    );
  });
});
