/**
 * Who else sat at a meeting, in the constructions news prose uses to name them, each in both directions:
 * people the sentence places at that meeting (attended it, took part in it, accompanied the visitor in
 * the clause that tells the meeting, spoke at it, joined it) are its participants; people named only as
 * company of the trip, as members at a plenary sitting or another event, or in the programme of the visit
 * are not. Attendance told of one meeting joins that meeting only. Every name below is invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);
const sorted = (...xs: string[]) => [...xs].sort();
const host = "Speaker of the Riigikogu Mart Kask";
const guest = "Speaker of the Mazhilis Dauren Serikov";
const pair = sorted("Dauren Serikov", "Mart Kask");
const mates = "Deputies Aliya Bekova and Timur Zhanov";
const withMates = sorted("Dauren Serikov", "Mart Kask", "Aliya Bekova", "Timur Zhanov");

describe("people the sentence places at the meeting are counted", () => {
  it("'X, accompanied by A and B, met Y'", () => {
    expect(names(`${guest}, accompanied by ${mates}, met with ${host} in Tallinn.`)).toEqual([withMates]);
  });
  it("'Y received X, who was accompanied by A and B'", () => {
    expect(names(`${host} received ${guest}, who was accompanied by ${mates}.`)).toEqual([withMates]);
  });
  it("'The meeting was attended by A and B' joins the meeting told, not a later one", () => {
    expect(
      names(
        `${host} met with ${guest} on Monday. The meeting was attended by ${mates}. On Tuesday, ${guest} met with Prime Minister of Estonia Kaja Tamm.`,
      ),
    ).toEqual([withMates, sorted("Dauren Serikov", "Kaja Tamm")]);
  });
  it("'Also present were A and B'", () => {
    expect(names(`${host} met with ${guest}. Also present were ${mates}.`)).toEqual([withMates]);
  });
  it("'Also present at the talks were A and B'", () => {
    expect(names(`${host} met with ${guest}. Also present at the talks were ${mates}.`)).toEqual([withMates]);
  });
  it("'Taking part in the talks were A and B'", () => {
    expect(names(`${host} held talks with ${guest}. Taking part in the talks were ${mates}.`)).toEqual([
      withMates,
    ]);
  });
  it("'Members of the delegation A, B and C also took part in the talks'", () => {
    expect(
      names(
        `${host} received a Kazakh parliamentary delegation led by ${guest}. Members of the delegation Aliya Bekova, Timur Zhanov and Nurlan Omarov also took part in the talks.`,
      ),
    ).toEqual([sorted(...withMates, "Nurlan Omarov")]);
  });
  it("'The delegation, which included A and B, met Y'", () => {
    expect(
      names(`The Kazakh delegation led by ${guest}, which included ${mates}, met with ${host} in Tallinn.`),
    ).toEqual([withMates]);
  });
  it("'The guests were received by Y together with A'", () => {
    expect(
      names(
        `A Kazakh delegation led by ${guest} arrived in Tallinn. The guests were received by ${host} together with Deputy Speaker Liis Saar.`,
      ),
    ).toEqual([sorted(...pair, "Liis Saar")]);
  });
  it("'A and B joined the talks'", () => {
    expect(names(`${host} met with ${guest}. Later, ${mates} joined the talks.`)).toEqual([withMates]);
  });
  it("'Y met X in the presence of A'", () => {
    expect(names(`${host} met with ${guest} in the presence of Kazakh Ambassador Serik Nurov.`)).toEqual([
      sorted(...pair, "Serik Nurov"),
    ]);
  });
  it("'A also attended the meeting'", () => {
    expect(
      names(`${host} met with ${guest}. Kazakh Ambassador Serik Nurov also attended the meeting.`),
    ).toEqual([sorted(...pair, "Serik Nurov")]);
  });
  it("'X and A (title, country) met with Y': a coordinated subject with a bracket", () => {
    expect(
      names(
        "Assembly President Ivo Lind (MP, Estonia) and Secretary General Karl Mets met on Tuesday with the Speaker of the Mazhilis, Dauren Serikov.",
      ),
    ).toEqual([sorted("Dauren Serikov", "Ivo Lind", "Karl Mets")]);
  });
  it("a member of the delegation who spoke at the talks", () => {
    expect(
      names(
        `${host} received a Kazakh parliamentary delegation led by ${guest}. Speaking at the meeting, Kazakh deputy Aliya Bekova proposed a joint seminar.`,
      ),
    ).toEqual([sorted(...pair, "Aliya Bekova")]);
  });
  it("'Attending the meeting were also A and B'", () => {
    expect(names(`${host} met with ${guest}. Attending the meeting were also ${mates}.`)).toEqual([
      withMates,
    ]);
  });
  it("'The delegation also comprised A and B' after the only meeting", () => {
    expect(
      names(
        `${host} received a Kazakh parliamentary delegation led by ${guest}. The delegation also comprised ${mates}.`,
      ),
    ).toEqual([withMates]);
  });
  it("'X met Y. They were joined by A and B.'", () => {
    expect(names(`${host} met with ${guest}. They were joined by ${mates}.`)).toEqual([withMates]);
  });
  it("'X, together with A and B, held talks with Y'", () => {
    expect(names(`${guest}, together with ${mates}, held talks with ${host}.`)).toEqual([withMates]);
  });
  it("'Accompanying X at the meeting were A and B'", () => {
    expect(names(`${host} met with ${guest}. Accompanying ${guest} at the meeting were ${mates}.`)).toEqual([
      withMates,
    ]);
  });
  it("'X and his delegation, comprising A and B, met Y'", () => {
    expect(names(`${guest} and his delegation, comprising ${mates}, met with ${host}.`)).toEqual([withMates]);
  });
  it("'Among those present were A and B'", () => {
    expect(names(`${host} met with ${guest}. Among those present were ${mates}.`)).toEqual([withMates]);
  });
  it("'Those present included A and B'", () => {
    expect(names(`${host} met with ${guest}. Those present included ${mates}.`)).toEqual([withMates]);
  });
  it("'Participating in the talks on the Kazakh side were A and B'", () => {
    expect(
      names(`${host} held talks with ${guest}. Participating in the talks on the Kazakh side were ${mates}.`),
    ).toEqual([withMates]);
  });
  it("'X was joined at the meeting by A and B'", () => {
    expect(names(`${host} met with ${guest}. ${guest} was joined at the meeting by ${mates}.`)).toEqual([
      withMates,
    ]);
  });
  it("'The talks between X and Y were also attended by A'", () => {
    expect(
      names(`The talks between ${host} and ${guest} were also attended by Kazakh Ambassador Serik Nurov.`),
    ).toEqual([sorted(...pair, "Serik Nurov")]);
  });
  it("'A, who also attended the meeting, said ...'", () => {
    expect(
      names(
        `${host} met with ${guest}. Kazakh Ambassador Serik Nurov, who also attended the meeting, said trade had doubled.`,
      ),
    ).toEqual([sorted(...pair, "Serik Nurov")]);
  });
  it("'A, a member of the delegation, noted at the talks that ...'", () => {
    expect(
      names(
        `${host} received a Kazakh parliamentary delegation led by ${guest}. Aliya Bekova, a member of the delegation, noted at the talks that trade had doubled.`,
      ),
    ).toEqual([sorted(...pair, "Aliya Bekova")]);
  });
  it("'X met Y, accompanied by A and B' after the object", () => {
    expect(names(`${host} met with ${guest}, who was accompanied at the talks by ${mates}.`)).toEqual([
      withMates,
    ]);
  });
  it("'The delegation comprising A and B was received by Y'", () => {
    expect(
      names(`The Kazakh delegation led by ${guest} and comprising ${mates} was received by ${host}.`),
    ).toEqual([withMates]);
  });
  it("'X, accompanied by A and B, held talks with Y; later X met Z alone'", () => {
    expect(
      names(
        `${guest}, accompanied by ${mates}, held talks with ${host} on Monday. On Tuesday, ${guest} met with Prime Minister of Estonia Kaja Tamm.`,
      ),
    ).toEqual([withMates, sorted("Dauren Serikov", "Kaja Tamm")]);
  });
});

describe("people the text does not place at the meeting are not counted", () => {
  it("company of the trip told in a sentence of its own", () => {
    expect(
      names(
        `${guest} is on an official visit to Estonia. During the visit, he is accompanied by ${mates}. ${guest} met with ${host} on Monday.`,
      ),
    ).toEqual([pair]);
  });
  it("a roster of an announced visit with several meetings to come", () => {
    const got = names(
      `A Kazakh delegation led by ${guest} will pay an official visit to Estonia next week. The delegation includes ${mates}. ${guest} will meet with ${host} and with Prime Minister of Estonia Kaja Tamm.`,
    );
    expect(got.flat()).not.toContain("Aliya Bekova");
  });
  it("a one-to-one talk after the delegation arrived", () => {
    expect(
      names(
        `A Kazakh delegation led by ${guest}, including ${mates}, arrived in Tallinn on Monday. ${guest} held a one-on-one meeting with ${host}.`,
      ),
    ).toEqual([pair]);
  });
  it("members at the plenary sitting are not at the meeting", () => {
    expect(
      names(
        `${host} met with ${guest}. Members of the delegation Aliya Bekova and Timur Zhanov took part in the plenary session of the Riigikogu.`,
      ),
    ).toEqual([pair]);
  });
  it("people named in the programme of the visit", () => {
    const got = names(
      `${host} met with ${guest} on Monday. The programme of the visit also includes a visit to the Tallinn Technology Park with its director Peeter Kivi.`,
    );
    expect(got).toContainEqual(pair);
    expect(got.flat()).not.toContain("Peeter Kivi");
  });
  it("'A, who accompanied X on the trip, visited the museum'", () => {
    expect(
      names(
        `${host} met with ${guest}. Deputy Aliya Bekova, who accompanied ${guest} on the trip, visited the national museum.`,
      ),
    ).toEqual([pair]);
  });
  it("attendance told of the second meeting does not join the first", () => {
    expect(
      names(
        `${guest} met with ${host} on Monday. On Tuesday, ${guest} met with Prime Minister of Estonia Kaja Tamm. The meeting was also attended by Kazakh Ambassador Serik Nurov.`,
      ),
    ).toEqual([pair, sorted("Dauren Serikov", "Kaja Tamm", "Serik Nurov")]);
  });
  it("'X, accompanied by A, arrived in the city' names no one at the later meeting", () => {
    expect(
      names(
        `${guest}, accompanied by ${mates}, arrived in Tallinn on Sunday. On Monday, ${guest} held a one-on-one meeting with ${host}.`,
      ),
    ).toEqual([pair]);
  });
  it("the forum attended by A and B is not the meeting", () => {
    expect(
      names(`${host} met with ${guest}. The forum, which opened later, was attended by ${mates}.`),
    ).toEqual([pair]);
  });
  it("'X, who was accompanied by A and B, arrived in the city' names no one at the later meeting", () => {
    expect(
      names(
        `${guest}, who was accompanied by ${mates}, arrived in Tallinn on Sunday. On Monday, ${guest} met with ${host}.`,
      ),
    ).toEqual([pair]);
  });
  it("'The delegation, which includes A and B, will also visit Tartu'", () => {
    expect(
      names(
        `${host} met with ${guest}. The Kazakh delegation, which includes ${mates}, will also visit Tartu.`,
      ),
    ).toEqual([pair]);
  });
  it("members who addressed the plenary session", () => {
    expect(
      names(
        `${host} met with ${guest}. Aliya Bekova and Timur Zhanov, members of the delegation, addressed the plenary session of the Riigikogu.`,
      ),
    ).toEqual([pair]);
  });
});

// A second round, written after the first was mended: a fronted participle of company, attendance told
// with "in attendance" or "at the table", talks in an expanded format, a roster placed at the talks.
describe("people placed at the meeting, second round", () => {
  it("'Accompanied by A and B, X met Y': the participle before its subject", () => {
    expect(names(`Accompanied by ${mates}, ${guest} met with ${host}.`)).toEqual([withMates]);
  });
  it("'With A and B in attendance, X met Y'", () => {
    expect(names(`With ${mates} in attendance, ${guest} met with ${host}.`)).toEqual([withMates]);
  });
  it("'X, flanked by A and B, held talks with Y'", () => {
    expect(names(`${guest}, flanked by ${mates}, held talks with ${host}.`)).toEqual([withMates]);
  });
  it("'A and B represented the Kazakh side at the talks'", () => {
    expect(
      names(`${host} held talks with ${guest}. ${mates} also represented the Kazakh side at the talks.`),
    ).toEqual([withMates]);
  });
  it("'The talks in an expanded format were attended by A and B'", () => {
    expect(
      names(`${host} held talks with ${guest}. The talks in an expanded format were attended by ${mates}.`),
    ).toEqual([withMates]);
  });
  it("'Also taking part were A and B'", () => {
    expect(names(`${host} met with ${guest}. Also taking part were ${mates}.`)).toEqual([withMates]);
  });
  it("'A and B were also at the table'", () => {
    expect(names(`${host} met with ${guest}. ${mates} were also at the table.`)).toEqual([withMates]);
  });
  it("two officials of one assembly meet a third, the first with a bracket after the name", () => {
    expect(
      names(
        "Nordic Assembly President Ivo Lind (MP, Estonia) and Nordic Assembly Secretary General Karl Mets met on Wednesday with the President of the Latvian Saeima and Head of the Delegation of Latvia to the Nordic Assembly, Inese Kalna.",
      ),
    ).toEqual([sorted("Inese Kalna", "Ivo Lind", "Karl Mets")]);
  });
  it("'The Kazakh delegation at the talks comprised A and B'", () => {
    expect(
      names(`${host} held talks with ${guest}. The Kazakh delegation at the talks also comprised ${mates}.`),
    ).toEqual([withMates]);
  });
  it("'The meeting, which also involved A and B, focused on trade'", () => {
    expect(
      names(`${host} met with ${guest}. The meeting, which also involved ${mates}, focused on trade.`),
    ).toEqual([withMates]);
  });
  it("'X received Y and his delegation, including A and B'", () => {
    expect(names(`${host} received ${guest} and his delegation, including ${mates}.`)).toEqual([withMates]);
  });
  it("'X met Y. A and B also joined the meeting.' in a report of two meetings joins the first only", () => {
    expect(
      names(
        `${host} met with ${guest} on Monday. ${mates} also joined the meeting. On Tuesday, ${guest} met with Prime Minister of Estonia Kaja Tamm.`,
      ),
    ).toEqual([withMates, sorted("Dauren Serikov", "Kaja Tamm")]);
  });
});

describe("people not placed at the meeting, second round", () => {
  it("'Accompanied by A and B, X arrived in Tallinn' names no one at the meeting told later", () => {
    expect(
      names(
        `Accompanied by ${mates}, ${guest} arrived in Tallinn on Sunday. On Monday, ${guest} met with ${host}.`,
      ),
    ).toEqual([pair]);
  });
  it("'X, flanked by A and B, laid a wreath' is no meeting and joins none", () => {
    expect(
      names(
        `${host} met with ${guest}. Later, ${guest}, flanked by ${mates}, laid a wreath at the monument.`,
      ),
    ).toEqual([pair]);
  });
  it("representing the side at the forum is not the meeting", () => {
    expect(
      names(`${host} held talks with ${guest}. ${mates} represented the Kazakh side at the forum.`),
    ).toEqual([pair]);
  });
  it("the delegation's roster in a report of a plenary address joins no one-to-one talk", () => {
    expect(
      names(
        `${guest} addressed the plenary session of the Riigikogu. The Kazakh delegation at the session included ${mates}. ${guest} then held a one-on-one meeting with ${host}.`,
      ),
    ).toEqual([pair]);
  });
});

// A third round: attendance in a phrase after the objects, a side placed at the talks, and the roster of
// the delegation the one met was leading, told in the clause of the meeting.
describe("people placed at the meeting, third round", () => {
  const kalna = "Speaker of the Saeima Inese Kalna";
  const trio = (...xs: string[]) => sorted("Dauren Serikov", "Inese Kalna", ...xs);
  it("'held talks with Y, with A also present'", () => {
    expect(names(`${guest} held talks with ${kalna}, with Deputy Aliya Bekova also present.`)).toEqual([
      trio("Aliya Bekova"),
    ]);
  });
  it("'The Latvian side at the talks included A'", () => {
    expect(
      names(`${guest} met with ${kalna}. The Latvian side at the talks included Deputy Speaker Janis Ozols.`),
    ).toEqual([trio("Janis Ozols")]);
  });
  it("'received Y, who was leading a delegation that included A and B'", () => {
    expect(
      names(
        `${guest} received ${kalna}, who was leading a delegation that included MPs Janis Ozols and Liga Berzina.`,
      ),
    ).toEqual([trio("Janis Ozols", "Liga Berzina")]);
  });
  it("'received Y, who led a delegation of the Saeima, including A and B'", () => {
    expect(
      names(
        `${guest} received ${kalna}, who led a delegation of the Saeima, including MPs Janis Ozols and Liga Berzina.`,
      ),
    ).toEqual([trio("Janis Ozols", "Liga Berzina")]);
  });
  it("near miss: the Latvian side at the forum is not the meeting's", () => {
    expect(
      names(`${guest} met with ${kalna}. The Latvian side at the forum included Deputy Speaker Janis Ozols.`),
    ).toEqual([trio()]);
  });
  it("near miss: 'with A present' in a sentence of no meeting joins nothing", () => {
    expect(
      names(
        `${guest} met with ${kalna}. Later, ${guest} laid a wreath at the monument, with Deputy Aliya Bekova present.`,
      ),
    ).toEqual([trio()]);
  });
});
