/**
 * Writes a synthetic corpus of news articles in the seeds' format, for benchmarks: the same kinds of
 * headers (date marker, title, timestamp line, dateline), sentences and sidecars the real articles have,
 * with names, countries, parliaments, dates, places and agreements varied by a seeded generator, so that
 * the same seed always gives the same files.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MONTHS } from "../src/query/format.ts";

/** One country as the generated articles speak of it. */
interface CountrySpec {
  name: string;
  adjective: string;
  body: string;
  capital: string;
  cities: string[];
  outlet: string;
  given: string[];
  family: string[];
  /** Names written family name first (Korean, Chinese). */
  familyFirst?: boolean;
}

const COUNTRIES: CountrySpec[] = [
  {
    name: "Kazakhstan",
    adjective: "Kazakh",
    body: "Majilis",
    capital: "Astana",
    cities: ["Almaty", "Shymkent", "Turkistan"],
    outlet: "KAZINFORM",
    given: ["Erlan", "Nurlan", "Maulen", "Dariga", "Askar", "Bakhyt", "Aigul", "Serik", "Dauren", "Gulnara"],
    family: ["Bekov", "Sadykov", "Zhumabayev", "Tasmagambetov", "Omarov", "Kassymov", "Abenov", "Ermekov"],
  },
  {
    name: "Mongolia",
    adjective: "Mongolian",
    body: "State Great Khural",
    capital: "Ulaanbaatar",
    cities: ["Darkhan", "Erdenet", "Khovd"],
    outlet: "MONTSAME",
    given: ["Dashzegve", "Gombojav", "Luvsannyam", "Batbayar", "Tsend", "Enkhbold", "Oyun", "Sukhbaatar"],
    family: ["Amarbayasgalan", "Zandanshatar", "Enkh-Amgalan", "Ganbold", "Battulga", "Munkhbat", "Erdene"],
  },
  {
    name: "Russia",
    adjective: "Russian",
    body: "State Duma",
    capital: "Moscow",
    cities: ["Saint Petersburg", "Kazan", "Novosibirsk"],
    outlet: "TASS",
    given: ["Vyacheslav", "Valentina", "Sergey", "Andrey", "Irina", "Konstantin", "Pyotr", "Olga"],
    family: ["Volodin", "Matvienko", "Kosachev", "Tolstoy", "Yarovaya", "Zhukov", "Slutsky", "Babakov"],
  },
  {
    name: "South Korea",
    adjective: "Korean",
    body: "National Assembly",
    capital: "Seoul",
    cities: ["Busan", "Incheon", "Daegu"],
    outlet: "(Yonhap)",
    given: ["Sye-kyun", "Byeong-seug", "Jin-pyo", "Won-shik", "Hee-sang", "Jong-gu", "Ki-hyun"],
    family: ["Chung", "Park", "Kim", "Moon", "Lee", "Woo", "Kwon", "Han"],
    familyFirst: true,
  },
  {
    name: "Armenia",
    adjective: "Armenian",
    body: "National Assembly",
    capital: "Yerevan",
    cities: ["Gyumri", "Vanadzor", "Dilijan"],
    outlet: "ARMENPRESS",
    given: ["Ara", "Alen", "Ruben", "Hakob", "Arpine", "Tigran", "Narek", "Lilit"],
    family: ["Babloyan", "Simonyan", "Rubinyan", "Arshakyan", "Hovhannisyan", "Mirzoyan", "Grigoryan"],
  },
  {
    name: "Uzbekistan",
    adjective: "Uzbek",
    body: "Oliy Majlis",
    capital: "Tashkent",
    cities: ["Samarkand", "Bukhara", "Khiva"],
    outlet: "UZA",
    given: ["Tanzila", "Nurdinjon", "Boriy", "Sodiq", "Akmal", "Dilnoza", "Rustam", "Feruza"],
    family: ["Narbayeva", "Ismoilov", "Alikhonov", "Safoyev", "Saidov", "Yuldashev", "Karimova"],
  },
  {
    name: "Kyrgyzstan",
    adjective: "Kyrgyz",
    body: "Jogorku Kenesh",
    capital: "Bishkek",
    cities: ["Osh", "Karakol", "Jalal-Abad"],
    outlet: "KABAR",
    given: ["Talant", "Nurlanbek", "Kanybek", "Aida", "Marlen", "Dastan", "Jyldyz", "Azamat"],
    family: ["Mamytov", "Shakiev", "Turgunbek uulu", "Sultanova", "Isaev", "Jumaliev", "Toktomushev"],
  },
  {
    name: "Turkey",
    adjective: "Turkish",
    body: "Grand National Assembly",
    capital: "Ankara",
    cities: ["Istanbul", "Izmir", "Bursa"],
    outlet: "ANADOLU",
    given: ["Numan", "Mustafa", "Yusuf", "Binali", "Ayse", "Mehmet", "Fatma", "Kemal"],
    family: ["Kurtulmus", "Sentop", "Beyazit", "Yildirim", "Kahraman", "Demir", "Aydin"],
  },
  {
    name: "Azerbaijan",
    adjective: "Azerbaijani",
    body: "Milli Majlis",
    capital: "Baku",
    cities: ["Ganja", "Sumgait", "Shusha"],
    outlet: "AZERTAC",
    given: ["Sahiba", "Ogtay", "Adil", "Ali", "Samad", "Leyla", "Elnur", "Gunay"],
    family: ["Gafarova", "Asadov", "Aliyev", "Huseynov", "Mammadov", "Hajiyev", "Rzayev"],
  },
  {
    name: "Germany",
    adjective: "German",
    body: "Bundestag",
    capital: "Berlin",
    cities: ["Munich", "Hamburg", "Cologne"],
    outlet: "DPA",
    given: ["Bärbel", "Wolfgang", "Julia", "Katrin", "Frank", "Petra", "Jürgen", "Anke"],
    family: ["Bas", "Schäuble", "Klöckner", "Roth", "Müller", "Schmidt", "Weber"],
  },
];

const TITLES = ["Speaker of the", "Chairman of the", "Deputy Speaker of the", "Chairwoman of the"];
const OCCASIONS = [
  "the Eurasian Speakers' Meeting",
  "the IPU Assembly",
  "the OSCE Parliamentary Assembly session",
  "the TURKPA plenary session",
  "the World Conference of Speakers of Parliament",
  "the CIS Interparliamentary Assembly Council",
];
const AGREEMENTS = [
  "a memorandum of cooperation",
  "a memorandum of understanding on inter-parliamentary cooperation",
  "a roadmap for inter-parliamentary cooperation",
  "an agreement on cooperation between the parliaments",
  "a memorandum of establishment of twin-city relations",
];
const TOPICS = [
  "trade and economic cooperation",
  "transport and logistics",
  "digitalization and artificial intelligence",
  "agriculture and food security",
  "water management on transboundary rivers",
  "energy and climate",
  "education and youth exchanges",
  "tourism and culture",
  "regional security",
];

/** A small seeded generator (mulberry32): the same seed gives the same numbers. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One generated person: name, title and country. */
interface GeneratedPerson {
  name: string;
  surname: string;
  title: string;
  country: CountrySpec;
}

/**
 * Writes `count` article files (`article-00001.txt` ...) into `dir`, about a quarter of them with a
 * `.meta.json` sidecar (url, outlet, published). Deterministic for a given `seed`.
 */
export function generateCorpus(dir: string, count: number, seed = 1): void {
  mkdirSync(dir, { recursive: true });
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  // A stable population per country, so that the same people meet again across articles.
  const people = new Map<CountrySpec, GeneratedPerson[]>();
  for (const country of COUNTRIES) {
    const list: GeneratedPerson[] = [];
    for (const given of country.given)
      for (const family of country.family)
        if (random() < 0.5)
          list.push({
            name: country.familyFirst ? `${family} ${given}` : `${given} ${family}`,
            surname: family,
            title: `${pick(TITLES)} ${country.body}`,
            country,
          });
    people.set(country, list);
  }

  for (let n = 1; n <= count; n++) {
    const hostCountry = pick(COUNTRIES);
    let guestCountry = pick(COUNTRIES);
    while (guestCountry === hostCountry) guestCountry = pick(COUNTRIES);
    const host = pick(people.get(hostCountry) as GeneratedPerson[]);
    const guest = pick(people.get(guestCountry) as GeneratedPerson[]);
    const year = 2014 + Math.floor(random() * 12);
    const month = Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const dateWords = `${day} ${MONTHS[month]} ${year}`;
    const published = `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const abroad = random() < 0.3;
    const place = abroad ? pick(hostCountry.cities) : hostCountry.capital;
    const topicA = pick(TOPICS);
    let topicB = pick(TOPICS);
    while (topicB === topicA) topicB = pick(TOPICS);
    const signed = random() < 0.4 ? pick(AGREEMENTS) : undefined;
    const dated = random() < 0.7;
    const planned = random() < 0.1;

    const lines: string[] = [];
    const header = random();
    if (header < 0.4) lines.push(` date ${published}`);
    lines.push(
      `${hostCountry.adjective} ${host.title.split(" ")[0]} meets ${guestCountry.adjective} counterpart`,
      "",
    );
    if (header >= 0.4 && header < 0.7)
      lines.push(`${dateWords}, ${10 + (n % 12)}:${String(n % 60).padStart(2, "0")}`, "");

    const when = dated ? ` on ${dateWords}` : "";
    const dateline = `${place.toUpperCase()}. ${hostCountry.outlet.replace(/[()]/g, "").toUpperCase()} – `;
    if (planned) {
      lines.push(
        `${dateline}The ${host.title} of ${hostCountry.name}, ${host.name}, is set to pay an official visit to ${guestCountry.name} from ${MONTHS[month]} ${day} to ${day + 2}, ${year}.`,
        "",
        `During the visit, ${host.surname} is expected to hold talks with the ${guest.title} ${guest.name} on ${topicA}.`,
      );
    } else {
      const occasion = abroad ? ` on the sidelines of ${pick(OCCASIONS)}` : "";
      lines.push(
        `${dateline}The ${host.title} of ${hostCountry.name} ${host.name} met with the ${guest.title} of ${guestCountry.name} ${guest.name} in ${place}${occasion}${when}, the press service reported.`,
        "",
        `The sides discussed ${topicA} as well as ${topicB}. ${host.surname} noted that ${guestCountry.name} is an important partner of ${hostCountry.name}.`,
        "",
        `${guest.surname}, in turn, thanked his ${hostCountry.adjective} counterpart for the warm welcome.`,
      );
      if (signed) lines.push("", `Following the talks, the parties signed ${signed}.`);
    }
    lines.push("");

    const name = `article-${String(n).padStart(5, "0")}`;
    writeFileSync(join(dir, `${name}.txt`), lines.join("\n"));
    if (random() < 0.25)
      writeFileSync(
        join(dir, `${name}.meta.json`),
        JSON.stringify({
          url: `https://news.example.org/${hostCountry.outlet.toLowerCase()}/${name}`,
          outlet: hostCountry.outlet,
          published,
        }),
      );
  }
}
