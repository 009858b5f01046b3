/**
 * The place where a meeting happened, written before reading the place code: a dateline city, "here"
 * resolved by the dateline, "the Kazakh capital" / "the capital of X", a forum's sidelines in a city,
 * a building in a city, a visit abroad, spellings kept as written; and what is not the place: an
 * organisation only discussed, the city of another event, a delegation's home city, a city inside a
 * quoted remark, an invitation, an event of another time; "flew to X, where he met", "the city of X",
 * a "City:" dateline after an agency line.
 * Every person is invented; real countries and cities give the gazetteer something to know.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { extractArticle } from "../../src/extract/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";

const placesOf = (text: string, published = "2025-05-03") => {
  const a = parseArticle(` date ${published} ${text}`, { id: "t", file: "t.txt", isKnownCity });
  return extractArticle(a).meetings.map((m) => m.place);
};

const cases: { name: string; text: string; places: (string | undefined)[] }[] = [
  {
    name: "Trend dateline",
    text: "BAKU, May 3 (Trend) -- Speaker of the Milli Majlis Ravana Gulmammadova met with Speaker of the Parliament of Georgia Tornike Abashvilo.\n\nThe sides discussed regional transport.",
    places: ["Baku"],
  },
  {
    name: "day-first dateline with a dash",
    text: "Astana, 12 June 2025 – Chairman of the Senate Dauren Kemelbekov received Speaker of the National Assembly of Hungary Levente Szabrics.\n\nThe parties discussed trade and investment.",
    places: ["Astana"],
  },
  {
    name: "here resolved by the dateline",
    text: "TASHKENT, May 3 (UzA) -- Chairman of the Senate of Uzbekistan Bakhodir Tursunqulov met here today with Speaker of the Parliament of Latvia Ilze Berzkalna.",
    places: ["Tashkent"],
  },
  {
    name: "here with the agency after the city",
    text: "ULAANBAATAR, May 2 /MONTSAME/ Chairman of the State Great Khural Ganbold Tserendash received here the President of the Senate of Poland Marek Wierzynski on Thursday.",
    places: ["Ulaanbaatar"],
  },
  {
    name: "the Kazakh capital",
    text: "Chairman of the Mazhilis Arman Zhaksylykov held talks with Speaker of the Parliament of Finland Aino Virtalainen in the Kazakh capital on Tuesday.",
    places: ["Astana"],
  },
  {
    name: "the capital of a country",
    text: "Speaker of the Parliament of Latvia Ilze Berzkalna met with Chairman of the Senate of Uzbekistan Bakhodir Tursunqulov in the capital of Uzbekistan.",
    places: ["Tashkent"],
  },
  {
    name: "the Azerbaijani capital",
    text: "President of the Senate of Poland Marek Wierzynski met with Speaker of the Milli Majlis Ravana Gulmammadova in the Azerbaijani capital on Monday.",
    places: ["Baku"],
  },
  {
    name: "sidelines of a forum in a city",
    text: "Chairman of the Senate Dauren Kemelbekov met with Speaker of the Parliament of Malta Joseph Grechello on the sidelines of the Inter-Parliamentary Forum in Geneva.",
    places: ["Geneva"],
  },
  {
    name: "sidelines of an assembly held in a city",
    text: "Speaker of the Parliament of Georgia Tornike Abashvilo and Speaker of the Parliament of Armenia Hovik Sarkissyan held a bilateral meeting on the sidelines of the 150th IPU Assembly held in Tashkent.",
    places: ["Tashkent"],
  },
  {
    name: "at Parliament House in a city",
    text: "Speaker of the Dewan Rakyat Azlan Mokhtaruddin received Speaker of the National Assembly of Thailand Somsak Phanwichai at Parliament House in Kuala Lumpur on Wednesday.",
    places: ["Kuala Lumpur"],
  },
  {
    name: "at Akorda in a city",
    text: "President Kairat Dzhumabekov received Speaker of the Parliament of Finland Aino Virtalainen at Akorda in Astana.",
    places: ["Astana"],
  },
  {
    name: "at a palace in a city",
    text: "Speaker of the National Assembly of Hungary Levente Szabrics met with the Emir's envoy Khalid Al-Marrani at the Sandor Palace in Budapest.",
    places: ["Sandor Palace, Budapest"],
  },
  {
    name: "visit abroad then the city",
    text: "During his visit to Hungary, Chairman of the Senate Dauren Kemelbekov met Speaker of the National Assembly of Hungary Levente Szabrics in Budapest.",
    places: ["Budapest"],
  },
  {
    name: "official visit to a city",
    text: "As part of his official visit to Budapest, Chairman of the Mazhilis Arman Zhaksylykov held talks with Speaker of the National Assembly of Hungary Levente Szabrics.",
    places: ["Budapest"],
  },
  {
    name: "Kiev as written",
    text: "Speaker of the Parliament of Latvia Ilze Berzkalna met with Chairman of the Verkhovna Rada Oleksandr Dovhopolenko in Kiev on Friday.",
    places: ["Kiev"],
  },
  {
    name: "Kyiv as written",
    text: "Speaker of the Parliament of Latvia Ilze Berzkalna met with Chairman of the Verkhovna Rada Oleksandr Dovhopolenko in Kyiv on Friday.",
    places: ["Kyiv"],
  },
  {
    name: "Alma-Ata as written",
    text: "Chairman of the Senate Dauren Kemelbekov received Speaker of the Parliament of Malta Joseph Grechello in Alma-Ata.",
    places: ["Alma-Ata"],
  },
  {
    name: "Almaty as written",
    text: "Chairman of the Senate Dauren Kemelbekov received Speaker of the Parliament of Malta Joseph Grechello in Almaty.",
    places: ["Almaty"],
  },
  {
    name: "an organisation only discussed",
    text: "Speaker of the Parliament of Georgia Tornike Abashvilo met with Speaker of the Parliament of Armenia Hovik Sarkissyan.\n\nThe sides discussed cooperation within the OSCE PA and the PACE.",
    places: [undefined],
  },
  {
    name: "organisation discussed after a dateline keeps the dateline",
    text: "YEREVAN, May 3 (Armenpress) -- Speaker of the Parliament of Armenia Hovik Sarkissyan met with Speaker of the Parliament of Malta Joseph Grechello.\n\nThey discussed cooperation within the OSCE Parliamentary Assembly in Vienna.",
    places: ["Yerevan"],
  },
  {
    name: "a summit to be held elsewhere",
    text: "Speaker of the Parliament of Latvia Ilze Berzkalna met with Chairman of the Senate of Uzbekistan Bakhodir Tursunqulov.\n\nThey discussed preparations for the summit to be held in Doha next year.",
    places: [undefined],
  },
  {
    name: "a summit elsewhere with a dateline",
    text: "RIGA, May 3 (LETA) -- Speaker of the Parliament of Latvia Ilze Berzkalna met with Chairman of the Senate of Uzbekistan Bakhodir Tursunqulov.\n\nThe sides discussed the forthcoming conference in Doha next year.",
    places: ["Riga"],
  },
  {
    name: "a delegation from a city is not the place",
    text: "Chairman of the Mazhilis Arman Zhaksylykov received the delegation from Tashkent led by Bakhodir Tursunqulov.",
    places: [undefined],
  },
  {
    name: "a delegation from a city with a dateline",
    text: "ASTANA, May 3 (Kazinform) -- Chairman of the Mazhilis Arman Zhaksylykov received a delegation from Tashkent led by Chairman of the Senate of Uzbekistan Bakhodir Tursunqulov.",
    places: ["Astana"],
  },
  {
    name: "an invitation to another city is not the place",
    text: "Speaker of the Parliament of Georgia Tornike Abashvilo met with Speaker of the Parliament of Malta Joseph Grechello in Tbilisi. Abashvilo invited Grechello to visit Batumi.",
    places: ["Tbilisi"],
  },
  {
    name: "arrived in a city then met",
    text: "Speaker of the Parliament of Latvia Ilze Berzkalna arrived in Tashkent on an official visit. On Monday she met with Chairman of the Senate of Uzbekistan Bakhodir Tursunqulov.",
    places: ["Tashkent"],
  },
  {
    name: "here resolved by a later sentence",
    text: "Speaker of the Parliament of Malta Joseph Grechello met here on Monday with Speaker of the Parliament of Armenia Hovik Sarkissyan. The talks took place in Yerevan at the National Assembly.",
    places: ["Yerevan"],
  },
  {
    name: "past meeting in another city mentioned",
    text: "VIENNA, May 3 (APA) -- Speaker of the Parliament of Malta Joseph Grechello met with Speaker of the Parliament of Armenia Hovik Sarkissyan. The two last met in Geneva in 2023.",
    places: ["Vienna"],
  },
  {
    name: "a city and a colon after an agency line",
    text: "Speaker receives Latvian delegation\n\nQNA\n\nDoha: Speaker of the Shura Council Hamad bin Khalid Al Nuaimani met yesterday with a delegation from the Parliament of Latvia headed by Ilze Berzkalna, who is visiting the country.\n\nThe meeting reviewed bilateral relations.",
    places: ["Doha"],
  },
  {
    name: "quoted city",
    text: 'RIGA, May 3 (LETA) -- "In Vilnius there is a clear majority for reform," Speaker of the Parliament of Latvia Ilze Berzkalna said after a meeting with Speaker of the Seimas of Lithuania Vytas Kairelionis.',
    places: ["Riga"],
  },
  {
    name: "welcoming the guests to",
    text: "Welcoming the guests to Tbilisi, Speaker of the Parliament of Georgia Tornike Abashvilo met Speaker of the Parliament of Malta Joseph Grechello.",
    places: ["Tbilisi"],
  },
  {
    name: "who is on a working visit to",
    text: "Speaker of the Parliament of Malta Joseph Grechello, who is on a working visit to Baku, met with Speaker of the Milli Majlis Ravana Gulmammadova.",
    places: ["Baku"],
  },
  {
    name: "the city of an unknown city",
    text: "Chairman of the Senate Dauren Kemelbekov met with Speaker of the Parliament of Malta Joseph Grechello in the city of Zhetysai on Monday.",
    places: ["Zhetysai"],
  },
  {
    name: "the Kremlin with dateline",
    text: "MOSCOW, May 3 (TASS) -- President Viktor Orlovsky received Speaker of the Parliament of Malta Joseph Grechello at the Kremlin.",
    places: ["Kremlin, Moscow"],
  },
  {
    name: "arrived from another city",
    text: "BAKU, May 3 (Trend) -- Speaker of the Milli Majlis Ravana Gulmammadova met with Speaker of the Parliament of Turkey Mehmet Yildirak, who arrived from Ankara.",
    places: ["Baku"],
  },
  {
    name: "the Georgian capital Tbilisi",
    text: "Speaker of the Parliament of Malta Joseph Grechello met Speaker of the Parliament of Georgia Tornike Abashvilo in the Georgian capital Tbilisi.",
    places: ["Tbilisi"],
  },
  {
    name: "where he met",
    text: "After talks in Minsk, Speaker of the Parliament of Malta Joseph Grechello flew to Moscow, where he met Chairman of the State Duma Viktor Orlovsky.",
    places: ["Moscow"],
  },
  {
    name: "home of delegation then in",
    text: "Chairman of the Senate Dauren Kemelbekov met Speaker Almazbek Toktorov, who heads the delegation from Bishkek, in Almaty.",
    places: ["Almaty"],
  },
  {
    name: "margins of session in New York",
    text: "Speaker of the Parliament of Malta Joseph Grechello met Speaker of the Parliament of Armenia Hovik Sarkissyan on the margins of the session in New York.",
    places: ["New York"],
  },
  {
    name: "ambassador to Malaysia in Kuala Lumpur",
    text: "Chairman of the Senate Dauren Kemelbekov met Ambassador of Thailand to Malaysia Somsak Phanwichai in Kuala Lumpur.",
    places: ["Kuala Lumpur"],
  },
  {
    name: "who is in city to attend",
    text: "Chairman of the Senate of Uzbekistan Bakhodir Tursunqulov received Speaker of the Parliament of Malta Joseph Grechello, who is in Tashkent to attend the forum.",
    places: ["Tashkent"],
  },
  {
    name: "city, country",
    text: "Speaker of the Parliament of Malta Joseph Grechello met Speaker of the Parliament of Armenia Hovik Sarkissyan in Brussels, Belgium.",
    places: ["Brussels"],
  },
  {
    name: "embassy in city",
    text: "Chairman of the Senate Dauren Kemelbekov met with compatriots and Speaker Han Seok-jin at the Embassy of Kazakhstan in Seoul.",
    places: ["Seoul"],
  },
  {
    name: "arrived in from",
    text: "Speaker of the Parliament of Malta Joseph Grechello, who arrived in Baku from Tbilisi, met Speaker of the Milli Majlis Ravana Gulmammadova.",
    places: ["Baku"],
  },
  {
    name: "invited to in the meeting sentence",
    text: "TBILISI, May 3 (Georgia Today) -- Speaker of the Parliament of Georgia Tornike Abashvilo invited Speaker of the Parliament of Malta Joseph Grechello to Batumi during their meeting.",
    places: ["Tbilisi"],
  },
  {
    name: "met then invited to visit city",
    text: "Speaker of the Parliament of Georgia Tornike Abashvilo met with Speaker of the Parliament of Malta Joseph Grechello and invited him to visit Batumi.",
    places: [undefined],
  },
  {
    name: "received in office here",
    text: "ISLAMABAD, May 3 (APP) -- Chairman of the Senate Yousaf Raza Qadri received Ambassador of Hungary Zoltan Vargha in his office here on Friday.",
    places: ["Islamabad"],
  },
  {
    name: "summit in Doha next year in own sentence",
    text: "Speaker of the Parliament of Latvia Ilze Berzkalna met Chairman of the Senate of Uzbekistan Bakhodir Tursunqulov to prepare the summit to be held in Doha next year.",
    places: [undefined],
  },
  {
    name: "discussed forum in city in own sentence",
    text: "Speaker of the Parliament of Latvia Ilze Berzkalna met Chairman of the Senate of Uzbekistan Bakhodir Tursunqulov and discussed the results of the forum held in Samarkand last month.",
    places: [undefined],
  },
  {
    name: "talks held in city",
    text: "Talks between Speaker of the Parliament of Latvia Ilze Berzkalna and Chairman of the Senate of Uzbekistan Bakhodir Tursunqulov were held in Samarkand.",
    places: ["Samarkand"],
  },
  {
    name: "a planned meeting keeps the city its own sentence gives",
    text: "Speaker of the Parliament of Malta Joseph Grechello will hold a number of bilateral meetings in Ankara, including with Speaker of the Grand National Assembly of Turkey Mehmet Yildirak.",
    places: ["Ankara"],
  },
  {
    name: "visit abroad with home dateline",
    text: "ASTANA, May 3 (Kazinform) -- Chairman of the Mazhilis Arman Zhaksylykov, who is on an official visit to Hungary, met Speaker of the National Assembly of Hungary Levente Szabrics.",
    places: [undefined],
  },
  {
    name: "headline city",
    text: "Latvian Speaker meets Uzbek counterpart in Riga\n\nSpeaker of the Parliament of Latvia Ilze Berzkalna met Chairman of the Senate of Uzbekistan Bakhodir Tursunqulov on Monday.",
    places: ["Riga"],
  },
  {
    name: "here then is in city to attend",
    text: "Speaker of the Parliament of Malta Joseph Grechello met here on Monday with Speaker of the Seimas of Lithuania Vytas Kairelionis. Grechello is in Vilnius to attend the session of the Baltic Assembly.",
    places: ["Vilnius"],
  },
  {
    name: "earlier visit elsewhere",
    text: "BAKU, May 3 (Trend) -- Speaker of the Milli Majlis Ravana Gulmammadova met Speaker of the Parliament of Malta Joseph Grechello. Earlier, Grechello visited Tbilisi.",
    places: ["Baku"],
  },
  {
    name: "framing forum under way",
    text: "The Inter-Parliamentary Forum is under way in Saint Petersburg.\n\nOn its sidelines, Speaker of the Parliament of Malta Joseph Grechello met Speaker of the Parliament of Armenia Hovik Sarkissyan.",
    places: ["Saint Petersburg"],
  },
  {
    name: "next meeting same place",
    text: "Speaker of the Parliament of Malta Joseph Grechello met Speaker of the Parliament of Armenia Hovik Sarkissyan in Yerevan on Monday. On Tuesday, Grechello met Prime Minister Aram Vardanyano.",
    places: ["Yerevan", "Yerevan"],
  },
  {
    name: "travelled where met",
    text: "Speaker of the Parliament of Malta Joseph Grechello met Chairman of the Senate Dauren Kemelbekov in Astana. Then Grechello travelled to Almaty, where he met Akim Bolat Zhanseitov.",
    places: ["Astana", "Almaty"],
  },
  {
    name: "ambassador to country, no city",
    text: "Chairman of the Senate Dauren Kemelbekov received the Ambassador of Japan to Kazakhstan Hiroshi Tanabeko.",
    places: [undefined],
  },
  {
    name: "In city, fronted",
    text: "In Astana, Chairman of the Senate Dauren Kemelbekov met Speaker of the Parliament of Malta Joseph Grechello.",
    places: ["Astana"],
  },
  {
    name: "headquarters in city",
    text: "Speaker of the Parliament of Malta Joseph Grechello met Secretary General Martin Chungoro at the headquarters of the IPU in Geneva.",
    places: ["Geneva"],
  },
  {
    name: "mayor of city",
    text: "Speaker of the Parliament of Malta Joseph Grechello met with Mayor of Tashkent Shavkat Umurzaqovo.",
    places: [undefined],
  },
  {
    name: "in the capital Astana",
    text: "Speaker of the Parliament of Malta Joseph Grechello met Chairman of the Senate Dauren Kemelbekov in the capital Astana.",
    places: ["Astana"],
  },
];

describe("where a meeting happened", () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(placesOf(c.text)).toEqual(c.places);
    });
  }
});
