/**
 * Fetching a page or a feed from the web, defensively: http(s) only, a timeout for the whole
 * exchange, and a size limit enforced while reading so a huge or endless body is cut off early.
 */

/** Limits for one fetch. */
export interface FetchLimits {
  /** Milliseconds for the whole request, body included. */
  timeoutMs: number;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
}

/** The defaults: 15 s and 2 MB (a news page with its markup; the article file limit is 1 MB of text). */
export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 2 * 1024 * 1024 };

/** A fetched document. */
export interface Fetched {
  /** The URL after redirects. */
  url: string;
  contentType: string;
  text: string;
}

/** Whether a string is an http(s) URL. */
export function isHttpUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

/** Fetches a URL as text; throws an Error with a one-line reason on any failure. */
export async function fetchText(url: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<Fetched> {
  if (!isHttpUrl(url)) throw new Error(`not an http(s) URL: ${url}`);
  let response: Response;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    response = await fetch(url, { signal, redirect: "follow", headers: { "user-agent": "parlbot" } });
  } catch (error) {
    throw new Error(`cannot fetch ${url}: ${reason(error)}`);
  }
  if (!isHttpUrl(response.url || url)) throw new Error(`${url} redirected away from http(s)`);
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`cannot fetch ${url}: HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get("content-length"));
  if (declared > limits.maxBytes) {
    await response.body?.cancel();
    throw new Error(`${url} is too large (${declared} bytes, limit ${limits.maxBytes})`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > limits.maxBytes) throw new Error(`${url} is too large (over ${limits.maxBytes} bytes)`);
      chunks.push(chunk);
    }
  } catch (error) {
    await response.body?.cancel().catch(() => {});
    throw error instanceof Error && error.message.includes("too large")
      ? error
      : new Error(`cannot fetch ${url}: ${reason(error)}`);
  }
  const contentType = response.headers.get("content-type") ?? "";
  const charset = /charset=([\w-]+)/i.exec(contentType)?.[1] ?? "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder("utf-8");
  }
  return { url: response.url || url, contentType, text: decoder.decode(Buffer.concat(chunks)) };
}

function reason(error: unknown): string {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e?.name === "TimeoutError" || e?.name === "AbortError") return "timed out";
  return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(error);
}
