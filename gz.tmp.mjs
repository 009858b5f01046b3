// src/query/countries.ts
import worldCountries from "world-countries";

// src/extract/data/gazetteer.json
var gazetteer_default = {
  $comment: `Words the extractor needs beyond the world-countries package: the names news English prefers, extra demonyms, parliaments and other bodies with their countries, international bodies, title words and cities that are not capitals. thingWords: head nouns of institutions, places, events and documents; a capitalised run ending in one names a thing, never a person ("Transport Route", "Friendship Order", "Majlis Ash'shura"). A body without a country is one several countries have ("Shura Council"): its country comes from the text around it.`,
  preferredNames: {
    T\u00FCrkiye: "Turkey",
    "Ivory Coast": "C\xF4te d'Ivoire"
  },
  extraNames: {
    Kazakhstan: [
      "Kazakh",
      "Kazakhstani",
      "Qazaqstan"
    ],
    "South Korea": [
      "Korea",
      "Korean",
      "Republic of Korea",
      "Korean Republic"
    ],
    "North Korea": [
      "DPRK"
    ],
    "United States": [
      "US",
      "U.S.",
      "U.S",
      "USA",
      "America",
      "American",
      "United States of America",
      "the States"
    ],
    "United Kingdom": [
      "UK",
      "U.K.",
      "Britain",
      "Great Britain",
      "British",
      "England"
    ],
    Turkey: [
      "T\xFCrkiye",
      "Turkiye",
      "Turkish"
    ],
    Kyrgyzstan: [
      "Kyrgyz",
      "Kyrgyz Republic",
      "Kirghiz",
      "Kyrgyzstani"
    ],
    Uzbekistan: [
      "Uzbek",
      "Uzbekistani"
    ],
    Russia: [
      "Russian Federation",
      "Russian"
    ],
    China: [
      "Chinese",
      "People's Republic of China",
      "PRC"
    ],
    Mongolia: [
      "Mongolian"
    ],
    "United Arab Emirates": [
      "UAE",
      "Emirati",
      "Emirates"
    ],
    Azerbaijan: [
      "Azerbaijani",
      "Azeri"
    ],
    Turkmenistan: [
      "Turkmen",
      "Turkmenistani"
    ],
    Tajikistan: [
      "Tajik",
      "Tajikistani"
    ],
    Belarus: [
      "Belarusian",
      "Belarussian"
    ],
    Iran: [
      "Iranian",
      "Islamic Republic of Iran"
    ],
    "Saudi Arabia": [
      "Saudi"
    ],
    "C\xF4te d'Ivoire": [
      "Cote d'Ivoire",
      "Ivorian",
      "Ivory Coast"
    ],
    Philippines: [
      "Filipino",
      "Philippine"
    ],
    Netherlands: [
      "Dutch",
      "Holland"
    ],
    Czechia: [
      "Czech Republic",
      "Czech"
    ],
    Moldova: [
      "Moldovan"
    ],
    Vietnam: [
      "Viet Nam",
      "Vietnamese"
    ],
    Laos: [
      "Lao"
    ]
  },
  bodies: [
    {
      name: "Majilis",
      country: "Kazakhstan",
      aliases: [
        "Mazhilis",
        "Majlis of Kazakhstan",
        "Mazhilis of Kazakhstan"
      ]
    },
    {
      name: "Senate of Kazakhstan",
      country: "Kazakhstan",
      aliases: []
    },
    {
      name: "Maslikhat",
      country: "Kazakhstan",
      aliases: []
    },
    {
      name: "State Duma",
      country: "Russia",
      aliases: [
        "Duma"
      ]
    },
    {
      name: "Federation Council",
      country: "Russia",
      aliases: []
    },
    {
      name: "State Great Khural",
      country: "Mongolia",
      aliases: [
        "State Great Hural",
        "Great State Khural",
        "Great State Hural",
        "State Khural",
        "State Hural",
        "Khural",
        "Hural"
      ]
    },
    {
      name: "Oliy Majlis",
      country: "Uzbekistan",
      aliases: [
        "Oliy Mazhilis",
        "Oliy Majlis of Uzbekistan"
      ]
    },
    {
      name: "Jogorku Kenesh",
      country: "Kyrgyzstan",
      aliases: [
        "Zhogorku Kenesh"
      ]
    },
    {
      name: "Milli Majlis",
      country: "Azerbaijan",
      aliases: [
        "Milli Mejlis",
        "Milli Meclis"
      ]
    },
    {
      name: "Mejlis of Turkmenistan",
      country: "Turkmenistan",
      aliases: [
        "Mejlis"
      ]
    },
    {
      name: "Majlisi Oli",
      country: "Tajikistan",
      aliases: [
        "Majlisi Namoyandagon",
        "Majlisi Milli"
      ]
    },
    {
      name: "Grand National Assembly",
      country: "Turkey",
      aliases: [
        "Grand National Assembly of Turkey",
        "Grand National Assembly of T\xFCrkiye",
        "TBMM"
      ]
    },
    {
      name: "National People's Congress",
      country: "China",
      aliases: [
        "NPC",
        "National People\u2019s Congress"
      ]
    },
    {
      name: "Chinese People's Political Consultative Conference",
      country: "China",
      aliases: [
        "CPPCC",
        "Chinese People\u2019s Political Consultative Conference"
      ]
    },
    {
      name: "Lok Sabha",
      country: "India",
      aliases: []
    },
    {
      name: "Rajya Sabha",
      country: "India",
      aliases: []
    },
    {
      name: "Jatiyo Shangsad",
      country: "Bangladesh",
      aliases: [
        "Jatiya Sangsad"
      ]
    },
    {
      name: "Bundestag",
      country: "Germany",
      aliases: [
        "German Bundestag"
      ]
    },
    {
      name: "Bundesrat",
      country: "Germany",
      aliases: []
    },
    {
      name: "Federal National Council",
      country: "United Arab Emirates",
      aliases: []
    },
    {
      name: "Islamic Consultative Assembly",
      country: "Iran",
      aliases: [
        "Majlis of Iran"
      ]
    },
    {
      name: "Consultative Assembly of Saudi Arabia",
      country: "Saudi Arabia",
      aliases: []
    },
    {
      name: "House of Commons",
      country: "United Kingdom",
      aliases: []
    },
    {
      name: "House of Lords",
      country: "United Kingdom",
      aliases: []
    },
    {
      name: "House of Councillors",
      country: "Japan",
      aliases: [
        "House of Councilors"
      ]
    },
    {
      name: "Sejm",
      country: "Poland",
      aliases: []
    },
    {
      name: "Verkhovna Rada",
      country: "Ukraine",
      aliases: []
    },
    {
      name: "Knesset",
      country: "Israel",
      aliases: []
    },
    {
      name: "Storting",
      country: "Norway",
      aliases: []
    },
    {
      name: "Riksdag",
      country: "Sweden",
      aliases: []
    },
    {
      name: "Eduskunta",
      country: "Finland",
      aliases: []
    },
    {
      name: "Seimas",
      country: "Lithuania",
      aliases: []
    },
    {
      name: "Saeima",
      country: "Latvia",
      aliases: []
    },
    {
      name: "Riigikogu",
      country: "Estonia",
      aliases: []
    },
    {
      name: "D\xE1il \xC9ireann",
      country: "Ireland",
      aliases: [
        "Dail Eireann",
        "D\xE1il",
        "Dail"
      ]
    },
    {
      name: "Akorda",
      country: "Kazakhstan",
      aliases: []
    },
    {
      name: "Kremlin",
      country: "Russia",
      aliases: []
    },
    {
      name: "State Committee of Investment",
      country: "Uzbekistan",
      aliases: []
    },
    {
      name: "Shura Council",
      aliases: [
        "Majlis Ash'shura",
        "Majlis Al Shura",
        "Majlis Al-Shura",
        "Majlis A'Shura",
        "Consultative Council",
        "Shura Assembly"
      ]
    },
    {
      name: "Dewan Rakyat",
      country: "Malaysia",
      aliases: []
    },
    {
      name: "Dewan Negara",
      country: "Malaysia",
      aliases: []
    },
    {
      name: "People's Consultative Assembly",
      country: "Indonesia",
      aliases: [
        "People\u2019s Consultative Assembly",
        "MPR RI"
      ]
    },
    {
      name: "Dewan Perwakilan Rakyat",
      country: "Indonesia",
      aliases: [
        "DPR RI"
      ]
    },
    {
      name: "Council of the Republic",
      country: "Belarus",
      aliases: [
        "Council of the Republic of the National Assembly of Belarus"
      ]
    },
    {
      name: "Pyidaungsu Hluttaw",
      country: "Myanmar",
      aliases: []
    },
    {
      name: "Wolesi Jirga",
      country: "Afghanistan",
      aliases: []
    },
    {
      name: "Meshrano Jirga",
      country: "Afghanistan",
      aliases: []
    },
    {
      name: "National Assembly of Armenia",
      country: "Armenia",
      aliases: []
    },
    {
      name: "Nationalrat",
      country: "Austria",
      aliases: []
    },
    {
      name: "Folketing",
      country: "Denmark",
      aliases: [
        "Folketinget"
      ]
    },
    {
      name: "Althing",
      country: "Iceland",
      aliases: [
        "Al\xFEingi"
      ]
    },
    {
      name: "Oireachtas",
      country: "Ireland",
      aliases: []
    },
    {
      name: "Seanad \xC9ireann",
      country: "Ireland",
      aliases: [
        "Seanad"
      ]
    },
    {
      name: "Cortes Generales",
      country: "Spain",
      aliases: []
    },
    {
      name: "Sabor",
      country: "Croatia",
      aliases: []
    }
  ],
  organizations: [
    {
      name: "Inter-Parliamentary Union",
      aliases: [
        "IPU",
        "Interparliamentary Union"
      ]
    },
    {
      name: "IPA CIS",
      aliases: [
        "Interparliamentary Assembly of the CIS",
        "Inter-Parliamentary Assembly of the CIS",
        "CIS Inter-Parliamentary Assembly"
      ]
    },
    {
      name: "TURKPA",
      aliases: [
        "TurkPA",
        "Parliamentary Assembly of the Turkic-speaking countries",
        "Parliamentary Assembly of Turkic States"
      ]
    },
    {
      name: "NATO PA",
      aliases: [
        "NATO Parliamentary Assembly"
      ]
    },
    {
      name: "OSCE PA",
      aliases: [
        "OSCE Parliamentary Assembly"
      ]
    },
    {
      name: "PABSEC",
      aliases: []
    },
    {
      name: "CSTO PA",
      aliases: [
        "CSTO Parliamentary Assembly"
      ]
    },
    {
      name: "PACE",
      aliases: [
        "Parliamentary Assembly of the Council of Europe"
      ]
    },
    {
      name: "European Parliament",
      aliases: []
    },
    {
      name: "International Turkic Academy",
      aliases: []
    },
    {
      name: "United Nations",
      aliases: [
        "UN"
      ]
    },
    {
      name: "European Union",
      aliases: [
        "EU"
      ]
    },
    {
      name: "Shanghai Cooperation Organisation",
      aliases: [
        "SCO"
      ]
    },
    {
      name: "CICA",
      aliases: []
    },
    {
      name: "CIS",
      aliases: []
    },
    {
      name: "CSTO",
      aliases: []
    },
    {
      name: "OSCE",
      aliases: []
    },
    {
      name: "NATO",
      aliases: []
    },
    {
      name: "BRICS",
      aliases: []
    },
    {
      name: "EAEU",
      aliases: [
        "Eurasian Economic Union"
      ]
    }
  ],
  titles: [
    "speaker",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "president",
    "vice-president",
    "vice president",
    "marshal",
    "ambassador",
    "envoy",
    "minister",
    "prime minister",
    "premier",
    "secretary",
    "secretary general",
    "secretary-general",
    "deputy",
    "vice",
    "vice-speaker",
    "vice speaker",
    "vice-chairman",
    "vice chairman",
    "vice-chairperson",
    "vice chairperson",
    "head",
    "leader",
    "chief",
    "member",
    "senator",
    "mp",
    "governor",
    "mayor",
    "akim",
    "king",
    "emir",
    "sheikh",
    "queen",
    "prince",
    "emperor",
    "director",
    "representative",
    "delegate",
    "commissioner",
    "consul",
    "counsellor",
    "counselor",
    "lawmaker",
    "legislator",
    "parliamentarian",
    "congressman",
    "congresswoman",
    "diplomat",
    "chancellor",
    "general",
    "rector",
    "professor",
    "elbasy",
    "yelbasy",
    "mufti",
    "patriarch",
    "pope",
    "coordinator",
    "officer",
    "adviser",
    "advisor",
    "spokesman",
    "spokesperson",
    "observer",
    "pm",
    "catholicos",
    "spokeswoman",
    "vice-chair",
    "vice chair",
    "chief of staff",
    "speaker of parliament"
  ],
  cities: {
    Astana: "Kazakhstan",
    "Nur-Sultan": "Kazakhstan",
    Almaty: "Kazakhstan",
    "Alma-Ata": "Kazakhstan",
    Shymkent: "Kazakhstan",
    Karaganda: "Kazakhstan",
    Aktau: "Kazakhstan",
    Atyrau: "Kazakhstan",
    Turkistan: "Kazakhstan",
    Samarkand: "Uzbekistan",
    Bukhara: "Uzbekistan",
    Khiva: "Uzbekistan",
    "Saint Petersburg": "Russia",
    "St. Petersburg": "Russia",
    "St Petersburg": "Russia",
    Kazan: "Russia",
    Sochi: "Russia",
    Novosibirsk: "Russia",
    Yekaterinburg: "Russia",
    Krasnoyarsk: "Russia",
    Istanbul: "Turkey",
    Izmir: "Turkey",
    Antalya: "Turkey",
    Geneva: "Switzerland",
    "New York": "United States",
    Davos: "Switzerland",
    Strasbourg: "France",
    Brussels: "Belgium",
    Hangzhou: "China",
    Shanghai: "China",
    Guangzhou: "China",
    Urumqi: "China",
    "Xi'an": "China",
    Busan: "South Korea",
    Osh: "Kyrgyzstan",
    Gyumri: "Armenia",
    Ganja: "Azerbaijan",
    Avaza: "Turkmenistan",
    Ashgabat: "Turkmenistan",
    Dushanbe: "Tajikistan",
    Bishkek: "Kyrgyzstan",
    Ulaanbaatar: "Mongolia",
    "Ulan Bator": "Mongolia",
    Stepanakert: "Azerbaijan",
    Batumi: "Georgia",
    Kutaisi: "Georgia",
    Dubai: "United Arab Emirates",
    Jeddah: "Saudi Arabia",
    Riyadh: "Saudi Arabia",
    Doha: "Qatar",
    Jakarta: "Indonesia",
    Bali: "Indonesia",
    Lianyungang: "China",
    Vienna: "Austria",
    Paris: "France",
    London: "United Kingdom",
    Washington: "United States",
    Baku: "Azerbaijan",
    Yerevan: "Armenia",
    Tbilisi: "Georgia",
    Minsk: "Belarus",
    Kyiv: "Ukraine",
    Kiev: "Ukraine",
    Tashkent: "Uzbekistan",
    Moscow: "Russia",
    Beijing: "China",
    Seoul: "South Korea",
    Tokyo: "Japan",
    Ankara: "Turkey",
    "Abu Dhabi": "United Arab Emirates",
    Tehran: "Iran",
    "New Delhi": "India",
    Delhi: "India",
    Dhaka: "Bangladesh",
    Berlin: "Germany",
    Warsaw: "Poland",
    Rome: "Italy",
    Madrid: "Spain",
    Lisbon: "Portugal",
    Budapest: "Hungary",
    Prague: "Czechia",
    Bucharest: "Romania",
    Sofia: "Bulgaria",
    Belgrade: "Serbia",
    Chisinau: "Moldova",
    Dublin: "Ireland",
    Cairo: "Egypt",
    Manama: "Bahrain",
    "Kuwait City": "Kuwait",
    Muscat: "Oman",
    Islamabad: "Pakistan",
    Kabul: "Afghanistan",
    Hanoi: "Vietnam",
    "Ha Noi": "Vietnam",
    Bangkok: "Thailand",
    "Kuala Lumpur": "Malaysia",
    Singapore: "Singapore",
    Manila: "Philippines",
    Caracas: "Venezuela",
    Havana: "Cuba",
    Brasilia: "Brazil",
    "Buenos Aires": "Argentina",
    "Mexico City": "Mexico",
    Ottawa: "Canada",
    Canberra: "Australia",
    Pretoria: "South Africa",
    Abuja: "Nigeria",
    Nairobi: "Kenya",
    "Addis Ababa": "Ethiopia",
    "Nur Sultan": "Kazakhstan",
    "Ust-Kamenogorsk": "Kazakhstan",
    Oskemen: "Kazakhstan",
    Pavlodar: "Kazakhstan",
    Semey: "Kazakhstan",
    Khovd: "Mongolia",
    Tianjin: "China",
    Chongqing: "China",
    Harbin: "China",
    Lhasa: "China"
  },
  thingWords: [
    "academy",
    "accord",
    "accords",
    "act",
    "administration",
    "agency",
    "airport",
    "alliance",
    "anniversary",
    "assembly",
    "association",
    "authority",
    "avenue",
    "award",
    "bank",
    "bay",
    "bridge",
    "bundesrat",
    "bundestag",
    "bureau",
    "cabinet",
    "canal",
    "cathedral",
    "center",
    "centre",
    "championship",
    "channel",
    "charter",
    "church",
    "club",
    "coalition",
    "coast",
    "code",
    "college",
    "committee",
    "company",
    "confederation",
    "conference",
    "congress",
    "constitution",
    "consulate",
    "convention",
    "corridor",
    "cosmodrome",
    "council",
    "cup",
    "day",
    "days",
    "decade",
    "declaration",
    "desert",
    "dewan",
    "diet",
    "directorate",
    "district",
    "doctrine",
    "duma",
    "eduskunta",
    "embassy",
    "exhibition",
    "expo",
    "federation",
    "festival",
    "formula",
    "forum",
    "foundation",
    "front",
    "fund",
    "games",
    "garden",
    "government",
    "group",
    "gulf",
    "hall",
    "highway",
    "hluttaw",
    "hotel",
    "hural",
    "initiative",
    "institute",
    "island",
    "islands",
    "jirga",
    "jubilee",
    "kenesh",
    "khural",
    "knesset",
    "lake",
    "law",
    "league",
    "majilis",
    "majlis",
    "mausoleum",
    "mazhilis",
    "measures",
    "meclis",
    "medal",
    "media",
    "mejlis",
    "memorial",
    "ministry",
    "monastery",
    "monument",
    "mosque",
    "mountains",
    "movement",
    "museum",
    "negara",
    "network",
    "oblast",
    "office",
    "olympiad",
    "olympics",
    "order",
    "organisation",
    "organization",
    "pact",
    "palace",
    "parliament",
    "party",
    "peninsula",
    "pipeline",
    "plan",
    "port",
    "prize",
    "program",
    "programme",
    "protocol",
    "province",
    "rada",
    "railway",
    "rakyat",
    "region",
    "rights",
    "riigikogu",
    "riksdag",
    "river",
    "road",
    "roadmap",
    "route",
    "sabha",
    "saeima",
    "school",
    "sea",
    "secretariat",
    "seimas",
    "sejm",
    "senate",
    "service",
    "session",
    "shura",
    "society",
    "square",
    "station",
    "storting",
    "strait",
    "strategy",
    "street",
    "summit",
    "temple",
    "tower",
    "treaty",
    "union",
    "universiade",
    "university",
    "valley",
    "week",
    "year",
    "zone"
  ]
};

// src/text/normalize.ts
import transliterate from "@sindresorhus/transliterate";
var NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
var PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
function isLatin(text) {
  return !NON_LATIN.test(text);
}
function stripDiacritics(text) {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}
function fold(text) {
  return tokenize(text).folded.join(" ");
}
function tokenize(text) {
  let t = text;
  if (!PRINTABLE_ASCII.test(t)) {
    t = stripDiacritics(t);
    if (!PRINTABLE_ASCII.test(t)) t = transliterate(t);
  }
  const original = t.replace(/[’'`´ʼ]s\b/g, "").replace(/[’'`´ʼ]/g, "").match(/[A-Za-z0-9]+/g) ?? [];
  return { original, folded: original.map((w) => w.toLowerCase()) };
}

// src/query/data/countries-extra.json
var countries_extra_default = {
  $comment: "What the world-countries package does not know: short forms and adjectives people type, and the parliaments and other bodies that stand for a country. Keys are ISO 3166-1 alpha-3 codes.",
  names: {
    KAZ: [
      "Kazakh",
      "Qazaq",
      "Kazakstan"
    ],
    KOR: [
      "Korea",
      "Korean",
      "ROK"
    ],
    PRK: [
      "DPRK"
    ],
    USA: [
      "US",
      "U.S.",
      "U.S.A.",
      "America",
      "United States"
    ],
    GBR: [
      "UK",
      "U.K.",
      "Britain",
      "Great Britain"
    ],
    TUR: [
      "Turkey",
      "Turkiye",
      "Turkish"
    ],
    RUS: [
      "Russia",
      "Russian"
    ],
    CHN: [
      "China",
      "PRC",
      "Chinese"
    ],
    ARE: [
      "UAE",
      "Emirates",
      "Emirati"
    ],
    KGZ: [
      "Kyrgyz",
      "Kirghiz",
      "Kyrgyzstani",
      "Kirgizia"
    ],
    UZB: [
      "Uzbek"
    ],
    TJK: [
      "Tajik"
    ],
    TKM: [
      "Turkmen"
    ],
    AZE: [
      "Azeri",
      "Azerbaijani"
    ],
    MNG: [
      "Mongol"
    ],
    BLR: [
      "Belarusian",
      "Belorussian"
    ],
    CIV: [
      "Cote d'Ivoire",
      "Ivorian"
    ],
    CZE: [
      "Czech"
    ],
    NLD: [
      "Dutch",
      "Holland"
    ],
    SAU: [
      "Saudi",
      "Saudi Arabian"
    ],
    PHL: [
      "Filipino"
    ],
    IRN: [
      "Persia"
    ]
  },
  bodies: {
    KAZ: [
      "Majilis",
      "Mazhilis",
      "Madjilis"
    ],
    RUS: [
      "Duma",
      "State Duma",
      "Federation Council"
    ],
    MNG: [
      "Khural",
      "State Great Khural",
      "Great State Khural",
      "Great Khural"
    ],
    UZB: [
      "Oliy Majlis",
      "Oliy Majlisi",
      "Legislative Chamber of Uzbekistan"
    ],
    KGZ: [
      "Jogorku Kenesh",
      "Zhogorku Kenesh"
    ],
    AZE: [
      "Milli Majlis",
      "Milli Mejlis"
    ],
    TKM: [
      "Mejlis",
      "Halk Maslahaty"
    ],
    TJK: [
      "Majlisi Oli",
      "Majlisi Namoyandagon",
      "Majlisi Milli"
    ],
    TUR: [
      "Grand National Assembly",
      "TBMM"
    ],
    DEU: [
      "Bundestag",
      "Bundesrat"
    ],
    POL: [
      "Sejm"
    ],
    UKR: [
      "Verkhovna Rada",
      "Rada"
    ],
    CHN: [
      "National People's Congress",
      "NPC",
      "CPPCC"
    ],
    ISR: [
      "Knesset"
    ],
    IRN: [
      "Majlis of Iran",
      "Islamic Consultative Assembly"
    ],
    USA: [
      "US Congress",
      "U.S. Congress",
      "House of Representatives of the United States"
    ],
    GBR: [
      "House of Commons",
      "House of Lords"
    ],
    JPN: [
      "House of Councillors",
      "National Diet"
    ],
    IND: [
      "Lok Sabha",
      "Rajya Sabha"
    ],
    FRA: [
      "Assemblee nationale"
    ],
    NOR: [
      "Storting"
    ],
    SWE: [
      "Riksdag"
    ],
    FIN: [
      "Eduskunta"
    ],
    GEO: [
      "Parliament of Georgia"
    ],
    BLR: [
      "House of Representatives of Belarus"
    ],
    SAU: [
      "Shura Council of Saudi Arabia"
    ]
  }
};

// src/query/countries.ts
var CountryGazetteer = class {
  byFirstToken = /* @__PURE__ */ new Map();
  byPhrase = /* @__PURE__ */ new Map();
  names = /* @__PURE__ */ new Map();
  codes = /* @__PURE__ */ new Map();
  /** Cities (capitals, and those of the extraction gazetteer) and the country they are in. */
  cities = /* @__PURE__ */ new Map();
  constructor() {
    for (const c of countryList()) {
      this.names.set(c.cca3, c.name.common);
      const forms = [c.name.common, c.name.official, c.demonyms?.eng?.m, c.demonyms?.eng?.f];
      forms.push(...c.altSpellings.filter((s) => s.length > 3));
      for (const form of forms) if (form) this.add(form, c.cca3);
    }
    for (const c of countryList())
      for (const capital of c.capital ?? []) this.cities.set(fold(capital), c.cca3);
    for (const [city, country] of Object.entries(gazetteer_default.cities)) {
      const code = this.byPhrase.get(fold(country));
      if (code) this.cities.set(fold(city), code);
    }
    const groups = [countries_extra_default.names, countries_extra_default.bodies];
    for (const group of groups)
      for (const [code, forms] of Object.entries(group)) for (const f of forms) this.add(f, code);
    for (const list of this.byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  }
  /** Adds a spelling of a country; the constructor sorts the lists once all are in. */
  add(form, code) {
    if (!isLatin(form)) return;
    const tokens = fold(form).split(" ").filter(Boolean);
    if (!tokens.length) return;
    const key = tokens.join(" ");
    if (this.byPhrase.has(key)) return;
    this.byPhrase.set(key, code);
    const capitals = key.replace(/ /g, "").length <= 4 && /^[A-Z.]+$/.test(form);
    const list = this.byFirstToken.get(tokens[0]);
    if (list) list.push({ tokens, code, capitals });
    else this.byFirstToken.set(tokens[0], [{ tokens, code, capitals }]);
  }
  /** The code of a country name as the fact base or a user writes it ("Republic of Korea" → "KOR"). */
  code(name) {
    if (!name) return void 0;
    if (this.codes.has(name)) return this.codes.get(name);
    const code = this.byPhrase.get(fold(name)) ?? this.find(name)[0]?.code;
    if (this.codes.size > 5e4) this.codes.clear();
    this.codes.set(name, code);
    return code;
  }
  /** The country a meeting place is in ("Hangzhou" → "CHN", "Astana, Kazakhstan" → "KAZ"), if known. */
  placeCountry(place) {
    if (!place) return void 0;
    const folded = fold(place);
    return this.cities.get(folded) ?? this.find(place)[0]?.code ?? this.cities.get(folded.split(" ")[0] ?? "");
  }
  /** The country of a city named alone ("Moscow" → "RUS"), if the gazetteer knows it. */
  cityCountry(city) {
    return this.cities.get(fold(city));
  }
  /** The common English name of a country code. */
  name(code) {
    return this.names.get(code) ?? code;
  }
  /** Every country named in a text, longest phrase first at each position, without overlaps. */
  find(text) {
    return this.findTokens(tokenize(text));
  }
  /** {@link find} on text already tokenized. */
  findTokens({ original, folded }) {
    const found = [];
    for (let i = 0; i < folded.length; i++) {
      for (const phrase of this.byFirstToken.get(folded[i]) ?? []) {
        const n = phrase.tokens.length;
        if (!phrase.tokens.every((t, k) => folded[i + k] === t)) continue;
        if (phrase.capitals && !original.slice(i, i + n).every((w) => /^[A-Z]+$/.test(w))) continue;
        found.push({ code: phrase.code, start: i, end: i + n });
        i += n - 1;
        break;
      }
    }
    return found;
  }
};
function countryList() {
  const mod = worldCountries;
  return Array.isArray(mod) ? mod : mod.default;
}
var shared;
function countryGazetteer() {
  shared ??= new CountryGazetteer();
  return shared;
}

// ../../tmp/cs/gzentry.ts
var u = process.cpuUsage();
var g = countryGazetteer();
var d = process.cpuUsage(u);
var u2 = process.cpuUsage();
g.find("who met Koshanov in Mongolia?");
var d2 = process.cpuUsage(u2);
console.log(((d.user + d.system) / 1e3).toFixed(1), ((d2.user + d2.system) / 1e3).toFixed(1));
