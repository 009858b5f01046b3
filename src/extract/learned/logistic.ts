/**
 * Logistic scoring of a candidate's features under a weight vector (the model's only arithmetic).
 */

/** Weights by feature name; a feature the weights do not know counts for nothing. */
export type Weights = Readonly<Record<string, number>>;

/** The probability the weights give a candidate: the logistic function of the weighted sum of its features. */
export function logisticScore(weights: Weights, features: ReadonlyMap<string, number>): number {
  let z = 0;
  // Summed in the features' order, as in training, so that the figures match to the last bit.
  for (const [name, value] of features) z += (weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}
