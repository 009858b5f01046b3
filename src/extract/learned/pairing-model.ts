/**
 * The trained pairing weights (data/pairing-model.json, written by scripts/train-pairing.mjs).
 */
import model from "../data/pairing-model.json" with { type: "json" };
import type { Weights } from "./logistic.ts";

/** The weights of the pairing model, by feature name (see pair-features.ts). */
export const PAIRING_WEIGHTS: Weights = model.weights;

let weightsOfArticle: (articleId: string) => Weights = () => PAIRING_WEIGHTS;

/** The weights that score the pairs of an article: the committed ones, unless cross-validation chose others. */
export function pairingWeightsFor(articleId: string): Weights {
  return weightsOfArticle(articleId);
}

/**
 * Scores each article with the weights `choose` gives it. For cross-validation only (each article
 * scored by a model trained without it: scripts/train-pairing.mjs --folds-out); extraction never calls it.
 */
export function usePairingWeights(choose: (articleId: string) => Weights): void {
  weightsOfArticle = choose;
}
