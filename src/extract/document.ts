/**
 * The document every extraction step annotates in turn (the spaCy idea): an article's sentences
 * with their tokens and gazetteer phrases, then the people, mentions and meetings found in them.
 */
import type { ParsedArticle } from "../corpus/article.ts";
import { addDefinedAbbreviations } from "./abbreviations.ts";
import { type Found, findPhrases } from "./gazetteer.ts";
import type { RoleSpan } from "./roles.ts";
import { type Token, tokenize } from "./text.ts";

/** One sentence of an article. Headlines come first, flagged. */
export interface Sentence {
  index: number;
  text: string;
  tokens: Token[];
  found: Found[];
  headline: boolean;
  paragraph: number;
  /** Mentions found in it, in token order. */
  mentions: Mention[];
}

/** A person as one article knows them. */
export interface LocalPerson {
  id: number;
  /** Every surface form of the name, fullest first after {@link pickFullName}. */
  names: string[];
  roles: (RoleSpan & { sentence: number })[];
  /**
   * Roles stated relative to another person ("his Icelandic counterpart"): kept apart from `roles`,
   * which say what the person is and decide which person a later role phrase stands for.
   */
  relativeRoles?: (RoleSpan & { sentence: number })[];
  country?: string;
  /** The country was read from where the report stands, not from the person's own title or words. */
  countryGuessed?: boolean;
  mentions: number;
  firstSentence: number;
  /** How often each form of the name occurs in the article. */
  nameCounts: Map<string, number>;
}

/** Something in a sentence that can take part in a meeting. */
export interface Mention {
  kind: "person" | "unnamed" | "group";
  from: number;
  to: number;
  /** For kind "person": the local person. */
  person?: number;
  /** For "unnamed" and "group": the country of the side, when known. */
  country?: string;
  /** How the text describes an unnamed side ("delegation of the German Bundestag"). */
  description?: string;
  /** A pronoun or role phrase that was resolved to a person (not a name). */
  resolved?: boolean;
  /**
   * For the names of a list under one plural title of a body's members ("Danish MPs A, B and C"): the
   * token where that title starts, the same for every name of the list, who sit on one side.
   */
  listedUnder?: number;
  /** A person mention of a delegation's head read from words for the delegation ("the delegation"). */
  forDelegation?: boolean;
}

/** An article being analysed. */
export interface Doc {
  article: ParsedArticle;
  sentences: Sentence[];
  people: LocalPerson[];
}

/** Builds the document of an article: headlines and body sentences, tokenised, gazetteer phrases found. */
export function makeDoc(article: ParsedArticle): Doc {
  const sentences: Sentence[] = [];
  const push = (text: string, headline: boolean, paragraph: number) => {
    const tokens = tokenize(text);
    sentences.push({
      index: sentences.length,
      text,
      tokens,
      found: findPhrases(tokens),
      headline,
      paragraph,
      mentions: [],
    });
  };
  // "X meets Chilean counterpart; Peruvian delegation due Thursday": a semicolon in a title line joins
  // two titles, so the first title's verb takes no side and no weekday from the second.
  for (const h of article.headlines)
    if (!/^[^a-z]*$/.test(h)) for (const clause of h.split(/\s*;\s+/)) if (clause) push(clause, true, -1);
  article.paragraphs.forEach((p, n) => {
    for (const s of p) push(s, false, n);
  });
  addDefinedAbbreviations(sentences);
  return { article, sentences, people: [] };
}
