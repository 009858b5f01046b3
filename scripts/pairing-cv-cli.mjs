#!/usr/bin/env node
// The `parlbot` command for cross-validating the learned pairing with the scorer: with PAIRING_FOLDS
// (a file written by `scripts/train-pairing.mjs --cv K --folds-out FILE`), each article's pairs are
// scored by the fold model trained without that article, so the union's figures are those of
// articles the model never saw:
//   PARLBOT_LEARNED_PAIRING=1 PAIRING_FOLDS=/tmp/folds.json \
//     node ../shared/eval/score.mjs --corpus ../dev --cli "node scripts/pairing-cv-cli.mjs"
// Runs the sources through tsx (the weights are swapped in the module the extractor imports).
import { readFileSync } from "node:fs";
import { register } from "tsx/esm/api";

register();
const { usePairingWeights, PAIRING_WEIGHTS } = await import("../src/extract/learned/pairing-model.ts");
if (process.env.PAIRING_FOLDS) {
  const cv = JSON.parse(readFileSync(process.env.PAIRING_FOLDS, "utf8"));
  usePairingWeights((id) => {
    const fold = cv.foldOf[id];
    if (fold !== undefined) return cv.folds[fold];
    process.stderr.write(`pairing-cv-cli: no fold for article ${id}; the committed weights score it\n`);
    return PAIRING_WEIGHTS;
  });
}
await import("../src/cli.ts");
