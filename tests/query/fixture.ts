/**
 * A small hand-built fact base for the answering tests: a few real-looking speakers, their meetings
 * (dated and undated, held and planned, with and without agreements), and the articles they come from
 * with a few sentences each, so that every intent has something to find and something to miss.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { saveFactBase } from "../../src/facts/io.ts";
import type { Article, FactBase, Meeting, Person } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";

const role = (title: string, body: string, country: string, articleId: string) => ({
  title,
  body,
  country,
  articleId,
});

// id, name, aliases, country, title, body, article of the role
type PersonRow = [string, string, string[], string, string, string, string];
const rows: PersonRow[] = [
  [
    "koshanov",
    "Erlan Koshanov",
    ["Yerlan Koshanov", "Koshanov"],
    "Kazakhstan",
    "Chairman of the Majilis",
    "Majilis",
    "a-mongolia",
  ],
  [
    "amar",
    "Dashzegve Amarbayasgalan",
    ["Amarbayasgalan Dashzegve", "Amarbayasgalan"],
    "Mongolia",
    "Chairman of the State Great Khural",
    "State Great Khural",
    "a-mongolia",
  ],
  ["khurel", "Ukhnaagiin Khürelsükh", ["Khürelsükh"], "Mongolia", "President of Mongolia", "", "a-mongolia"],
  [
    "nigmatulin",
    "Nurlan Nigmatulin",
    ["Nigmatulin", "Mr. Nigmatulin"],
    "Kazakhstan",
    "Chairman of the Majilis",
    "Majilis",
    "a-seoul",
  ],
  [
    "nigmatullin",
    "Nurlan Nigmatullin",
    ["Nigmatullin"],
    "Kazakhstan",
    "Chairman of the Majilis",
    "Majilis",
    "a-tashkent",
  ],
  [
    "chung",
    "Chung Sye-kyun",
    [],
    "South Korea",
    "Speaker of the National Assembly",
    "National Assembly",
    "a-seoul",
  ],
  [
    "volodin",
    "Vyacheslav Volodin",
    ["Volodin"],
    "Russia",
    "Chairman of the State Duma",
    "State Duma",
    "a-seoul",
  ],
  [
    "babloyan",
    "Ara Babloyan",
    ["Babloyan"],
    "Armenia",
    "Chairman of the National Assembly",
    "National Assembly",
    "a-seoul",
  ],
  [
    "mirziyoyev",
    "Shavkat Mirziyoyev",
    ["Mirziyoyev"],
    "Uzbekistan",
    "President of Uzbekistan",
    "",
    "a-tashkent",
  ],
];
const people: Person[] = rows.map(([id, name, aliases, country, title, body, articleId]) => ({
  id,
  name,
  aliases,
  country,
  roles: [role(title, body, country, articleId)],
}));

const articles: Article[] = [
  {
    id: "a-mongolia",
    file: "mongolia.txt",
    url: "https://news.example.org/mongolia",
    outlet: "Kazinform",
    published: "2025-09-04",
    sentences: [
      "At a meeting with the Majilis Speaker Erlan Koshanov, the sides discussed strengthening interparliamentary ties and signed a memorandum of cooperation.",
      "Koshanov said that Kazakhstan supports the reforms of Mongolian President Ukhnaagiin Khürelsükh.",
      "Thanks to the two countries' leaders, 11 documents were signed in various spheres.",
      "The parliamentarians also discussed tourism and personnel training.",
      "Amarbayasgalan highlighted the importance of digitalization for both parliaments.",
    ],
  },
  {
    id: "a-seoul",
    file: "seoul.txt",
    published: undefined,
    sentences: [
      "The forum is underway in Seoul (South Korea).",
      "The Chairman of the Majilis and his Korean counterpart Chung Sye-kyun discussed the inter-parliamentary dialogue.",
      "The Armenian parliamentarian raised the Nagorno-Karabakh conflict with Mr. Nigmatulin.",
      "Babloyan invited Nigmatulin to visit Armenia.",
    ],
  },
  {
    id: "a-tashkent",
    file: "tashkent.txt",
    outlet: "Kazinform <Central Asia>",
    published: "2019-06-07",
    sentences: [
      "Nigmatullin conveyed greetings on behalf of Nursultan Nazarbayev to Shavkat Mirziyoyev in Tashkent.",
      "The sides discussed water use on transboundary rivers & <energy> cooperation.",
    ],
  },
];

/** A held meeting with nothing recorded beyond what `m` gives. */
export const meeting = (
  m: Partial<Meeting> & Pick<Meeting, "id" | "articleId" | "participants">,
): Meeting => ({
  parties: [],
  countries: [],
  status: "held",
  agreements: [],
  topics: [],
  evidence: "",
  ...m,
});

/** Meetings of `subject` with each of `guests` in one article and place, one a day from 10 February 2022. */
export const dailyMeetings = (
  subject: string,
  guests: string[],
  articleId: string,
  place: string,
): Meeting[] =>
  guests.map((guest, i) =>
    meeting({
      id: `m-${guest}`,
      articleId,
      participants: [subject, guest],
      place,
      date: { start: `2022-02-${String(10 + i)}`, basis: "stated" },
    }),
  );

// The first seed's shape: three undated meetings of Nigmatulin at one forum in Seoul.
function seoulMeeting(counterpart: string, country: string, topics: string[], evidence: string): Meeting {
  return meeting({
    id: `m-${counterpart}`,
    articleId: "a-seoul",
    participants: ["nigmatulin", counterpart],
    countries: ["Kazakhstan", country],
    place: "Seoul",
    occasion: "the Eurasian Speakers' Meeting",
    topics,
    evidence,
  });
}

const meetings: Meeting[] = [
  meeting({
    id: "m-mongolia",
    articleId: "a-mongolia",
    participants: ["koshanov", "amar"],
    countries: ["Kazakhstan", "Mongolia"],
    date: { start: "2025-09-04", basis: "stated" },
    place: "Astana",
    agreements: ["memorandum of cooperation"],
    topics: ["interparliamentary ties", "tourism"],
    evidence:
      "At a meeting with the Majilis Speaker Erlan Koshanov, the sides signed a memorandum of cooperation.",
  }),
  seoulMeeting(
    "chung",
    "South Korea",
    ["inter-parliamentary dialogue"],
    "his Korean counterpart Chung Sye-kyun",
  ),
  seoulMeeting("volodin", "Russia", [], "He met with the Chairman of the State Duma Vyacheslav Volodin."),
  seoulMeeting(
    "babloyan",
    "Armenia",
    ["Nagorno-Karabakh conflict"],
    "during negotiations with Mr. Nigmatulin",
  ),
  meeting({
    id: "m-tashkent",
    articleId: "a-tashkent",
    participants: ["nigmatullin", "mirziyoyev"],
    countries: ["Kazakhstan", "Uzbekistan"],
    date: { start: "2019-06-07", basis: "publication" },
    place: "Tashkent",
    topics: ["water use <transboundary rivers>"],
    evidence: "Nigmatullin conveyed greetings to Shavkat Mirziyoyev in Tashkent.",
  }),
];

/** The hand-built fact base; `extraCounterparts` adds that many more dated meetings of Koshanov (for paging). */
export function fixtureBase(extraCounterparts = 0): FactBase {
  const base: FactBase = {
    version: 1,
    generatedAt: "2026-01-01T00:00:00.000Z",
    articles: structuredClone(articles),
    people: structuredClone(people),
    meetings: structuredClone(meetings),
  };
  const given = [
    "Aibek",
    "Bolat",
    "Daniyar",
    "Galym",
    "Marat",
    "Nurbol",
    "Rustem",
    "Talgat",
    "Yerbol",
    "Zhanat",
  ];
  for (let i = 0; i < extraCounterparts; i++) {
    const id = `guest${i}`;
    const articleId = `a-guest${i}`;
    const day = String(i + 1).padStart(2, "0");
    base.people.push({
      id,
      name: `${given[i % given.length]} Guestov${i}`,
      aliases: [],
      country: "Kyrgyzstan",
      roles: [role("Deputy Speaker of the Jogorku Kenesh", "Jogorku Kenesh", "Kyrgyzstan", articleId)],
    });
    base.articles.push({ id: articleId, file: `guest${i}.txt`, published: `2024-03-${day}`, sentences: [] });
    base.meetings.push(
      meeting({
        id: `m-guest${i}`,
        articleId,
        participants: ["koshanov", id],
        countries: ["Kazakhstan", "Kyrgyzstan"],
        date: { start: `2024-03-${day}`, basis: "stated" },
        place: "Bishkek",
      }),
    );
  }
  return base;
}

/** "Today" for the tests, so that "last year" means 2025. */
export const NOW = () => new Date("2026-06-01T12:00:00Z");

/** A person known by one role, "Speaker" of `country`, given in article `articleId`. */
export const speaker = (
  id: string,
  name: string,
  country: string,
  articleId: string,
  aliases: string[] = [],
) => ({
  id,
  name,
  aliases,
  country,
  roles: [{ title: "Speaker", country, articleId }],
});

/** An article of one sentence, published on `published` (its file named after its id). */
export const report = (id: string, published: string, sentence: string) => ({
  id,
  file: `${id}.txt`,
  published,
  sentences: [sentence],
});

/** A fact base of the given articles, people and meetings, with the version and date every test base shares. */
export const factBase = (parts: Pick<FactBase, "articles" | "people" | "meetings">): FactBase => ({
  version: 1,
  generatedAt: "2026-01-01T00:00:00.000Z",
  ...parts,
});

/** Two invented speakers, Ilona Varga and Oren Kastell, both given in `articleId`, who met there in Drosk. */
export const vargaAndKastell = (articleId: string) => ({
  people: [
    speaker("varga", "Ilona Varga", "Hungary", articleId),
    speaker("kastell", "Oren Kastell", "Austria", articleId),
  ],
  meeting: meeting({ id: "m-talks", articleId, participants: ["varga", "kastell"], place: "Drosk" }),
});

/** A question asker over one report of the Varga–Kastell talks, told in the given sentences. */
export function askOfVargaKastellTalks(sentences: string[]): (question: string) => string {
  const pair = vargaAndKastell("a-talks");
  const base = factBase({
    articles: [{ id: "a-talks", file: "talks.txt", published: "2024-04-02", sentences }],
    people: pair.people,
    meetings: [pair.meeting],
  });
  const answerer = new Answerer(base, { now: NOW });
  return (question) => answerer.answer(question).text;
}

/**
 * Asks one question through `parlbot ask --format jsonl` on `base` saved to a file: the exit status and
 * the answer read from its output (undefined when the command failed).
 */
export function askThroughCli(
  base: FactBase,
  question: string,
): { status: number | null; answer?: { text: string; sources: { articleId: string }[] } } {
  const facts = join(mkdtempSync(join(tmpdir(), "parlbot-ask-")), "facts.json");
  saveFactBase(facts, base);
  const bin = join(import.meta.dirname, "..", "..", "bin", "parlbot.js");
  const run = spawnSync(process.execPath, [bin, "ask", "--facts", facts, "--format", "jsonl", question], {
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: run.status, ...(run.status === 0 ? { answer: JSON.parse(run.stdout.trim()) } : {}) };
}

/** A person known by one office of `country`, given in article `articleId`. */
export const holder = (id: string, name: string, title: string, country: string, articleId: string) => ({
  id,
  name,
  aliases: [],
  country,
  roles: [{ title, country, articleId }],
});
