/**
 * Frames that put a meeting off the day a report leads with, so that the lead's day, its "today" or
 * the publication date would be an invented date: "On the eve of the session" (the day before the
 * session the lead dates), "During his stay in Oldtown" (any day of a stay), a meeting told as "also"
 * after meetings of several days, an undated meeting in a same-day wire that also tells "the day
 * before", and a lead that gives the days of an event its people took part in. Names are invented.
 */
import { describe, expect, it } from "vitest";
import { placesAndDatesOf } from "./place-date-helpers.ts";

/** The first day of the meeting with `who`: undefined when it has no date, "no meeting" when none is found. */
const dateOf = (text: string, who: string, published: string) => {
  const meeting = placesAndDatesOf(text, published).find((m) => m.names.includes(who));
  return meeting ? meeting.date?.start : "no meeting";
};

describe("on the eve of an event", () => {
  const text =
    "Assembly session held in Oldtown\n\nToday, the 41st plenary session of the Assembly was held under the chairmanship of Speaker Irina Valtseva.\n\nOn the eve of the session Irina Valtseva met with the Chairman of the Senate Bolat Kenzhin. The same day she held talks with Speaker Olga Ruzhina.";
  it("is the day before the session the lead dates", () => {
    expect(dateOf(text, "Bolat Kenzhin", "2024-03-28")).toBe("2024-03-27");
  });
  it("carries to a meeting told 'the same day'", () => {
    expect(dateOf(text, "Olga Ruzhina", "2024-03-28")).toBe("2024-03-27");
  });
  it("is no day when the event is not dated, not the report's 'today'", () => {
    const t =
      "Today Speaker Irina Valtseva received Ambassador Paulo Mendes.\n\nOn the eve of the summit Irina Valtseva met with the Chairman of the Senate Bolat Kenzhin.";
    expect(dateOf(t, "Bolat Kenzhin", "2024-03-28")).toBeUndefined();
    expect(dateOf(t, "Paulo Mendes", "2024-03-28")).toBe("2024-03-28");
  });
});

describe("on the eve of elections or an anniversary", () => {
  it("is loosely the days before them: no day", () => {
    const t =
      "The parliamentary elections were held today in Oldtown.\n\nOn the eve of the elections Speaker Irina Valtseva met with the head of the observer mission Bolat Kenzhin.";
    expect(dateOf(t, "Bolat Kenzhin", "2024-03-28")).toBeUndefined();
  });
});

describe("during a stay", () => {
  it("takes no day from the lead's 'today'", () => {
    const t =
      "Today Speaker Irina Valtseva received Ambassador Paulo Mendes.\n\nDuring his stay in Oldtown, the Secretary General of the Union Ramon Ortega Vidal was also received by Irina Valtseva.";
    expect(dateOf(t, "Ramon Ortega Vidal", "2024-03-28")).toBeUndefined();
  });
});

describe("a meeting told as 'also' after meetings of several days", () => {
  it("is on none of their days", () => {
    const t =
      "On 24 March, Deputy Speaker Anvar Tolibov met with the Vice Chairman of the National Assembly Le Van Hoa.\n\nThe next day, talks were held with the delegation headed by Bagus Pranoto.\n\nThe Uzbek parliamentarians also held a meeting with the Secretary General Rafael Montoya Ruiz.";
    expect(dateOf(t, "Bagus Pranoto", "2024-03-28")).toBe("2024-03-25");
    expect(dateOf(t, "Rafael Montoya Ruiz", "2024-03-28")).toBeUndefined();
  });
  it("is not even of the one day told before it: 'also' adds a meeting, not its day", () => {
    const t =
      "On 24 March, Deputy Speaker Anvar Tolibov met with the Vice Chairman of the National Assembly Le Van Hoa.\n\nAnvar Tolibov also held a meeting with the Secretary General Rafael Montoya Ruiz.";
    expect(dateOf(t, "Le Van Hoa", "2024-03-28")).toBe("2024-03-24");
    expect(dateOf(t, "Rafael Montoya Ruiz", "2024-03-28")).toBeUndefined();
  });
});

describe("a same-day wire that also tells the day before", () => {
  it("does not give its undated meeting the publication day", () => {
    const t =
      "TBILISI, September 11. /TASS/. Duma Chairman Pavel Strogov and Speaker Levan Abashvili signed a memorandum on Thursday, a TASS correspondent reports.\n\nThe day before, the delegation was received by President Giorgi Kvirkvelia. The delegation, which includes the Chairman of the Committee Yuri Lapin and deputy Olga Serova, also held talks with Prime Minister Irakli Dolidze.";
    expect(dateOf(t, "Giorgi Kvirkvelia", "2025-09-11")).toBe("2025-09-10");
    expect(dateOf(t, "Irakli Dolidze", "2025-09-11")).toBeUndefined();
  });
});

describe("the days of an event the lead's people took part in", () => {
  it("are not the day of a meeting held there", () => {
    const t =
      "A delegation headed by Deputy Speaker Anvar Tolibov took part in the 150th Assembly of the Union held on 23-27 March in Geneva.\n\nSenator Dilfuza Karimova, a member of the delegation, held a conversation with the President of the Bureau Aminata Sow.";
    expect(dateOf(t, "Aminata Sow", "2024-03-28")).toBeUndefined();
  });
  it("unlike the days the lead gives its meetings", () => {
    const t =
      "Speaker Anvar Tolibov held a number of bilateral meetings on the margins of the Winter Session in Vienna on February 25-26.\n\nSpeaker Tolibov met with the Director of the Office Markus Lenz.";
    expect(dateOf(t, "Markus Lenz", "2016-02-27")).toBe("2016-02-25");
  });
});

describe("the days a clause gives the event the meetings were held at", () => {
  it("are no meeting's: ', which is taking place in Oldtown on January 23-27'", () => {
    const t =
      "OLDTOWN, JANUARY 27. The delegation headed by Aram Petrosyan-Vardanyan held a number of meetings on the sidelines of the winter session of the Assembly, which is taking place in Strasbourg on January 23-27.\n\nOn January 24 Aram Petrosyan-Vardanyan was received by the President of the Assembly Hendrik Mulder. The head of the delegation briefed the President on the situation. Mulder, for his part, said the issue would be raised at the Bureau.\n\nThe delegation also met with the Secretary General Ingrid Dahlberg.";
    expect(dateOf(t, "Hendrik Mulder", "2023-01-27")).toBe("2023-01-24");
    expect(dateOf(t, "Ingrid Dahlberg", "2023-01-27")).toBeUndefined();
  });
});

describe("a meeting 'during the visit' of a report that dates the visit's other meetings", () => {
  const text =
    "A delegation headed by Vice Chairman Zhou Minghai paid an official visit to Kazakhstan on Sept. 15-17, holding talks with the leadership of the Parliament.\n\nOn the first day of the visit, the delegation was received by Senate Chairman Nurlan Abenov.\n\nThe following day, the guests held a meeting with Majilis Chairman Arman Sadykov.\n\nDuring the visit, Zhou also met with Deputy Prime Minister Daulet Kenzhebek.";
  it("takes neither the visit's first day nor its span", () => {
    expect(dateOf(text, "Nurlan Abenov", "2021-09-20")).toBe("2021-09-15");
    expect(dateOf(text, "Daulet Kenzhebek", "2021-09-20")).toBeUndefined();
  });
  it("keeps the visit's span in a report that dates none of them", () => {
    const t =
      "Vice Chairman Zhou Minghai paid an official visit to Kazakhstan from Sept. 15 to 17.\n\nDuring the visit, Zhou met with Senate Chairman Nurlan Abenov.";
    expect(dateOf(t, "Nurlan Abenov", "2021-09-20")).toBe("2021-09-15");
  });
});

describe("a meeting moved from the day first set", () => {
  it("is of the day it was moved to", () => {
    const t =
      "Speaker Park Min-jae met Senate Chairwoman Dilbar Yusupova in Tashkent on Monday.\n\nPark's meeting with President Anvar Karimov, originally scheduled for Tuesday, was moved up to Monday evening.";
    expect(dateOf(t, "Anvar Karimov", "2025-09-30")).toBe("2025-09-29");
  });
});
