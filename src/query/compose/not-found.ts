/**
 * Nothing matches: say so, truly, and suggest known names spelled alike. A name no person of the base
 * bears may still be in the articles' text (mentioned in passing, or missed by extraction): then the
 * reply says in how many articles, and quotes where; "no article mentions that name" only when none does.
 */
import { type NameMention, nameMentions, nameWordForms } from "../name-mentions.ts";
import type { QuestionParse } from "../parse.ts";
import { Reply } from "../reply.ts";
import type { ComposeContext } from "./context.ts";
import { quoted } from "./quoting.ts";

/** What the articles' text holds of each name asked about. */
interface NameFinding {
  name: string;
  /** The articles naming it; undefined when that could not be looked up (no word long enough). */
  mentions: NameMention[] | undefined;
}

/**
 * "I don't know anything about X" for names in no article, "I don't know X: the name appears in N
 * articles…" with the sentences naming them for the others, and "Did you mean …?" for names spelled alike,
 * each also recorded with the name typed that it would replace (for the bot's buttons).
 */
export function notFound(ctx: ComposeContext, q: QuestionParse): Reply {
  const w = ctx.words;
  if (!q.unknownNames.length) return new Reply().setHeader(w.dontKnow);
  const found = namesInArticles(ctx, q.unknownNames);
  const reply = new Reply().setHeader(findingsSaid(ctx, found));
  quoteMentions(reply, found);
  const suggestions = ctx.people.suggest(q.unknownNames.join(w.and));
  if (!suggestions.length) return reply;
  reply.note(w.didYouMean(suggestions));
  const typedFor = suggestedFor(ctx, q.unknownNames);
  for (const name of suggestions) {
    const replaces = typedFor(name);
    if (replaces) reply.suggest(name, replaces);
  }
  return reply;
}

// Which of the names typed a suggestion stands for: the one name typed, or the one it is suggested for
// alone; undefined when that is not clear (then no button offers it). Each name typed is looked up once,
// not once per suggestion.
function suggestedFor(ctx: ComposeContext, typed: readonly string[]): (name: string) => string | undefined {
  if (typed.length === 1) return () => typed[0];
  const alone = typed.map((t) => ({ t, names: ctx.people.suggest(t) }));
  return (name) => {
    const alike = alone.filter(({ names }) => names.includes(name));
    return alike.length === 1 ? alike[0]?.t : undefined;
  };
}

/**
 * What is true of names no person of the base bears: in no article ("I don't know anything about X: no
 * article … mentions that name"), or in N articles' text though no meeting or role of theirs is
 * recorded.
 */
export function unknownNamesSaid(ctx: ComposeContext, names: readonly string[]): string {
  return findingsSaid(ctx, namesInArticles(ctx, names));
}

// Where the articles' text names each name.
function namesInArticles(ctx: ComposeContext, names: readonly string[]): NameFinding[] {
  return names.map((name) => ({
    name,
    // A word the articles write in lower case too ("ramp" beside "Трамп") is no spelling of a name.
    mentions: nameMentions(
      ctx.index,
      nameWordForms(name, (word) => ctx.index.knows(word) && !ctx.index.isLowerCase(word)),
    ),
  }));
}

// The findings said in words, the names in no article together first.
function findingsSaid(ctx: ComposeContext, found: readonly NameFinding[]): string {
  const w = ctx.words;
  const nowhere = found.filter((f) => f.mentions?.length === 0).map((f) => f.name);
  const said = nowhere.length ? [w.dontKnowName(nowhere.join(w.and))] : [];
  for (const { name, mentions } of found) {
    // Its words too short to look up without reading every article: only what is sure is said.
    if (!mentions) said.push(w.noMeetingOf(name));
    else if (mentions.length) said.push(w.nameInArticles(name, mentions.length));
  }
  return said.join(" ");
}

// The first sentence of each article naming a name, as a line citing it (an article once).
function quoteMentions(reply: Reply, found: readonly NameFinding[]): void {
  const quotedFrom = new Set<string>();
  for (const { mentions } of found)
    for (const mention of mentions ?? [])
      if (!quotedFrom.has(mention.articleId)) {
        quotedFrom.add(mention.articleId);
        reply.add([mention.articleId], quoted(mention.sentence));
      }
}
