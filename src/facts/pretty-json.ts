/**
 * `JSON.stringify(value, null, 2)` (or `JSON.stringify(value)`) in pieces: the outer objects and arrays
 * are written level by level and only the values below `depth` levels are stringified whole, so that a
 * fact base of many thousands of articles is written (or compared with a file) without ever being one
 * string of a hundred million characters (two hundred megabytes as soon as one character is beyond
 * Latin-1). Joined, the pieces are exactly the text `JSON.stringify` gives.
 */

/**
 * The pieces of `JSON.stringify(value, null, 2)`, in order; the objects and arrays of the first `depth`
 * levels are taken apart, deeper values come as one piece each. Yields nothing where `JSON.stringify`
 * gives `undefined` (a function, a symbol, `undefined` itself).
 */
export function prettyJsonPieces(value: unknown, depth = 2): Generator<string> {
  return pieces(value, 0, depth, "  ");
}

/** The pieces of `JSON.stringify(value)` (no spaces, no line breaks), as {@link prettyJsonPieces} cuts them. */
export function compactJsonPieces(value: unknown, depth = 2): Generator<string> {
  return pieces(value, 0, depth, "");
}

function* pieces(value: unknown, level: number, depth: number, indent: string): Generator<string> {
  if (level >= depth || !isPlainContainer(value)) {
    const text = (indent ? JSON.stringify(value, null, indent) : JSON.stringify(value)) as string | undefined;
    if (text === undefined) return;
    // A string in JSON has no raw line break (it is escaped), so every break is one of the layout's.
    yield level && indent ? text.replaceAll("\n", `\n${indent.repeat(level)}`) : text;
    return;
  }
  const inner = indent ? `\n${indent.repeat(level + 1)}` : "";
  const close = indent ? `\n${indent.repeat(level)}` : "";
  const colon = indent ? ": " : ":";
  if (Array.isArray(value)) {
    if (!value.length) {
      yield "[]";
      return;
    }
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield i ? `,${inner}` : inner;
      // An element JSON cannot write (undefined, a function) is written as null, as JSON.stringify does.
      yield* serializable(value[i]) ? pieces(value[i], level + 1, depth, indent) : ["null"];
    }
    yield `${close}]`;
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => serializable(v));
  if (!entries.length) {
    yield "{}";
    return;
  }
  yield "{";
  for (const [i, [key, v]] of entries.entries()) {
    yield `${i ? "," : ""}${inner}${JSON.stringify(key)}${colon}`;
    yield* pieces(v, level + 1, depth, indent);
  }
  yield `${close}}`;
}

// An array or a plain object with no toJSON of its own: one that JSON.stringify writes member by member.
function isPlainContainer(value: unknown): value is object {
  if (value === null || typeof value !== "object") return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

// Whether JSON.stringify writes a member with this value (an object's member is left out otherwise).
function serializable(value: unknown): boolean {
  if (value === undefined || typeof value === "function" || typeof value === "symbol") return false;
  // An object whose toJSON gives undefined is left out too.
  if (
    value !== null &&
    typeof value === "object" &&
    typeof (value as { toJSON?: unknown }).toJSON === "function"
  )
    return (value as { toJSON: () => unknown }).toJSON() !== undefined;
  return true;
}
