/**
 * An organisation as the side a question asks about: "who from the IPU did X meet?", "who did X meet
 * from the OSCE PA?". Users name it by its initials or in full, and reports give it in a role ("OSCE PA
 * Secretary General", "President of the Inter-Parliamentary Union") or as a side ("a delegation of the
 * Commonwealth Parliamentary Association"), so the two are compared word by word, initials allowed.
 */
import type { FactIndex } from "../facts/index.ts";
import type { Meeting } from "../facts/types.ts";
import { roleText } from "./format.ts";

// Small words an organisation's name may hold between its capitalised words ("Union of South American
// Nations"), and which its initials skip ("IPU": Inter-Parliamentary Union).
const JOINING = new Set(["of", "and", "for", "on", "the", "in", "&"]);

/** The span of the organisation a question asks people "from", and its name as typed. */
interface OrganisationMention {
  start: number;
  end: number;
  name: string;
}

/**
 * The organisation named after "from" ("from the IPU", "from Commonwealth Parliamentary Association"):
 * the run of capitalised words there, small joining words allowed inside it. `taken` marks positions
 * read as something else (a country, a date, a person's name word): those are no organisation.
 */
export function organisationAsked(
  folded: string[],
  original: string[],
  taken: (i: number) => boolean,
): OrganisationMention | undefined {
  const from = folded.indexOf("from");
  // "apart from Y", "aside from Y" set someone aside.
  if (from < 0 || /^(apart|aside|away)$/.test(folded[from - 1] ?? "")) return undefined;
  const start = folded[from + 1] === "the" ? from + 2 : from + 1;
  const capital = (i: number) => /^\p{Lu}/u.test(original[i] ?? "") && !taken(i);
  let end = start;
  while (end < folded.length && (capital(end) || (JOINING.has(folded[end] as string) && capital(end + 1))))
    end++;
  if (end === start) return undefined;
  return { start, end, name: original.slice(start, end).join(" ") };
}

/**
 * Whether a text (a role, a side's description) names the organisation: every word of the name is a word
 * of the text, or initials of a run of its words ("PA" for Parliamentary Assembly, "IPU" for
 * Inter-Parliamentary Union); small joining words of the name need not be there. A name typed in full
 * is also named by its initials ("CPA" for Commonwealth Parliamentary Association).
 */
export function namesOrganisation(text: string, name: string): boolean {
  const have = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const lower = have.map((w) => w.toLowerCase());
  const initials = runsOfInitials(have);
  const wanted = name.split(/[^\p{L}\p{N}&]+/u).filter((w) => w && !JOINING.has(w.toLowerCase()));
  // The name typed in full, the text giving its initials ("the CPA Western Cape Branch").
  const acronym = wanted.map((w) => w[0]).join("");
  if (wanted.length > 1 && /^\p{Lu}+$/u.test(acronym) && have.includes(acronym)) return true;
  return (
    wanted.length > 0 &&
    wanted.every(
      (w) => lower.includes(w.toLowerCase()) || (/^\p{Lu}{2,6}$/u.test(w) && initials.has(w.toLowerCase())),
    )
  );
}

// The initials of every run of capitalised words of a text, small joining words skipped
// ("Inter Parliamentary Union" gives "ip", "ipu", "pu", "p", …).
function runsOfInitials(words: string[]): Set<string> {
  const kept = words.filter((w) => !JOINING.has(w.toLowerCase()));
  const runs = new Set<string>();
  for (let a = 0; a < kept.length; a++) {
    let run = "";
    for (let b = a; b < kept.length && /^\p{Lu}/u.test(kept[b] as string); b++) {
      run += (kept[b] as string)[0]?.toLowerCase();
      runs.add(run);
    }
  }
  return runs;
}

/**
 * Whether a participant of a meeting is of the organisation: a role of theirs in the meeting's report
 * names it (else, when that report gives them none, any role of theirs does).
 */
export function ofOrganisation(index: FactIndex, id: string, m: Meeting, name: string): boolean {
  const roles = index.people.get(id)?.roles ?? [];
  const there = roles.filter((r) => r.articleId === m.articleId);
  return (there.length ? there : roles).some((r) => namesOrganisation(roleText(r), name));
}

/**
 * Whether a meeting has someone of the organisation besides the people asked about (`asked`): a
 * participant, or an unnamed side described as of it ("a delegation of the IPU").
 */
export function meetsOrganisation(
  index: FactIndex,
  m: Meeting,
  name: string,
  asked: ReadonlySet<string>,
): boolean {
  return (
    m.participants.some((id) => !asked.has(id) && ofOrganisation(index, id, m, name)) ||
    m.parties.some((p) => partyOfOrganisation(p, name))
  );
}

/** Whether an unnamed side of a meeting (its description and country) names the organisation `name`. */
export function partyOfOrganisation(party: Meeting["parties"][number], name: string): boolean {
  return namesOrganisation(`${party.description} ${party.country}`, name);
}
