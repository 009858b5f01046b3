/**
 * Text that reads as code is no question about people: its capitalised keywords are not unknown
 * names, and it gets the reply on what the bot knows. Real names typed in capitals still work.
 */
import { describe, expect, it } from "vitest";
import { codeWords, readsAsCode } from "../../src/query/code-words.ts";
import { Answerer } from "../../src/query/index.ts";
import { fixtureBase } from "./fixture.ts";

const answerer = new Answerer(fixtureBase());

describe("code is not a name", () => {
  it.each(["'; DROP TABLE users; --", "SELECT * FROM meetings", "Drop Table users", "MAX_LEN"])(
    "%s gets the off-topic reply with examples",
    (text) => {
      const reply = answerer.answer(text).text;
      expect(reply).toMatch(/^I only know about meetings of parliament leaders\. Try: “/);
      expect(reply).not.toMatch(/don't know anything about/);
    },
  );

  it("a name typed all in capitals is still the person, an unknown one still unknown", () => {
    expect(answerer.answer("who met KOSHANOV?").text).toBe(answerer.answer("who met Koshanov?").text);
    expect(answerer.answer("who met VELDORAN?").text).toMatch(/^I don't know anything about VELDORAN/);
  });

  it("marks keywords only in capitals, beside another keyword or all upper case", () => {
    const none = () => undefined;
    expect(codeWords(["DROP", "TABLE", "users"], none)).toEqual([true, true, false]);
    expect(codeWords(["Select", "From", "meetings"], none)).toEqual([true, true, false]);
    // A lone capitalised keyword and lower-case question words are no code.
    expect(codeWords(["Order", "of", "the", "Nile"], none)).toEqual([false, false, false, false]);
    expect(codeWords(["who", "met", "him", "from", "where"], none)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(codeWords(["KOSHANOV"], none)).toEqual([false]);
    expect(codeWords(["USER", "ID"], () => "USER_ID")).toEqual([true, true]);
  });
});

describe("a whole message that reads as code", () => {
  const CODE = [
    "DELETE FROM people WHERE 1=1; --",
    "delete from people where 1=1",
    "INSERT INTO users VALUES (1)",
    "UPDATE users SET admin=1",
    "Select * from meetings",
    "' OR '1'='1",
    "Velmar' OR 1=1 --",
    '{"name":"Velmar"}',
    '{"question":"who met Velmar?"}',
    "[1, 2, 3]",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<?php echo 1; ?>",
    "console.log('hi')",
    "x = 1; y = 2",
    "let total = 5",
    "a => a + 1",
    ["$", "{jndi:ldap://x}"].join(""),
    "import os",
    "from os import path",
    "def run(x):",
    "#include <stdio.h>",
    "rm -rf /",
    "sudo reboot",
    "cat /etc/passwd | grep root",
  ];
  it.each(CODE)("%s reads as code", (text) => expect(readsAsCode(text)).toBe(true));

  // Questions with the same words or signs in prose, and markup around a question.
  const PROSE = [
    "who met Velmar?",
    "select meetings from 2020",
    "update me on Velmar",
    "Create a list of meetings with Mongolia",
    "what did Kazakhstan & Korea sign?",
    "who met Velmar (Kazakhstan)?",
    "when did Velmar meet Dorn; and where?",
    "meetings in 2020-2021",
    "import of grain from Kazakhstan",
    "with whom did Velmar meet from Japan, and where?",
    "who met O'Neill?",
    "<b>who met Velmar?</b>",
    "<b>",
    "?",
    "кто встречался с Кошановым?",
  ];
  it.each(PROSE)("%s does not", (text) => expect(readsAsCode(text)).toBe(false));

  it.each(["DELETE FROM people WHERE 1=1; --", '{"name":"Koshanov"}', "import os", "rm -rf /"])(
    "%s gets the off-topic reply with examples, never a quote or a person's meetings",
    (text) => {
      const reply = answerer.answer(text);
      expect(reply.text).toMatch(/^I only know about meetings of parliament leaders\. Try: “/);
      expect(reply.sources).toEqual([]);
    },
  );
});
