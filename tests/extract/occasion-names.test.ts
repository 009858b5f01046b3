/**
 * An occasion's name is kept whole: a possessive word inside it ("Speakers' Summit") and a name
 * made of an acronym or a number ("G20", "COP29") followed by a generic noun. Invented names only.
 */
import { describe, expect, it } from "vitest";
import { occasionIn } from "../../src/extract/details.ts";

const met = "Speaker Velko Dramin met Chairwoman Orsolya Kertveny";

describe("occasion names", () => {
  it("keep a possessive word and the noun after it", () => {
    expect(occasionIn(`${met} on the sidelines of the G20 Parliamentary Speakers' Summit in Brasilia.`)).toBe(
      "G20 Parliamentary Speakers' Summit",
    );
    expect(occasionIn(`${met} at the Balkan Speakers’ Forum in Skopje.`)).toBe("Balkan Speakers’ Forum");
  });
  it("keep an abbreviation in brackets after the name", () => {
    expect(occasionIn(`${met} on the sidelines of the Nordic Speakers' Summit (NS8) in Oslo.`)).toBe(
      "Nordic Speakers' Summit (NS8)",
    );
  });
  it("keep an ordinal and an acronym", () => {
    expect(occasionIn(`${met} at the 149th IPU Assembly in Geneva.`)).toBe("149th IPU Assembly");
  });
  it("take an acronym or numbered name with a generic noun after it", () => {
    expect(occasionIn(`${met} during the COP29 conference in Baku.`)).toBe("COP29 conference");
    expect(occasionIn(`${met} on the margins of the BRICS parliamentary forum in Kazan.`)).toBe(
      "BRICS parliamentary forum",
    );
  });
  it("keep an en dash inside the name", () => {
    expect(occasionIn(`${met} at the 2nd Ostria–Veldania Parliamentary Forum in Vienna.`)).toBe(
      "2nd Ostria–Veldania Parliamentary Forum",
    );
  });
  it("keep the body of a numbered session", () => {
    expect(
      occasionIn(`${met} on the sidelines of the 67th session of the UN General Assembly in New York.`),
    ).toBe("67th session of the UN General Assembly");
  });
  it("keep a name token with digits or a plus inside an of-phrase", () => {
    expect(
      occasionIn(`${met} at the 4th Summit of Speakers of Parliaments of the G20 countries in Lima.`),
    ).toBe("4th Summit of Speakers of Parliaments of the G20");
    expect(occasionIn(`${met} during the 2nd Forum of the BRICS+ in Kazan.`)).toBe("2nd Forum of the BRICS+");
    expect(occasionIn(`${met} at the 3rd Conference of the Velmar Agenda 2030 in Oslo.`)).toBe(
      "3rd Conference of the Velmar Agenda 2030",
    );
  });
  it("keep a plus after an acronym before a generic noun", () => {
    expect(occasionIn(`${met} on the sidelines of the BRICS+ parliamentary forum in Kazan.`)).toBe(
      "BRICS+ parliamentary forum",
    );
  });
  it("keep an anniversary event's number", () => {
    expect(
      occasionIn(`Within the framework of the 75th anniversary Assembly of the Tarnish Union, ${met}.`),
    ).toBe("75th anniversary Assembly of the Tarnish Union");
  });
  it("but not a plain capitalised word with a generic noun", () => {
    expect(occasionIn(`${met} during the Senate session on Tuesday.`)).toBeUndefined();
  });
  it("and a plural subject before a verb is not an occasion", () => {
    expect(occasionIn("At the talks, the Speakers agreed to meet again.")).toBeUndefined();
  });
});

describe("an event where something was said or adopted", () => {
  it("is not the occasion of the sentence's meeting", () => {
    expect(
      occasionIn(
        "Dramin told Kertveny about the programme announced at the XII congress of the Union Party.",
      ),
    ).toBeUndefined();
    expect(occasionIn("Dramin recalled the resolution adopted at the 149th IPU Assembly.")).toBeUndefined();
  });
  it("take a ministerial council as an event, not any council as one", () => {
    expect(occasionIn(`On the margins of the Nordic Union’s 12th Ministerial Council in Oslo, ${met}.`)).toBe(
      "Nordic Union’s 12th Ministerial Council",
    );
    expect(occasionIn(`${met} at the Federation Council in Brask.`)).toBeUndefined();
  });
});
