/**
 * telegram-test-api has no getFile and serves no files. This proxy in front of it answers getFile
 * and the file downloads (from files the test registers) and passes every other call through, so
 * the bot downloads an uploaded document over HTTP exactly as it does from Telegram.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** The proxy: the apiRoot to give the bot, and the documents it can serve by file_id. */
export interface FileProxy {
  apiRoot: string;
  files: Map<string, string | Buffer>;
  close(): Promise<void>;
}

/** Starts the proxy on a free port of 127.0.0.1, in front of `upstream` (telegram-test-api's URL). */
export async function startFileProxy(upstream: string): Promise<FileProxy> {
  const files = new Map<string, string | Buffer>();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const url = req.url ?? "/";
    const download = /^\/file\/bot[^/]+\/documents\/(.+)$/.exec(url);
    if (/^\/bot[^/]+\/getFile/.test(url)) {
      const { file_id } = JSON.parse(body.toString() || "{}") as { file_id: string };
      res.setHeader("content-type", "application/json");
      res.end(
        JSON.stringify(
          files.has(file_id)
            ? { ok: true, result: { file_id, file_unique_id: file_id, file_path: `documents/${file_id}` } }
            : { ok: false, error_code: 400, description: "Bad Request: invalid file_id" },
        ),
      );
    } else if (download) {
      const content = files.get(decodeURIComponent(download[1] ?? ""));
      res.statusCode = content === undefined ? 404 : 200;
      res.end(content ?? "not found");
    } else {
      // The emulator may drop a long poll while the test tears down: answer 502, never reject.
      try {
        const answer = await fetch(upstream + url, {
          method: req.method,
          headers: { "content-type": req.headers["content-type"] ?? "application/json" },
          body: req.method === "GET" ? undefined : body,
        });
        res.statusCode = answer.status;
        res.setHeader("content-type", answer.headers.get("content-type") ?? "application/json");
        res.end(Buffer.from(await answer.arrayBuffer()));
      } catch {
        res.statusCode = 502;
        res.end(JSON.stringify({ ok: false, error_code: 502, description: "Bad Gateway" }));
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    files,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
