/**
 * The terminal chat in-process: the bot created as `parlbot start` creates it offline, fed lines
 * through the terminal module, its output read back as the user would read it.
 */
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/index.ts";
import { Answerer } from "../../src/query/index.ts";
import { MemoryChatLanguages } from "../../src/store/chat-languages.ts";
import { OFFLINE_BOT, runTerminalChat } from "../../src/terminal/chat.ts";
import { DRAVOLINSKY, factsWithDravolinsky, memoryLogger, testFacts } from "./helpers.ts";

const answerer = new Answerer(testFacts());

/** Everything the terminal chat writes for these input lines (piped: each line echoed as "you> "). */
async function chat(lines: string[], on: Answerer = answerer): Promise<string> {
  // One record of chosen languages for the bot and the terminal, as `parlbot start` shares it.
  const languages = new MemoryChatLanguages();
  const bot = createBot({
    token: "offline",
    botInfo: OFFLINE_BOT,
    answerer: on,
    log: memoryLogger().log,
    rateLimit: false,
    languages,
  });
  const input = new PassThrough();
  const output = new PassThrough();
  let out = "";
  output.on("data", (chunk) => {
    out += String(chunk);
  });
  const done = runTerminalChat(bot, { input, output, language: "en", languages });
  input.end(lines.map((l) => `${l}\n`).join(""));
  await done;
  return out;
}

describe("the terminal chat", () => {
  it("takes commands in capitals as the commands", async () => {
    const out = await chat(["/HELP", "/Start"]);
    expect(out).not.toMatch(/do not know the command/);
    expect(out).toContain("/language"); // the help's list of commands
    expect(out).toMatch(/\d+ articles/); // the welcome
  });

  it("says there is no more to show to a first 'more', as `parlbot ask` does, quoting nothing", async () => {
    const out = await chat(["more"]);
    expect(out).toMatch(/^you> more\nThere is no more to show\. Ask me a question, for example: .+\n/);
    expect(out).not.toContain("Source");
    expect(answerer.answer("more").text).toMatch(
      /^There is no more to show\. Ask me a question, for example: “.+”\.$/,
    );
  });

  it("answers nothing to a line of only spaces or tabs, as to an empty line", async () => {
    const blank = await chat([" \t  ", "\t", ""]);
    expect(blank).toBe("");
    // The same chat with a question after the blank lines answers just the question.
    const out = await chat([" \t ", "who met Koshanov?"]);
    expect(out.match(/you> /g)).toHaveLength(1);
    expect(out).toContain("Amarbayasgalan");
  });

  it("says its own lines (how to leave, a missing button) in the language chosen with /language", async () => {
    const out = await chat(["/help", "/language ru", "/help", "[Nope]", "/language kk", "[Nope]"]);
    const [english = "", russian = "", kazakh = ""] = out.split(/you> \/language \w+\n/);
    expect(english).toContain("In this terminal, /quit (or Ctrl-D) ends the chat.");
    expect(russian).toContain("В терминале чат завершает /quit (или Ctrl-D).");
    expect(russian).not.toContain("In this terminal");
    expect(russian).toContain("(в сообщениях выше нет кнопки «Nope»)");
    expect(kazakh).toContain("«Nope» батырмасы жоқ");
  });

  it("shows a Did you mean button under a reply, and pressing it answers about the name suggested", async () => {
    const out = await chat(
      ["who met Drevolinskas?", `[${DRAVOLINSKY}]`],
      new Answerer(factsWithDravolinsky()),
    );
    const [asked = "", pressed = ""] = out.split(`you> [${DRAVOLINSKY}]\n`);
    expect(asked).toContain(`Did you mean ${DRAVOLINSKY}?\n[${DRAVOLINSKY}]\n`);
    expect(pressed).toContain(`${DRAVOLINSKY}, Marshal of the Sejm (Poland), met:`);
  });

  it("heads the members of a delegation in the language asked in", async () => {
    const out = await chat([
      "who was in the Russian delegation?",
      "кто входил в делегацию России?",
      "Ресей делегациясының құрамында кім болды?",
    ]);
    const [english = "", russian = "", kazakh = ""] = out.split(/you> .+\n/).slice(1);
    expect(english).toMatch(/^The delegation, as the reports name its members:\n• Ivan Guestov/);
    expect(russian).toMatch(/^Члены делегации, как их называют статьи:\n• Ivan Guestov/);
    expect(kazakh).toMatch(/^Делегация мүшелері, мақалаларда аталғандай:\n• Ivan Guestov/);
  });
});
