/** Nothing matches: say so in one line, and suggest known names spelled alike. */
import type { QuestionParse } from "../parse.ts";
import { Reply } from "../reply.ts";
import type { ComposeContext } from "./context.ts";

/** "I don't know anything about X", with "Did you mean …?" for names spelled alike. */
export function notFound(ctx: ComposeContext, q: QuestionParse): Reply {
  const asked = q.unknownNames.join(ctx.words.and);
  const reply = new Reply().setHeader(asked ? ctx.words.dontKnowName(asked) : ctx.words.dontKnow);
  const suggestions = asked ? ctx.people.suggest(asked) : [];
  if (suggestions.length) reply.note(ctx.words.didYouMean(suggestions));
  return reply;
}
