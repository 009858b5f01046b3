/**
 * The extraction pipeline for one article, in the order of chrono-node's parsers and refiners:
 * finders propose (names and roles, other mentions, meetings), refiners resolve (coreference,
 * merging, dates, places, documents).
 */
import type { ParsedArticle } from "../corpus/article.ts";
import { assembleMeetings, type LocalMeeting } from "./assemble.ts";
import { resolveMentions } from "./coref.ts";
import { type Doc, makeDoc } from "./document.ts";
import { attendedAndOpened } from "./finders/event-attended-opened.ts";
import { proposeImpliedMeetings } from "./implied.ts";
import { type Proposal, proposeMeetings } from "./meetings.ts";
import { findOtherMentions } from "./mentions.ts";
import { mergeNameVariants } from "./name-variants.ts";
import { findPeople } from "./people.ts";

/** What one article yields: its analysed document and its meetings (sides as local person ids). */
export interface ArticleFacts {
  doc: Doc;
  meetings: LocalMeeting[];
}

/** Runs every extraction step on one article. */
export function extractArticle(article: ParsedArticle): ArticleFacts {
  const { doc, proposals } = readArticle(article);
  return { doc, meetings: assembleMeetings(doc, proposals) };
}

/**
 * The finders' part of extraction: the analysed document and the meetings its sentences and the
 * article pass propose, before the refiners assemble them (so that a proposal from elsewhere, the
 * learned pairing's, can be assembled, dated and placed beside them by the same refiners).
 */
export function readArticle(article: ParsedArticle): { doc: Doc; proposals: Proposal[] } {
  const doc = makeDoc(article);
  findPeople(doc);
  mergeNameVariants(doc);
  findOtherMentions(doc);
  resolveMentions(doc);
  const proposals = proposeMeetings(doc);
  // The article-level pass adds what the sentences only imply, after the sentence finders.
  proposals.push(...proposeImpliedMeetings(doc, proposals));
  // A gathering told by who attended it and who opened it, in two sentences.
  proposals.push(...attendedAndOpened(doc, proposals));
  return { doc, proposals };
}
