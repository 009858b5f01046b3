/**
 * Example questions taken from the fact base, so that trying one gives a real answer: /start offers
 * them as buttons, and greetings and off-topic replies quote them.
 */
import type { FactBase, Person } from "../facts/types.ts";

/** Used when the fact base is empty (the answer is then that nothing is known yet). */
const FALLBACK = ["who met Koshanov?", "what did Kazakhstan and Mongolia sign?", "latest meetings"];

/** The last word of a name, the way people usually ask ("who met Koshanov?"). */
function surname(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? name;
}

/**
 * What the examples ask about: the surname (and full name) of the person with the most meetings, and
 * the two countries of a meeting with an agreement signed. `sayable` leaves out people whose surname
 * another language cannot write (the busiest of those left is taken); it is given the person too.
 */
export function exampleSubjects(
  { people, meetings }: FactBase,
  sayable: (surname: string, person: Person) => boolean = () => true,
): {
  surname?: string;
  name?: string;
  countries?: [string, string];
} {
  const count = new Map<string, number>();
  for (const m of meetings) for (const id of m.participants) count.set(id, (count.get(id) ?? 0) + 1);
  const byId = new Map(people.map((p) => [p.id, p]));
  const person = [...count.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => byId.get(id))
    .find((p) => p !== undefined && sayable(surname(p.name), p));
  const signed = meetings.find((m) => m.agreements.length > 0 && m.countries.length >= 2);
  return {
    surname: person ? surname(person.name) : undefined,
    name: person?.name,
    countries: signed ? [signed.countries[0] as string, signed.countries[1] as string] : undefined,
  };
}

/**
 * Three example questions: who met the person with the most meetings, what two countries of a
 * meeting with an agreement signed, and the latest meetings.
 */
export function exampleQuestions(base: FactBase): string[] {
  const { surname: name, countries } = exampleSubjects(base);
  return [
    name ? `who met ${name}?` : FALLBACK[0],
    countries ? `what did ${countries[0]} and ${countries[1]} sign?` : FALLBACK[1],
    FALLBACK[2],
  ] as string[];
}
