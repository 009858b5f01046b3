import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { type ArticleMeta, type ParsedArticle, parseArticle } from "./article.ts";

/** The largest article file read; anything bigger is not a news article. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** A file that was not read, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** What reading a corpus folder gives. */
export interface CorpusRead {
  articles: ParsedArticle[];
  skipped: SkippedFile[];
}

/** Options for reading article files. */
export interface ReadOptions {
  isKnownCity?: (name: string) => boolean;
}

/**
 * Reads one article file and its optional sidecar `<name>.meta.json`. Throws an Error whose message is
 * the reason when the file cannot be used: empty, binary, not UTF-8, too large, or a bad sidecar.
 */
export function readArticleFile(path: string, root: string, options: ReadOptions = {}): ParsedArticle {
  const bytes = readSmallFile(path);
  if (bytes.includes(0)) throw new Error("binary file (contains NUL bytes)");
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new Error("not valid UTF-8 text");
  }
  if (!text.trim()) throw new Error("empty file (only white space)");
  const meta = readSidecar(path.replace(/\.txt$/i, ".meta.json"));
  const file = relative(root, path) || basename(path);
  return parseArticle(text, { id: articleId(file), file, meta, isKnownCity: options.isKnownCity });
}

// Decodes whole texts (no stream), so one decoder serves every file.
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The bytes of a file of at most {@link MAX_ARTICLE_BYTES}, read through one open descriptor (its size
 * from the descriptor, not from a second look-up of the path: a corpus of thousands of files pays for
 * each). Throws "empty file" or "larger than 1 MB" for files of no use.
 */
function readSmallFile(path: string): Buffer {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    if (size === 0) throw new Error("empty file");
    if (size > MAX_ARTICLE_BYTES) throw new Error(`larger than 1 MB (${size} bytes)`);
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, null);
      if (n === 0) break; // the file shrank while being read
      read += n;
    }
    return read < size ? bytes.subarray(0, read) : bytes;
  } finally {
    closeSync(fd);
  }
}

/** The article id for a file name: its path without the `.txt` ending. */
export function articleId(file: string): string {
  return file.replace(/\\/g, "/").replace(/\.txt$/i, "");
}

function readSidecar(path: string): ArticleMeta {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw new Error(`unreadable sidecar ${basename(path)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new Error(`sidecar ${basename(path)} is not valid JSON`);
  }
  if (!data || typeof data !== "object" || Array.isArray(data))
    throw new Error(`sidecar ${basename(path)} is not a JSON object`);
  const meta: ArticleMeta = {};
  const d = data as Record<string, unknown>;
  for (const key of ["url", "title", "outlet"] as const)
    if (typeof d[key] === "string") meta[key] = d[key] as string;
  if (typeof d.published === "string" && /^\d{4}-\d{2}-\d{2}/.test(d.published))
    meta.published = d.published.slice(0, 10);
  return meta;
}

/** The article files of a corpus: the folder they are read relative to, and the files in reading order. */
export interface CorpusFiles {
  root: string;
  files: string[];
}

/**
 * Lists the `.txt` articles of a folder (and its sub-folders), in file-name order, or the one `.txt`
 * file named, without reading them. Throws, saying what it wants, for anything else (a file that is
 * not `.txt`, a path that does not exist).
 */
export function listCorpus(dir: string): CorpusFiles {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat) throw new Error("no such folder or file");
  const one = !stat.isDirectory();
  if (one && !dir.toLowerCase().endsWith(".txt")) {
    throw new Error(`${dir} is not a folder of .txt articles or a .txt article file`);
  }
  return one ? { root: dirname(dir), files: [dir] } : { root: dir, files: listArticleFiles(dir) };
}

/**
 * Reads listed article files one at a time, as the caller asks for them, so that a large corpus is
 * never held in memory whole: each article can be extracted and let go before the next is read. A
 * file that cannot be used is passed to `onSkip` with its reason; the others are still read.
 */
export function* readArticles(
  corpus: CorpusFiles,
  options: ReadOptions = {},
  onSkip: (skipped: SkippedFile) => void = () => {},
): Generator<ParsedArticle> {
  for (const path of corpus.files) {
    let article: ParsedArticle;
    try {
      article = readArticleFile(path, corpus.root, options);
    } catch (error) {
      onSkip({ file: relative(corpus.root, path), reason: (error as Error).message });
      continue;
    }
    yield article;
  }
}

/**
 * Reads every `.txt` article in a folder (and its sub-folders), in file-name order, or the one
 * `.txt` file named, all at once (see {@link readArticles} to read them one at a time). A file that
 * cannot be used is skipped with its reason; the others are still read. Throws, saying what it
 * wants, for anything else (a file that is not `.txt`).
 */
export function readCorpus(dir: string, options: ReadOptions = {}): CorpusRead {
  const skipped: SkippedFile[] = [];
  const articles = [...readArticles(listCorpus(dir), options, (s) => skipped.push(s))];
  return { articles, skipped };
}

/**
 * Every `.txt` file below a folder, sorted, so that ids and output are stable. Symbolic links
 * (which could lead out of the folder) and folders named `*.txt` are not read; `onSkip` hears of
 * each with the reason.
 */
export function listArticleFiles(dir: string, onSkip?: (path: string, reason: string) => void): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(d, entry.name);
      const txt = entry.name.toLowerCase().endsWith(".txt");
      if (entry.isSymbolicLink()) {
        if (txt) onSkip?.(path, "a symbolic link, not a file");
      } else if (entry.isDirectory()) {
        if (txt) onSkip?.(path, "a folder, not an article file");
        else walk(path);
      } else if (entry.isFile() && txt) out.push(path);
    }
  };
  walk(dir);
  return out;
}
