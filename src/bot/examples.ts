/**
 * Example questions for /start and /help: the answering core picks them from the fact base, so that
 * tapping one gives a real answer.
 */
import type { Answerer } from "../query/index.ts";

/** The example questions of the answerer's current fact base. */
export function exampleQuestions(answerer: Answerer): string[] {
  return answerer.examples();
}
