/**
 * The learned pairing (src/extract/learned/): its features on an invented article, the logistic
 * score, the union's rule for keeping, dropping and adding meetings, the committed model's shape, and
 * one article where the model adds a meeting the rules miss. Every name here is invented.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import model from "../../src/extract/data/pairing-model.json" with { type: "json" };
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";
import { logisticScore } from "../../src/extract/learned/logistic.ts";
import { type PairingPerson, pairCandidates, roleKind } from "../../src/extract/learned/pair-features.ts";
import {
  PAIRING_WEIGHTS,
  pairingWeightsFor,
  usePairingWeights,
} from "../../src/extract/learned/pairing-model.ts";
import { ADD_FROM, DROP_BELOW, unionOfMeetings } from "../../src/extract/learned/union.ts";

const person = (name: string, roleTitles: string[] = [], country?: string): PairingPerson => ({
  name,
  forms: [name],
  roleTitles,
  ...(country ? { country } : {}),
});

describe("pair features", () => {
  const sentences = [
    "Speaker Arven Tolmasky met Chairman Derin Vashko in Lurova on Monday.",
    "The sides discussed trade.",
    "Later, Vashko said that Mira Quell would visit in June.",
  ];
  const people = [
    person("Arven Tolmasky", ["Speaker"], "Poland"),
    person("Derin Vashko", ["Chairman"], "Chile"),
    person("Mira Quell"),
  ];
  const pairs = pairCandidates(sentences, people);
  const features = (a: number, b: number) =>
    pairs.find((p) => p.people.includes(a) && p.people.includes(b))?.features ?? new Map();

  it("gives every pair of the article's people once", () => {
    expect(pairs.map((p) => [...p.people].sort())).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it("reads a pair named in one sentence with a meeting word between them", () => {
    const f = features(0, 1);
    expect(f.get("co_any")).toBe(1);
    expect(f.get("comeet_any")).toBe(1);
    expect(f.get("btw_meet")).toBe(1);
    expect(f.get("btw:met")).toBe(1);
    // "Chairman" is a role word the bag keeps; the name "Derin" is not a word of the bag.
    expect(f.get("btw:chairman")).toBe(1);
    expect(f.has("btw:derin")).toBe(false);
    expect(f.get("pre:speaker")).toBe(1);
    expect(f.get("protagonist")).toBe(1);
    expect(f.get("top2")).toBe(1);
    expect(f.get("roles:2")).toBe(1);
    expect(f.get("country_diff")).toBe(1);
    expect(f.get("first_sent_both")).toBe(1);
    // Vashko speaks two sentences later, by surname.
    expect(f.get("speech_later")).toBe(1);
    expect(pairs.find((p) => p.people.includes(0) && p.people.includes(1))?.sentence).toBe(0);
  });

  it("reads a pair never named together as apart", () => {
    const f = features(0, 2);
    expect(f.get("no_co")).toBe(1);
    expect(f.get("co_any")).toBe(0);
    expect(f.get("sdist:>5")).toBeUndefined();
    expect(f.get("sdist:<=2")).toBe(1);
    expect(f.get("country_unknown")).toBe(1);
    expect(f.get("protagonist")).toBe(1);
    expect(f.get("top2")).toBe(0);
  });
});

describe("pair features of context, offices and the rules' reading", () => {
  const people = [
    person("Arven Tolmasky", ["Speaker of the Senate"], "Poland"),
    person("Derin Vashko", ["Ambassador of Chile"], "Chile"),
    person("Mira Quell", ["Minister of Trade"], "Poland"),
  ];
  const featuresOf = (sentences: string[], rules: number[][] = []) => {
    const pairs = pairCandidates(sentences, people, rules);
    return (a: number, b: number) =>
      pairs.find((p) => p.people.includes(a) && p.people.includes(b))?.features ?? new Map();
  };

  it("names the kind of office of each of the two, and of the pair", () => {
    const f = featuresOf(["Speaker of the Senate Arven Tolmasky met Ambassador of Chile Derin Vashko."])(
      0,
      1,
    );
    expect(f.get("kinds:ambassador|parl_head")).toBe(1);
    expect(f.get("kind:ambassador")).toBe(1);
    expect(f.get("kind:parl_head")).toBe(1);
    expect(roleKind([])).toBe("none");
    expect(roleKind(["Professor"])).toBe("other");
    expect(roleKind(["MP", "Chairman of the budget committee"])).toBe("parl_head");
    expect(roleKind(["Prime Minister"])).toBe("government");
    expect(roleKind(["Member of the Bundestag"])).toBe("member");
  });

  it("names what else than an encounter the pair's sentence tells, and what stands between the two", () => {
    const praise = featuresOf(["Arven Tolmasky praised Derin Vashko for his personal contribution."])(0, 1);
    expect(praise.get("ctx:praise")).toBe(1);
    expect(praise.get("btw_ctx:praise")).toBe(1);
    const letter = featuresOf(["Arven Tolmasky received a letter from Derin Vashko on Monday."])(0, 1);
    expect(letter.get("ctx:written")).toBe(1);
    expect(letter.has("ctx:praise")).toBe(false);
    const met = featuresOf(["Arven Tolmasky met Derin Vashko in Lurova."])(0, 1);
    expect([...met.keys()].filter((k) => k.startsWith("ctx:"))).toEqual([]);
  });

  it("says whether the rules pair the two, or either of them with someone else", () => {
    const f = featuresOf(["Arven Tolmasky met Derin Vashko.", "Mira Quell was in Lurova."], [[0, 1]]);
    expect(f(0, 1).get("rules:pair")).toBe(1);
    expect(f(0, 2).get("rules:1_elsewhere")).toBe(1);
    expect(f(1, 2).get("rules:1_elsewhere")).toBe(1);
    expect(f(0, 1).get("rules_meetings:<=1")).toBe(1);
    const none = featuresOf(["Arven Tolmasky met Derin Vashko."]);
    expect(none(0, 1).get("rules:0_elsewhere")).toBe(1);
    expect(none(0, 1).get("rules_meetings:<=0")).toBe(1);
  });
});

describe("logistic score", () => {
  it("is the logistic function of the weighted sum, unknown features counting for nothing", () => {
    const weights = { bias: -1, met: 3 };
    expect(logisticScore(weights, new Map([["bias", 1]]))).toBeCloseTo(1 / (1 + Math.E), 12);
    expect(
      logisticScore(
        weights,
        new Map([
          ["bias", 1],
          ["met", 1],
          ["unheard", 5],
        ]),
      ),
    ).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
    expect(logisticScore(weights, new Map([["met", 0]]))).toBe(0.5);
  });
});

describe("the weights of each article", () => {
  it("are the committed ones unless cross-validation chose others for the article", () => {
    expect(pairingWeightsFor("a1")).toBe(PAIRING_WEIGHTS);
    const fold = { bias: -3 };
    try {
      usePairingWeights((id) => (id === "a1" ? fold : PAIRING_WEIGHTS));
      expect(pairingWeightsFor("a1")).toBe(fold);
      expect(pairingWeightsFor("a2")).toBe(PAIRING_WEIGHTS);
    } finally {
      usePairingWeights(() => PAIRING_WEIGHTS);
    }
  });
});

describe("union of the rules' meetings and the model's pairs", () => {
  const scored = (a: number, b: number, probability: number) => ({
    people: [a, b] as [number, number],
    probability,
  });

  it("drops a two-person meeting only when its pair is very unlikely", () => {
    const { keep } = unionOfMeetings(
      [
        [0, 1],
        [2, 3],
        [4, 5, 6],
        [7, 8],
      ],
      [scored(0, 1, DROP_BELOW / 2), scored(2, 3, DROP_BELOW), scored(4, 5, 0.001), scored(5, 6, 0.001)],
    );
    // [4, 5, 6] has three people: the rules keep it whatever the pairs; [7, 8] was not scored.
    expect(keep).toEqual([false, true, true, true]);
  });

  it("adds a likely pair no kept meeting holds, and only pairs", () => {
    const { add } = unionOfMeetings(
      [[0, 1, 2]],
      [
        scored(0, 1, 0.95),
        scored(3, 4, ADD_FROM),
        scored(5, 6, ADD_FROM - 0.01),
        // three people all likely together: a meeting of three, which the union does not add
        scored(7, 8, 0.9),
        scored(8, 9, 0.9),
        scored(7, 9, 0.9),
      ],
    );
    expect(add).toEqual([[3, 4]]);
  });

  it("drops an unlikely pair and adds another likely one of the same article", () => {
    const { keep, add } = unionOfMeetings([[0, 1]], [scored(0, 1, 0.01), scored(1, 2, 0.9)]);
    expect(keep).toEqual([false]);
    expect(add).toEqual([[1, 2]]);
  });
});

describe("the committed model", () => {
  const weights = Object.entries(model.weights);

  it("holds finite weights of the pair features, the bias among them", () => {
    expect(weights.length).toBeGreaterThan(100);
    expect(weights.every(([, w]) => Number.isFinite(w))).toBe(true);
    expect(model.weights).toHaveProperty("bias");
    expect(model.weights).toHaveProperty("btw_meet");
  });

  it("holds no capitalised word: its bag of words is lower-case words only", () => {
    const lexical = weights.map(([k]) => k).filter((k) => /^(btw|pre|post):/.test(k));
    expect(lexical.length).toBeGreaterThan(0);
    expect(lexical.filter((k) => k !== k.toLowerCase())).toEqual([]);
  });
});

describe("extraction with the pairing", () => {
  // Of two known countries: the rules tie only sides of two countries by what they do (implied.ts).
  const text = (
    verb: string,
  ) => ` date 2024-05-14 US Senator Arven Tolmasky ${verb} South Korean Speaker Derin Vashko during a dinner at the speaker's residence on Wednesday.
Derin Vashko told reporters that trade and energy would top the agenda this spring.
A group of members of the US Senate headed by Arven Tolmasky came to Seoul on Tuesday for three days.`;
  const article = (verb = "toasts with") => parseArticle(text(verb), { id: "x", file: "x.txt", isKnownCity });
  const pairsOf = (base: ReturnType<typeof extractFacts>) =>
    base.meetings.map((m) => [...(m.participantNames ?? [])].sort().join(" + "));

  it("adds the dinner the rules do not read as a meeting, held, dated and placed as the rules would", () => {
    expect(pairsOf(extractFacts([article()], { learnedPairing: false }))).toEqual([]);
    const base = extractFacts([article()], { recordFinders: true, learnedPairing: true });
    expect(pairsOf(base)).toEqual(["Arven Tolmasky + Derin Vashko"]);
    const added = base.meetings[0];
    expect(added?.status).toBe("held");
    expect(added?.finders).toEqual(["learned-pairing"]);
    expect(added?.evidence).toContain("toasts with");
    // The day and the place the rules give the same sentence told with a verb they read.
    const rules = extractFacts([article("met with")], { learnedPairing: false }).meetings[0];
    expect(rules?.date?.start).toBeDefined();
    expect(added?.date).toEqual(rules?.date);
    expect(added?.place).toEqual(rules?.place);
  });

  // Sentences the model pairs two people of (it added each of these before the rules read them), and
  // the rules' checks reject as an encounter of theirs.
  const MET =
    "Speaker of the Parliament Darius Velkan met with Ambassador of Norway Mirela Ostrova in Belgrade on 12 May.";
  const meetingsWith = (rest: string, learnedPairing = true) =>
    pairsOf(
      extractFacts([parseArticle(` date 2024-05-14 ${rest}`, { id: "y", file: "y.txt", isKnownCity })], {
        learnedPairing,
      }),
    );
  it.each([
    [
      "praise, beside 'bilateral'",
      `${MET} Velkan praised Foreign Minister Tobias Kreuner for his personal contribution to bilateral ties.`,
    ],
    [
      "a letter received",
      "Speaker Levan Kobaidze received a letter from President of the European Parliament Hanna Lindqvist.",
    ],
    ["an initiative welcomed", "Speaker Levan Kobaidze welcomed the initiative of Senator Hanna Lindqvist."],
    [
      "congratulations received",
      "Speaker Ivo Markov received congratulations from President of the Senate of Peru Rosa Fuentes and Speaker of the Assembly of Ghana Kofi Mensah.",
    ],
    [
      "talks recalled",
      "Speaker Yerbol Kusmanov of Kazakhstan recalled the talks between President Kassym Tokhtarov and President Adel Ramzy of Egypt in Cairo.",
    ],
  ])("adds no meeting for %s", (_, sentence) => {
    expect(meetingsWith(sentence)).toEqual(meetingsWith(sentence, false));
  });

  it("leaves a sentence the rules read to them, and one the model splits in two", () => {
    // The rules read one meeting of the delegation's head: its members listed after it are no second meeting.
    expect(
      meetingsWith(
        "Chairman of the Mazhilis Ardak Nurbekov met with Speaker of the Saeima of Latvia Ilze Berzina and members of the Latvian delegation, including MPs Janis Ozols and Liga Kalnina.",
      ),
    ).toEqual(["Ardak Nurbekov + Ilze Berzina"]);
    // B with A and B with C but not A with C, from one sentence the rules found nothing in.
    expect(
      meetingsWith(
        "\n\nLatvian Speaker visits Astana\n\nASTANA. KAZINFORM - Chairman of the Mazhilis Ardak Nurbekov and Speaker of the Saeima of Latvia Ilze Berzina, who co-chair the inter-parliamentary commission, opened its meeting, attended by deputy Aigerim Sultanova.",
      ),
    ).toEqual([]);
  });
});
