/**
 * Regression guard on the shared evaluation corpus (skipped where ../shared/corpus is absent):
 * the scorer runs `parlbot extract` and `parlbot ask` exactly as outside tools do.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const shared = resolve("..", "shared");
const corpus = join(shared, "corpus");
const scorer = join(shared, "eval", "score.mjs");
const present = existsSync(corpus) && existsSync(scorer);

/**
 * The figures reached on the 239 articles of ../shared/corpus when this guard was last raised
 * (2026-12-07, fifteenth session; raised in the tenth for attendees, dates and places of invented articles; country set to 0.968 in the
 * thirteenth, where rules that gained on four unread sets lost three participants' countries here); a drop of
 * more than 0.03 fails, and so does any date invented beyond those counted.
 */
const REACHED = { f1: 0.936, dates: 0.957, places: 0.986, country: 0.99, role: 0.977, invented: 1 };

describe.skipIf(!present)("score on ../shared/corpus", () => {
  it("keeps meeting F1, date and place accuracy, and invents no more dates", () => {
    const out = join(mkdtempSync(join(tmpdir(), "parlbot-score-")), "report.json");
    try {
      execFileSync(
        "node",
        [scorer, "--corpus", corpus, "--cli", `node ${resolve("bin/parlbot.js")}`, "--json", out],
        {
          stdio: "pipe",
          timeout: 300_000,
        },
      );
    } catch {
      // The scorer exits 1 below its own thresholds; the report is what we judge.
    }
    const report = JSON.parse(readFileSync(out, "utf8"));
    expect(report.meetings.f1).toBeGreaterThanOrEqual(REACHED.f1 - 0.03);
    expect(report.dateAccuracy).toBeGreaterThanOrEqual(REACHED.dates - 0.03);
    expect(report.inventedDates).toBeLessThanOrEqual(REACHED.invented);
    expect(report.placeAccuracy).toBeGreaterThanOrEqual(REACHED.places - 0.03);
    expect(report.participantCountryAccuracy).toBeGreaterThanOrEqual(REACHED.country - 0.03);
    expect(report.participantRoleAccuracy).toBeGreaterThanOrEqual(REACHED.role - 0.03);
  }, 300_000);
});
