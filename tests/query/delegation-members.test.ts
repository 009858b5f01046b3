/**
 * "who was in the X delegation?": the members of a visiting group, as the report of its meetings names
 * them with an office of the group's country, not its hosts. Invented people.
 */
import { describe, expect, it } from "vitest";
import { asksDelegationMembers } from "../../src/query/compose/delegation-members.ts";
import { Answerer } from "../../src/query/index.ts";
import { factBase, holder, meeting, NOW, report, speaker } from "./fixture.ts";

/** Someone the report names with an office of `country`. */
const named = (id: string, name: string, title: string, country = "Estonia") =>
  holder(id, name, title, country, "a-visit");

const answerer = new Answerer(
  factBase({
    articles: [
      report(
        "a-visit",
        "2024-05-02",
        "Speaker Maret Kallaste, accompanied by MPs Tarvo Lind and Eha Roos, met President Dorin Vasilache in Chisinau.",
      ),
    ],
    people: [
      speaker("kallaste", "Maret Kallaste", "Estonia", "a-visit"),
      named("lind", "Tarvo Lind", "MP"),
      named("roos", "Eha Roos", "MP"),
      named("vasilache", "Dorin Vasilache", "President", "Moldova"),
    ],
    meetings: [
      meeting({
        id: "m-visit",
        articleId: "a-visit",
        participants: ["kallaste", "vasilache"],
        countries: ["Estonia", "Moldova"],
        place: "Chisinau",
      }),
    ],
  }),
  { now: NOW },
);

describe("the members of a delegation", () => {
  it("are asked in several ways, and not by who led it or whom it met", () => {
    expect(asksDelegationMembers("who was in the Estonian delegation to Moldova?")).toBe(true);
    expect(asksDelegationMembers("Which MPs are part of Kallaste's delegation?")).toBe(true);
    expect(asksDelegationMembers("who were the members of the delegation")).toBe(true);
    expect(asksDelegationMembers("who led the Estonian delegation?")).toBe(false);
    expect(asksDelegationMembers("who did the delegation meet?")).toBe(false);
  });
  it("are those the report names with an office of the person's country, not the hosts", () => {
    const text = answerer.answer("who is in Kallaste's delegation to Moldova?").text;
    expect(text).toContain("Tarvo Lind");
    expect(text).toContain("Eha Roos");
    expect(text).not.toContain("Vasilache");
  });
  it("are found from the group's country when no one is named", () => {
    const text = answerer.answer("who was in the Estonian delegation to Moldova?").text;
    expect(text).toContain("Tarvo Lind");
    expect(text).not.toContain("Vasilache");
  });
});

describe("the members of a delegation, asked in Russian or Kazakh", () => {
  it("are asked in several ways, and not by who led it", () => {
    expect(asksDelegationMembers("Кто входил в делегацию Эстонии?")).toBe(true);
    expect(asksDelegationMembers("Кто был в составе эстонской делегации?")).toBe(true);
    expect(asksDelegationMembers("Каков состав делегации Эстонии?")).toBe(true);
    expect(asksDelegationMembers("Эстония делегациясының құрамында кім болды?")).toBe(true);
    expect(asksDelegationMembers("Делегация мүшелері кімдер?")).toBe(true);
    expect(asksDelegationMembers("Кто возглавлял делегацию Эстонии?")).toBe(false);
    expect(asksDelegationMembers("С кем встречалась делегация Эстонии?")).toBe(false);
  });
  it.each([
    ["Кто входил в делегацию Эстонии?", "Члены делегации, как их называют статьи:"],
    ["Кто был в составе эстонской делегации?", "Члены делегации, как их называют статьи:"],
    ["Эстония делегациясының құрамында кім болды?", "Делегация мүшелері, мақалаларда аталғандай:"],
  ])("%s is answered with its members under a heading in that language", (question, heading) => {
    const text = answerer.answer(question).text;
    expect(text.split("\n")[0]).toBe(heading);
    expect(text).toContain("Tarvo Lind");
    expect(text).not.toContain("Vasilache");
    expect(text).not.toContain("as the reports name");
  });
  it("keeps the English heading in English", () => {
    expect(answerer.answer("who was in the Estonian delegation to Moldova?").text.split("\n")[0]).toBe(
      "The delegation, as the reports name its members:",
    );
  });
});
