/**
 * The fact base: the one schema that extraction writes and everything else reads.
 * Field names are a contract with tools outside the project (see DESIGN.md); add fields, never rename.
 */

/** A fact base as stored in `data/facts.json`. */
export interface FactBase {
  version: 1;
  /** ISO timestamp of the extraction run. */
  generatedAt: string;
  articles: Article[];
  people: Person[];
  meetings: Meeting[];
}

/** One news article the facts were read from. */
export interface Article {
  id: string;
  /** Path relative to the corpus folder. */
  file?: string;
  url?: string;
  title?: string;
  outlet?: string;
  /** YYYY-MM-DD */
  published?: string;
  /** The dateline, e.g. "ASTANA. KAZINFORM". */
  dateline?: string;
  /** The body split into sentences, kept so that answers can quote the source. */
  sentences?: string[];
  /** SHA-256 of the normalised body, used to recognise an article seen before. */
  hash?: string;
}

/** A role a person holds according to one article. */
export interface Role {
  title: string;
  /** The parliament or other body, e.g. "Majilis". */
  body?: string;
  country?: string;
  articleId: string;
}

/** One real person, merged across articles. */
export interface Person {
  id: string;
  /** The fullest form of the name seen. */
  name: string;
  /** Every other spelling seen. */
  aliases: string[];
  country?: string;
  /**
   * True when no article states `country`: it was read only from where reports stand (a bare "President
   * X" in a report from Astana). Kept so that merging more articles later (ingest) still lets a country
   * stated there outweigh it, and still lets a namesake of another country be the same person.
   */
  countryGuessed?: true;
  roles: Role[];
  /**
   * The articles that name the person without giving them a role or a meeting ("President Lukashenko
   * mediated"): where "who is X?" finds them. Absent when every article that names them does either.
   */
  mentionedIn?: string[];
}

/** An unnamed side of a meeting, e.g. a delegation of a country. */
export interface Party {
  country: string;
  description: string;
}

/** When a meeting happened and how we know. */
export interface MeetingDate {
  /** YYYY-MM-DD */
  start: string;
  end?: string;
  /** stated in the text / "today" in a dated article / the publication date of a same-day report. */
  basis: "stated" | "today" | "publication";
  /** What in the article gives the date ("calendar date in the meeting's sentence", "same-day wire from the meeting's city"). */
  evidence?: string;
}

/** One encounter between named people and/or named sides, as one article reports it. */
export interface Meeting {
  id: string;
  articleId: string;
  /** Person ids. */
  participants: string[];
  /** The participants' names as this article spells them, in the order of `participants`. */
  participantNames?: string[];
  parties: Party[];
  countries: string[];
  date?: MeetingDate;
  place?: string;
  occasion?: string;
  status: "held" | "planned";
  agreements: string[];
  topics: string[];
  /** The sentence that reports the meeting. */
  evidence: string;
  /** The extraction rules that proposed it, first the one that made it (only with PARLBOT_DEBUG_FINDERS=1). */
  finders?: string[];
}
