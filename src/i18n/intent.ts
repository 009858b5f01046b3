/**
 * What a Russian or Kazakh question asks for, as one of the intents of the English parser, so that
 * the same composers answer it. The rules are tried in order; the first that fits wins.
 */
import type { Intent } from "../query/intent.ts";

/**
 * The vocabulary of meetings, signing and discussing in Russian and Kazakh, as the starts of words
 * ("встреч" for "встречался", "встречи"; "кездес" for "кездесті"); a stem of two words is two word
 * starts in a row ("қол қой" for "қол қойды"). The intent rules below and the parser's test of which
 * words can be names (parse.ts) both read these lists.
 */
export const MEETING_STEMS = [
  "встреч",
  "встрет",
  "переговор",
  "принима",
  "принял",
  "приём",
  "прием",
  "визит",
  "кездес",
  "келіссөз",
  "қабылда",
];
/** Stems of signing: "подписали", "соглашение", "қол қойды", "келісім". */
export const SIGNING_STEMS = [
  "подпис",
  "соглашени",
  "меморандум",
  "договор",
  "қол қой",
  "қол қою",
  "келісім",
];
/** Stems of discussing: "обсуждали", "темы", "повестка", "талқылады", "не туралы". "тем" only as a whole word. */
export const DISCUSSION_STEMS = [
  "обсужда",
  "обсудил",
  "говорил",
  "тем[аыу](?!\\p{L})",
  "повестк",
  "талқыла",
  "сөз болды",
  "не туралы",
];

const anyOf = (stems: string[]) => new RegExp(`(${stems.join("|")})`, "u");
const MEET = anyOf(MEETING_STEMS);
const SIGN = anyOf(SIGNING_STEMS);
const DISCUSS = anyOf(DISCUSSION_STEMS);

// "привет", "спасибо", "сәлем", "рахмет", "помощь", "хорошо": a greeting, not a question.
const GREETING =
  /^(привет|здравствуй(те)?|добр(ый|ое|ого) (день|вечер|утро|утра|дня|вечера)|спасибо|благодарю|пока|до свидания|ок|окей|хорошо|ладно|жақсы(?=[!.]*$)|сәлем(еттер)?|сәлеметсіз( бе)?|сәлеметсің( бе)?|қайырлы (таң|күн|кеш)|рахмет|сау болыңыз|помо(щь|ги(те)?)|көмек)([\s,!.?]|$)/u;
// "что нового?", "новости", "встречи на этой неделе", "соңғы жаңалықтар": the newest meetings.
const LATEST =
  /^(что нового|что новенького|новости|жаңалықтар|не жаңалық)|^(встречи|переговоры|визиты) (на (этой|прошлой) неделе|в (этом|прошлом) (месяце|году))|^(осы|өткен) (аптадағы|аптада|айдағы|жылғы) кездесулер/u;

/** The intent of a Russian or Kazakh question (any case). */
export function detectIntentRuKk(question: string): Intent {
  const q = question.toLowerCase().replace(/\s+/g, " ").trim();
  if (!/[\p{L}\p{N}]/u.test(q)) return "empty";
  if (
    GREETING.test(q) &&
    q.split(" ").length <= 6 &&
    !MEET.test(q) &&
    !/(кто|что|когда|где|кім|не|қашан|қайда)\s/.test(q)
  )
    return "greeting";
  if (LATEST.test(q)) return "latest";
  // "встречался ли X с Y?", "X Y-пен кездесті ме?"
  if (/(^|\s)ли(\s|$)/.test(q) && MEET.test(q)) return "did-meet";
  if (/\s(ма|ме|ба|бе|па|пе)\??$/.test(q) && MEET.test(q)) return "did-meet";
  if (
    /^(кто так(ой|ая|ие)|кто это|кем является|что (известно|ты знаешь|вы знаете) (о|об|про)|расскажи(те)? (о|об|про))(\s|$)/.test(
      q,
    )
  )
    return "who-is";
  if (/(^|\s)кім(\?|\s*$)/.test(q) && !MEET.test(q)) return "who-is";
  if (/(^|\s)(когда|какого числа|в какой день|қашан|қай күні)(\s|$|\?)/.test(q)) return "when";
  if (/(^|\s)(где|в каком городе|в какой стране|қайда|қай қалада)(\s|$|\?)/.test(q)) return "where";
  if (/(последн|недавн|свеж|соңғы)/.test(q) && (MEET.test(q) || /(новост|жаңалық)/.test(q))) return "latest";
  if (/^(кто|с кем)\s/.test(q) && SIGN.test(q)) return "who-met";
  if (/(^|\s)(что|какие|какой|какое|не|қандай)(\s|$)/.test(q) && SIGN.test(q)) return "signed";
  if (/(^|\s)(что|о чём|о чем|какие|какой|не|қандай)(\s|$)/.test(q) && DISCUSS.test(q)) return "discussed";
  if (DISCUSS.test(q) && /(обсужда|обсудил|талқыла)/.test(q)) return "discussed";
  if (/(^|\s)(кто|с кем|кем|кіммен|кімдер|кім)(\s|$|\?)/.test(q) && MEET.test(q)) return "who-met";
  if (MEET.test(q)) return "who-met";
  if (/^(что|какой|какая|какое|какие|сколько|почему|зачем|как|не|қандай|неше|неге|қалай)(\s|$)/.test(q))
    return "open";
  return "about";
}

/** Whether a Russian or Kazakh question asks who signed (so that only meetings with agreements count). */
export function asksWhoSignedRuKk(question: string): boolean {
  const q = question.toLowerCase().trim();
  return /^(кто|с кем)\s/.test(q) && SIGN.test(q);
}
