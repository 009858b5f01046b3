/**
 * Small talk: whole messages that speak to the bot rather than ask about meetings ("who are you?",
 * "what can you do?", "yes", "ok thanks", "good night", "Салам"), and messages the bot cannot read as a
 * question at all (a phone number, words in a script it does not read). Each is answered by a line of
 * its own and examples, never by a name search ("I don't know anything about нет") or by a quoted
 * sentence that happens to share a word ("how does this work" → "…further work on…").
 */

/** What a message that is no question about meetings says. */
export type Talk = "about-me" | "yes-no" | "thanks" | "bye" | "hello" | "other-script" | "numbers";

// Asking the bot about itself, in English, Russian and Kazakh.
const ABOUT_ME = [
  /^(who|what) (are|r) (you|u)( for)?$/,
  /^(what|which questions) (can|do|could) (you|u|i) (do|know|answer|ask( you)?)( here)?$/,
  /^what (is|'s) (this|this bot|this chat|parlbot)$/,
  /^how (does|do) (this|it|you|this bot) work$/,
  /^how (do|can|should) i (use (this|it|you)|ask( you)?|start)$/,
  /^(are|r) (you|u) (a )?(bot|human|real|robot|person|ai)$/,
  /^(tell me about yourself|what is your name|what's your name|who made you|introduce yourself)$/,
  /^(кто|что) (ты|вы)( так(ой|ая|ие))?$/,
  /^что (ты|вы) (умеешь|умеете|можешь|можете|знаешь|знаете)( делать)?$/,
  /^как (это|ты|вы|бот) работа(ет|ешь|ете)$/,
  /^(ты|вы) (бот|человек|робот)$/,
  /^(сен|сіз) (кімсің|кімсіз|не білесің|не білесіз|не істейсің|не істейсіз)$/,
  /^(сен|сіз) не (істей аласың|істей аласыз)$/,
  /^(не|нені) істей (аласың|аласыз)$/,
];
// Yes and no, alone or with "please" / "thanks", and nods ("ok cool", "got it", "понятно"): the user
// answers, and asks nothing.
const YES_NO =
  /^(yes|yeah|yep|yup|sure|of course|no|nope|nah|not really|да|нет|ага|неа|конечно|иә|ия|йә|жоқ|әрине)( please| thanks| thank you|, please|, thanks)?$|^((ok|okay|alright),? )?(cool|nice|great|perfect|got it|i see|understood|понятно|ясно|түсінікті)$/;
// Words of thanks and of leave-taking, in English, Russian and Kazakh: one list for the whole-message
// patterns below and for the opening word a greeting is answered by (`opensWithThanks`, `opensWithBye`).
const THANKS_WORDS = "thanks|thank you|thank u|thx|cheers|спасибо|благодарю|рахмет";
const BYE_WORDS = "bye|goodbye|пока|до свидания|сау болыңыз";
// Thanks anywhere in a short message ("ok thanks", "great, thank you!").
const THANKS = new RegExp(`(^|\\s)(${THANKS_WORDS})($|\\s)`);
const THANKS_MAX_WORDS = 5;
// Leave-takings beyond "bye" ("good night", "see you", "спокойной ночи", "қош бол").
const BYE = new RegExp(
  `^(${BYE_WORDS}|good ?night|night|see (you|ya)( later)?|later|спокойной ночи|до встречи|до скорого|всего доброго|қош бол(ыңыз)?|сау бол(ыңыз)?|кездескенше)$`,
);
// A greeting message that opens with thanks or a goodbye ("thanks a lot!", "bye for now").
const OPENS_WITH_THANKS = new RegExp(`^(${THANKS_WORDS})(?=$|[^\\p{L}])`, "iu");
const OPENS_WITH_BYE = new RegExp(`^(${BYE_WORDS})(?=$|[^\\p{L}])`, "iu");
// Greetings the intent rules do not know ("Салам", "yo", "how are you?", "как дела?").
const HELLO =
  /^(yo|hey there|hi there|hello there|how are (you|u)( doing| today)?|how's it going|how is it going|как (дела|ты|вы|поживаешь|поживаете)|(сен |сіз )?(қалайсың|қалайсыз)|(халің|хал-жағдайың|жағдайың|жағдайыңыз) қалай|салам|салем|салют|ассалаумағалейкум|ассалаумалейкум|сәлеметсіздер( ме)?)$/;
// A date typed alone is a question about its meetings ("2025", "04.09.2025", "2025-09"): not "numbers".
const DATE_ALONE = /^(1[89]|20)\d\d$|^\d{1,2}[./-]\d{1,2}[./-](\d{2}|\d{4})$|^\d{4}-\d{1,2}(-\d{1,2})?$/;

/** The kind of small talk a whole message is (`text` as typed), or undefined for a question. */
export function smallTalk(text: string): Talk | undefined {
  const said = text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[\s!.?,;:)(]+$/u, "")
    .replace(/^[\s!.?,;:)(]+/u, "")
    .replace(/\s+/g, " ");
  if (!said) return undefined;
  // Letters, but none of a script the bot reads: "你好", "مرحبا".
  if (/\p{L}/u.test(said) && !/[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(said)) return "other-script";
  // Figures and signs only, and not a date: a phone number, a sum, an amount.
  if (!/\p{L}/u.test(said) && /\d/.test(said) && !DATE_ALONE.test(said)) return "numbers";
  if (BYE.test(said)) return "bye";
  if (ABOUT_ME.some((re) => re.test(said))) return "about-me";
  if (YES_NO.test(said)) return "yes-no";
  if (THANKS.test(said) && said.split(" ").length <= THANKS_MAX_WORDS) return "thanks";
  if (HELLO.test(said)) return "hello";
  return undefined;
}

/** Whether a greeting (`text`, as typed) opens with thanks: "thanks a lot!", "спасибо, всё понятно". */
export function opensWithThanks(text: string): boolean {
  return OPENS_WITH_THANKS.test(text.trim());
}

/** Whether a greeting (`text`, as typed) opens with a goodbye: "bye for now", "пока!". */
export function opensWithBye(text: string): boolean {
  return OPENS_WITH_BYE.test(text.trim());
}
