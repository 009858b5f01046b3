/**
 * A country filter ("meetings of X with the US") keeps a meeting only when a participant is from that
 * country by the base's own record: their country, or a role or body that names it. A participant
 * whose country is unrecorded is from no country asked about; when nothing matches, the reply says so
 * and then shows the person's other meetings. Names invented.
 */
import { describe, expect, it } from "vitest";
import type { Role } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

/** A person whose only record is one role, with no country field. */
const noCountry = (id: string, name: string, role: Role) => ({ id, name, aliases: [], roles: [role] });
const articleIds = ["a-one", "a-two", "a-three"];

const base = factBase({
  articles: articleIds.map((id, i) => ({
    id,
    file: `${id}.txt`,
    published: `2024-0${i + 3}-10`,
    sentences: [`Speaker Tomas Varenko held talks in Tallinn (${id}).`],
  })),
  people: [
    speaker("varenko", "Tomas Varenko", "Estonia", "a-one"),
    // No country anywhere: an unrecorded country, whatever the name sounds like.
    noCountry("fenucci", "Aldo Fenucci", { title: "Senator", articleId: "a-one" }),
    // No country field, but a title that names one.
    noCountry("whitlowe", "Grace Whitlowe", {
      title: "Speaker of the House of Representatives of the United States",
      articleId: "a-two",
    }),
    // No country field, but a body that names one.
    noCountry("brettel", "Jonas Brettel", { title: "member", body: "Bundestag", articleId: "a-three" }),
  ],
  // Varenko met each of them in Tallinn, a month apart.
  meetings: (["fenucci", "whitlowe", "brettel"] as const).map((who, i) =>
    meeting({
      id: `m-${who}`,
      articleId: articleIds[i] as string,
      participants: ["varenko", who],
      date: { start: `2024-0${i + 3}-10`, basis: "stated" },
      place: "Tallinn",
    }),
  ),
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("a participant matches a country filter by record, title or body", () => {
  it("a title naming the country", () => {
    const text = ask("meetings of Varenko with the United States");
    expect(text).toContain("Grace Whitlowe");
    expect(text).not.toContain("Aldo Fenucci");
    expect(text).not.toContain("No meeting");
  });
  it("a body naming the country", () => {
    const text = ask("who from Germany did Varenko meet?");
    expect(text).toContain("Jonas Brettel");
    expect(text).not.toContain("Aldo Fenucci");
    expect(text).not.toContain("Grace Whitlowe");
  });
});

describe("a participant of unrecorded country matches no country", () => {
  it("says that no meeting with the country is recorded, then the others", () => {
    const text = ask("meetings of Varenko with Italy");
    expect(text).toContain("No meeting of Tomas Varenko with Italy is recorded.");
    // The notice comes first, then the person's other meetings.
    expect(text.indexOf("No meeting")).toBeLessThan(text.indexOf("Aldo Fenucci"));
    expect(text).toContain("Grace Whitlowe");
  });
  it("names a country that reads with an article as English writes it", () => {
    expect(ask("meetings of Varenko with the Netherlands")).toContain(
      "No meeting of Tomas Varenko with the Netherlands is recorded.",
    );
  });
});

describe("a stray entry of the same name", () => {
  // The same name once more, with another country and no meeting: an extraction slip, not a person met.
  const stray = {
    ...base,
    people: [...base.people, speaker("varenko-2", "Tomas Varenko", "United States", "a-two")],
  };
  it("does not make its country the person's own and so drop the filter", () => {
    const text = new Answerer(stray, { now: NOW }).answer("meetings of Varenko with the United States").text;
    expect(text).toContain("Grace Whitlowe");
    expect(text).not.toContain("Jonas Brettel");
    expect(text).not.toContain("Aldo Fenucci");
  });
});
