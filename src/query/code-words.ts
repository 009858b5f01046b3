/**
 * Words that read as code, not as names: "'; DROP TABLE users; --" and "SELECT * FROM meetings" are
 * no question about people, though their capitalised words, unknown to the articles, look like names.
 * A whole message that reads as code (a query, JSON, markup, a program or shell line) is no question at
 * all: {@link readsAsCode} tells, so that it gets the reply on what the bot knows rather than a quote
 * that happens to share one of its words ("people" in "DELETE FROM people WHERE 1=1").
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

// A SQL statement opens with its verb and names its target with a clause word ("DELETE FROM",
// "INSERT INTO", "DROP TABLE", "UPDATE … SET", "SELECT … FROM").
const SQL_VERB =
  /^(select|insert|update|delete|drop|create|alter|truncate|grant|revoke|exec|execute|union|declare)\b/i;
const SQL_CLAUSE = /\b(from|into|table|database|schema|set|where|values|view|index|procedure|join)\b/gi;
// Signs no question is written with, that SQL is: "*", "=", ";", a comment "--" or "/*", a quote.
const SQL_SIGN = /[*=;'"`]|--|\/\*/;
// An injection's tail: "' OR '1'='1", "1=1", "x' --": a quote or comparison no sentence makes.
const INJECTION = /'\s*(or|and)\s+'?\w*'?\s*=|\b(\w+)\s*=\s*\2\b|'\s*(--|#|;)/i;
// Operators of programming languages: "=>", "==", "!=", "&&", "||", "::", "->", ":=", "+=", "${", "</".
const OPERATOR = /=>|==|!=|&&|\|\||::|->|:=|[+\-*/]=|\$\{|\$\(|<\/|\/>/;
// A key of a JSON object: "\"name\":".
const JSON_KEY = /"[^"\s]{1,40}"\s*:/;
// A call, statement-like: an identifier right before its parenthesised arguments, ending the message
// ("alert(1)", "console.log('hi');", "print(x)"); prose puts a space before a parenthesis.
const CALL_AT_END = /[\p{L}\d_$.]\([^()]*\)\s*;?\s*$/u;
// An assignment as a program writes it: "x = 1", "let total = 5", "user.name='a'".
const ASSIGNMENT = /^\s*((let|const|var|int|string|my)\s+)?[\p{L}_$][\p{L}\d_$.[\]]*\s*=\s*\S/u;
// A line of a program or a shell: what opens it, and what follows its first word ("import os",
// "from x import y", "def f(", "#include <", "rm -rf /", "sudo …", "$ ls").
const PROGRAM_LINE =
  /^(import\s+[\w.*{}]+(\s*,\s*[\w.*{}]+)*(\s+as\s+\w+)?(\s+from\s+\S+)?;?$|<\?|from\s+[\w.]+\s+import\s|def\s+\w+\s*\(|(async\s+)?function\s*\w*\s*\(|class\s+\w+\s*[({:]|#!?\/|#\s*(include|define|import)\b|\$\s+\w|package\s+[\w.]+;?$|using\s+[\w.]+;$)/;
const SHELL_LINE =
  /^sudo\s|^(rm|ls|cd|cat|curl|wget|chmod|chown|mkdir|touch|git|npm|npx|pip|python3?|node|bash|sh|kill|ps|echo|grep|ssh)\s+(-{1,2}\w|[/~.$|>]|\S+\s*[|>&;])/;
// Text between markup tags, the tags left out: "<b>who met X</b>" asks "who met X".
const TAG = /<\/?[a-z][\w-]*(\s[^<>]*)?\/?>/gi;

/**
 * True when a whole message reads as code rather than a question: a SQL statement ("DELETE FROM people
 * WHERE 1=1; --"), an injection's tail ("' OR '1'='1"), a JSON object or array, a program or shell line
 * ("console.log('hi')", "x = 1", "import os", "rm -rf /"), or markup whose text is one of these
 * ("<script>alert(1)</script>"). A question with its own words in markup ("<b>who met X?</b>") is none.
 */
export function readsAsCode(message: string): boolean {
  const text = message.trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return false;
  const untagged = text.replace(TAG, " ").trim();
  // Markup alone is code when its tags carry attributes ("<img src=x onerror=…>"); a bare "<b>" is not.
  if (untagged === "") return /<[a-z][\w-]*\s[^<>]*=/i.test(text);
  if (untagged !== text) return readsAsCode(untagged);
  if (/^[[{]/.test(text) && /[\]}]$/.test(text)) return true;
  if (SQL_VERB.test(text)) {
    const clauses = text.match(SQL_CLAUSE)?.length ?? 0;
    const verb = SQL_VERB.exec(text)?.[0] ?? "";
    if (clauses >= 2 || (clauses === 1 && (verb === verb.toUpperCase() || SQL_SIGN.test(text)))) return true;
  }
  return (
    INJECTION.test(text) ||
    OPERATOR.test(text) ||
    JSON_KEY.test(text) ||
    CALL_AT_END.test(text) ||
    ASSIGNMENT.test(text) ||
    PROGRAM_LINE.test(text) ||
    SHELL_LINE.test(text)
  );
}
