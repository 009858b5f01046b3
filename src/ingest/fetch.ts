/**
 * Fetching a page or a feed from the web, defensively: http(s) only, public addresses only (every
 * hop of a redirect chain, checked on the address actually connected to: see public-address.ts),
 * a timeout for the whole exchange, and a size limit enforced while reading so a huge or endless
 * body is cut off early. node:http(s) rather than fetch(), because only they let us check the
 * address a connection is made to.
 */
import { get as httpGet, type IncomingMessage } from "node:http";
import { get as httpsGet } from "node:https";
import { isIP } from "node:net";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { isPublicAddress, PrivateAddressError, publicOnlyLookup } from "./public-address.ts";

/** Limits for one fetch. */
export interface FetchLimits {
  /** Milliseconds for the whole request, body included. */
  timeoutMs: number;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** Allow loopback and private addresses (`Config.fetchAllowPrivate`); default: refused. */
  allowPrivate?: boolean;
  /** Hosts (names or address literals, as written in URLs) exempt from the public-address rule. */
  allowPrivateHosts?: readonly string[];
  /** Aborts the fetch (the bot stopping). */
  signal?: AbortSignal;
}

/** The defaults: 15 s and 2 MB (a news page with its markup; the article file limit is 1 MB of text). */
export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 2 * 1024 * 1024 };

/** Redirects followed before giving up. */
const MAX_REDIRECTS = 5;

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
  const allowPrivate = limits.allowPrivate ?? false;
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = limits.signal ? AbortSignal.any([timeout, limits.signal]) : timeout;
  let current = url;
  for (let hop = 0; ; hop++) {
    let response: IncomingMessage;
    try {
      const host = new URL(current).hostname;
      response = await get(current, signal, allowPrivate || !!limits.allowPrivateHosts?.includes(host));
    } catch (error) {
      throw new Error(`cannot fetch ${url}: ${reason(error, timeout)}`);
    }
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location) {
      response.resume();
      if (hop >= MAX_REDIRECTS) throw new Error(`cannot fetch ${url}: more than ${MAX_REDIRECTS} redirects`);
      const next = new URL(location, current).toString();
      if (!isHttpUrl(next)) throw new Error(`${url} redirected away from http(s)`);
      current = next;
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new Error(`cannot fetch ${url}: HTTP ${status}`);
    }
    const declared = Number(response.headers["content-length"]);
    if (declared > limits.maxBytes) {
      response.destroy();
      throw new Error(`${url} is too large (${declared} bytes, limit ${limits.maxBytes})`);
    }
    const bytes = await readBody(url, decoded(response), limits.maxBytes, timeout);
    const contentType = response.headers["content-type"] ?? "";
    return { url: current, contentType, text: decode(bytes, contentType) };
  }
}

// One GET, no redirects followed; the host must be public unless private addresses are allowed.
function get(url: string, signal: AbortSignal, allowPrivate: boolean): Promise<IncomingMessage> {
  const u = new URL(url);
  const host = u.hostname.replace(/^\[|\]$/g, "");
  // An address literal is connected to without a lookup: check it here.
  if (!allowPrivate && isIP(host) && !isPublicAddress(host)) {
    return Promise.reject(new PrivateAddressError(host, host));
  }
  const request = u.protocol === "https:" ? httpsGet : httpGet;
  return new Promise((resolve, reject) => {
    const req = request(
      u,
      {
        signal,
        headers: { "user-agent": "parlbot", "accept-encoding": "gzip, deflate, br" },
        lookup: allowPrivate ? undefined : publicOnlyLookup,
      },
      resolve,
    );
    req.on("error", reject);
  });
}

// The body stream, decompressed as the server encoded it.
function decoded(response: IncomingMessage): Readable {
  const encoding = String(response.headers["content-encoding"] ?? "")
    .trim()
    .toLowerCase();
  const decompress =
    encoding === "gzip" || encoding === "x-gzip"
      ? createGunzip()
      : encoding === "deflate"
        ? createInflate()
        : encoding === "br"
          ? createBrotliDecompress()
          : undefined;
  if (!decompress) return response;
  response.on("error", (error) => decompress.destroy(error));
  return response.pipe(decompress);
}

async function readBody(
  url: string,
  body: Readable,
  maxBytes: number,
  timeout: AbortSignal,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      size += (chunk as Buffer).byteLength;
      if (size > maxBytes) throw new Error(`${url} is too large (over ${maxBytes} bytes)`);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    body.destroy();
    throw error instanceof Error && error.message.includes("too large")
      ? error
      : new Error(`cannot fetch ${url}: ${reason(error, timeout)}`);
  }
  return Buffer.concat(chunks);
}

function decode(bytes: Buffer, contentType: string): string {
  const charset = /charset=([\w-]+)/i.exec(contentType)?.[1] ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

function reason(error: unknown, timeout: AbortSignal): string {
  const e = error as Error & { code?: string; cause?: { code?: string; message?: string } };
  if (e?.name === "TimeoutError" || e?.name === "AbortError")
    return timeout.aborted ? "timed out" : "stopped";
  if (e instanceof PrivateAddressError) return e.message;
  return e?.code ?? e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(error);
}
