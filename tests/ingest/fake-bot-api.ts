/**
 * A local HTTP server that speaks just enough of the Bot API (sendMessage) to test how the sender
 * handles Telegram's answers: each chat can be told to answer 403 (blocked) or 429 (retry after N s)
 * before it accepts. grammY's real Api client talks to it, so error parsing is the real one.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** What a chat answers to its next sendMessage calls, in order; "ok" once the list is used up. */
export type Answer = "ok" | "blocked" | "gone" | "bad" | { retryAfter: number };

/** The fake server, its URL (for grammY's apiRoot) and what it received. */
export interface FakeBotApi {
  apiRoot: string;
  /** Every sendMessage received, in order, with the answer it got. */
  requests: { chatId: number; text: string; answer: Answer }[];
  script: Map<number, Answer[]>;
  close(): Promise<void>;
}

/** Starts the fake Bot API on a free port of 127.0.0.1. */
export async function startFakeBotApi(): Promise<FakeBotApi> {
  const requests: FakeBotApi["requests"] = [];
  const script = new Map<number, Answer[]>();
  let messageId = 1;
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      const payload = body
        ? (JSON.parse(body) as { chat_id: number; text: string })
        : { chat_id: 0, text: "" };
      const chatId = Number(payload.chat_id);
      const answer = script.get(chatId)?.shift() ?? "ok";
      requests.push({ chatId, text: payload.text, answer });
      res.setHeader("content-type", "application/json");
      if (answer === "blocked") {
        res.statusCode = 403;
        res.end(
          JSON.stringify({
            ok: false,
            error_code: 403,
            description: "Forbidden: bot was blocked by the user",
          }),
        );
      } else if (answer === "gone" || answer === "bad") {
        res.statusCode = 400;
        const description =
          answer === "gone" ? "Bad Request: chat not found" : "Bad Request: can't parse entities";
        res.end(JSON.stringify({ ok: false, error_code: 400, description }));
      } else if (answer !== "ok") {
        res.statusCode = 429;
        res.end(
          JSON.stringify({
            ok: false,
            error_code: 429,
            description: `Too Many Requests: retry after ${answer.retryAfter}`,
            parameters: { retry_after: answer.retryAfter },
          }),
        );
      } else {
        res.end(
          JSON.stringify({
            ok: true,
            result: { message_id: messageId++, chat: { id: chatId }, text: payload.text },
          }),
        );
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    requests,
    script,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
