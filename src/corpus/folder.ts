import { readdirSync, readFileSync, statSync } from "node:fs";
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
  const size = statSync(path).size;
  if (size === 0) throw new Error("empty file");
  if (size > MAX_ARTICLE_BYTES) throw new Error(`larger than 1 MB (${size} bytes)`);
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new Error("binary file (contains NUL bytes)");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error("not valid UTF-8 text");
  }
  if (!text.trim()) throw new Error("empty file (only white space)");
  const meta = readSidecar(path.replace(/\.txt$/i, ".meta.json"));
  const file = relative(root, path) || basename(path);
  return parseArticle(text, { id: articleId(file), file, meta, isKnownCity: options.isKnownCity });
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

/**
 * Reads every `.txt` article in a folder (and its sub-folders), in file-name order, or the one
 * `.txt` file named. A file that cannot be used is skipped with its reason; the others are still
 * read. Throws, saying what it wants, for anything else (a file that is not `.txt`).
 */
export function readCorpus(dir: string, options: ReadOptions = {}): CorpusRead {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat) throw new Error("no such folder or file");
  const one = !stat.isDirectory();
  if (one && !dir.toLowerCase().endsWith(".txt")) {
    throw new Error(`${dir} is not a folder of .txt articles or a .txt article file`);
  }
  const root = one ? dirname(dir) : dir;
  const articles: ParsedArticle[] = [];
  const skipped: SkippedFile[] = [];
  for (const path of one ? [dir] : listArticleFiles(dir)) {
    try {
      articles.push(readArticleFile(path, root, options));
    } catch (error) {
      skipped.push({ file: relative(root, path), reason: (error as Error).message });
    }
  }
  return { articles, skipped };
}

/** Every `.txt` file below a folder, sorted, so that ids and output are stable. */
export function listArticleFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith(".txt")) out.push(path);
    }
  };
  walk(dir);
  return out;
}
