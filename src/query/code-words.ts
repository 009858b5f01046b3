/**
 * Words that read as code, not as names: "'; DROP TABLE users; --" and "SELECT * FROM meetings" are
 * no question about people, though their capitalised words, unknown to the articles, look like names.
 */

// SQL and common programming keywords: the words that make a line read as a query or a program.
const CODE_KEYWORDS = new Set([
  "select",
  "insert",
  "update",
  "delete",
  "drop",
  "truncate",
  "create",
  "alter",
  "table",
  "database",
  "from",
  "where",
  "into",
  "values",
  "union",
  "join",
  "order",
  "group",
  "by",
  "having",
  "limit",
  "null",
  "not",
  "and",
  "or",
  "exec",
  "execute",
  "declare",
  "grant",
  "function",
  "return",
  "const",
  "var",
  "let",
  "class",
  "import",
  "def",
  "print",
  "echo",
  "true",
  "false",
  "undefined",
  "script",
  "alert",
]);

/**
 * For each token (`tokens`, as typed, and `wordOf`, the space-separated word it comes from), true
 * when it reads as code rather than a name: a keyword typed all in upper case ("DROP"), a capitalised
 * keyword beside another ("Drop Table"), or part of an upper-case identifier ("USER_ID", "MAX_LEN").
 * Words in lower case never count: "where" and "from" are everyday question words, and an all-caps
 * name ("KOSHANOV") is no keyword.
 */
export function codeWords(tokens: string[], wordOf: (i: number) => string | undefined): boolean[] {
  const keyword = tokens.map((w) => /^[A-Z]/.test(w) && CODE_KEYWORDS.has(w.toLowerCase()));
  return tokens.map(
    (w, i) =>
      (keyword[i] === true && (/^[A-Z]+$/.test(w) || keyword[i - 1] === true || keyword[i + 1] === true)) ||
      /^[A-Z0-9]*_[A-Z0-9_]*$/.test(wordOf(i) ?? ""),
  );
}
