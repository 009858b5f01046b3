/** A local web server for tests: serves pages and feeds from a table that the test can change. */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { DEFAULT_FETCH_LIMITS, type FetchLimits } from "../../src/ingest/fetch.ts";

/** Fetch limits that let a fetch reach this server, which is on 127.0.0.1 (refused by default). */
export const LOCAL_FETCHES: FetchLimits = { ...DEFAULT_FETCH_LIMITS, allowPrivate: true };

/** One route's answer. */
export interface Page {
  /** Never answer (to test timeouts). */
  hang?: boolean;
  status?: number;
  type?: string;
  body: string;
  /** Answer only after this many milliseconds. */
  delayMs?: number;
  /** Answer 302 to this URL. */
  redirect?: string;
}

/** The running server: its base URL, its routes, how often each path was fetched. */
export interface WebServer {
  url: string;
  routes: Map<string, Page>;
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** Starts a server on a free port of `host` (127.0.0.1 by default). Unknown paths answer 404. */
export async function startWebServer(host = "127.0.0.1"): Promise<WebServer> {
  const routes = new Map<string, Page>();
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const page = routes.get(path);
    if (page?.hang) return;
    if (page?.redirect) {
      res.writeHead(302, { location: page.redirect }).end();
      return;
    }
    const answer = () => {
      res.statusCode = page?.status ?? (page ? 200 : 404);
      res.setHeader("content-type", page?.type ?? "text/html; charset=utf-8");
      res.end(page?.body ?? "not found");
    };
    if (page?.delayMs) setTimeout(answer, page.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    routes,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A news page with navigation and footer around the article, as real pages have. */
export function newsPage(title: string, paragraphs: string[], published?: string): string {
  const meta = published ? `<meta property="article:published_time" content="${published}T09:00:00Z">` : "";
  return `<!doctype html><html><head><title>${title}</title>${meta}<meta property="og:site_name" content="Test News"></head>
<body><nav><a href="/">Home</a> | <a href="/politics">Politics</a> | <a href="/sport">Sport</a></nav>
<main><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article></main>
<aside>Most read: Weather today. Football results.</aside><footer>© Test News. All rights reserved.</footer></body></html>`;
}
