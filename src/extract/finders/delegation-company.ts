/**
 * Who "the delegation" is when a report has told its head acting with others: "the group's chair X,
 * together with colleagues A, B and C, were received by Y ... Z also met with the representative
 * delegation". The delegation that later meets is its head and those the report had act with the
 * head ("together with", "along with", "joined by"), as they did at the first table. Those who only
 * accompany the head ("accompanied by A", "a delegation including A") are not counted (the annotated
 * reports leave such company out).
 */
import type { Doc, Sentence } from "../document.ts";
import { M } from "./mention-list.ts";

// "@m0 , together with colleagues @m1 , @m2 and @m3": the head, then those who act with them.
const ACTS_WITH = new RegExp(
  String.raw`(${M}) , (?:together with|along with|joined by) (?:(?:his|her|their|fellow) )?(?:colleagues? |members? )?(${M}(?:(?: ,| and| , and) ${M})*)`,
  "g",
);

/**
 * The people (local ids) the report names acting together with `head`, in the first sentence that
 * does so; none when it names none. `skeletonOf` gives a sentence's skeleton ("@m0 , together with
 * colleagues @m1 and @m2 , were received by @m3").
 */
export function actingWithHead(doc: Doc, head: number, skeletonOf: (s: Sentence) => string): number[] {
  for (const s of doc.sentences) {
    if (!/together with|along with|joined by/i.test(s.text)) continue;
    for (const m of skeletonOf(s).matchAll(ACTS_WITH)) {
      const lead = s.mentions[Number(m[1]?.slice(2))];
      if (lead?.person !== head || lead.resolved) continue;
      const people = [...(m[2] ?? "").matchAll(/@m(\d+)/g)]
        .map((x) => s.mentions[Number(x[1])])
        .filter((x) => x?.kind === "person" && !x.resolved && x.person !== undefined && x.person !== head)
        .map((x) => x?.person as number);
      if (people.length) return [...new Set(people)];
    }
  }
  return [];
}
