/**
 * Attendance told in a relative clause or a participle, company told in a relative clause, and a side's
 * representative told in the active voice: each adds its people to the meeting it belongs to, and no
 * meeting of their own. Every name below is invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);
const host = "Chairman of the Mazhilis Ardak Nurbekov";
const guest = "Speaker of the Saeima of Latvia Ilze Berzina";
const met = `${host} met with ${guest}.`;
const two = ["Ardak Nurbekov", "Ilze Berzina"];
const four = ["Ardak Nurbekov", "Dauren Abenov", "Ilze Berzina", "Janis Ozols"];
const attendees = "Deputy Chairman of the Mazhilis Dauren Abenov and Latvian Ambassador Janis Ozols";

describe("attendance in a relative clause or a participle", () => {
  it("'The talks, which were also attended by A and B, focused on ...' (and A and B met no one apart)", () => {
    expect(names(`${met} The talks, which were also attended by ${attendees}, focused on transit.`)).toEqual([
      four,
    ]);
  });
  it("'During the meeting, which was attended by C, A and B discussed ...'", () => {
    expect(
      names(
        `During the meeting, which was attended by Latvian Ambassador Janis Ozols, ${host} and ${guest} discussed transit.`,
      ),
    ).toEqual([["Ardak Nurbekov", "Ilze Berzina", "Janis Ozols"]]);
  });
  it("'hosted B for talks also attended by C'", () => {
    expect(
      names(`${host} hosted ${guest} for talks also attended by Latvian Ambassador Janis Ozols.`),
    ).toEqual([["Ardak Nurbekov", "Ilze Berzina", "Janis Ozols"]]);
  });
  it("a conference attended by C, or talks that C did not attend, add no one", () => {
    expect(
      names(`${met} The conference, which was attended by Latvian Ambassador Janis Ozols, opened later.`),
    ).toEqual([two]);
  });
});

describe("company in a relative clause", () => {
  // Company told in the clause of the meeting verb sat at that table (the company of the trip, told
  // apart from any meeting, did not).
  it("'A, who was accompanied by C, met B': C is counted at the table", () => {
    expect(names(`${host}, who was accompanied by deputy Aigerim Sultanova, met with ${guest}.`)).toEqual([
      ["Aigerim Sultanova", "Ardak Nurbekov", "Ilze Berzina"],
    ]);
  });
  it("'A, who was accompanied by C at the talks, met B': C is placed at the meeting", () => {
    expect(
      names(`${host} met with ${guest}, who was accompanied by deputy Aigerim Sultanova at the talks.`),
    ).toEqual([["Aigerim Sultanova", "Ardak Nurbekov", "Ilze Berzina"]]);
  });
});

describe("a side's representative in the active voice", () => {
  it("'..., while Ambassador C represented the Latvian side'", () => {
    expect(
      names(
        `${met} The Kazakh side was also represented by deputy Aigerim Sultanova, while Ambassador Janis Ozols represented the Latvian side.`,
      ),
    ).toEqual([["Aigerim Sultanova", "Ardak Nurbekov", "Ilze Berzina", "Janis Ozols"]]);
  });
  it("a side represented at an event of many is not at the meeting", () => {
    expect(
      names(`${met} At the forum, Latvian Ambassador Janis Ozols represented the Latvian side.`),
    ).toEqual([two]);
  });
  it("representing a side at another event is not attending the meeting", () => {
    expect(names(`${met} Latvian Ambassador Janis Ozols represented the Latvian side at the forum.`)).toEqual(
      [two],
    );
  });
});

describe("more ways news English tells who else was at the table", () => {
  const withAttendees = ["Ardak Nurbekov", "Dauren Abenov", "Ilze Berzina", "Janis Ozols"];
  it("'met with B; C and D were also present' (a semicolon that opens a clause of attendance)", () => {
    expect(names(`${met.slice(0, -1)}; ${attendees} were also present.`)).toEqual([withAttendees]);
  });
  it("a semicolon list of counterparts is still one meeting each", () => {
    expect(
      names(
        `${host} met with ${guest}; President of the Riigikogu Mart Tamm; and Hungarian Speaker Gabor Kiss.`,
      ),
    ).toHaveLength(3);
  });
  it("'were among those present', 'the meeting was held with the participation of C'", () => {
    expect(names(`${met} ${attendees} were among those present.`)).toEqual([withAttendees]);
    expect(
      names(`${met} The meeting was held with the participation of Latvian Ambassador Janis Ozols.`),
    ).toEqual([["Ardak Nurbekov", "Ilze Berzina", "Janis Ozols"]]);
  });
  it("'Accompanying the Latvian Speaker were C and D'", () => {
    expect(
      names(
        `${met} Accompanying the Latvian Speaker were Deputy Speaker of the Saeima Janis Ozols and MP Liga Kalnina.`,
      ),
    ).toEqual([["Ardak Nurbekov", "Ilze Berzina", "Janis Ozols", "Liga Kalnina"]]);
  });
  it("'met with B and the accompanying delegation, which included C and D': the delegation met is counted", () => {
    expect(
      names(
        `${host} met with ${guest} and the accompanying delegation, which included MPs Janis Ozols and Liga Kalnina.`,
      ),
    ).toEqual([[...two, "Janis Ozols", "Liga Kalnina"].sort()]);
  });
  it("'talks were held between the delegation led by A and the delegation led by B'", () => {
    expect(
      names(
        "Talks were held between the Kazakh parliamentary delegation led by Chairman of the Mazhilis Ardak Nurbekov and the Latvian delegation led by Speaker of the Saeima Ilze Berzina.",
      ),
    ).toEqual([two]);
  });
});

describe("a meal attended, and attendance said in other words", () => {
  const withDeputies = ["Aigerim Sultanova", "Ardak Nurbekov", "Dauren Abenov", "Ilze Berzina"];
  it("'hosted a dinner in honour of B, attended by C and D'", () => {
    expect(
      names(
        `${host} hosted a dinner in honour of ${guest}, attended by deputies Dauren Abenov and Aigerim Sultanova.`,
      ),
    ).toEqual([withDeputies]);
  });
  it("'C and D were also in attendance'", () => {
    expect(names(`${met} Deputies Dauren Abenov and Aigerim Sultanova were also in attendance.`)).toEqual([
      withDeputies,
    ]);
  });
});
