/**
 * Meetings a visit report implies or words without "met": a visit that continues with a meeting,
 * a programme of meetings, an interlocutor who speaks for the other side, "was received by",
 * "paid a courtesy call on", "hosted", "called on", "exchanged views"; and the messages, calls and
 * courtesies that stay mentions. Invented names only.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const pairs = (text: string) =>
  meetingsOf(text)
    .map((m) => m.names.join(" + "))
    .sort();

describe("a visit and the meetings it is made of", () => {
  it.each([
    [
      "X's visit to a country continued with a meeting with Y",
      "Chairman of the Senate of Uzbekistan Bakhrom Tursunov arrived in Hanoi on an official visit.\n\nTursunov's visit to Vietnam continued with a meeting with Chairman of the National Assembly of Vietnam Nguyen Van Hoang. The sides discussed cooperation in agriculture.",
      ["Bakhrom Tursunov + Nguyen Van Hoang"],
    ],
    [
      "X's programme included talks with Y",
      "Speaker of the Seimas Rasa Vaitkute arrived in Oslo.\n\nVaitkute's programme in Norway included talks with President of the Storting Henrik Dahl.",
      ["Henrik Dahl + Rasa Vaitkute"],
    ],
    [
      "X's visit began with a meeting with Y",
      "Speaker of the National Assembly of Slovenia Mojca Zupan arrived in Valletta.\n\nZupan's visit began with a meeting with President of Malta Joseph Camilleri.",
      ["Joseph Camilleri + Mojca Zupan"],
    ],
    [
      "X's trip included talks with Y and Z",
      "Speaker of the National Assembly of Slovenia Mojca Zupan arrived in Valletta.\n\nZupan's three-day trip included talks with President of Malta Joseph Camilleri and Prime Minister of Malta Paul Vella.",
      ["Joseph Camilleri + Mojca Zupan", "Mojca Zupan + Paul Vella"],
    ],
    [
      "visited at the invitation of Y; the sides discussed",
      "Chairman of the Senate Arman Duisenov visited Georgia at the invitation of Speaker of the Parliament of Georgia Levan Meskhadze.\n\nDuring the talks, the sides discussed transit and energy.",
      ["Arman Duisenov + Levan Meskhadze"],
    ],
    [
      "the visit began with talks with Y",
      "Speaker of the Parliament of Georgia Levan Meskhadze is on an official visit to Austria.\n\nThe visit began with talks with President of the National Council of Austria Klaus Brenner. The parties discussed energy.",
      ["Klaus Brenner + Levan Meskhadze"],
    ],
    [
      "the programme of the visit included meetings with Y and Z",
      "Speaker of the Majilis Aidar Kolbayev is on an official visit to Japan.\n\nThe programme of the visit included meetings with Speaker of the House of Representatives of Japan Kenji Moritaka and President of the House of Councillors Hiroshi Tanabe.",
      ["Aidar Kolbayev + Hiroshi Tanabe", "Aidar Kolbayev + Kenji Moritaka"],
    ],
  ])("%s", (_, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
  it("an agenda of discussions with a list a role's words break: the name that ends it was met too", () => {
    expect(
      pairs(
        "Speaker of the Parliament of Georgia Levan Meskhadze pays a working visit to Riga on 3-5 May.\n\nThe visit's agenda includes discussions with MPs, the head of the Saeima's budget committee Janis Ozolins, the head of the defence committee, Karlis Berzins, the head of the energy committee and of the group of friendship with Georgia, Andris Kalnins.",
      ),
    ).toEqual([
      "Andris Kalnins + Levan Meskhadze",
      "Janis Ozolins + Levan Meskhadze",
      "Karlis Berzins + Levan Meskhadze",
    ]);
  });
  it("a name followed by its verb after the list is the subject, not one more item", () => {
    expect(
      pairs(
        "Speaker of the Parliament of Georgia Levan Meskhadze pays a working visit to Riga.\n\nTalks with the head of the defence committee, Karlis Berzins, and Janis Ozolins, Levan Meskhadze said, were frank.",
      ),
    ).toEqual(["Janis Ozolins + Levan Meskhadze", "Karlis Berzins + Levan Meskhadze"]);
  });
  it("a visit that continued with a sightseeing tour adds no meeting", () => {
    expect(
      pairs(
        "Chairman of the Senate of Uzbekistan Bakhrom Tursunov arrived in Hanoi.\n\nTursunov's visit to Vietnam continued with a tour of the museum named after Nguyen Van Hoang.",
      ),
    ).toEqual([]);
  });
});

describe("an interlocutor introduced with a role who speaks for the other side", () => {
  it.each([
    [
      "During the talks, Y noted",
      "Chairman of the Senate Arman Duisenov held talks in Astana with a parliamentary delegation of Indonesia.\n\nDuring the talks, Speaker of the House of Representatives of Indonesia Budi Santoso noted the importance of trade.",
    ],
    [
      "For his part, Y said",
      "Speaker of the Mazhilis Aidar Kolbayev discussed cooperation with a delegation of Hungary.\n\nKolbayev noted the growing trade between the two countries.\n\nFor his part, Speaker of the National Assembly of Hungary Laszlo Kertes said Hungary values the partnership.",
    ],
    [
      "Welcoming the guests, Y stressed",
      "A delegation led by Chairman of the Senate of Kazakhstan Arman Duisenov arrived in Cairo.\n\nWelcoming the guests, Speaker of the House of Representatives of Egypt Hamid Saleh stressed the historic ties between the countries.",
    ],
  ])("%s", (_, text) => {
    expect(meetingsOf(text)).toHaveLength(1);
  });
});

describe("verbs of meeting other than 'met'", () => {
  it.each([
    [
      "X was received by Y",
      "Ambassador of Norway to Kazakhstan Erik Solvang was received by Chairman of the Senate Arman Duisenov on Monday.",
      ["Arman Duisenov + Erik Solvang"],
    ],
    [
      "X was received at a place by Y",
      "On Monday, Ambassador of Norway Erik Solvang was received at the Senate by Deputy Chairman Marat Seitov.",
      ["Erik Solvang + Marat Seitov"],
    ],
    [
      "X was received by Y, who praised",
      "Speaker of the Parliament of Georgia Levan Meskhadze was received by President of Austria Klaus Brenner, who praised the reforms.",
      ["Klaus Brenner + Levan Meskhadze"],
    ],
    [
      "X paid a courtesy call on Y",
      "Ambassador of India to Mongolia Rakesh Varma paid a courtesy call on Chairman of the State Great Khural Bat-Erdene Ganbold.",
      ["Bat-Erdene Ganbold + Rakesh Varma"],
    ],
    [
      "Y hosted X",
      "Speaker of the Parliament of Malta Joseph Camilleri hosted Speaker of the National Assembly of Slovenia Mojca Zupan in Valletta.",
      ["Joseph Camilleri + Mojca Zupan"],
    ],
    [
      "X was hosted by Y",
      "Speaker of the National Assembly of Slovenia Mojca Zupan was hosted by Speaker of the Parliament of Malta Joseph Camilleri in Valletta.",
      ["Joseph Camilleri + Mojca Zupan"],
    ],
    [
      "X called on Y",
      "Ambassador of Brazil Paulo Ribeiro called on Speaker of the National Assembly of Zambia Grace Mwansa at Parliament Buildings.",
      ["Grace Mwansa + Paulo Ribeiro"],
    ],
    [
      "X and Y exchanged views",
      "Speaker of the Parliament of Moldova Ion Rusu and President of the Senate of Romania Mihai Popescu exchanged views on regional security in Bucharest.",
      ["Ion Rusu + Mihai Popescu"],
    ],
    [
      "X exchanged views with Y",
      "Speaker of the Parliament of Moldova Ion Rusu exchanged views with President of the Senate of Romania Mihai Popescu on regional security.",
      ["Ion Rusu + Mihai Popescu"],
    ],
    [
      "X and Y had an exchange of views",
      "Speaker of the Parliament of Moldova Ion Rusu arrived in Bucharest.\n\nIon Rusu and President of the Senate of Romania Mihai Popescu had an exchange of views on regional security.",
      ["Ion Rusu + Mihai Popescu"],
    ],
    [
      "X was granted an audience by Y",
      "Speaker of the Parliament of Malta Joseph Camilleri was granted an audience by King of Jordan Abdullah Hassan in Amman.",
      ["Abdullah Hassan + Joseph Camilleri"],
    ],
    [
      "Y received in audience X",
      "King of Jordan Abdullah Hassan received in audience Speaker of the Parliament of Malta Joseph Camilleri.",
      ["Abdullah Hassan + Joseph Camilleri"],
    ],
    [
      "X was also received by Y, in a report of X's visit",
      "Speaker of the Parliament of Moldova Ion Rusu is on a visit to Romania.\n\nIon Rusu was also received by Prime Minister of Romania Mihai Popescu.",
      ["Ion Rusu + Mihai Popescu"],
    ],
    [
      "Y greeted X at the entrance",
      "Speaker of the Parliament of Malta Joseph Camilleri greeted Speaker of the National Assembly of Slovenia Mojca Zupan at the entrance to the Parliament building.",
      ["Joseph Camilleri + Mojca Zupan"],
    ],
    [
      "Y, who received the delegation X led, said",
      "A delegation of the Parliament of Kenya led by Speaker Amos Wekesa is on a visit to Seoul.\n\nSpeaker of the National Assembly of Korea Park Min-ho, who received the delegation, said the countries share values.",
      ["Amos Wekesa + Park Min-ho"],
    ],
    [
      "X's talks with Y focused on",
      "Speaker of the Parliament of Moldova Ion Rusu is in Bucharest.\n\nRusu's talks with President of the Senate of Romania Mihai Popescu focused on energy.",
      ["Ion Rusu + Mihai Popescu"],
    ],
    [
      "X played host to Y",
      "Speaker of the National Assembly of Zambia Grace Mwansa played host to Ambassador of Brazil Paulo Ribeiro.",
      ["Grace Mwansa + Paulo Ribeiro"],
    ],
    [
      "X engaged with Y",
      "Speaker of the National Assembly of Zambia Grace Mwansa engaged with Ambassador of Brazil Paulo Ribeiro on trade matters at Parliament Buildings.",
      ["Grace Mwansa + Paulo Ribeiro"],
    ],
    [
      "X interacted with Y",
      "During the visit, Speaker of the National Assembly of Zambia Grace Mwansa interacted with Speaker of the Parliament of Malawi Chikondi Banda.",
      ["Chikondi Banda + Grace Mwansa"],
    ],
    [
      "X called on Y to discuss",
      "Ambassador of Brazil Paulo Ribeiro called on Speaker of the National Assembly Grace Mwansa to discuss trade.",
      ["Grace Mwansa + Paulo Ribeiro"],
    ],
    [
      "Received by Y, X said",
      "Received by President of Malta Joseph Camilleri, Speaker of the National Assembly of Slovenia Mojca Zupan said trade was growing.",
      ["Joseph Camilleri + Mojca Zupan"],
    ],
    [
      "Hosting Y, X said",
      "Hosting Speaker of the National Assembly of Slovenia Mojca Zupan, President of Malta Joseph Camilleri said trade was growing.",
      ["Joseph Camilleri + Mojca Zupan"],
    ],
    [
      "X had a frank exchange of opinions with Y",
      "Speaker of the Parliament of Moldova Ion Rusu had a frank exchange of opinions with President of the Senate of Romania Mihai Popescu.",
      ["Ion Rusu + Mihai Popescu"],
    ],
  ])("%s", (_, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("courtesies, messages and calls stay mentions", () => {
  it.each([
    ["praise", "Speaker Ion Rusu praised President of Romania Mihai Popescu for his leadership."],
    [
      "thanks",
      "Chairman of the Senate Arman Duisenov thanked Prime Minister of Japan Kenji Moritaka for the support.",
    ],
    [
      "greetings conveyed to a people",
      "Speaker Ion Rusu conveyed warm greetings from President of Moldova Ana Ceban to the people of Romania.",
    ],
    [
      "congratulations on an election",
      "Speaker Ion Rusu congratulated Mihai Popescu on his election as President of the Senate of Romania.",
    ],
    [
      "a phone call",
      "Speaker of the Parliament of Moldova Ion Rusu had a phone call with President of the Senate of Romania Mihai Popescu.",
    ],
    [
      "a call by telephone",
      "Speaker of the Parliament of Moldova Ion Rusu called President of the Senate of Romania Mihai Popescu by telephone.",
    ],
    [
      "a video message",
      "President of the Senate of Romania Mihai Popescu addressed a video message to Speaker of the Parliament of Moldova Ion Rusu.",
    ],
    [
      "condolences",
      "Speaker of the Parliament of Moldova Ion Rusu expressed condolences to President of the Senate of Romania Mihai Popescu over the floods.",
    ],
    [
      "a message of condolence",
      "Speaker of the Parliament of Moldova Ion Rusu sent a message of condolence to President of the Senate of Romania Mihai Popescu.",
    ],
    [
      "a telephone conversation",
      "Speaker of the Parliament of Moldova Ion Rusu held a telephone conversation with President of the Senate of Romania Mihai Popescu.",
    ],
    [
      "wishes of success",
      "Speaker Ion Rusu wished President of the Senate of Romania Mihai Popescu success in his new post.",
    ],
    [
      "an invitation in a letter",
      "In his letter, Speaker Ion Rusu invited President of the Senate of Romania Mihai Popescu to visit Moldova.",
    ],
    [
      "thanks for hospitality in a video message",
      "In a video message, Speaker Ion Rusu thanked President of the Senate of Romania Mihai Popescu for the hospitality.",
    ],
    [
      "an appeal: X called on Y to do something",
      "Speaker of the National Assembly of Zambia Grace Mwansa called on President of Malawi Chikondi Banda to release the prisoners.",
    ],
    [
      "a greeting in a video address",
      "Speaker of the National Assembly of Zambia Grace Mwansa greeted the participants of the forum chaired by Chikondi Banda in a video address.",
    ],
    [
      "a phone call received",
      "Speaker of the National Assembly of Zambia Grace Mwansa received a phone call from President of Malawi Chikondi Banda.",
    ],
    [
      "a letter",
      "Speaker of the Parliament of Moldova Ion Rusu sent a letter to President of the Senate of Romania Mihai Popescu.",
    ],
    [
      "thanks in a letter",
      "In a letter, Speaker Ion Rusu thanked President of the Senate of Romania Mihai Popescu for the invitation.",
    ],
    [
      "views exchanged by telephone",
      "Speaker of the Parliament of Moldova Ion Rusu exchanged views by telephone with President of the Senate of Romania Mihai Popescu.",
    ],
  ])("%s", (_, text) => {
    expect(meetingsOf(text)).toEqual([]);
  });
  it("the president whose greetings an ambassador conveyed is not met", () => {
    const names = meetingsOf(
      "Ambassador Erik Solvang conveyed the greetings of President of Norway Lars Haugen to Chairman of the Senate Arman Duisenov.",
    ).flatMap((m) => m.names);
    expect(names).not.toContain("Lars Haugen");
  });
});
