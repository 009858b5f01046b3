/**
 * A surname that is also a small word of English ("Among", "Than"): where only a name can stand (after
 * the verb of meeting at the end of the question, or between "did" or a title and that verb) it is read
 * as that person, in whatever case it is typed; elsewhere it stays the small word. Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, report, speaker } from "./fixture.ts";

const base = factBase({
  articles: [report("a-visit", "2024-05-02", "Speaker Marta Among received Speaker Lior Kedem in Velm.")],
  people: [
    speaker("among", "Marta Among", "Uganda", "a-visit", ["Among"]),
    speaker("kedem", "Lior Kedem", "Kenya", "a-visit"),
  ],
  meetings: [
    meeting({ id: "m-visit", articleId: "a-visit", participants: ["among", "kedem"], place: "Velm" }),
  ],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q);

describe("a surname that is also a small word", () => {
  it("is the person when it ends a question after the verb of meeting", () => {
    expect(ask("who met Among?").text).toContain("Lior Kedem");
    expect(ask("who met among").text).toContain("Lior Kedem");
  });
  it("is the person between an auxiliary or a title and the verb of meeting", () => {
    expect(ask("where did speaker among meet Kedem?").text).toContain("Velm");
    expect(ask("who did Among meet?").text).toContain("Lior Kedem");
  });
  it("is the person after a question word and its auxiliary", () => {
    expect(ask("what did among say in Velm?").parsed.people.map((p) => p.id)).toEqual(["among"]);
  });
  it("is the small word elsewhere", () => {
    expect(ask("who met among them").text).not.toContain("Lior Kedem");
  });
});
