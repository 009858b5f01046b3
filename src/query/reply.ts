/**
 * A reply under construction: a header, one line per fact (each citing its articles), notes, and the
 * rendering into the plain text and the Telegram HTML the bot sends, a page of at most five lines at a
 * time with "and N more" and the sources of that page.
 */
import type { Article } from "../facts/types.ts";
import { ENGLISH, type Words } from "./compose/words.ts";
import { citeArticle, escapeHtml } from "./format.ts";

/** Lines shown on one page; the bot pages through the rest with More/Back. */
export const LINES_PER_PAGE = 5;

/** A piece of a line: plain text, or text shown in bold in HTML. */
export type Segment = string | { bold: string };

/** One fact of a reply and the articles it comes from. */
export interface ReplyLine {
  segments: Segment[];
  articleIds: string[];
}

/** Where a fact comes from, as given with every answer. */
export interface Source {
  articleId: string;
  file?: string;
  url?: string;
  published?: string;
  outlet?: string;
  title?: string;
}

/** A known name offered for a name typed ("Did you mean …?"), and the name as typed that it replaces. */
export interface NameSuggestion {
  name: string;
  replaces: string;
}

/** A rendered page of a reply. */
export interface RenderedReply {
  text: string;
  html: string;
  sources: Source[];
  page: number;
  pageCount: number;
}

/**
 * Whether a page shown is followed by another: what "more" typed in the bot or on the command line goes
 * on to, and what the More button offers.
 */
export function hasNextPage(shown: { page: number; pageCount: number }): boolean {
  return shown.page + 1 < shown.pageCount;
}

/** Collects the parts of a reply, then renders one page of it. */
export class Reply {
  header: Segment[] = [];
  /** Lines shown above the header, on every page (e.g. that a name in the question is unknown). */
  readonly prefaces: Segment[][] = [];
  // Lines may be given as functions that write them: only the lines of the page shown get written,
  // which matters for a person with hundreds of counterparts.
  readonly lines: (ReplyLine | (() => ReplyLine))[] = [];
  // A short name for each line (who it is about), by position: "…and 9 more" lists them, so that a
  // name on a later page is still seen on the first.
  private readonly briefs: (string | (() => string) | undefined)[] = [];
  readonly notes: Segment[][] = [];
  /** Known names offered for names typed, so that a caller can offer to ask again with one of them. */
  readonly suggestions: NameSuggestion[] = [];
  /** Notes shown between the header and the facts (e.g. that a narrowing matched nothing). */
  readonly notices: Segment[][] = [];
  // Whether the sources under the reply give their publication dates (see citeWithoutDates).
  private sourceDates = true;

  /** Sets the first line (not counted among the facts). */
  setHeader(...segments: Segment[]): this {
    this.header = segments;
    return this;
  }

  /** Adds one fact line citing the given articles. */
  add(articleIds: string[], ...segments: Segment[]): this {
    this.lines.push({ segments, articleIds: [...new Set(articleIds)] });
    this.briefs[this.lines.length - 1] = undefined;
    return this;
  }

  /** Adds a fact line before all others, citing the given articles (what answers before the list). */
  addFirst(articleIds: string[], ...segments: Segment[]): this {
    this.lines.unshift({ segments, articleIds: [...new Set(articleIds)] });
    this.briefs.unshift(undefined);
    return this;
  }

  /** Adds a closing note (e.g. "Did you mean ...?"), shown on every page. */
  note(...segments: Segment[]): this {
    this.notes.push(segments);
    return this;
  }

  /** Offers a known name in place of a name typed (the note that says so is added with {@link note}). */
  suggest(name: string, replaces: string): this {
    this.suggestions.push({ name, replaces });
    return this;
  }

  /**
   * Adds a fact line written only if its page is shown; `brief` (a name) stands for it in the
   * "…and N more" of earlier pages.
   */
  addLazy(make: () => ReplyLine, brief?: string | (() => string)): this {
    this.lines.push(make);
    this.briefs[this.lines.length - 1] = brief;
    return this;
  }

  /** Adds a line shown above the header, on every page: what is said before the answer begins. */
  preface(...segments: Segment[]): this {
    this.prefaces.push(segments);
    return this;
  }

  /**
   * Cites the sources without their publication dates: for a reply whose answer is a date ("when did
   * X meet Y?"), where the day a report came out, usually the day after, would read as a second answer.
   */
  citeWithoutDates(): this {
    this.sourceDates = false;
    return this;
  }

  /** Adds a notice shown right under the header, on every page. */
  notice(...segments: Segment[]): this {
    this.notices.push(segments);
    return this;
  }

  /** Renders page `page` (0-based, clamped to the pages there are), with the fixed words of `words`. */
  render(page: number, articles: Map<string, Article>, words: Words = ENGLISH): RenderedReply {
    const pageCount = Math.max(1, Math.ceil(this.lines.length / LINES_PER_PAGE));
    const p = Math.min(Math.max(0, Math.floor(page) || 0), pageCount - 1);
    const shown = this.lines
      .slice(p * LINES_PER_PAGE, (p + 1) * LINES_PER_PAGE)
      .map((line) => (typeof line === "function" ? line() : line));
    const cited: string[] = [];
    const ref = (id: string) => {
      if (!cited.includes(id)) cited.push(id);
      return cited.indexOf(id) + 1;
    };
    const text: string[] = [];
    const html: string[] = [];
    for (const preface of this.prefaces) {
      text.push(plain(preface));
      html.push(toHtml(preface));
    }
    if (this.header.length) {
      text.push(plain(this.header));
      html.push(toHtml(this.header));
    }
    for (const notice of this.notices) {
      text.push(plain(notice));
      html.push(toHtml(notice));
    }
    const bullet = this.lines.length > 1 || this.header.length || this.prefaces.length ? "• " : "";
    for (const line of shown) {
      const refs = [...new Set(line.articleIds)].map((id) => `[${ref(id)}]`).join("");
      const suffix = refs ? ` ${refs}` : "";
      text.push(`${bullet}${plain(line.segments)}${suffix}`);
      html.push(`${bullet}${toHtml(line.segments)}${suffix}`);
    }
    const shownEnd = p * LINES_PER_PAGE + shown.length;
    const after = this.lines.length - shownEnd;
    if (after > 0) {
      const more = words.more(after, this.laterBriefs(shownEnd));
      text.push(more);
      html.push(escapeHtml(more));
    }
    for (const note of this.notes) {
      text.push(plain(note));
      html.push(toHtml(note));
    }
    const sources: Source[] = [];
    if (cited.length) {
      const label = words.sources(cited.length);
      text.push(label);
      html.push(`<i>${escapeHtml(label)}</i>`);
    }
    for (const [i, id] of cited.entries()) {
      const article = articles.get(id);
      const cite = article ? citeArticle(article, words, this.sourceDates) : id;
      text.push(`[${i + 1}] ${cite}`);
      html.push(`[${i + 1}] ${article ? htmlCitation(article, cite) : escapeHtml(id)}`);
      sources.push({
        articleId: id,
        file: article?.file,
        url: article?.url,
        published: article?.published,
        outlet: article?.outlet,
        title: article?.title,
      });
    }
    return { text: text.join("\n"), html: html.join("\n"), sources, page: p, pageCount };
  }

  // The brief names of the lines from `start` on, at most MAX_BRIEFS; none unless every line has one
  // (a list that names some of what follows would read as naming all of it).
  private laterBriefs(start: number): string[] {
    const later = this.briefs.slice(start, this.lines.length);
    if (later.length < this.lines.length - start || later.some((b) => b === undefined)) return [];
    const names = later.slice(0, MAX_BRIEFS + 1).map((b) => (typeof b === "function" ? b() : (b as string)));
    return [...new Set(names)].slice(0, MAX_BRIEFS);
  }
}

/** The most names "…and N more" lists; a longer list is cut with "…". */
export const MAX_BRIEFS = 15;

function plain(segments: Segment[]): string {
  return segments.map((s) => (typeof s === "string" ? s : s.bold)).join("");
}

function toHtml(segments: Segment[]): string {
  return segments
    .map((s) => (typeof s === "string" ? escapeHtml(s) : `<b>${escapeHtml(s.bold)}</b>`))
    .join("");
}

// The citation with the outlet (or file) and date as a link to the article when it has a URL.
function htmlCitation(article: Article, cite: string): string {
  if (!article.url || !/^https?:\/\//i.test(article.url)) return escapeHtml(cite);
  const label = cite.slice(0, cite.length - article.url.length - 2);
  return `<a href="${escapeHtml(article.url)}">${escapeHtml(label)}</a>`;
}
