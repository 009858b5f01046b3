/**
 * The trained pairing weights (data/pairing-model.json, written by scripts/train-pairing.mjs).
 */
import model from "../data/pairing-model.json" with { type: "json" };
import type { Weights } from "./logistic.ts";

/** The weights of the pairing model, by feature name (see pair-features.ts). */
export const PAIRING_WEIGHTS: Weights = model.weights;
