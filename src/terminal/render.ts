/**
 * Renders what the bot sends (Telegram HTML, inline keyboards) for a terminal: bold and italics
 * as ANSI styles when the terminal shows colours, links as "text (url)", buttons as [Label].
 */
import type { InlineKeyboardMarkup } from "grammy/types";
import { parseHTML } from "linkedom";

/** ANSI on/off codes for the styles Telegram HTML has. */
const STYLES: Record<string, [string, string]> = {
  b: ["\x1b[1m", "\x1b[22m"],
  strong: ["\x1b[1m", "\x1b[22m"],
  i: ["\x1b[3m", "\x1b[23m"],
  em: ["\x1b[3m", "\x1b[23m"],
  u: ["\x1b[4m", "\x1b[24m"],
  ins: ["\x1b[4m", "\x1b[24m"],
  s: ["\x1b[9m", "\x1b[29m"],
  strike: ["\x1b[9m", "\x1b[29m"],
  del: ["\x1b[9m", "\x1b[29m"],
};

/** The DOM node shape the renderer walks (linkedom's nodes). */
interface HtmlNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<HtmlNode>;
  getAttribute?(name: string): string | null;
}

function renderNode(node: HtmlNode, color: boolean): string {
  if (node.nodeType === 3) return node.textContent ?? "";
  if (node.nodeType !== 1) return "";
  const inner = Array.from(node.childNodes, (child) => renderNode(child, color)).join("");
  const tag = node.nodeName.toLowerCase();
  const style = STYLES[tag];
  if (style) return color ? `${style[0]}${inner}${style[1]}` : inner;
  if (tag === "a") {
    const href = node.getAttribute?.("href") ?? "";
    return !href || href === inner ? inner : `${inner} (${href})`;
  }
  if (tag === "blockquote") {
    return inner
      .split("\n")
      .map((line) => `│ ${line}`)
      .join("\n");
  }
  if (tag === "br") return "\n";
  return inner; // code, pre, span, tg-spoiler: their text
}

/** Telegram HTML as terminal text; entities decoded, tags turned into styles or removed. */
export function renderHtml(html: string, color = false): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return renderNode(document.body as unknown as HtmlNode, color);
}

/** An inline keyboard as one line per row of [Label] buttons (URL buttons show their URL). */
export function renderKeyboard(markup: InlineKeyboardMarkup | undefined): string {
  if (!markup?.inline_keyboard?.length) return "";
  return markup.inline_keyboard
    .map((row) => row.map((b) => ("url" in b && b.url ? `[${b.text}](${b.url})` : `[${b.text}]`)).join("  "))
    .join("\n");
}
