/**
 * Meeting finders. Each sentence is rewritten as a skeleton in which every mention is a placeholder
 * ("@m2 met with @m3 in astana ."), and a few patterns over skeletons propose meetings: who met whom,
 * talks between two people, a meeting with someone, two people acting together, signatures, and
 * people who attended. Each proposal names its sentence, its sides and whether it is planned.
 */

import { allMatches } from "./all-matches.ts";
import { atTheMeeting } from "./at-the-meeting.ts";
import { calledOffMentions, isCalledOff } from "./called-off.ts";
import type { Doc, Mention, Sentence } from "./document.ts";
import { attendeesAfterOpening, sideIncluded } from "./finders/attendance-openings.ts";
import { isBilateralBody, markBilateralBodies, TAKES_PART_IN_SITTING } from "./finders/bilateral-body.ts";
import { atSittingOfABody } from "./finders/body-sittings.ts";
import { briefedGuests } from "./finders/briefed-guests.ts";
import { coChairsOfASitting } from "./finders/co-chairs.ts";
import { activeCompanions } from "./finders/companion-clauses.ts";
import { actingWithHead } from "./finders/delegation-company.ts";
import { headlessDelegationMembers } from "./finders/delegation-crew.ts";
import { delegationMembers, speakingDelegationMembers } from "./finders/delegation-members.ts";
import { frontedPassive, greetersAfterTheVerb } from "./finders/fronted-passive.ts";
import { guestOfHost } from "./finders/guest-of.ts";
import { interlocutorList } from "./finders/interlocutors.ts";
import { groupsClosingLists } from "./finders/list-closing-groups.ts";
import { chairsOfTheMeeting } from "./finders/meeting-chair.ts";
import { metSideMembers } from "./finders/met-side-members.ts";
import { phoneInClause, phoneRightAfter } from "./finders/phone-in-clause.ts";
import { receptionsAsNouns } from "./finders/reception-noun.ts";
import { fromRemoteSeat } from "./finders/remote-seats.ts";
import {
  delegationAsHead,
  delegationHead,
  ledDelegationsAsHeads,
  splitCountryLists,
} from "./finders/sides.ts";
import { sidesRepresented, sidesToldApart } from "./finders/sides-told-apart.ts";
import { alternatingTitleLists } from "./finders/titled-country-pairs.ts";
import { verblessMeetings } from "./finders/verbless.ts";
import { MEAL } from "./meals.ts";
import { referredNotReported } from "./meeting-referred.ts";
import { futureAfterOpener } from "./opener-clause.ts";
import { cachedPattern } from "./pattern-cache.ts";
import { articleProtagonist } from "./protagonist.ts";
import { joinWords } from "./roles.ts";
import { fold } from "./text.ts";
import { wishedNotHeld } from "./wished-meetings.ts";

/** A meeting as one sentence proposes it. */
export interface Proposal {
  sentence: number;
  /** Local person ids. */
  people: number[];
  parties: { country: string; description: string }[];
  planned: boolean;
  /** Attendance sentences add people to the meeting before them instead of proposing one. */
  addsTo?: "previous";
  /** Which finder proposed it, for debugging and tests. */
  finder: string;
}

const M = String.raw`@m\d+`;
// A list of mentions; a later item may repeat the preposition ("with A, as well as with B").
// Each item may carry its country in brackets ("with A (Sweden), B (Senegal) and C (Paraguay)").
// A plural title in lower case that heads the rest of a list: "A, head of the group, deputies B and C".
const PLURAL_TITLE =
  "(?:deputies|senators|mps|members|lawmakers|legislators|parliamentarians|representatives|congressmen|congresswomen|ambassadors|ministers)";
// Inside a list, a plural title may head the pair after it with its own complement: "A, B, the
// chairmen of both chambers of the Kazakh parliament C and D".
// "A; B; and members of the delegation of Ostria": the members stand for the side named after them.
const LIST_TITLE = String.raw`(?:${PLURAL_TITLE}|(?:chairmen|chairpersons|chairs|speakers|heads|presidents|leaders) of [a-z][^@,;]{0,50}?|members of(?= @m))`;
// Words of time that stand before a title and its holder without being part of the mention: "and
// former President of the Republic A", "and newly elected Speaker B".
const BEFORE_NAME =
  "(?:former|new|newly (?:elected|appointed|accredited)|recently (?:elected|appointed|accredited)|outgoing|incoming|acting|then)";
// In a list split by semicolons an item may end with a role shared by the names before it ("A, B and C,
// directors of the committee; and D").
// An item may carry where or when its meeting is, before the next item ("will meet A in Riga, and B at
// the Foreign Ministry").
// In a list split by semicolons an item may end with where its person comes from ("Vice-President of
// the Assembly A of Ostria; B"); so may one before "and with" the next ("with A and B of Norway and
// with C of Chile"), in a few words (the repeated "with" says a list goes on, not a new clause).
const ITEM = String.raw`${M}(?: \( [^@()]{1,40} \))?(?: , [a-z][^@;.]{0,60}?(?= ;)| (?:in|at|on) [a-z][^@,;.()]{0,30}?(?=(?: ,)? and @m)| of [a-z][^@,;.()]{0,30}?(?= ;)| of (?:the )?[a-z][\w'’-]*(?: [a-z][\w'’-]*){0,2}?(?=(?: ,)? and with @m))?`;
const LIST = String.raw`${ITEM}(?:(?: ,| ;(?! @m\d+ (?:also |then |later |[a-z]+ly )*(?:met|held|had|received|hosted|welcomed)\b)| and| , and| ; and| as well as| , as well as| alongside| , alongside| along with| , along with| (?:, )?and (?:later|then|also|subsequently|afterwards) with| together with| , together with| plus| , (?:particularly|especially|notably|in particular)| and (?:the |other )?members of (?:his|her|their|the) delegation(?: ,| :)?)(?: with)?(?: the)?(?: ${LIST_TITLE})?(?: ${BEFORE_NAME})? ${ITEM})*`;
const AUX = String.raw`(?:(?:has|have|had|also|then|later|today|yesterday|respectively|reportedly|officially|separately|already|first|further|once again|again) )*`;
// "had a tête-à-tête with Y": the skeleton folds the accents away.
const MEET_NOUN = String.raw`(?:meeting|meetings|talks|negotiations|conversation|conversations|engagement|engagements|encounter|discussion|discussions|consultations|session|sitting|dialogue|dialogues|audience|bilateral|tete-a-tete)`;
// Meals and receptions are meetings too when they are "with" someone ("during a working breakfast with X").
// In HELD, "attended a luncheon with X" counts only with "with" right after the meal: "attended a
// reception at the embassy" meets no one named later in the sentence.
// A photo's caption tells the meeting in the present: "X shakes hands with Y".
// "negotiated with X", "consulted with X", "dined with X", "chatted with X", "had a frank exchange
// with X", "gave a reception for X", "joined X for talks": more verbs of news English for one held encounter with a named person. Each needs the
// person right after it: "dined with students, and B ..." or "joined a committee headed by B" names
// no one met, though the general object gap of SUBJECT_VERB_OBJECT would reach B.
// "held a video conference with X", "took part in a videoconference with X": the corpus counts talks
// held by video as meetings (its "video talks" are gold meetings); only a conference or call by video, never a bare "conference", which may
// be a press conference or a forum.
// "X lodged a strong protest with Y over the resolution": a protest made to a named person, face to
// face ("with" a body, "lodged a protest with the parliament", names no one met).
// "At the end, X awarded Y the Order of Friendship", "X presented Y with a medal": a decoration handed
// over, face to face (not one granted "by decree").
const AWARD_HANDED = String.raw`(?:awarded|awards|presented|presents)(?= (?:the )?@m\d+ (?:with )?(?:the |a |an )?(?:[\w'’-]+ ){0,3}?(?:order|medal|decoration|badge|insignia)\b(?![^.]*\bdecree\b))`;
const PROTEST_WITH = String.raw`(?:lodged|lodges|registered|registers) (?:a |an )?(?:[\w'’-]+ ){0,2}?protests? with(?= (?:the )?@m\d)`;
// A meal named as such, in a verb phrase.
const MEAL_WORD = new RegExp(String.raw`\b${MEAL}s?\b`);

const HELD = String.raw`(?:met|meets|(?:is|are|was|were|been) meeting(?: with)?|received|receives|hosted|hosts|accepted|welcomed|(?:held|holds|had|conducted|hold|(?:is|are|was|were) (?:currently |now |also )?holding) (?:[\w'’-]+ ){0,4}?(?:${MEET_NOUN}|${MEAL})|attended a meeting|(?:attended|joined) (?:a|an|the) (?:[\w'’-]+ ){0,2}?${MEAL}(?= with (?:the )?@m\d)|(?:held|holds|had|conducted|(?:took|takes) part in|participated in|joined) (?:a |an )?(?:[\w'’-]+ ){0,2}?(?:video ?conference|video-conference|video call|video meeting)s?(?= with (?:the )?@m\d)|(?:talked|spoke)(?= (?:[^@ ]+ ){0,4}?(?:with|to) )|(?:shook|shakes|shake|shaking) hands|called on|paid a (?:courtesy )?call on|greeted|greets|(?:came|comes) together with|(?:sat|sits) down with|paid (?:a|an) (?:courtesy |farewell |protocol |introductory )?visit to|(?:granted|gave|grants|gives|given) (?:an )?audience(?: to)?|conferred with|confers with|(?:negotiated|negotiates|consulted|consults|dined|dines|lunched|lunches|breakfasted|chatted|chats)(?= with (?:the )?@m\d)|(?:had|held|has|holds) (?:a |an )?(?:[\w'’-]+ ){0,2}?exchange(?= with (?:the )?@m\d)|(?:gave|gives|offered|offers|threw|hosted|hosts) (?:a|an) (?:[\w'’-]+ ){0,2}?${MEAL} (?:for|in honou?r of)(?= (?:the )?@m\d)|joined(?= @m\d+ for (?:[\w'’-]+ ){0,2}?(?:${MEET_NOUN}|${MEAL})\b)|(?:played|plays) host to|(?:came|comes|went|goes) to see(?= (?:the )?@m\d)|visited(?= (?:the )?(?:visiting )?@m\d+(?!\d| 's| @m))|(?<=\b(?:was|were|been) (?:[a-z]+ly )?)visited(?= (?:[^@]{0,40}? )?by (?:the )?@m\d)|(?:co-chaired|co-chairs|co-hosted|co-hosts) (?:a|an|the) (?:[\w'’-]+ ){0,2}?(?:${MEET_NOUN}|${MEAL})(?= with (?:the )?@m\d)|(?:engaged|interacted) with|exchanged (?:[\w'’-]+ ){0,2}?(?:views|opinions)|(?:had|held|conducted) (?:a |an )?(?:[\w'’-]+ ){0,2}?exchange of (?:views|opinions)|${PROTEST_WITH}|${AWARD_HANDED})`;
// A trip whose purpose is a meeting announces it: "X will travel to Lima on Friday to meet Y", "X leaves
// for Lima for talks with Y". Only the present and the future: "left for Lima for talks" may be over.
const TRIP_TO_MEET = String.raw`(?:(?:will (?:also )?|(?:is|are) (?:set |due |expected |scheduled |going )?to )(?:travel|leave|head|fly|depart|go)|travels|leaves|heads|flies|departs) (?:to|for) [^@]{1,50}? (?:to meet|for (?:[\w'’-]+ ){0,3}?${MEET_NOUN})`;
// A call to be paid is planned too ("is scheduled to call on Y"; "will pay a courtesy call on Y").
const CALL_ON = String.raw`(?:call on|pay a (?:courtesy |farewell )?call on)`;
// A meal or a sit-down to come with a named person is a meeting to come, as "dined with Y" and "sat
// down with Y" are held ones: "will dine with Y", "is scheduled to sit down with Y", "will have lunch with Y".
const SIT_OR_DINE_WITH = String.raw`(?:(?:sit down|dine|lunch)(?= with (?:the )?@m\d)|have (?:a |an )?(?:[\w'’-]+ ){0,2}?${MEAL}(?= with (?:the )?@m\d))`;
// A day may stand between "will" and its verb: "X will on Tuesday meet Y", "will later today hold talks".
// "X (has) scheduled meetings with Y", "X has arranged talks with Y": meetings set up, still to come.
const SCHEDULED_WITH = String.raw`(?:scheduled|arranged|lined up) (?:[\w'’-]+ ){0,3}?${MEET_NOUN}(?= with )`;
const WILL_WHEN = String.raw`(?:(?:on [a-z]+|later(?: today| this week)?|tomorrow|today|next week|this week) )?`;
const PLANNED = String.raw`(?:${TRIP_TO_MEET}|will (?:also )?${WILL_WHEN}(?:meet|be meeting(?: with)?|be (?:having|holding) (?:[\w'’-]+ ){0,3}?${MEET_NOUN}|${CALL_ON}|hold (?:[\w'’-]+ ){0,4}?${MEET_NOUN}|receive|host|have (?:[\w'’-]+ ){0,3}?${MEET_NOUN}|${SIT_OR_DINE_WITH})|(?:is|are|was|were) (?:also )?(?:set|going|expected|scheduled|due|slated|planned|planning|to) (?:to )?(?:meet|${CALL_ON}|hold (?:[\w'’-]+ ){0,4}?${MEET_NOUN}|engage in (?:[\w'’-]+ ){0,4}?${MEET_NOUN}|receive|host|have (?:[\w'’-]+ ){0,3}?${MEET_NOUN}|${SIT_OR_DINE_WITH})|plans? to (?:meet|hold (?:[\w'’-]+ ){0,3}?${MEET_NOUN})|planned to meet|agreed to meet|hoping to meet|hopes to meet|intends to meet|would meet|will (?:also )?be (?:received|welcomed|hosted)|${SCHEDULED_WITH})`;
// "... led by X", also after a noun the side's mention left out ("a delegation of Egyptian lawmakers led by X").
// The noun may carry its own complement ("members of the X-Y friendship group of the House of
// Commons led by Z"), as long as it names a body of people.
// Translated prose may join the leader with "and" after the comma ("received a delegation from Ostria,
// and led by X"): the same side, its leader told as a second attribute.
const LED = String.raw`(?: [a-z]+){0,3}?(?: (?:group|delegation|committee|commission|caucus|team)(?: of| from| in)(?: [a-z'’-]+){1,5}?)?(?: ,(?: and)?)? (?:led|headed|chaired) by (?:its |their |the )?(${M})`;

// The object may follow the body its holder leads ("held talks with the Committee on Foreign Affairs headed by X").
const SUBJECT_VERB_OBJECT = new RegExp(
  String.raw`(${LIST})(?: [^@]{0,110}?)? ${AUX}(${HELD}|${PLANNED}) (?:[^@]{0,60}? |[^@]{0,110}? , |[^@]{0,110}? (?:led|headed|chaired) by )?(?:with |by )?(${LIST})(?:${LED})?`,
  "g",
);
// "talks between X and Y", "talks between Presidents X and Y", "talks between X with Y and Z",
// "talks between the two speakers, X and Y" (a dialogue
// between two people is a relationship, not a meeting).
// "An exchange of views between X and Y took place" is such talks too.
// The day may stand between the verb and "between" ("a meeting was held today between X and Y",
// "talks took place on Monday in Riga between X and Y").
const EXCHANGE_OF_VIEWS = "exchange of (?:views|opinions)";
const DAY_BEFORE_BETWEEN = String.raw`(?:(?:today|yesterday|tomorrow|earlier today|this (?:morning|afternoon|evening)|on (?:[a-z]+day|\d{1,2} [a-z]+|[a-z]+ \d{1,2})) )?`;
const BETWEEN = new RegExp(
  String.raw`(?:^| )(?!dialogues? )(?:${MEET_NOUN}|${MEAL}|${EXCHANGE_OF_VIEWS}) (?:(?:took|takes|will take) place |(?:was|were|will be) held |held )?${DAY_BEFORE_BETWEEN}(?:in [^@,]{1,30} )?${DAY_BEFORE_BETWEEN}between (?:the (?:two |three )?(?:[a-z]+ , )?)?(?:[a-z]+ )?(${M})(?: ,)? (?:and|with) (${LIST})`,
  "g",
);
// The host of "talks between X with A and B", "with" after the first person.
const BETWEEN_WITH = new RegExp(` between (?:[^@]*? )?${M}(?: ,)? with @m`);
// "talks were held between the Ostrian delegation led by X and the Veldanian delegation led by Y": the
// two heads met (their sides are the delegations they lead).
const BETWEEN_LED = new RegExp(
  String.raw`(?:^| )(?:${MEET_NOUN}|${MEAL}) (?:(?:took|takes|will take) place |(?:was|were|will be) held |held )?between (?:the )?${M} (?:led|headed) by (?:its |their )?(${M}) and (?:the )?${M} (?:led|headed) by (?:its |their )?(${M})`,
  "g",
);
// "the meeting of X and Y", "the meeting of X, with Y", "a meeting of X and a delegation led by Y",
// "there was a meeting on 17 May of X and Y" (the day may stand between the noun and its "of").
const MEETING_OF = new RegExp(
  String.raw`(?:${MEET_NOUN}|${MEAL}) ${DAY_BEFORE_BETWEEN}of (${M})(?: ,)? (?:[a-z]{1,3} )?(?:and|with) (${LIST})(?: \)?)?(?:${LED})?`,
  "g",
);
// "X's visit to Vietnam continued with a meeting with Y", "X's programme included talks with Y": the
// meetings that make up someone's visit are theirs.
const VISIT_PART_VERB =
  "(?:continued|continues|began|begins|started|starts|opened|opens|ended|ends|concluded|concludes|included|includes|featured|features)";
const OWNED_VISIT = new RegExp(
  String.raw`(${M}) 's (?:[\w'’-]+ ){0,3}?(?:visit|trip|stay|tour|programme|program|schedule|agenda)(?: [^@,]{0,40}?)? ${VISIT_PART_VERB} (?:with )?(?:(?:a|an|the) )?(?:[\w'’-]+ ){0,2}?(?:${MEET_NOUN}|${MEAL})s? with (${LIST})`,
  "g",
);
// The visit's owner after it: "the visit of X to Kyiv included a meeting with Y", "the programme of
// X's visit" told as "the programme of the visit of X".
const VISIT_OF_OWNER = new RegExp(
  String.raw`(?:visit|trip|stay|tour) of (${M})(?: [^@,]{0,40}?)? ${VISIT_PART_VERB} (?:with )?(?:(?:a|an|the) )?(?:[\w'’-]+ ){0,2}?(?:${MEET_NOUN}|${MEAL})s? with (${LIST})`,
  "g",
);
// The verbs that open or close a visit or a day, and the same looked for first as plain words (few
// sentences hold one).
const BOOKEND_VERB = String.raw`(?:began|begins|started|starts|opened|opens|concluded|concludes|ended|ends|wrapped up|wraps up|completed|completes|closed|closes)`;
const BOOKEND_WORD = new RegExp(` ${BOOKEND_VERB} `);
// "X began his visit by meeting Y", "X concluded the trip with talks with Y", "X started the day with a
// meeting with Y": a visit or a day opened or closed with an encounter is the subject's encounter.
const VISIT_BOOKEND = new RegExp(
  String.raw`(${M})(?: [^@]{0,40}?)? ${AUX}${BOOKEND_VERB} (?:his|her|their|its|the|@m\d+) (?:[\w'’-]+ ){0,2}?(?:visit|trip|day|stay|programme|program|tour) (?:[^@,]{1,30}? )?(?:with|by) (?:(?:a|an|the) )?(?:[\w'’-]+ ){0,2}?(?:(?:${MEET_NOUN}|${MEAL})s? with|meeting(?: with)?|receiving|holding (?:[\w'’-]+ ){0,2}?(?:${MEET_NOUN}) with|paying a (?:courtesy )?call on|calling on) (${LIST})`,
  "g",
);
// "X's 21 January meeting with Y" (the day may be abbreviated: "X's Jan. 21 meeting"), "X recalled his recent talks with Y": the owner of the meeting met Y.
const OWNED_MEETING = new RegExp(
  String.raw`(${M}) (?:'s|[^@]{0,80}? (?:his|her|their)) (?:(?:[\w'’-]+|\.) ){0,5}?(?:${MEET_NOUN}|${MEAL}) with (${LIST})`,
  "g",
);
// "C also attended X's meeting with Y", "C took part in X's talks with Y": C sat at that meeting too.
const ATTENDED_OWNED =
  /(@m\d+) (?:also )?(?:attended|joined|took part in|participated in|sat in on) (?:also )?$/;
// "X made the remarks while receiving Y", "... when meeting with Y before paying a courtesy call on Z",
// "X said this after receiving a courtesy call from Y" (a call or visit received is an encounter; a
// phone call is not, and the words allowed before "call" leave it out), "after being received by Y",
// and "On receiving Y, X said" at the head of a sentence or clause ("insisted on meeting Y" is a wish).
// Inside a clause, "on meeting Y" is a wish or a topic ("insisted on meeting Y"), not the time of an
// encounter: WHILE_MEETING reads "on" only at the head of a sentence or a clause.
const ON_MEETING_INSIDE = /[a-z] on (?:meeting|receiving|hosting|welcoming)\b/;

/** Whether a sentence speaks of meeting someone as a wish or a topic ("insisted on meeting Y"). */
export const wishesToMeet = (text: string): boolean => ON_MEETING_INSIDE.test(text);

const WHILE_MEETING = new RegExp(
  String.raw`(?:when|while|before|after|upon|during|(?:^|, )on) (?:being (?:received|welcomed|hosted|greeted) by|meeting|receiving|hosting|welcoming|paying a (?:courtesy )?call on|receiving (?:a|an) (?:courtesy |farewell |protocol |introductory |official )?(?:call|visit) from|holding (?:[\w'’-]+ ){0,3}?${MEET_NOUN} with) (?:with )?(${LIST})`,
  "g",
);
// The verbs of WHILE_MEETING, looked for as plain words first: few sentences hold any.
const WHILE_VERBS = ["meeting", "receiving", "hosting", "welcoming", "paying", "holding", "being"];
// Those verbs after their subordinator, the cheaper pattern tried before WHILE_MEETING itself.
const WHILE_WORDS = new RegExp(
  String.raw`\b(when|while|before|after|upon|during|on) (${WHILE_VERBS.join("|")})\b`,
);
// A person and the words of their verb phrase, with no comma or other mention after them, just before
// a meeting phrase: "@m3 told a briefing" + " following the meeting with Y".
const CLAUSE_SUBJECT = /(@m\d+) (?:(?!that\b|who\b|which\b)[a-z'’-]+ ){1,6}$/;
// A visit or a call paid to a person, written as a noun: "X launched his tour with a visit to Y",
// "after her courtesy call on Y". (To a country, a body or a site it is a trip; "the visit to Y" may be
// anyone's.) A call by telephone or video is no visit ("made a telephone call to Y"), and a bare "call to
// Y" is a call made or an appeal: paid in person it is a courtesy or a farewell call, or a call on Y.
const VISIT_TO_PERSON = new RegExp(
  String.raw`(?:^| )(?:a|an|his|her|their) (?:(?!(?:tele)?phone\b|video\b)[\w'’-]+ ){0,2}?(?:visit (?:to|on)|call on|(?<=(?:courtesy|farewell|introductory) )call to) (${M})(?! 's)`,
  "g",
);
// "X visited Ostria on 4-6 May at the invitation of Y", "a delegation headed by X paid an official visit
// to Ostria at the invitation of Y": the host who invited the visitor received them. Only a visit told
// as made by the clause's own subject (not "who visited ... at the invitation of", a recalled one).
// The visit may be told as over rather than made: "X concluded a three-day visit to Ostria at the
// invitation of Y". (One begun or under way, "arrived in Zorgrad for a visit at the invitation of Y",
// "is on a visit", has its meetings to come, and they are told on their own.)
const VISIT_SPENT = String.raw`(?:paid|concluded|concludes|completed|completes|wrapped up|wraps up|ended|ends)`;
const VISITED_AT_INVITATION = new RegExp(
  String.raw`(?:^|, |(?:led|headed) by )(${M})(?: ,)? (?:(?:has |have )?(?:also )?(?:visited|${VISIT_SPENT} (?:(?:yesterday|today|on [a-z]+) )?(?:a|an|his|her|their) (?:[\w'’-]+ ){0,3}?visit(?: to)?))(?: [^@]{1,60}?)? at the invitation of (?:his |her |their |the )?(?:[a-z'’-]+ ){0,3}?(${M})(?! 's)`,
  "g",
);
// "X discussed the prospects of cooperation with Y"; "X appreciated the opportunity offered by the
// assembly to discuss regional issues with Y" (an opportunity taken, said of a past encounter).
// A discussion to come is a planned meeting: "X will discuss investments with Y", "X is expected to
// discuss trade with Y", "X plans to discuss the corridor with Y" (plannedAround reads the "will").
const DISCUSS_TO_COME = String.raw`(?:will (?:also )?|(?:is|are) (?:also )?(?:set |expected |scheduled |due |going )?to |plans? to )discuss`;
// The first of the ones discussed with may be a body's people that name no country, before a side that
// does: "with the management of the port and representatives of Estonian companies".
const UNNAMED_FIRST = String.raw`the (?:management|leadership|heads|staff|members|representatives) of [^@,;]{1,50}? and `;
const DISCUSSED_WITH = new RegExp(
  String.raw`(${M})(?: [^@]{0,60}?)? ${AUX}(?:discussed|${DISCUSS_TO_COME}|(?:appreciated|welcomed|valued|used|seized|took|had) the (?:[\w-]+ )?opportunity (?:[^@]{0,60}? )?to (?:discuss|talk|exchange views)) (?:[^@]{0,90}? )?with (?:(?:visiting|the visiting|his|her|their) )?(?:${UNNAMED_FIRST})?(${LIST})`,
  "g",
);
// Words that open another clause, whose "with" is not the verb's before them.
const CLAUSE_BREAK = / , (?:while|whereas|and while) /;
// A word of a later time in the day, which moves a report on from one encounter to the next.
const LATER_TIME = String.raw`(?:on [a-z]+day|in the (?:morning|afternoon|evening)|later(?: that day| in the day| the same day)?|then|afterwards|subsequently|after that|(?:on )?the (?:next|following) day)`;
// A second verb for the same subject: "X will meet A and hold talks separately with B and C", "X will
// hold talks with A and will meet with B", "X is to call on A and to receive B", "X met A, then held
// talks with B", "X met A and then went on to meet B", "X met A on Monday, and later held talks with B".
const AND_ALSO = new RegExp(
  String.raw`^(?: ${LATER_TIME})? (?:, )?(?:and (?:also |separately |${LATER_TIME} )?|then )(?:will (?:also )?|to |(?:went|proceeded|moved) on to )?(?:met|meet|held|hold|had|have|received|receive|paid a (?:courtesy )?call on|pay a (?:courtesy )?call on)(?: [^@ ]+){0,4}? (?:with |on )?(${LIST})`,
);
// The verb left out before a second object: "met with A and later with B", "met A, and then with B",
// "met A, followed by a meeting with B", each encounter maybe with its own time ("met A on Monday and
// on Tuesday with B", "in the morning, and in the afternoon with B"). Without "with", only a time
// word says the object is a second one ("received A, and later B"), and only before the sentence or
// its clause ends (not "and later B said"). "Followed by" stands right after the object, as before:
// after the first encounter's day ("met A on Monday, followed by talks with B earlier in the day") the
// second may be of another day.
const THEN_WITH = new RegExp(
  String.raw`^(?:(?: ${LATER_TIME})? (?:, )?(?:(?:and )?(?:${LATER_TIME} )with|, and ${LATER_TIME}(?= (?:the )?@m\d+ [.,;]))| (?:, )?followed by (?:a |an )?(?:[\w'’-]+ ){0,2}?(?:meeting|meetings|talks) with)(?: the)? (${LIST})`,
);
// A second agent of a passive, its verb left out and often its own day before it: "was received on
// Monday by A, and on Tuesday by B", "was welcomed by A, and later by B".
// The aside may stand after the "and" too: "was received by A and, separately, by B".
const AND_BY_AGAIN = new RegExp(String.raw`^ (?:, )?and (?:, )?(?:[^@.;]{1,50}? )?by (?:the )?(${LIST})`);
// The preposition of the verb's object said again after a relative clause on it: "held a meeting
// with A, who is on a visit to Astana, and with B" (B is one more object).
const AND_WITH_AFTER_CLAUSE = new RegExp(
  `^ , (?:who|which|whose) [^@]{1,100}? , and (?:also )?with (?:the )?(${LIST})`,
);
// "during a meeting with X", "before (prior to) talks with X", "in meetings and engagements, including with his counterpart, X, Y",
// "in a meeting with newly appointed Ambassador X" (a word of time before the title, left out of the mention).
// (The preposition is a word of its own: "that the sides held talks with Y" holds no "at".) "X said
// that his talks with Y were useful": the talks the clause gives its subject, owned by a pronoun.
const WITH_MEETING = new RegExp(
  String.raw`(?<![a-z])(?:that(?= (?:his|her|their|@m\d+) )|at|during|in|after|following|before|prior to|on the sidelines of|in the course of|within|of|about) (?:(?:a|the|their|his|her|its|(${M})) )?(?:[\w'’-]+ ){0,3}?(?:${MEET_NOUN}|${MEAL})s? (?:(?:at|in) [^@,]{1,40}? )?(?:and [\w-]+ , including )?with (?:(?:his|her|their) [\w-]+ , |${PLURAL_TITLE} |(?:the )?${BEFORE_NAME} )?(${LIST})(?:${LED})?`,
  "g",
);
// "@m0 accompanied @m1 and 13 @m2 " right before "in a meeting with Y": the one accompanied (and
// those listed with them, maybe after a number, maybe with others unnamed: "and 13 members of the
// Senate") and their company, as the meeting's subjects.
const ACCOMPANIED_INTO =
  /(@m\d+) (?:also )?accompanied ((?:the )?@m\d+(?:(?: ,| and| , and)(?: [\w-]+)? @m\d+)*)(?: and [^@,]{1,40}?)? $/;
// A name that ends the sentence after a comma ("discussions with A, B and of the group of
// friendship, C.") is one more item of a list its role's words broke, not a subject: a subject has a verb.
const LIST_TAIL = /^[^@]* , (@m\d+) \.?$/;
function listTail(sk: string, m: RegExpMatchArray): number[] {
  const tail = LIST_TAIL.exec(sk.slice((m.index ?? 0) + m[0].length));
  return tail?.[1] ? [Number(tail[1].slice(2))] : [];
}
// "Meetings were held with X", also after an opening phrase of circumstance ("Within the framework of
// the visit, meetings were held with X"; "The visit's agenda includes discussions with MPs, the head of
// the committee X, ..."), but not after a clause ("We have a program, including a meeting with X"),
// nor "The meeting was held with the participation of X" (X attended the meeting told before).
const OPENING_MEETING = new RegExp(
  String.raw`^(?:[^@]{0,30}? |(?:within|during|in|as part of|under|following|on) [^@,]{0,70}? , )?(?:(?:the|a|an) )?(?:[\w'’-]+ ){0,2}?(?:${MEET_NOUN}|${MEAL})s? (?:(?:was|were|has been|have been) (?:also |then |later |further )?held |(?:also )?took place )?with (?!the (?:participation|presence|attendance) of\b)(?:the [^@,]{1,70}? |${PLURAL_TITLE} , )?(${LIST})(?:${LED})?`,
  "g",
);
const PASSIVE_PLANNED = new RegExp(
  String.raw`${MEET_NOUN} (?:will|are to|is to|are expected to|are set to) (?:be )?(?:held|take place) with (${LIST})`,
  "g",
);
// "A, chairman of the Standing Committee, and B held talks": the apposition may belong to the first
// mention, leaving only its comma.
// Either name may carry its country ("A of Ruritania and B of Oceania held talks"), and the second be
// called the visitor ("A and the visiting B held talks").
const OF_COUNTRY = `(?: of (?:the )?[a-z'’-]+(?: [a-z'’-]+)?(?= and | ,| ${AUX}[a-z]))?`;
// "A and B had a working breakfast": a meal of the two, as "had talks" is.
// The joint verbs include "A and B conferred / negotiated / dined / sat down for talks / came
// together": said of the two as one subject, each is an encounter of theirs ("came together" only
// for talks or at a place: parties "came together in a coalition" met no one).
// "A and B are scheduled to meet on Friday", "A and B will meet in Lima": a meeting to come of the two.
// Only when nothing follows the verb but when or where: "A and B will meet voters" is no encounter of theirs.
// So is "A and B will hold talks on Friday", "A and B are set to hold bilateral talks": talks of the two,
// unless held "with" a third ("A and B will hold talks with C" is the subject-verb-object finder's).
const JOINT_PLANNED = String.raw`(?:will (?:also )?|(?:are|were) (?:also )?(?:set|scheduled|expected|due|slated|going) to )(?:meet(?= (?:in|on|at|for|next|later|this|today|tomorrow|again|during)\b| [.,;]|$)|hold(?= (?:a |an )?(?:[\w'’-]+ ){0,2}?(?:talks|meeting|negotiations|consultations)\b(?! with)))`;
const JOINT = new RegExp(
  String.raw`(${M})${OF_COUNTRY}(?: , [^@]{0,80}? ,| ,)? and (?:the )?(?:visiting |guest )?(${M})${OF_COUNTRY}(?: , [^@]{0,80}? ,| ,)? ${AUX}(?:jointly |both |together )?(?:held|discussed|met|${JOINT_PLANNED}|had (?:a |an )?(?:[\w'’-]+ ){0,2}?(?:meeting|talks|conversation|exchange of views|${MEAL})|toured|shook hands|shake hands|signed|agreed|highlighted|exchanged|noted|stressed|talked|touched|reaffirmed|underlined|emphasized|emphasised|expressed|shared|outlined|considered|focused|dwelt|paid|reviewed|praised|hailed|co-chaired|chaired|conferred|negotiated|consulted|dined|(?:sat|sit) down (?:for|to|together)|came together(?= (?:for|at|on the sidelines)\b| in (?!a |an |one |support |opposition |coalition |alliance )))\b`,
  "g",
);
// "Besides Y, X also met Z", "In addition to Y, X held talks with Z": the one named first was met too,
// as the verb's object is ("apart from", which may exclude, is not read).
const BESIDES = new RegExp(
  String.raw`(?:^|, )(?:[^@,]{0,20}? )?(?:besides|in addition to) (?:the )?(${LIST}) , (${M})(?: [^@]{0,40}?)? ${AUX}(?:${HELD}|${PLANNED})`,
  "g",
);
// "A, B and C met in Ostrava", "A, B and C held a meeting on Monday": three or more named as one
// subject of a meeting with no one after it met one another, at one table. Only a verb of meeting
// followed by when or where, or nothing: "A, B and C met voters" is no encounter of theirs.
const JOINT_LIST = new RegExp(
  String.raw`(?:^|[^@\s] )(${M}(?: , ${M})+(?: ,)? and ${M}) ${AUX}(?:jointly |together )?(?:met|held (?:a |an )?(?:[\w'’-]+ ){0,2}?(?:meeting|talks)|came together)(?= (?:in|on|at|for|during|today|yesterday)\b| [.,;]|$)`,
  "g",
);
// "The memorandum was signed by A and B" reports a signing; "the treaty signed by A and B in 1995"
// (no auxiliary) names the signatories of a document, which may be old.
const SIGNED_BY = new RegExp(
  String.raw`(?:was|were|been|be|being) (?:[a-z]+ly |also )?signed by (${M})(?: (?:[^@]|@m\d+){0,60}?)? and (?:by )?(${M})`,
  "g",
);
// "A courtesy call on Y was paid by X", "a farewell visit to Y was paid by X": the call, put in the
// passive, still meets the one called on.
const CALL_PAID_BY = new RegExp(
  String.raw`(?:call|visit) (?:on|to) (${LIST}) (?:[^@]{0,60}? )?(?:was|were|has been|had been) paid (?:[^@]{0,40}? )?by (${LIST})`,
  "g",
);
// "A courtesy call was paid on Y by X": the same with the one called on after the verb.
const CALL_PAID_ON_BY = new RegExp(
  String.raw`(?:call|visit) (?:was|were|has been|had been) paid (?:on|to) (${LIST}) (?:[^@]{0,40}? )?by (${LIST})`,
  "g",
);
// "X conveyed the greetings of President Z to Y during the meeting", "X handed over a letter from Z to
// Y during their meeting": the messenger met Y; the one whose greetings they were stayed at home. Only with a meeting in the sentence: greetings may go by letter.
const CONVEYED_TO = new RegExp(
  String.raw`(${M})(?: [^@]{0,60}?)? (?:conveyed|passed on|delivered|extended|handed over|handed|presented) (?:[^@]{0,30}? )?(?:greetings|regards|wishes|message|letter)(?: (?:of|from) [^@]{0,30}?${M})? to (${LIST})`,
  "g",
);
// "The Committee held its first virtual meeting with its counterpart ..., headed by X": a side led by someone.
const GROUP_HELD = new RegExp(
  String.raw`(?:held|had|conducted) (?:its|their|a|an) (?:[\w'’-]+ ){0,3}?${MEET_NOUN} with (${LIST})[^@]{0,60}?(?:headed|led|chaired) by (${M})`,
  "g",
);
const CONGRATULATED = new RegExp(String.raw`(${M}) (?:also |warmly )?congratulated (${M})`, "g");
// Congratulating someone on an election or an appointment is a message, not a meeting, unless the
// sentence places it in a meeting ("Opening the meeting, X congratulated Y on his appointment").
const ON_TAKING_OFFICE =
  /^ (?:on|upon) (?:his |her |their )?(?:[\w-]+ )?(?:election|re-election|appointment|taking office|assumption|inauguration|(?:being|having been) (?:re-?)?(?:elected|appointed)|swearing-in|assuming (?:the )?(?:office|post|duties)|new (?:post|position|appointment)|(?:victory|win|success) (?:in|at) (?:the )?(?:[\w-]+ )?(?:elections?|polls|vote))\b/;
// Congratulations on an occasion (a national day, a holiday, an anniversary, a birthday) are sent
// from afar as often as said in person: with a whole people beside the addressee ("congratulated
// King X and the people of Y on their National Day") they are a message; to someone the subject
// did not meet in the meeting the article already reported, too. To the host of a visit whose
// other side went unnamed ("the deputies met the leadership ...; A congratulated B on the
// anniversary of the parliament"), they are said at that meeting.
const ON_OCCASION =
  /^ (?:and [^@.]{0,40}? )?(?:on|upon) (?:the |his |her |their |its )?(?:[\w'’-]+ ){0,4}?(?:day|holiday|holidays|anniversary|birthday|new year|festival|eid|independence)\b/;
const WITH_A_PEOPLE = /^ and (?:the |all )?(?:people|peoples|nation|citizens)\b/;
// "held a telephone conversation", "had a video call": the remote word a few words after the verb.
const REMOTE_AFTER = /^ (?:[\w'’-]+ ){0,2}?(?:(?:tele)?phone|video|online|virtual)\b/;
const MEETING_WORD = new RegExp(String.raw`\b${MEET_NOUN}\b`);
// The words of MEET_NOUN that name an encounter on their own ("a session", "a dialogue", "bilateral"
// need a head: "bilateral ties", "the dialogue between the heads of state" are no encounter).
const ENCOUNTER_WORD =
  /\b(?:met|meets|meetings?|talks|negotiations|conversations?|encounters?|consultations|audience)\b/;

/**
 * Whether a sentence names an encounter in the words the finders read one by: "met", a meeting noun
 * ("talks", "a meeting", "an audience") or a meal ("a dinner", "a reception").
 */
export function namesAnEncounter(text: string): boolean {
  return ENCOUNTER_WORD.test(text) || MEAL_WORD.test(text);
}
// A meeting noun or a meal anywhere, even inside a word: what every noun finder's pattern needs
// (it names the encounter), tested once a sentence so that those patterns need not run where it is absent.
const MEETING_OR_MEAL = new RegExp(String.raw`${MEET_NOUN}|${MEAL}`);
// A conversation or a call by telephone is no encounter: "held a telephone conversation with X",
// "received a phone call from X", "recalled his telephone conversation with X".
const BY_PHONE = /\b(?:tele)?phone\b/;
// Taking part from afar: "via videoconference", "by video link", "online", "by telephone".
const JOINED_FROM_AFAR =
  /^(?: [\w'’-]+){0,4}? (?:via|by|through|over) (?:a |the )?(?:video ?(?:link|conference|call)?|videoconference|video-conference|(?:tele)?phone|online link)\b|^(?: [\w'’-]+){0,4}? (?:online|remotely)\b/;
/** Whether a meeting's sentence tells it as held by video (then every side takes part from afar). */
const joinsAMeetingByVideo = (text: string) => /\b(?:virtual|video|videoconference|online)\b/i.test(text);
/** Whether a noun finder's match is a meeting referred to, not reported (see meeting-referred.ts). */
const referredAt = (sk: string, m: RegExpMatchArray) =>
  referredNotReported(sk.slice(0, m.index ?? 0), sk.slice((m.index ?? 0) + m[0].length));
/** Whether the words of a match from its verb or noun on say the exchange was by telephone. */
const byPhone = (m: RegExpMatchArray, from = "") =>
  BY_PHONE.test(m[0].slice(Math.max(0, m[0].indexOf(from))));
// "X called on Y to release the prisoners" is an appeal, not a visit paid to Y.
const TO_INFINITIVE =
  /^ (?:, [^@]{0,60}? , )?to (?!(?:the|a|an|his|her|their|its|discuss|talk)\b)[a-z]+\b(?! @m)/;
const appeal = (sk: string, m: RegExpMatchArray) =>
  / call(?:ed)? on$|^called on$/.test(m[2] ?? "") &&
  TO_INFINITIVE.test(sk.slice((m.index ?? 0) + m[0].length));
// A greeting sent by video or in writing ("greeted the participants ... in a video address") meets no one.
const REMOTE = /\b(?:video|online|virtual|message|letter|telegram)\b/i;
const remoteGreeting = (text: string, m: RegExpMatchArray) => /^greet/.test(m[2] ?? "") && REMOTE.test(text);
/** Whether a sentence before the given one reports congratulations sent by letter, cable or telephone. */
const sentWritten = (doc: Doc, before: number) =>
  doc.sentences
    .slice(0, before)
    .some((x) => /congratulat/i.test(x.text) && BY_MESSAGE.test(x.text) && !MEETING_WORD.test(x.text));
/** Whether any sentence up to and including the given one names an encounter ("met", "talks", a meal). */
const reportsAnEncounterBy = (doc: Doc, index: number) =>
  doc.sentences.slice(0, index + 1).some((x) => namesAnEncounter(x.text.toLowerCase()));
const BY_MESSAGE = /\b(?:letter|message|cable|telegram|phone|telephone|video ?link|online)\b/i;
// An opening participle names the one met, the main clause's subject the other: "Welcoming Y, X
// said", "Received by Y, X noted".
const GREETING = new RegExp(
  String.raw`^(?:welcoming|greeting|receiving|hosting|meeting(?: with)?|thanking|(?:received|welcomed|hosted|greeted) by) (${M}) , (?:[^@]{0,20}? )?(${M})`,
  "g",
);
// The same participle in an aside after the subject: "X, meeting Y on Thursday, said". Only with a
// verb after the aside, and the one met named right after the participle ("X, welcoming the decision
// of Y, said" or "welcoming Y's initiative" meets no one).
const GREETING_ASIDE = new RegExp(
  String.raw`(${M}) , (?:while |when )?(?:welcoming|greeting|receiving|hosting|meeting(?: with)?) (?:the )?(?:visiting )?(${M})(?!\d| 's)(?: [^@,]{0,40}?)? , (?:[a-z]+ly )?(?:said|told|spoke|gave|made|took|wrote|[a-z]+ed|[a-z]+s)\b`,
  "g",
);
// "X met Y, who was accompanied by Z at the talks": company the sentence places at the meeting. Company
// alone ("X met Y, who was accompanied by Z", "He is accompanied by A") came with the delegation, and
// the annotated reports do not count it at the table.
const ACCOMPANIED = new RegExp(
  String.raw`accompanied (?:(?:at|during|in) (?:the|this|these) (?:[\w-]+ )?(?:meetings?|talks|negotiations) by (${LIST})|by (?:[^@]{0,60}? )?(${LIST}) (?:at|during|in) (?:the|this|these|both|all) (?:[\w-]+ )?(?:meetings?|talks|negotiations)\b)`,
  "g",
);
// "X met Y, who was accompanied by A and B", "X received Y, who was leading a delegation that included
// A and B": company in a relative clause on one of the people the sentence has met sat at that table
// beside them (not "who is accompanied on the visit by A": the trip's company, told apart from the meeting).
const WHO_WAS_ACCOMPANIED = new RegExp(
  `(${M}) , who (?:(?:was|were) (?:also )?accompanied by|(?:was leading|was heading|led|headed) (?:${M}|(?:a|the|his|her|their) (?:[a-z-]+ ){0,3}?delegation(?: (?:of|from) (?:the )?(?:${M}|[a-z-]+))?)(?: , | )(?:that |which )?(?:also )?(?:included|comprised|consisted of|including|comprising)) (?:[^@]{0,40}? )?(${LIST})`,
  "g",
);
// "held talks with Y, with A and B also present": attendance told in a phrase after the meeting's objects.
const WITH_PRESENT = new RegExp(
  String.raw`, with (${LIST}) (?:also )?(?:present|in attendance|attending)\b`,
  "g",
);
// The meeting may name its two sides before the attendance: "The meeting between A and B was also
// attended by C and D" (everyone named is at one table); so may a participle ("The meeting, also attended
// by C, took place in the Senate") or those who attended ("Among those who attended the meeting was C");
// a relative clause may tell the attendance
// ("The talks, which were also attended by C, focused on ..."; "hosted B for talks also attended by C";
// "hosted a dinner in honour of B, attended by C"). Openings of other shapes ("Also in the meeting took
// part A and B") are read by finders/attendance-openings.ts.
// The format may follow the noun: "The talks in an expanded format were attended by C".
const OF_SIDES = String.raw`(?: (?:between|of|with) (?:[a-z]+ )?${M}(?: (?:,|and) (?:[a-z]+ )?${M}){0,3})?(?: in (?:an? |the )?[\w-]+ format)?`;
const ATTENDED = new RegExp(
  String.raw`(?:(?:meeting|talks|negotiations|session|sitting|event|${MEAL})${OF_SIDES}(?: , [^@,]{1,80} ,| , which| , that| which| that)? (?:was|were) (?:also )?attended by|(?:the|these|both|all(?: the)?) meetings(?: , which| which)? were (?:also )?attended by|(?:meeting|talks|negotiations) also attended by|(?:${MEAL}|meeting|talks) (?:[^@.;]{0,40}? )?(?:in honou?r of|for|with) @m\d+ , (?:also )?attended by|(?:present at|attending|joining|taking part in|participating in) (?:the|this|that) (?:[\w-]+ )?(?:meeting|talks|negotiations|event|${MEAL})(?: (?:from|on) (?:(?:the )?[^@,]{1,30}? side|@m\d+))? (?:were|was)|^(?:[^@]{0,20}? )?(?:also )?(?:present|attending|joining them|taking part|participating|in attendance) (?:were|was)|^(?:also )?accompanying (?:the |him |her |them )?(?:[a-z]+ )?(?:@m\d+ |guest |guests |delegation )?(?:(?:at|during|in) (?:the|this) (?:[\w-]+ )?(?:meeting|talks|negotiations) )?(?:were|was)|those (?:present|attending) (?:were|included)|(?:among )?those who (?:attended|took part in|participated in) (?:the|this|that) (?:[\w-]+ )?(?:meeting|talks|negotiations|event|${MEAL}) (?:were|was|included)|^(?:[^@]{0,20}? )?(?:the )?(?:meeting|talks|negotiations)${OF_SIDES} , (?:also )?attended by|(?:among (?:the )?)?participants(?: (?:in|of|at) the (?:[\w-]+ )?(?:meeting|talks|negotiations))? (?:also )?(?:included|were|was)|(?:meeting|talks)(?: , which| which)? (?:also )?involved(?= (?:the )?@m)|joined (?:(?:at|in) (?:the|this|that) (?:[\w-]+ )?(?:meeting|talks|negotiations|event|${MEAL}) )?by|side (?:was|were) (?:also )?represented by|with the participation of|in the presence of) (?:[^@]{0,80}? )?(${LIST})`,
  "g",
);
// A delegation's member or head, named in apposition at the head of a sentence: "a member of the
// delegation, @m1 , said", "the head of the delegation, @m1 , noted" (the role read into the mention).
const DELEGATION_MEMBER_ROLE = /^(?:an? |the )?(?:member|head|leader) of the delegation\b/i;
// The head of a delegation named by the title before the name, at the head of a sentence that tells
// no meeting of its own: "Head of the Ostrian delegation X handed Y an invitation" after "Y received the
// visiting delegation of Ostria". The delegation met is that head's.
const DELEGATION_HEAD_TITLE = /^(?:the )?(?:head|leader) of the (?:[\p{L}-]+ ){0,3}?delegation\b/iu;
// Events of many, where a side is represented without meeting anyone in particular.
const EVENT_OF_MANY =
  /\b(?:forum|conference|summit|congress|exhibition|seminar|symposium|festival|plenary)\b/;
// "..., while Ambassador C represented the Ostrian side": the active voice of "the Ostrian side was
// represented by C". Only the side of the meeting ("represented the Ostrian side at the forum" is another event's).
const REPRESENTED_SIDE = new RegExp(
  String.raw`(${LIST}) (?:also )?represented (${M})(?= [.,;]| at the (?:meeting|talks|negotiations)\b|$)`,
  "g",
);
const SIDE_REPRESENTED = new RegExp(
  String.raw`^(?:[^@]{0,40}? )?(${M}) (?:was|were) (?:also )?represented by (${LIST})`,
);
// Someone who took part in the meeting just reported: "X also took part", "X participated in the
// talks", "X attended the meeting", "X attended the events", "X joined the talks", "X later joined
// them", "X was also in attendance", "X was among those present", "X was also at the meeting", "X sat
// in on the meeting" (joining a meeting, not "joined the delegation", which is travelling with it).
const PARTICIPATED = new RegExp(
  String.raw`(${LIST})(?: [^@]{0,80}?)? (?:participated|took part|also attended|attended the (?:[\w-]+ ){0,2}?(?:meeting|talks|negotiations|events?|ceremony|reception|${MEAL})\b|attended (?:all |both |each of )?(?:the |these )?(?:[\w-]+ ){0,2}?meetings\b|(?:was|were) (?:also )?(?:among (?:those|the (?:officials|guests|people)) )?(?:present|in attendance)|(?:was|were)(?: also)?(?= (?:at|in) (?:the|this|that) (?:[\w-]+ ){0,2}?(?:meeting|talks|negotiations)\b|(?: at| around) the (?:negotiating )?table\b)|sat in on|joined(?= (?:them|(?:the|this|that|these) (?:[\w-]+ ){0,2}?(?:meeting|talks|negotiations|discussions?|conversations?)\b))|(?:told|informed|briefed) the (?:guests|delegation|visitors|delegates))`,
  "g",
);
// Someone who spoke at the meeting just reported was at it: "Speaking at the meeting, A proposed ...",
// "A noted at the talks that ...", "A, a member of the delegation, said during the talks that ...". Not
// "A said during the meeting with B" (a meeting of its own), nor a speech at a sitting or an event.
const SAYS =
  "(?:also )?(?:said|noted|stressed|emphasi[sz]ed|underlined|proposed|suggested|pointed out|raised|expressed|informed|added|asked|called for)";
// Wider than the common phrase ("this"/"that", "discussions"): one speaks at any meeting referred back to.
const THE_MEETING_SPOKEN_AT = String.raw`${atTheMeeting({ determiners: ["the", "this", "that"], moreNouns: ["discussions?"] })}\b(?! (?:with|of|between)\b)`;
const SPOKE_AT_MEETING = new RegExp(
  `^(?:[^@]{0,20}? )?speaking ${THE_MEETING_SPOKEN_AT} , (?:[^@]{0,30}? )?(${M})|^(?:[^@]{0,20}? )?(${M})(?: , [^@]{1,60}? ,| ,)? ${SAYS} ${THE_MEETING_SPOKEN_AT}`,
);
// Taking part in an event of many ("took part in a conference on climate") is not taking part in the
// meeting reported before it.
const IN_AN_EVENT =
  /^(?: in| at)? (?:the |a |an )?(?:[^@.,]+ )?(?:conference|forum|summit|session|assembly|congress|festival|exhibition|seminar|webinar|symposium|games|elections?|celebrations?|parade|opening|competition|olympiad|expo|plenary|sitting|voting)\b/;

// What one takes part in that is the meeting reported: nothing more said ("X also took part"), or
// the meeting, talks or visit itself; not "the drafting of the law" or "the founding of the union".
const IN_THE_MEETING =
  /^(?:\s*$| ?[.,;:)]| (?:as well|too|also|via|online|remotely|on|from|as)\b| (?:the|a|an|his|her|their|its) (?:guests|delegation|visitors|delegates)| (?:about|on|that)\b|(?: (?:in|at|during))? (?:it|them|(?:the|this|that|these|those|both|all|a) (?:[\w-]+ ){0,3}?(?:meetings?|talks|negotiations|discussions?|conversations?|events?|ceremony|reception|dinner|lunch|luncheon|breakfast|visit|consultations|exchange of views)\b)| (?:at|around) the (?:negotiating )?table\b)/;

// "The delegation also includes MP A, who took part in the session of the committee": a member the
// report places at an event of many is named for that, not as one more at the meeting told before.
const MEMBERS_ELSEWHERE = new RegExp(
  String.raw`@m\d+ , who (?:also )?(?:took part|takes part|participated|participates|attended|attends)${IN_AN_EVENT.source.slice(1)}`,
);

// The one a company goes with, right before it: "@m0 , accompanied by deputies " + the list.
// What follows a delegation's leader: "led by A, which included B and C", "led by A and including B".
const LEADER_COMPANY = new RegExp(
  String.raw`^(?: ,| , which| , that| and)? (?:also )?(?:included|includes|including|comprised|comprising|consisted of|consisting of) (${LIST})`,
);
// The predicate of a clause telling who attended, right after its subjects: " were also present".
const ATTENDANCE_CLAUSE =
  /^ (?:(?:were|was) (?:also )?(?:present|in attendance|among those present)|(?:also )?(?:joined (?:the|it|in)|attended|took part|participated)\b)/;
// The delegation that came with the one met, spelled out: " and the accompanying delegation, which
// included " + the list.
const WITH_SUITE = new RegExp(
  String.raw`^ and (?:the |his |her |their )?(?:accompanying |visiting )?delegation(?: ,)? (?:which |that |who )?(?:included|includes|including|comprised|comprising|consisted of|consisting of) (${LIST})`,
);
// "A delegation led by @m0 , including " + the list: the people of the delegation its head leads;
// "@m0 , who was accompanied by " + the list, too. Not "members of @m0 , including " + the list: the
// members named act, not the delegation's head that @m0 stands for. Company told in the clause of the
// meeting verb ("X, accompanied by A and B, met Y", "X, joined by A, met Y") sat at that table: the
// annotated reports count it (they leave out only company of the trip told apart from any meeting,
// "During the visit, X is accompanied by A", see TRAVELLED_WITH).
// So is the roster of the delegation the one it goes with leads, told in the same clause ("a delegation
// led by X, which included A and B, met Y", "X and his delegation, comprising A and B, met Y", "the
// delegation led by X and comprising A and B was received by Y").
const COMPANIONS_OF =
  /(?<!\b(?:members?|some|part) of )(@m\d+)(?: and (?:his|her|their) (?:[\w-]+ )?delegation)? (?:, |and )(?:(?:who|which) (?:was|were|is|are) (?:also )?(?=accompanied|joined)|(?:who|which) (?:also )?(?=included|includes|comprised|comprises))?(?:accompanied by|joined by|flanked by|along with|together with|including|comprising|included|includes|comprised|comprises) (?:[^@,]{0,30}? )?$/;
// "@m0 , who arrived in the capital together with " + the list: a relative clause on the one the list
// came with tells the journey, not the meeting; @m0 is the subject, the list its company.
const TRAVELLED_WITH =
  /(@m\d+) , (?:who|which) [^@,]{1,60}? (?:together with|along with|accompanied by) (?:[^@,]{0,30}? )?$/;
// What a list of people opens on when it names someone's delegation rather than sides of their own
// (read before a joint "A and B met Y"): " , including" / " , comprising" after the one they are
// with, or a relative clause on that one's journey " , who is visiting Ostria along with". Kept apart
// from TRAVELLED_WITH, which reads a subject's company and needs its owner named right
// before the comma: here the list is the verb's own subject, and any relative clause's verb may come.
const LISTED_AS_COMPANY =
  / , (?:including|comprising) (?:[^@]{0,30}? )?$| , (?:who|which) [^,]{1,80}? (?:together with|along with|accompanied by) (?:[^@,]{0,30}? )?$/;

// The company told before its owner, at the head of the sentence: "Accompanied by A and B, X met Y",
// "Joined by A, X met Y", "With A and B in attendance, X met Y" (the skeleton may drop the opening
// "With"). The text before the verb is the company, a comma, and the owner.
const FRONTED_COMPANY = new RegExp(
  String.raw`^(?:[^@]{0,20}? )?(?:(?:accompanied|joined|flanked) by (${LIST})|(?:with )?(${LIST}) (?:in attendance|present|attending)) , (?:[^@,]{0,20}? )?(${M}) $`,
);

/**
 * The subjects of a meeting verb whose subject list may be someone's company: the one it goes with
 * and the list ("X, joined by A, met Y", "X, accompanied by A, met Y"), or the one alone when the list
 * is company of the journey ("X, who arrived together with A, met Y").
 */
function companyOf(companions: { owner: number[]; only: boolean }, list: number[]): number[] {
  return companions.owner.length && companions.only ? companions.owner : [...companions.owner, ...list];
}

// One item of a list with the word that joins it to the one before.
const LIST_ITEM = new RegExp(
  String.raw`(?:^|(,|;|and(?: (?:later|then|also|subsequently|afterwards)(?= with))?|as well as|alongside|along with|together with|plus)\s+(?:with\s+)?(?:the\s+)?(?:${LIST_TITLE}\s+)?(?:${BEFORE_NAME}\s+)?)@m(\d+)`,
  "g",
);

/**
 * The mention numbers of a list. A list joined by commas only must end with "and" (or "alongside"):
 * in "at a meeting with @m0 , @m1 noted" the list is @m0 alone, and in "@m0 and @m1 , @m2 said"
 * it stops after the item that "and" joined.
 */
export function listIds(list: string | undefined, after = ""): number[] {
  const items = allMatches(LIST_ITEM, list ?? "");
  const out: number[] = [];
  const joinedByAnd = (sep: string | undefined) => !!sep && sep !== ",";
  const hasAnd = items.some((m) => joinedByAnd(m[1]));
  const semicolons = items.some((m) => m[1] === ";");
  for (const [k, m] of items.entries()) {
    // "with @m1 , @m2 , alongside ..." is a list; "with @m0 , @m1 noted" is not: @m1 is the next clause's subject.
    // A list may end with the rest of its kind, or with someone unnamed: "A, B, C and other officials",
    // "A, B and the Ambassador of Ostria".
    if (k > 0 && !hasAnd && !/^\s*(,|\.|$|(?:, )?(?:and|as well as) (?:other|others|the|an?)\b)/.test(after))
      break;
    // In a list split by semicolons, commas split its parts ("A; B, C and D, directors; and E").
    // A list whose items include a pair ("A, B, Ministers C and D, E, and F") goes on to its last "and".
    const andLater = items.slice(k + 1).some((x) => joinedByAnd(x[1]));
    if (k > 0 && !joinedByAnd(m[1]) && joinedByAnd(items[k - 1]?.[1]) && !semicolons && !andLater) break;
    out.push(Number(m[2]));
  }
  return out;
}
const ids = listIds;

// People who spell out the side listed before them: "other officials including A and B", "the Senate
// and Majilis speakers – A and B", "the heads of delegations of A, B and C, including new D", "a
// delegation consisting of A, B and C", or with nothing between ("members of the Storting A and B").
// The party a side's people sit for may stand between the side and their names: "deputies of the
// Assembly from the " Ostrian Union " A and B".
const PARTY_TAG = '(?:from (?:the )?" [^@"]{1,40} " )?';
const SPELLED_OUT = new RegExp(
  String.raw`^(?: ,)? ${PARTY_TAG}(?:(?:including|–|—|-|:|namely|consisting of|comprising|composed of|made up of|represented by) (?:the )?(?:[^@\s]+ ){0,2}?)?(${LIST})`,
);
// Sides whose people, once named, sit at one table: a delegation, the members of one body, a group of
// one parliament's members ("a delegation comprising A, B and C", "Danish MPs A and B"); "officials
// including A and B" may each have met apart.
const ONE_SIDE =
  /\b(?:delegations?|delegates|members|MPs|deputies|senators|parliamentarians|lawmakers|legislators|congressmen|congresswomen)\b/i;
// The people spelled out from one side in a sentence's lists, by the sentence's mentions: they stay
// together when a verb's objects are split into one meeting per counterpart.
const sidesSpelledOut = new WeakMap<Mention[], number[][]>();
/** Records that the people of `side` (mention numbers of the sentence whose mentions these are) are one side. */
function seatedTogether(mentions: Mention[], side: number[]): void {
  const tables = sidesSpelledOut.get(mentions) ?? [];
  tables.push(side);
  sidesSpelledOut.set(mentions, tables);
}
const WITH_DELEGATION = / and (?:the |other )?members of (?:his|her|their|the) delegation\b/;
// A group closing a list whose members are named in an apposition: "talks with A and the co-rapporteurs,
// B and C", "met A and the vice-chairs of the committee, B and C", "met A and her two deputies, B and C" (the title may have joined the first name). They were
// met as the first were. The group is a plural noun or a count, so that "met A and the Ostrian side" or
// "A and her husband B" is not read for one.
const APPOSED_GROUP = new RegExp(
  String.raw`^ and (?:the|his|her|its|their) (?:(?:two|three|four|five|six) (?:[a-z'’-]+s , )?|(?:[a-z'’-]+ ){0,2}?[a-z'’-]+s(?: of (?:the )?[a-z'’-]+(?: [a-z'’-]+){0,2}?)? , )(${LIST})`,
);
/** The mentions of each list under one plural title of a body's members ("Danish MPs A, B and C"): one side each. */
function listedSides(mentions: Mention[]): number[][] {
  const lists = new Map<number, number[]>();
  mentions.forEach((m, n) => {
    if (m.listedUnder !== undefined) lists.set(m.listedUnder, [...(lists.get(m.listedUnder) ?? []), n]);
  });
  return [...lists.values()].filter((list) => list.length > 1);
}

// The holder of a post named just after it: "the UK Ambassador in Pakistan X", "the envoy to the UN X".
const POSTED_IN = new RegExp(String.raw`^ (?:in|to|at) (?:the )?(?:[^@,\s]+ ){0,3}?(${M})`);

// The name in apposition after a title: "meeting with the Speaker of the parliament, X before ...".
const NAMED_AFTER = new RegExp(
  String.raw`^(?: [^@,\s]+){0,2} , (${M})(?= (?:before|after|on|in|at|during|to|and|\.)\b| \.|$)`,
);

// Mention n of a skeleton, wherever it stands ("@m1" but not "@m12").
const MENTION = cachedPattern((n: number) => new RegExp(String.raw`@m${n}(?!\d)`, "g"));

/**
 * The list captured by group `n` of a match, read with what follows it in the skeleton. A side the
 * next words spell out ("officials including A and B") is replaced by the people named.
 */
function listAt(sk: string, m: RegExpMatchArray, n: number, mentions?: Mention[]): number[] {
  const text = m[n];
  if (!text) return [];
  const start = sk.indexOf(text, m.index ?? 0);
  const after = sk.slice(start + text.length);
  const around = `${sk.slice(Math.max(0, start - 30), start)}${text}${after.slice(0, 15)}`;
  const listed = respectiveHolders(listIds(text, after), mentions, around);
  const apposed = mentions ? APPOSED_GROUP.exec(after) : null;
  const group = apposed
    ? listIds(apposed[1], after.slice(apposed[0].length)).filter((k) => mentions?.[k]?.kind === "person")
    : [];
  const items = [...listed, ...group];
  // The group and those named before it were met at one table, not one by one.
  if (mentions && group.length) seatedTogether(mentions, items);
  // "received A and members of his delegation, B and C": A's company, seated with A.
  if (mentions && items.length > 1 && WITH_DELEGATION.test(text)) seatedTogether(mentions, items);
  const last = items.at(-1);
  // A title followed by its holder's name: the name says who, whatever coreference made of the title.
  const titled = mentions && last !== undefined ? mentions[last] : undefined;
  if (mentions && (titled?.kind === "unnamed" || titled?.resolved)) {
    // What follows the title itself: the list may have run on over the name ("@m1 , @m2").
    const own = allMatches(MENTION(last as number), text).at(-1);
    const rest = own ? text.slice((own.index ?? 0) + own[0].length) + after : after;
    const posted = POSTED_IN.exec(rest) ?? NAMED_AFTER.exec(rest);
    const holder = posted ? Number(posted[1]?.slice(2)) : -1;
    if (mentions[holder]?.kind === "person" && !mentions[holder]?.resolved)
      return [...items.slice(0, -1), holder];
  }
  const spelled =
    mentions && last !== undefined && mentions[last]?.kind !== "person" && SPELLED_OUT.exec(after);
  if (!spelled) return items;
  // With nothing between, only a name spells a side out ("the delegation of Ostria Ivan Petrov"): a
  // role phrase right after the side ("talks with MPs of Ostria the Majilis Speaker underlined") is
  // the subject of the main clause after a fronted phrase.
  const bare = /^ @m/.test(spelled[0]);
  const named = listIds(spelled[1], after.slice(spelled[0].length)).filter(
    (k) => mentions[k]?.kind === "person" && !(bare && mentions[k]?.resolved),
  );
  if (!named.length) return items;
  // "During the talks with deputies of A and B the Speaker underlined": with no word between them, a
  // name spells out the side before it, but a title standing for someone (or a pronoun) opens the
  // main clause after an opener that lacks its comma.
  const nothingBetween = /^(?: ,)? $/.test(spelled[0].slice(0, spelled[0].indexOf("@m")));
  if (nothingBetween && mentions[named[0] as number]?.resolved) return items;
  // "met the heads of the delegations of A, B and C: X, Y and Z": as many people as heads of sides,
  // each the head of one (one meeting per counterpart, not one of all).
  const heads = items.length > 1 ? respectiveHolders([...items, ...named], mentions, around) : [];
  if (heads.length === named.length) return heads;
  if (named.length > 1 && ONE_SIDE.test(mentions[last]?.description ?? "")) seatedTogether(mentions, named);
  // One side spelled out is replaced by its people; after a list of several, they are one more.
  return items.length > 1 ? [...items, ...named] : [...items.slice(0, -1), ...named];
}

/**
 * "the heads of the delegations of A, B and C, X, Y and Z respectively": unnamed sides followed by as
 * many people, who are those sides' heads. The people stand for the sides (one meeting each, not two).
 */
function respectiveHolders(items: number[], mentions: Mention[] | undefined, around: string): number[] {
  if (!mentions || items.length < 4 || items.length % 2) return items;
  const half = items.length / 2;
  const named = namedBeforeTheirSides(items, mentions, around);
  if (named) return named;
  const sides = items.slice(0, half).map((n) => mentions[n]);
  const holders = items.slice(half).map((n) => mentions[n]);
  const spelledOut =
    sides.every((m) => m && m.kind !== "person" && m.country) && holders.every((m) => m?.kind === "person");
  // The names follow the sides with a comma or a colon alone ("..., and with X and Y" are more
  // counterparts), and the sides are their heads, or "respectively" pairs them.
  if (!spelledOut) return items;
  const joined = new RegExp(String.raw`@m${items[half - 1]} [,:–—] @m${items[half]}(?!\d)`).test(around);
  const heads = RESPECTIVE_HEADS.test(around) || / respectively\b/.test(around);
  return joined && heads ? items.slice(half) : items;
}
/**
 * "met X and Y, speakers of the parliaments of A and B": the people named first, then in apposition
 * the offices they hold, one per side. The sides are those people's (one meeting per person, no
 * meeting with the side besides). Undefined unless the list is so written.
 */
function namedBeforeTheirSides(items: number[], mentions: Mention[], around: string): number[] | undefined {
  const half = items.length / 2;
  const holders = items.slice(0, half).map((n) => mentions[n]);
  const sides = items.slice(half).map((n) => mentions[n]);
  if (!holders.every((m) => m?.kind === "person")) return undefined;
  if (!sides.every((m) => m && m.kind !== "person" && m.country)) return undefined;
  const apposed = new RegExp(String.raw`@m${items[half - 1]} , @m${items[half]}(?!\d)`).test(around);
  const heads =
    sides.every((m) => HEADS_OF_SIDES.test(m?.description ?? "")) || / respectively\b/.test(around);
  return apposed && heads ? items.slice(0, half) : undefined;
}
// The description of a side that is its head: "speakers of the parliaments of Ostria".
const HEADS_OF_SIDES =
  /^(?:the )?(?:heads|leaders|chairmen|chairpersons|chairs|speakers|presidents|ambassadors|envoys|ministers)\b/i;
// The heads of sides: "the heads of the delegations of A and B", "the speakers of A and B".
const RESPECTIVE_HEADS =
  /\b(?:heads|leaders|chairmen|chairpersons|chairs|speakers|presidents) of (?:the )?@m/;

// The other side of a meeting whose subject the sentence leaves out: the most mentioned person who
// is not already a side, preferring one from another country than the sides named (`countries`: those
// of the sides, the people's and the unnamed sides' alike).
function otherSide(
  doc: Doc,
  sides: (number | undefined)[],
  countries: Set<string | undefined>,
): number | undefined {
  const candidates = doc.people.filter((p) => !sides.includes(p.id));
  candidates.sort(
    (a, b) =>
      Number(!!b.country && !countries.has(b.country)) - Number(!!a.country && !countries.has(a.country)) ||
      b.mentions - a.mentions ||
      a.firstSentence - b.firstSentence,
  );
  return candidates[0]?.id;
}

// Words after which "of"/"from"/"by" still names the side met: "received a courtesy visit from X",
// "received a warm welcome from X",
// "hosted a dinner in honour of X", "met members of the delegation of X", "received in audience by
// X", "met with delegates led by X".
const MET_THROUGH =
  /\b(?:delegations?|delegates|members|heads|representatives|officials|parliamentarians|lawmakers|deputies|group|team|credentials|visit|call|honou?r|audience|welcome (?:from|by)$|(?:led|headed|chaired) by$)\b/;

// Things one receives or accepts that are words sent, not people met.
const MESSAGE_RECEIVED =
  /\b(?:congratulations|condolences|greetings|wishes|letters?|messages?|cables?|telegrams?|invitations?|an? invitation|appeals?)\b/;

// A gap after the verb that opens on a document: what was received or welcomed is a thing ("received
// the report of ..."), whoever is named in the words after it. (Messages are MESSAGE_RECEIVED's: an
// invitation may be "to visit Chile, where she is to hold talks with Y".)
const THING_RECEIVED_FIRST =
  /^(?:(?:the|a|an|his|her|their|its) )?(?:[\w'’-]+ ){0,2}?(?:reports?|documents?|bills?|drafts?|proposals?|petitions?|requests?|recommendations?|conclusions?|findings?)\b/;

/**
 * Whether the person after the verb of a subject-verb-object match belongs to a noun, not to the
 * verb: "received a letter from X", "welcomed the initiative of X", "welcomed the statement made by
 * X" report a message or an idea, not an encounter. A passive ("was received by X") is an encounter.
 */
function objectOfANoun(sk: string, m: RegExpMatchArray): boolean {
  const { verbAt } = partsOf(sk, m);
  return namedThroughANoun(gapAfterVerb(sk, m), sk.slice(0, verbAt));
}

/**
 * Whether the words `gap` before a person (after a verb, or after the other side) make them the
 * owner or author of a thing, not the one met: "received a letter from", "the law drafted by",
 * "welcomed the initiative of". `beforeVerb` is the sentence before the verb: "was received by" is
 * a passive, whose agent was met.
 */
export function namedThroughANoun(gap: string, beforeVerb: string): boolean {
  // "received the report of the commission chaired by X": the thing received comes first, so the
  // person after it is its author's, however they are linked to it.
  if (THING_RECEIVED_FIRST.test(gap)) return true;
  // "hosted an evening in memory of former Speaker Y": one remembered is not met.
  if (/\bin (?:memory|remembrance|commemoration) of(?: the)?(?: former| late)?$/.test(gap)) return true;
  // "Receives more congratulations X", "received messages of support, X said": what was received
  // is a message, whoever is named after it.
  if (MESSAGE_RECEIVED.test(gap) && !MET_THROUGH.test(gap)) return true;
  if (!/ (?:of|from|by)$/.test(gap) || MET_THROUGH.test(gap)) return false;
  return !/\b(?:was|were|be|been|being)(?: [a-z]+ly)?$/.test(beforeVerb.trimEnd());
}

// Words between a subject and a meeting verb that put the verb in a clause of its own: reported
// speech ("X noted that Chile had hosted Y") has its own subject, whoever said it; so has what
// the sides agreed ("met X, and we agreed that our committees will hold a session", whose verb is the
// committees' and whose future makes no plan of the meeting told before it).
const REPORTED =
  /\b(?:said|says|noted|notes|stressed|recalled|reminded|added|stated|emphasi[sz]ed|underlined|underscored|pointed out|mentioned|announced|agreed|agree|decided|believes|hopes|expressed (?:hope|confidence)|informed [a-z]+|told(?: [a-z]+)?|reported|reports|wrote|writes|explained|confirmed) (?:, )?that\b/;
// Words between a meeting verb and its object that start another clause: "welcomed the investors
// and thanked Y", "hosted a forum that brought together Y".
// A second meeting verb joined to the first is no new clause: "met and talked with Y", "received
// and conferred with Y".
const NEW_CLAUSE =
  /\b(?:(?:and|but) (?:also |then |later )?(?!(?:talked|conferred|consulted|negotiated|chatted|interacted)\b)[a-z]+ed|that|which|who)\b(?! by\b)/;

// An object that possesses what was met stands for no one met ("welcomed Y's initiative"), unless what
// it possesses is its own company: "held a meeting with Y's delegation" met Y at its head.
const POSSESSED_THING = /^ 's\b(?! (?:[\w-]+ ){0,2}?(?:delegation|team|entourage)\b)/;

/**
 * Whether the people a subject-verb-object match pairs are not the verb's own arguments: the verb
 * stands in reported speech after the subject, another clause stands between it and the object,
 * or the object is a possessor ("welcomed Y's initiative" speaks of an idea, not of Y).
 */
function notTheVerbsArguments(sk: string, m: RegExpMatchArray): boolean {
  const { subjectEnd, verbAt, verbEnd, objectAt, objectEnd } = partsOf(sk, m);
  const beforeVerb = sk.slice(subjectEnd, verbAt);
  const beforeObject = sk.slice(verbEnd, objectAt);
  const afterObject = sk.slice(objectEnd);
  return REPORTED.test(beforeVerb) || NEW_CLAUSE.test(beforeObject) || POSSESSED_THING.test(afterObject);
}

// Someone introduced as the one before's own aide: "his deputy", "her first deputy", "his adviser".
const OWN_AIDE = /^(?:his|her|their) (?:first )?(?:deputy|deputies|vice|adviser|advisor|assistant|aide)\b/;
/** The first `n` words (folded) of a sentence from token `from`. */
const wordsAt = (doc: Doc, sentence: number, from: number, n: number) =>
  (doc.sentences[sentence]?.tokens ?? [])
    .slice(from, from + n)
    .map((t) => t.key)
    .join(" ");

// A deputy's title: "Vice Speaker", "First Vice-Chairman" (group 1: the title deputised).
const DEPUTY_OF = /^(?:first )?(?:vice|deputy)[- ](.+)$/i;

/**
 * The objects of one verb as the meetings they make, by index into `objects`: one per person or
 * side, except that people of one body ("met Speaker A; Vice-Speaker B of the same House", "held a
 * meeting with EU Special Representatives A and B") sit at one table.
 */
function oneBodyTogether(doc: Doc, sentence: number, objects: (Mention | undefined)[]): number[][] {
  const tables = new Map<string, number[]>();
  const out: number[][] = [];
  // The titles the object before held in this sentence, and the table it sits at.
  let previous: { titles: string[]; table: number[] } | undefined;
  objects.forEach((m, i) => {
    const person = m?.person === undefined ? undefined : doc.people[m.person];
    const role =
      person?.roles.find((r) => r.sentence === sentence && r.body) ?? person?.roles.find((r) => r.body);
    const here = (person?.roles ?? []).filter((r) => r.sentence === sentence);
    // "A and B of the Foreign Affairs Committee": a membership the sentence gives them, of a body the
    // gazetteer does not know, seats them together too.
    const member = role?.body ? undefined : here.find((r) => /^members? of /i.test(r.title));
    const key = role?.body
      ? `${fold(role.body)}|${role.country ?? person?.country ?? ""}`
      : member
        ? `${fold(member.title)}|${member.country ?? ""}`
        : undefined;
    // "President of the Senate A and Vice President B", "National Assembly Speaker A and Vice Speaker
    // B": a deputy whose title leaves out its body sits with the holder of the title deputised, named
    // just before.
    const deputised = role
      ? undefined
      : here.map((r) => DEPUTY_OF.exec(r.title)?.[1]).find((t): t is string => t !== undefined);
    const beside =
      (deputised !== undefined &&
        // The title before its body: "Chairman of the Bundesrat" is a "Chairman".
        previous?.titles.some((t) => ` ${fold(t).split(" of ")[0]}`.endsWith(` ${fold(deputised)}`))) ||
      // "met with Speaker A and his deputy B": one's own deputy or aide sits at one's table.
      (i > 0 && !!m && OWN_AIDE.test(wordsAt(doc, sentence, m.from, 3)));
    const table = beside ? previous?.table : key === undefined ? undefined : tables.get(key);
    if (table) table.push(i);
    else {
      const own = [i];
      out.push(own);
      if (key !== undefined) tables.set(key, own);
    }
    previous = { titles: here.map((r) => r.title), table: table ?? (out.at(-1) as number[]) };
  });
  return out;
}

/**
 * The tables of a verb's objects with the people spelled out from one side ("received a delegation
 * comprising A, B and C") brought to one table: the tables that hold only people of one side merge.
 */
function seatTogether(tables: number[][], sides: number[][]): number[][] {
  if (!sides.length) return tables;
  const out: number[][] = [];
  const seated = new Map<number[], number[]>();
  for (const table of tables) {
    const side = sides.find((people) => table.every((n) => people.includes(n)));
    const joined = side ? seated.get(side) : undefined;
    if (joined) joined.push(...table);
    else {
      const own = [...table];
      out.push(own);
      if (side) seated.set(side, own);
    }
  }
  return out;
}

// "held a number of meetings", "had a series of talks": the meetings are the verb's object.
const SERIES_HELD =
  /\b(?:held|holds|hold|had|has|have|conducted|conducts) (?:a|an) (?:(?:large|small|whole) )?(?:number|series|round|couple|set)\s*$/;

// A verb that says its objects were met one by one: "held meetings with", "met separately with".
const SEVERAL_MEETINGS = /\b(?:meetings|separately|separate|individually|respectively)\b/;
// The words that make one meeting of all the objects at once: its number of sides, chairs shared, or
// "joint" said outright ("held a trilateral meeting with", "co-chaired a session with", "met jointly with").
const ONE_TABLE =
  /\b(?:trilateral|tripartite|quadrilateral|three-way|three-party|four-party|multilateral|joint|jointly|co-chaired|co-chairs|co-hosted|co-hosts)\b/;
// "met A and B together", right after the objects.
const TOGETHER_AFTER = /^ (?:, )?together\b/;

/** Whether a subject-verb-object match is a passive whose agents follow "by" ("was received by X"). */
function passiveBy(sk: string, m: RegExpMatchArray): boolean {
  const { verbAt, verbEnd, objectAt } = partsOf(sk, m);
  return (
    /\b(?:was|were|been|be|being)(?: [a-z]+ly)?$/.test(sk.slice(0, verbAt).trimEnd()) &&
    /\bby\s*$/.test(sk.slice(verbEnd, objectAt))
  );
}

// A clause boundary in the gap after the verb, with words before it and none of "with"/"to"/"by" after it.
const CLAUSE_BOUND_GAP = /^([^@]*?[a-z][^@]*?) (?:, and|;|, while|, but|, whereas)((?: [a-z'’-]+)*)$/;
// The words that continue the verb's objects after the boundary ("..., and with B", "..., and later B").
const OBJECT_GOES_ON = /^(?: (?:also|then|later|separately|subsequently))*(?: (?:with|to|by|on))?$/;
// A predicate after the object: a verb opens a clause of the object's own ("..., and B spoke to ...").
const PREDICATE_AFTER =
  /^ (?:(?:also|then|later|later on|separately) )?(?:[a-z]{2,}ed|[a-z]{2,}[^su ]s|spoke|said|told|met|gave|took|made|held|went|saw|sat|led|chose|rose|won|left|will|would|can|could|may|might|must|should|has|have|had|is|are|was|were|did|does)\b/;

/**
 * Whether the object of a subject-verb-object match lies past a clause boundary ("A met students,
 * and B spoke to journalists"): the words before ", and" / "; " / ", while" / ", but" already hold
 * the verb's object, and the person after it opens a clause of their own with a verb. Why: the gap
 * allowed before the object would otherwise pair a person only mentioned in the next clause.
 */
function objectEndedByClause(sk: string, m: RegExpMatchArray): boolean {
  const bound = CLAUSE_BOUND_GAP.exec(gapAfterVerb(sk, m));
  if (!bound) return false;
  const before = (bound[1] ?? "").trim();
  // "with the", "to": no object before the boundary yet.
  if (/^(?:with|to|by|on|the|a|an|with the)$/.test(before)) return false;
  const after = bound[2] ?? "";
  if (!OBJECT_GOES_ON.test(after) && !/^ (?:the|a|an)$/.test(after)) return false;
  if (/ (?:with|to|by)$/.test(after)) return false;
  return PREDICATE_AFTER.test(sk.slice(partsOf(sk, m).objectEnd));
}

/** The words between the verb and the object of a subject-verb-object match ("with", "the", ""). */
function gapAfterVerb(sk: string, m: RegExpMatchArray): string {
  const { verbEnd, objectAt } = partsOf(sk, m);
  return sk.slice(verbEnd, objectAt).trim();
}

/**
 * Where the parts of a subject-verb-object match stand in the skeleton: the subject ends, the verb
 * (group 2) begins and ends, the object (group 3) begins and ends. The verb is looked for after the
 * subject, so that a subject's own words are never taken for it.
 */
function partsOf(sk: string, m: RegExpMatchArray) {
  const subjectEnd = (m.index ?? 0) + (m[1]?.length ?? 0);
  const verbAt = sk.indexOf(m[2] ?? "", subjectEnd);
  const verbEnd = verbAt + (m[2]?.length ?? 0);
  const objectAt = sk.indexOf(m[3] ?? "", verbEnd);
  return { subjectEnd, verbAt, verbEnd, objectAt, objectEnd: objectAt + (m[3]?.length ?? 0) };
}

// "conveyed the greetings of X to the Veldanian hosts, saying she ...": "hosts" after an article or a
// possessive (and maybe one adjective), with a comma right after it, is the noun, the people who
// host; the verb "hosts" takes its object at once ("hosts Y", "hosts a dinner for Y").
const HOSTS_NOUN_BEFORE = /\b(?:the|their|his|her|its|our|my|your)(?: [a-z'’-]+)? $/;
function hostsAsNoun(sk: string, m: RegExpMatchArray): boolean {
  if (m[2] !== "hosts") return false;
  const { verbAt, verbEnd } = partsOf(sk, m);
  return HOSTS_NOUN_BEFORE.test(sk.slice(0, verbAt)) && /^ [,.;]/.test(sk.slice(verbEnd));
}

/** The skeleton of a sentence: lower-case words with "@mN" for mention N. */
export function skeleton(s: Sentence): string {
  // Several passes read the same sentence's skeleton: remembered while its mentions stand where they stood.
  let shape = "";
  for (const m of s.mentions) shape += `${m.from}:${m.to},`;
  const known = skeletons.get(s);
  if (known?.shape === shape) return known.skeleton;
  const made = buildSkeleton(s);
  skeletons.set(s, { shape, skeleton: made });
  return made;
}
const skeletons = new WeakMap<Sentence, { shape: string; skeleton: string }>();

let startsAtBuffer = new Int32Array(256);

function buildSkeleton(s: Sentence): string {
  // The first mention that starts at each token, found once rather than searched for at every token.
  // (One array reused from sentence to sentence: allocating a typed array is costly in V8.)
  if (startsAtBuffer.length < s.tokens.length) startsAtBuffer = new Int32Array(s.tokens.length * 2);
  const startsAt = startsAtBuffer;
  startsAt.fill(-1, 0, s.tokens.length);
  for (let n = s.mentions.length - 1; n >= 0; n--) {
    const from = (s.mentions[n] as Mention).from;
    if (from >= 0 && from < s.tokens.length) startsAt[from] = n;
  }
  const parts: string[] = [];
  for (let i = 0; i < s.tokens.length; ) {
    // ", on behalf of Z ,": an aside naming the one represented, who is no side of the clause
    // around it ("X, on behalf of President Z, met Y" is X's meeting); left out of the skeleton so
    // that the subject finders see "X , met Y".
    const aside = behalfAside(s, startsAt, i);
    if (aside > i) {
      i = aside;
      continue;
    }
    const n = startsAt[i] as number;
    if (n >= 0) {
      parts.push(`@m${n}`);
      const m = s.mentions[n] as Mention;
      // "X (MP, Ostria) and Y met Z": a person's mention that took in a bracket's opening takes its
      // closing too, so that the list of subjects reads on ("@m0 and @m1 met").
      const closes = m.kind === "person" && s.tokens[m.to]?.key === ")" && opensBracket(s, m.from, m.to);
      i = closes ? m.to + 1 : m.to;
    } else {
      parts.push(s.tokens[i]?.key ?? "");
      i++;
    }
  }
  return parts.join(" ");
}

/** Whether the tokens from `from` to `to` open a bracket they do not close. */
function opensBracket(s: Sentence, from: number, to: number): boolean {
  let open = 0;
  for (let k = from; k < to; k++) {
    const key = s.tokens[k]?.key;
    if (key === "(") open++;
    else if (key === ")") open--;
  }
  return open > 0;
}

/** The token after the closing comma of an aside ", on behalf of [title] Z ," opening at `i`, else `i`. */
function behalfAside(s: Sentence, startsAt: Int32Array, i: number): number {
  const key = (k: number) => s.tokens[k]?.key;
  if (key(i) !== "," || key(i + 1) !== "on" || key(i + 2) !== "behalf" || key(i + 3) !== "of") return i;
  for (let k = i + 4; k < Math.min(s.tokens.length, i + 9); k++) {
    const n = startsAt[k] as number;
    if (n < 0) {
      if (key(k) === "," || key(k) === ".") return i;
      continue;
    }
    const end = (s.mentions[n] as Mention).to;
    return key(end) === "," ? end : i;
  }
  return i;
}

// "X is to meet Y", "X is also to hold talks with Y", "the delegation is to be received by Y": the
// "is to" of an arrangement, said of an encounter (not "the aim is to deepen ties").
// A relative clause set off by commas ("X, who will visit Ostria on 20 May, met Y") tells of its own
// time: its "will" does not make the meeting of the main clause a plan.
const RELATIVE_CLAUSE = /,\s*(?:who|which)\b[^,]*,/g;
const withoutRelativeClauses = (text: string) => text.replace(RELATIVE_CLAUSE, ",");

const PLANNED_WORDS =
  /\b(will|(?:is|are) (?:also )?to (?:meet|hold|be received|be welcomed|be hosted|receive|host|have|pay|call on|sit down|dine)|(?:travels|leaves|heads|flies|departs) (?:to|for) [^@]{1,50}? (?:to meet|for (?:[\w'’-]+ ){0,3}?(?:talks|meetings?|negotiations|consultations))|(?:is|are) (?:also )?(?:set|going|expected|scheduled|due|slated) to|is scheduled|are scheduled|plans to|plan to|agreed to meet|hoping to|hopes to|intends to|would|(?:has|have) (?:also )?(?:scheduled|arranged|lined up))\b/;

// A programme that lists meetings to come: "the programme of the visit includes meetings with Y",
// "the official part of their visit includes talks with Y" (the past, "included", reports them).
const PROGRAMME_INCLUDES =
  /\b(?:programme|program|agenda|schedule|itinerary|official part)\b[^@.;]{0,60}?\b(?:includes|include|will include|envisages|provides for|foresees)\b/;
// Meetings named first and foreseen after: "Meetings with Y and senators are scheduled during the
// visit", "a meeting between X and Y is also envisaged". No other person may stand in between.
// So is one whose noun is followed by its future: "Talks between X and Y will take place on Friday".
// So is one "on the agenda" in the present, right after it: "Talks with Y are also on the agenda", "a
// meeting with Y is on the programme" ("trade was on the agenda of the talks" is said of talks held).
const FORESEEN_AFTER =
  /^[^@]{0,160}?\b(?:is|are) (?:also )?(?:scheduled|envisaged|planned|foreseen|expected|due)\b|^\s*(?:[^@.;,]{0,40}?\s)?will (?:also )?(?:take place|be held)\b|^ (?:is|are) (?:also )?on the (?:agenda|programme|program|schedule|itinerary)\b/;
// A match whose own verb reports the meeting as done ("met Y, and more meetings are planned").
const REPORTED_DONE = /\b(?:met|held|had|received|hosted|welcomed|was|were)\b/;

/** Proposes the meetings the sentences of a document report. */
export function proposeMeetings(doc: Doc): Proposal[] {
  const out: Proposal[] = [];
  delegationAsHead(doc);
  ledDelegationsAsHeads(doc);
  for (const s of doc.sentences) {
    alternatingTitleLists(doc, s);
    splitCountryLists(s);
    groupsClosingLists(doc, s);
    markBilateralBodies(doc, s);
  }
  const main = articleProtagonist(doc, { prominence: false })?.id;
  // Who holds a meeting whose host a sentence leaves out: the head of the delegation the article
  // follows, when it says who headed one ("the delegation headed by X ... has held bilateral meetings
  // with ..."), before the most mentioned person (a president the speeches keep naming).
  let head: { id: number | undefined } | undefined;
  const headOrMain = () => {
    head ??= { id: delegationHead(doc) };
    return head.id ?? main;
  };
  // A delegation named by its members and no head: where a subject is left out, it is those members.
  const crew = headlessDelegationMembers(doc, skeleton);
  // Those the report has act with a delegation's head, found once per head (a scan of every sentence).
  const actingWith = new Map<number, number[]>();
  const withHead = (id: number) => {
    if (!actingWith.has(id)) actingWith.set(id, actingWithHead(doc, id, skeleton));
    return actingWith.get(id) ?? [];
  };
  let lastSubject: number | undefined;
  for (const s of doc.sentences) {
    // A sentence that names no one and no side proposes nothing (and most sentences name nobody).
    if (!s.mentions.some((m) => m.kind === "person" || m.country)) continue;
    const sk = skeleton(s);
    // Each pattern below runs only where its key words stand: regular expressions are the cost here.
    const mentionCount = s.mentions.length;
    const mention = (n: number) => s.mentions[n];
    const personOf = (n: number) => mention(n)?.person;
    const found: Proposal[] = [];
    const add = (finder: string, named: number[], given: number[], planned: boolean, split = true) => {
      // No one meets themself: a pronoun or title ("the Speaker met ...") that coreference read as
      // one of the people met stands for someone else, the sentence's other person or the protagonist.
      // So does an object pronoun read as the subject ("X received him"): it is someone else too.
      const namedPeople = named.filter((n) => !mention(n)?.resolved).map(personOf);
      const objects = given.flatMap((o) =>
        mention(o)?.resolved && namedPeople.includes(personOf(o)) ? implicitSubject([...named, o]) : [o],
      );
      const objectPeople = objects.map(personOf);
      const subjects = named.flatMap((n) =>
        mention(n)?.resolved && objectPeople.includes(personOf(n)) ? implicitSubject([...objects, n]) : [n],
      );
      const groups = split
        ? seatTogether(
            companyOfNamed(
              oneBodyTogether(doc, s.index, objects.map(mention)).map((g) =>
                g.map((i) => objects[i] as number),
              ),
            ),
            [...(sidesSpelledOut.get(s.mentions) ?? []), ...listedSides(s.mentions)],
          )
        : [objects];
      for (const g of groups) {
        const sides = [...subjects, ...g].map(mention).filter((m): m is Mention => !!m);
        // "Z met the delegation": its head stands for it, and with the head those who acted with them.
        const delegation = sides.flatMap((m) =>
          m.forDelegation && m.person !== undefined ? withHead(m.person) : [],
        );
        const people = [
          ...new Set([
            ...sides.filter((m) => m.person !== undefined).map((m) => m.person as number),
            ...delegation,
          ]),
        ];
        const parties = sides
          .filter((m) => m.kind !== "person" && m.country)
          .map((m) => ({ country: m.country as string, description: m.description ?? m.country ?? "" }));
        if (people.length === 0 || people.length + parties.length < 2) continue;
        found.push({ sentence: s.index, people, parties, planned, finder });
      }
    };
    // Whether the people of a list all come from one country (or none says where from), by the countries
    // their roles in the text state: a country guessed for a person whom no role places (a colleague of
    // the visitor?) does not make a list of hosts two sides.
    const oneStatedCountry = (list: number[]) =>
      new Set(
        list
          .flatMap((n) => (doc.people[personOf(n) ?? -1]?.roles ?? []).map((r) => r.country))
          .filter(Boolean),
      ).size <= 1;
    // One meeting per table of objects (see oneBodyTogether), except that an unnamed side of the
    // country of a person listed with it is that person's company ("met with Speaker A of Ghana and
    // members of the Ghanaian delegation").
    const companyOfNamed = (tables: number[][]): number[][] => {
      const countryOf = (n: number) => {
        const m = mention(n);
        return m?.kind === "person" ? doc.people[m.person ?? -1]?.country : undefined;
      };
      const groups: number[][] = [];
      for (const table of tables) {
        const side = table.length === 1 ? mention(table[0] as number) : undefined;
        // Only one person's: after several people of that country met apart ("with A, B and C, as
        // well as with Senate staffers"), the side is none of theirs in particular.
        const hosts =
          side && side.kind !== "person" && side.country
            ? groups.filter((g) => g.some((n) => countryOf(n) === side.country))
            : [];
        const host = hosts.length === 1 ? hosts[0] : undefined;
        if (host) host.push(...table);
        else groups.push([...table]);
      }
      return groups;
    };
    // Whether a verb's objects are guests received at one table: all named, all of one country. ("Held
    // a meeting with A, B and C" says nothing of the kind: reports use it for separate meetings too.)
    // Whether every one of a verb's objects holds an office of the government ("State Counsellor",
    // "First Deputy Prime Minister"), none a seat in a parliament.
    const governmentOfficials = (objects: number[]) =>
      objects.every((n) => {
        const roles = doc.people[personOf(n) ?? -1]?.roles ?? [];
        return (
          roles.length > 0 &&
          roles.every((r) => GOVERNMENT_OFFICE.test(r.title) && !PARLIAMENT_SEAT.test(r.title))
        );
      });
    const receivedTogether = (verb: string, objects: number[]) => {
      if (objects.length < 2 || objects.some((n) => mention(n)?.kind !== "person")) return false;
      const countries = new Set(objects.map((n) => doc.people[personOf(n) ?? -1]?.country));
      return (
        /^(?:received|receives|hosted|hosts)$/.test(verb) && countries.size === 1 && !countries.has(undefined)
      );
    };
    // The subject of a sentence that names no subject: its first person, else the last subject, else the protagonist.
    const implicitSubject = (exclude: number[]): number[] => {
      const excluded = (p: number | undefined) => exclude.some((n) => personOf(n) === p);
      const inSentence = s.mentions.findIndex(
        (m, n) => m.person !== undefined && !exclude.includes(n) && !excluded(m.person) && m.from >= 0,
      );
      if (inSentence >= 0) return [inSentence];
      if (crew && !crew.some(excluded)) {
        for (const person of crew)
          s.mentions.push({ kind: "person", from: -1, to: -1, person, resolved: true });
        return crew.map((_, i) => s.mentions.length - crew.length + i);
      }
      // A meeting whose host is left out is one of two countries: when everyone met is a compatriot
      // of the protagonist ("Meetings with the Prime Minister and the Foreign Minister took place" in
      // a report of a guest's visit), the host is the article's foreigner. So with a side met that is
      // named by its country only ("A meeting with the Deputy Speaker of Ostria's parliament also took
      // place"): its host is not one of Ostria's own.
      const countryMet = (n: number) => {
        const m = mention(n);
        return m?.kind === "person" ? doc.people[m.person ?? -1]?.country : m?.country;
      };
      const metCountries = new Set(exclude.map(countryMet));
      const candidates = [
        headOrMain(),
        lastSubject,
        otherSide(doc, exclude.map(personOf), metCountries),
      ].filter((p): p is number => p !== undefined && !excluded(p));
      const countryOfCandidate = (p: number) => doc.people[p]?.country;
      const compatriots = (p: number) =>
        metCountries.size === 1 && !metCountries.has(undefined) && metCountries.has(countryOfCandidate(p));
      const first = candidates[0];
      const foreigner = candidates.find((p) => countryOfCandidate(p) !== undefined && !compatriots(p));
      const fallback =
        first !== undefined && compatriots(first) && foreigner !== undefined ? foreigner : first;
      if (fallback === undefined) return [];
      s.mentions.push({ kind: "person", from: -1, to: -1, person: fallback, resolved: true });
      return [s.mentions.length - 1];
    };
    // The person whose clause a meeting phrase ends: "@m3 told a briefing following the meeting with
    // Y" (the teller met Y, whoever the sentence named first).
    const clauseSubject = (before: string, exclude: number[]): number[] | undefined => {
      const own = CLAUSE_SUBJECT.exec(before);
      const n = own ? Number(own[1]?.slice(2)) : -1;
      return mention(n)?.kind === "person" && !exclude.includes(n) ? [n] : undefined;
    };
    const planned = (text: string) => PLANNED_WORDS.test(text);
    // Whether the clause around a match speaks of the future ("is set to engage in dialogues with ...").
    const plannedAround = (m: RegExpMatchArray) => {
      const end = (m.index ?? 0) + m[0].length;
      return (
        planned(withoutRelativeClauses(sk.slice(Math.max(0, (m.index ?? 0) - 50), end))) ||
        PROGRAMME_INCLUDES.test(sk.slice(0, end)) ||
        (!REPORTED_DONE.test(m[0]) && FORESEEN_AFTER.test(sk.slice(end)))
      );
    };
    // "After a dinner hosted by @m0 , @m1 will be received by @m2": in running text, names joined by
    // commas alone are no list; the one next to the verb is its subject (a title's "A, B meet" is).
    const subjectList = (list: string | undefined): number[] => {
      const items = ids(list);
      const joined = / (?:and|as well as|together with|along with|alongside|plus|;) /.test(list ?? "");
      return items.length > 1 && !joined && !s.headline ? items.slice(-1) : items;
    };
    // "@m0 , vice @m1 , met ...": a title in apposition whose holder is named before it; the holder
    // is the subject (the title, when the role finder left it apart, is no side of its own).
    const appositionOwner = (m: RegExpMatchArray): number[] | undefined => {
      if (ids(m[1]).some((n) => mention(n)?.kind === "person")) return undefined;
      const owner = /(@m\d+) , (?:[a-z'-]+ ){0,3}$/.exec(sk.slice(0, m.index ?? 0));
      const n = owner ? Number(owner[1]?.slice(2)) : -1;
      return mention(n)?.kind === "person" ? [n] : undefined;
    };

    // "X, joined by A and B, met Y", "X, accompanied by A and B, met Y": the list next to the verb is
    // X's company at the table; X is a subject too. "X, who arrived with A, met Y": X alone (`only`).
    const companionsOwner = (m: RegExpMatchArray): { owner: number[]; only: boolean } => {
      const before = sk.slice(0, m.index ?? 0);
      const owner = COMPANIONS_OF.exec(before);
      const travelled = owner ? null : TRAVELLED_WITH.exec(before);
      const n = Number((owner ?? travelled)?.[1]?.slice(2) ?? -1);
      return mention(n)?.kind === "person" ? { owner: [n], only: !!travelled } : { owner: [], only: false };
    };

    // People who join the meeting reported just before (in this sentence or an earlier one).
    // An unnamed side among them ("X, accompanied by a group of Ostrian MPs, met Y") joins as a party,
    // unless people of its country join with it: then it is the heading of their list ("attended by
    // members of the Council: A, B and C").
    const joinPrevious = (finder: string, mentions: number[]) => {
      const people = mentions.map(personOf).filter((p): p is number => p !== undefined);
      const countries = new Set(people.map((p) => doc.people[p]?.country));
      const parties = mentions
        .map(mention)
        .filter((m): m is Mention => !!m && m.kind !== "person" && !!m.country && !countries.has(m.country))
        .map((m) => ({ country: m.country as string, description: m.description ?? (m.country as string) }));
      if (people.length || parties.length)
        found.push({ sentence: s.index, people, parties, planned: false, addsTo: "previous", finder });
    };
    // Whether the meeting last proposed (before this sentence) is still to come.
    const lastPlanned = [...out].reverse().find((p) => !p.addsTo)?.planned ?? false;
    const scope: SentenceScope = {
      lastPlanned,
      earlier: out,
      doc,
      s,
      sk,
      mentionCount,
      mention,
      personOf,
      found,
      add,
      oneStatedCountry,
      receivedTogether,
      governmentOfficials,
      implicitSubject,
      clauseSubject,
      planned,
      plannedAround,
      subjectList,
      appositionOwner,
      companionsOwner,
      joinPrevious,
    };
    // Each group of finders is a function of its own: one function with all of them took V8's optimising
    // compiler seconds to compile, again after each deoptimisation, a large part of extraction's CPU time.
    subjectVerbObjectFinders(scope);
    nounFinders(scope);
    jointAndOtherFinders(scope);
    attendanceFinders(scope);
    // "X's meeting with Y was postponed": the people of a meeting called off met no one.
    const offMentions = [...calledOffMentions(sk)];
    const off = new Set(offMentions.map(personOf).filter((p) => p !== undefined));
    const offSides = new Set(
      offMentions
        .map((n) => mention(n))
        .flatMap((m) => (m?.kind === "unnamed" && m.country ? [m.country] : [])),
    );
    // "A and B met with C" also matches "A and B ... met": a proposal inside another of the same sentence adds nothing.
    const kept = found.filter(
      (p) =>
        p.addsTo ||
        (!isCalledOff(p.people, off, p.parties, offSides) &&
          !found.some(
            (q) =>
              q !== p &&
              !q.addsTo &&
              q.people.length > p.people.length &&
              p.people.every((x) => q.people.includes(x)) &&
              p.parties.length === 0,
          )),
    );
    out.push(...kept);
    // The last subject: the first person of the last meeting proposed, or the sentence's first person.
    const first =
      found.find((p) => !p.addsTo)?.people[0] ??
      s.mentions.find((m) => m.person !== undefined && m.from >= 0)?.person;
    if (first !== undefined && !s.headline) lastSubject = first;
  }
  return out;
}

/** What the finders of one sentence share: the sentence, its skeleton and the helpers that read them. */
interface SentenceScope {
  /** Whether the meeting proposed last, before this sentence, is still to come. */
  lastPlanned: boolean;
  /** The meetings proposed by the sentences before this one. */
  earlier: readonly Proposal[];
  doc: Doc;
  s: Sentence;
  sk: string;
  mentionCount: number;
  mention: (n: number) => Mention | undefined;
  personOf: (n: number) => number | undefined;
  found: Proposal[];
  add: (finder: string, named: number[], given: number[], planned: boolean, split?: boolean) => void;
  oneStatedCountry: (list: number[]) => boolean;
  receivedTogether: (verb: string, objects: number[]) => boolean;
  /** Whether every one of the objects holds an office of the government, none a seat in a parliament. */
  governmentOfficials: (objects: number[]) => boolean;
  implicitSubject: (exclude: number[]) => number[];
  clauseSubject: (before: string, exclude: number[]) => number[] | undefined;
  planned: (text: string) => boolean;
  plannedAround: (m: RegExpMatchArray) => boolean;
  subjectList: (list: string | undefined) => number[];
  appositionOwner: (m: RegExpMatchArray) => number[] | undefined;
  companionsOwner: (m: RegExpMatchArray) => { owner: number[]; only: boolean };
  joinPrevious: (finder: string, mentions: number[]) => void;
}

/**
 * The subject-verb-object finder ("X met Y", "X was received by Y") and the second verb of its
 * subject ("... and held talks with Z").
 */
function subjectVerbObjectFinders(scope: SentenceScope): void {
  subjectVerbObjectMatches(scope, scope.sk);
  // "X, who on Monday met with Y, today held talks with Z": the subject's own clause took its
  // person as the first match's subject; the main verb after the clause is the subject's too.
  const clause = RELATIVE_MEETING_CLAUSE.exec(scope.sk);
  if (clause) {
    const from = clause.index;
    const to = from + clause[0].length;
    // Blanked with spaces, so that every index of the skeleton stays where it was.
    const without = `${scope.sk.slice(0, from)}${" ".repeat(clause[0].length)}${scope.sk.slice(to)}`;
    subjectVerbObjectMatches(
      scope,
      without,
      (m) => (m.index ?? 0) < from && (m.index ?? 0) + m[0].length > to,
    );
  }
}

// A relative clause on a subject that tells a meeting of its own, closed by a comma before the main
// verb: "@m0 , who on monday met with @m1 , today held ...".
const RELATIVE_MEETING_CLAUSE =
  /(?<=@m\d+) , who (?:[^,@]{0,40} )?(?:met|held|received|hosted|welcomed|visited)\b[^,]{0,80}?@m\d+[^,]{0,40}? ,(?= )/;

// Offices of a government, and the words of a seat in a parliament that no such office has.
const GOVERNMENT_OFFICE = /\b(?:minister|counsell?or|secretary of state|governor|premier)\b/i;
const PARLIAMENT_SEAT = /\b(?:speaker|parliament|senate|assembly|chamber|committee|mp|senator)\b/i;

/** The subject-verb-object finders over one skeleton of the sentence, keeping the matches `keep` accepts. */
function subjectVerbObjectMatches(
  scope: SentenceScope,
  sk: string,
  keep: (m: RegExpMatchArray) => boolean = () => true,
): void {
  const {
    s,
    mentionCount,
    mention,
    add,
    oneStatedCountry,
    receivedTogether,
    governmentOfficials,
    implicitSubject,
    plannedAround,
    subjectList,
    appositionOwner,
    companionsOwner,
  } = scope;
  if (mentionCount >= 2)
    for (const m of allMatches(SUBJECT_VERB_OBJECT, sk)) {
      if (!keep(m)) continue;
      if (objectOfANoun(sk, m) || byPhone(m, m[2]) || notTheVerbsArguments(sk, m)) continue;
      if (phoneInClause(sk.slice(partsOf(sk, m).objectEnd))) continue;
      if (appeal(sk, m) || remoteGreeting(s.text, m) || objectEndedByClause(sk, m)) continue;
      if (hostsAsNoun(sk, m)) continue;
      if (wishedNotHeld(sk.slice(0, partsOf(sk, m).verbAt), m[2] ?? "")) continue;
      // A visit paid to a person is an encounter; to a body, a country or a site ("paid a visit to
      // the site where X was killed"), a trip.
      // So is "X visited Y", Y named right after the verb (HELD's lookahead).
      // ("was visited on Monday by Y" is the passive, whose agent came.)
      const visit = /visit to$/.test(m[2] ?? "") || (m[2] === "visited" && !passiveBy(sk, m));
      if (visit && !/^(?:the )?$/.test(gapAfterVerb(sk, m))) continue;
      // A headline joins its statements with a semicolon ("Speaker meets Chilean envoy; Peruvian
      // delegation due Thursday"): the verb's objects end there, and what follows is news of its own.
      // So does a semicolon in running text that opens a clause of attendance ("met with B; C and D were
      // also present"): C and D attended the meeting with B, and were not met one by one.
      const attendanceAfter = ATTENDANCE_CLAUSE.test(sk.slice((m.index ?? 0) + m[0].length));
      const cut = s.headline || attendanceAfter ? (m[3] ?? "").indexOf(" ; ") : -1;
      const nextStatement = cut >= 0 ? `${(m[3] ?? "").slice(cut)} ` : "";
      const objects = listAt(sk, m, 3, s.mentions).filter(
        (n) => (!visit || mention(n)?.kind !== "group") && !nextStatement.includes(`@m${n} `),
      );
      const leader = m[4] ? Number(m[4].slice(2)) : undefined;
      // "at the invitation of the House of @m2 , visited ... and met": a side after a preposition
      // is not the subject; the sentence's first person is.
      // So is a person after a preposition when ", and" joins the verb to an earlier clause ("X visited
      // ..., where they heard a eulogy for @m1 at the sitting, and then met Y"): the verb is X's.
      const afterPreposition = /\b(?:of|by|to|from|for)(?: the| former| late)?$/.test(
        sk.slice(0, m.index ?? 0).trimEnd(),
      );
      const complement =
        afterPreposition &&
        ((/\b(?:of|by|to|from|for)$/.test(sk.slice(0, m.index ?? 0).trimEnd()) &&
          ids(m[1]).every((n) => mention(n)?.kind !== "person")) ||
          / , and (?:then |later |also )?$/.test(sk.slice(partsOf(sk, m).subjectEnd, partsOf(sk, m).verbAt)));
      // "Members of the delegation of X held meetings with Y": the members met Y, whoever else the
      // sentence names.
      const membersOfSide =
        /\bmembers? of(?: the)?$/.test(sk.slice(0, m.index ?? 0).trimEnd()) &&
        ids(m[1]).every((n) => mention(n)?.kind !== "person");
      const fronted = membersOfSide ? null : FRONTED_COMPANY.exec(sk.slice(0, partsOf(sk, m).verbAt));
      const subjects = membersOfSide
        ? []
        : fronted
          ? [Number(fronted[3]?.slice(2)), ...ids(fronted[1] ?? fronted[2])]
          : complement
            ? implicitSubject(objects)
            : companyOf(companionsOwner(m), appositionOwner(m) ?? subjectList(m[1]));
      // "received the delegation led by A, which included B and C": the leader's company, named in the
      // clause of the meeting: the delegation met sat at the table, B and C with A (the annotated
      // reports leave out only a roster told of the trip, apart from any meeting).
      const company =
        leader !== undefined || /(?:led|headed|chaired) by$/.test(gapAfterVerb(sk, m))
          ? LEADER_COMPANY.exec(sk.slice((m.index ?? 0) + m[0].length))
          : null;
      // "met with X and the accompanying delegation, which included A and B": X's company, met with X;
      // X's table is one meeting.
      const suite = company ? null : WITH_SUITE.exec(sk.slice((m.index ?? 0) + m[0].length));
      const members = ids(company?.[1] ?? suite?.[1]).filter((n) => mention(n)?.kind === "person");
      // The verb and the words after it, up to the object ("held separate meetings with"), read by
      // the branches below for how many tables there were.
      const verbWords = `${m[2]} ${gapAfterVerb(sk, m)}`;
      // "The ambassadors of A, B and C separately called on Y": each of the subjects met Y apart.
      const apart =
        subjects.length > 1 &&
        objects.length === 1 &&
        / separately $/.test(sk.slice(partsOf(sk, m).subjectEnd, partsOf(sk, m).verbAt));
      if (apart && leader === undefined) add("met-separately", objects, subjects, plannedAround(m));
      else if (leader !== undefined)
        add("met-led", subjects, [...objects, leader, ...members], plannedAround(m), false);
      else if (company || suite) add("met-led", subjects, [...objects, ...members], plannedAround(m), false);
      // "met with A, Speaker; B, Vice-Speaker; and C": the people of one host, at one table.
      // Counterparts of different countries in such a list are one meeting each, and so are those of
      // "held meetings with A; B; and C" or "met separately with": the plural says there were several.
      else if (cut < 0 && / ; /.test(m[3] ?? ""))
        add(
          "met-semicolons",
          subjects,
          objects,
          plannedAround(m),
          !oneStatedCountry(objects) || SEVERAL_MEETINGS.test(verbWords),
        );
      // "was welcomed at the airport by A, B and C": the people who greet an arrival are one party
      // ("was received by the President and the Prime Minister" may be two audiences).
      else if (/^(?:welcomed|met)$/.test(m[2] ?? "") && passiveBy(sk, m))
        add("met-by", subjects, objects, plannedAround(m), false);
      // Guests of one country received together are one encounter ("received the chairman of ...
      // of Italy, A, and the Ambassador of Italy, B"), and so are hosts of one parliament ("was received
      // by the Speaker A and the Chairman of the Committee B"). But officials of the government each
      // receive in their own office: a visitor "received by the State Counsellor A, the First Deputy
      // Prime Minister B" had an audience with each.
      else if (receivedTogether(m[2] ?? "", objects) && !(passiveBy(sk, m) && governmentOfficials(objects)))
        add("met-together", subjects, objects, plannedAround(m), false);
      // One table, whatever countries its guests are from: "welcomed A, along with B" (the company of
      // the one met), "held a trilateral meeting with A and B", "co-chaired a session with A and B" (a
      // meeting of three or more sides, or chaired by two), "held a joint meeting with A and B", "met A
      // and B together" (said outright).
      else if (
        / (?:along|together) with /.test(m[3] ?? "") ||
        ONE_TABLE.test(verbWords) ||
        TOGETHER_AFTER.test(sk.slice(partsOf(sk, m).objectEnd))
      )
        add("met-one-table", subjects, objects, plannedAround(m), false);
      // "hosted a working breakfast with A and B", "had dinner with A and B": the guests of one meal sat
      // at one table (unless "separate" meals are said).
      else if (MEAL_WORD.test(verbWords) && !SEVERAL_MEETINGS.test(verbWords))
        add("met-meal", subjects, objects, plannedAround(m), false);
      else add("met", subjects, objects, plannedAround(m));
      // "... met A and held talks with B": the same subject's second encounter.
      const end = sk.indexOf(m[3] ?? "", m.index ?? 0) + (m[3]?.length ?? 0);
      const next = AND_ALSO.exec(sk.slice(end));
      if (next) add("and-also", subjects, listAt(sk, next, 1, s.mentions), plannedAround(m));
      const then = THEN_WITH.exec(sk.slice(end));
      if (then) add("then-with", subjects, listAt(sk, then, 1, s.mentions), plannedAround(m));
      const more = AND_WITH_AFTER_CLAUSE.exec(sk.slice(end));
      if (more) add("and-with", subjects, listAt(sk, more, 1, s.mentions), plannedAround(m));
      const again = passiveBy(sk, m) ? AND_BY_AGAIN.exec(sk.slice(end)) : null;
      if (again) add("and-by", subjects, listAt(sk, again, 1, s.mentions), plannedAround(m));
    }
}

// "X, whom Y received on Thursday, ...", "X, with whom Y had talks, said ...": the one a relative
// clause opens on met its subject.
const WHOM_MET = new RegExp(
  String.raw`(${M}) , (?:with )?whom (${M})(?: [^@]{0,40}?)? ${AUX}(?:${HELD}|${PLANNED})`,
  "g",
);

// One more item of a list of "with"s that an item naming no one broke: "Talks were held with A, with
// representatives of the parties, with B and with C" (B and C were met too). Not after a clause of
// its own ("while", "who", ...), whose "with" is another verb's.
const MORE_WITH = / , (?:and )?(?:also )?with (?:the )?(?:[a-z'’-]+ ){0,8}?(?:, )?(@m\d+)/g;
const OWN_CLAUSE = /\b(?:while|whereas|but|who|which|where|when|after|before|said|says|noted)\b/;

/**
 * The people of the further "with" items after a match whose own subject the sentence leaves out
 * (see MORE_WITH), up to the first clause of their own.
 */
function moreWithItems(sk: string, m: RegExpMatchArray, found: number[]): number[] {
  const rest = sk.slice((m.index ?? 0) + m[0].length);
  const more: number[] = [];
  for (const w of allMatches(MORE_WITH, rest)) {
    if (OWN_CLAUSE.test(rest.slice(0, w.index ?? 0))) break;
    const id = Number(w[1]?.slice(2));
    if (!found.includes(id) && !more.includes(id)) more.push(id);
  }
  return more;
}

/**
 * The finders of meetings written as nouns: "the meeting of X and Y", "X's meeting with Y", "talks
 * between X and Y", "during a meeting with Y", "meetings were held with Y".
 */
function nounFinders(scope: SentenceScope): void {
  const { s, sk, mention, personOf, add, implicitSubject, clauseSubject, plannedAround } = scope;
  const namesMeeting = MEETING_OR_MEAL.test(sk);
  if (BOOKEND_WORD.test(sk))
    for (const m of allMatches(VISIT_BOOKEND, sk))
      add("visit-bookend", ids(m[1]), listAt(sk, m, 2, s.mentions), plannedAround(m));
  if (/\b(?:besides|in addition to) /.test(sk))
    for (const m of allMatches(BESIDES, sk))
      add("besides", ids(m[2]), listAt(sk, m, 1, s.mentions), plannedAround(m));
  if (namesMeeting && sk.includes(" of @m"))
    for (const m of allMatches(MEETING_OF, sk)) {
      if (byPhone(m) || referredAt(sk, m)) continue;
      const leader = m[3] ? [Number(m[3].slice(2))] : [];
      add(
        "meeting-of",
        ids(m[1]),
        [...listAt(sk, m, 2, s.mentions), ...leader],
        plannedAround(m),
        !leader.length,
      );
    }
  if (namesMeeting && sk.includes(" with @m"))
    for (const m of [
      ...allMatches(OWNED_MEETING, sk),
      ...allMatches(OWNED_VISIT, sk),
      ...(sk.includes(" of @m") ? allMatches(VISIT_OF_OWNER, sk) : []),
    ]) {
      // "X's potential meeting with Y" may never happen.
      if (/\b(potential|possible|proposed|hypothetical)\b/.test(m[0]) || byPhone(m)) continue;
      add("owned-meeting", ids(m[1]), listAt(sk, m, 2, s.mentions), plannedAround(m));
      // The one who attended it joins that meeting, once it is told (again) by this sentence.
      const attendee = ATTENDED_OWNED.exec(sk.slice(0, m.index ?? 0))?.[1];
      if (attendee) scope.joinPrevious("attended-owned-meeting", ids(attendee));
    }
  if (sk.includes("whom @m"))
    for (const m of allMatches(WHOM_MET, sk))
      if (!byPhone(m) && !referredAt(sk, m)) add("whom-met", ids(m[2]), ids(m[1]), plannedAround(m));
  if (WHILE_VERBS.some((verb) => sk.includes(verb)) && WHILE_WORDS.test(sk))
    for (const m of allMatches(WHILE_MEETING, sk)) {
      const objects = listAt(sk, m, 1, s.mentions);
      // "…, Speaker X said after meeting Y": the subject of the clause the phrase ends, where one stands
      // right before it; else the sentence's first person.
      const subjects = clauseSubject(sk.slice(0, m.index ?? 0), objects) ?? implicitSubject(objects);
      // "Before meeting Y, X will lay a wreath": an opener's encounter is as future as its main clause.
      const inOpener = !sk.slice(0, m.index ?? 0).includes(",");
      add("while-meeting", subjects, objects, plannedAround(m) || (inOpener && futureAfterOpener(sk)));
    }
  if (/ (?:visit|call) (?:to|on) @m/.test(sk))
    for (const m of allMatches(VISIT_TO_PERSON, sk)) {
      const called = Number(m[1]?.slice(2));
      if (mention(called)?.kind !== "person" || mention(called)?.resolved) continue;
      const subjects = clauseSubject(sk.slice(0, m.index ?? 0), [called]) ?? implicitSubject([called]);
      add("visit-to-person", subjects, [called], plannedAround(m));
    }
  if (sk.includes("at the invitation of"))
    for (const m of allMatches(VISITED_AT_INVITATION, sk)) {
      const visitor = Number(m[1]?.slice(2));
      const inviter = Number(m[2]?.slice(2));
      if (mention(visitor)?.kind !== "person" || mention(inviter)?.kind !== "person") continue;
      if (mention(inviter)?.resolved || personOf(visitor) === personOf(inviter) || plannedAround(m)) continue;
      // The visit's frame told after the talks it held ("Y held talks with X [...]. X concluded an
      // official visit at the invitation of Y") is that meeting again, not one more.
      const pair = [personOf(visitor), personOf(inviter)];
      if (scope.earlier.some((p) => pair.every((who) => who !== undefined && p.people.includes(who))))
        continue;
      add("visited-at-invitation", [visitor], [inviter], false);
    }
  if (sk.includes("discuss") || sk.includes("opportunity"))
    for (const m of allMatches(DISCUSSED_WITH, sk)) {
      // "With A, the parties discussed X, while the meeting with B focused on Y": A is the object of
      // "with", not the one who discussed, and B's "with" belongs to another clause: A and B did not meet.
      if (/(?:^|\s)with $/.test(sk.slice(0, m.index ?? 0).slice(-6)) || CLAUSE_BREAK.test(m[0])) continue;
      // "X reported that the parties discussed Z with Y": the teller is no party; the ones who discussed
      // are unnamed.
      if (REPORTED.test(m[0].slice(0, m[0].indexOf("discuss")))) continue;
      // "discussed the visit with Y by phone": a call, no encounter.
      if (byPhone(m) || phoneRightAfter(sk.slice((m.index ?? 0) + m[0].length))) continue;
      add("discussed-with", ids(m[1]), listAt(sk, m, 2, s.mentions), plannedAround(m));
    }
  // "X will take part in a meeting of the commission between A and B" (see bilateral-body.ts).
  if (/ part in | particip| attend/.test(sk))
    for (const m of allMatches(TAKES_PART_IN_SITTING, sk)) {
      const [who, body] = [m[1] ?? m[3], m[2] ?? m[4]].map((x) => Number(x?.slice(2)));
      if (isBilateralBody(mention(body as number)))
        add("bilateral-body", [who as number], [body as number], plannedAround(m));
    }
  if ((namesMeeting || sk.includes("exchange of ")) && sk.includes(" between "))
    for (const m of allMatches(BETWEEN, sk))
      if (!byPhone(m) && !referredAt(sk, m))
        add(
          "between",
          ids(m[1]),
          listAt(sk, m, 2, s.mentions),
          plannedAround(m),
          // "talks between X with A and B": X held the talks and A and B were met, as after a verb (one
          // meeting per counterpart, unless they sit at one table); "between X, A and B" is one meeting.
          BETWEEN_WITH.test(m[0]),
        );
  if (namesMeeting && sk.includes(" between ") && sk.includes(" by @m"))
    for (const m of allMatches(BETWEEN_LED, sk))
      if (!byPhone(m)) add("between-led", ids(m[1]), ids(m[2]), plannedAround(m), false);
  if (namesMeeting && sk.includes(" with "))
    for (const m of allMatches(WITH_MEETING, sk)) {
      if (byPhone(m)) continue;
      // "held a series of meetings with Y": the verb's subject held them (the subject-verb-object
      // finder reads it); a subject it left out is not someone the sentence names elsewhere.
      if (SERIES_HELD.test(sk.slice(0, m.index ?? 0))) continue;
      const objects = listAt(sk, m, 2, s.mentions);
      const leader = m[3] ? [Number(m[3].slice(2))] : [];
      // "During her engagement with A, B articulated": a name in the sentence beats the pronoun.
      const named = s.mentions.findIndex(
        (x, n) => x.person !== undefined && !x.resolved && ![...objects, ...leader].includes(n),
      );
      // "..., Z told a briefing following the meeting with Y": the subject of the phrase's own clause
      // held the meeting (see clauseSubject), not the person the sentence names first.
      // "X accompanied A and 13 members in a meeting with Y": both went to that meeting.
      const company = ACCOMPANIED_INTO.exec(sk.slice(0, m.index ?? 0));
      const subjects = company
        ? [Number(company[1]?.slice(2)), ...allMatches(/@m(\d+)/g, company[2] ?? "").map((x) => Number(x[1]))]
        : m[1] && !(named >= 0 && mention(Number(m[1].slice(2)))?.resolved)
          ? ids(m[1])
          : (clauseSubject(sk.slice(0, m.index ?? 0), [...objects, ...leader]) ??
            implicitSubject([...objects, ...leader]));
      if (leader.length) add("with-meeting-led", subjects, [...objects, ...leader], plannedAround(m), false);
      else add("with-meeting", subjects, objects, plannedAround(m));
    }
  if (namesMeeting && sk.includes(" with "))
    for (const m of allMatches(OPENING_MEETING, sk)) {
      if (byPhone(m)) continue;
      const tail = listTail(sk, m);
      // With a name that ends the sentence, no clause follows the list: every name in it was met.
      const listed = tail.length
        ? allMatches(/@m(\d+)/g, m[1] ?? "").map((x) => Number(x[1]))
        : listAt(sk, m, 1, s.mentions);
      const objects = [...listed, ...tail, ...moreWithItems(sk, m, [...listed, ...tail])];
      // "Meeting with a delegation ... led by Y, X said": the leader is the side met, not the subject.
      const leader = m[2] ? [Number(m[2].slice(2))] : [];
      // Its host is left out or is the main clause's subject ("Meeting with Y, X said"): never one
      // named in a relative clause after it ("..., who said she had met Z").
      const rest = sk.slice((m.index ?? 0) + m[0].length);
      const relative = rest.search(/\b(?:who|whose|whom|which)\b/);
      const later = relative < 0 ? [] : allMatches(/@m(\d+)/g, rest.slice(relative)).map((x) => Number(x[1]));
      const subjects = implicitSubject([...objects, ...leader, ...later]);
      if (leader.length)
        add("opening-meeting-led", subjects, [...objects, ...leader], plannedAround(m), false);
      else add("opening-meeting", subjects, objects, plannedAround(m));
    }
  if (namesMeeting && sk.includes(" with "))
    for (const m of allMatches(PASSIVE_PLANNED, sk)) {
      const objects = listAt(sk, m, 1, s.mentions);
      add("passive-planned", implicitSubject(objects), objects, true);
    }
}

/**
 * Two people acting together, meals, groups led by someone, greetings conveyed, calls paid,
 * signatures, congratulations, and the one met in an opening participle ("Welcoming Y, X said").
 */
// "At / during the meeting", "in the course of the talks": the definite noun points back.
const THE_MEETING_BEFORE = new RegExp(String.raw`\b(?:at|during|in the course of) the ${MEET_NOUN}\b`);
/**
 * Whether a match's subject addresses (congratulates, greets), inside a meeting already reported
 * ("at the meeting"), someone who is not among that meeting's people while the subject is.
 */
function absentFromTheMeeting(scope: SentenceScope, m: RegExpMatchArray): boolean {
  if (!THE_MEETING_BEFORE.test(scope.sk)) return false;
  const seen = lastMeetingOf(scope, m);
  return !!seen && seen.last.people.includes(seen.who) && !seen.last.people.includes(seen.whom);
}

/** Whether the meeting reported last has the match's subject with people other than its object. */
function metSomeoneElse(scope: SentenceScope, m: RegExpMatchArray): boolean {
  const seen = lastMeetingOf(scope, m);
  if (!seen || !seen.last.people.includes(seen.who)) return false;
  return !seen.last.people.includes(seen.whom) && seen.last.people.some((p) => p !== seen.who);
}

/** The meeting reported last before this sentence, with the persons of the match's subject and object. */
function lastMeetingOf(scope: SentenceScope, m: RegExpMatchArray) {
  const last = [...scope.earlier].reverse().find((p) => !p.addsTo);
  const [who, whom] = [ids(m[1])[0], ids(m[2])[0]].map((n) =>
    n === undefined ? undefined : scope.personOf(n),
  );
  return last && who !== undefined && whom !== undefined ? { last, who, whom } : undefined;
}

/** The words of mention `n` of a sentence, lower-case. */
function mentionWords(s: Sentence, n: number): string {
  const m = s.mentions[n];
  return m ? joinWords(s.tokens, m.from, m.to).toLowerCase() : "";
}

function jointAndOtherFinders(scope: SentenceScope): void {
  const { doc, s, sk, personOf, found, add, planned, plannedAround } = scope;
  if (/ and (?:the )?(?:visiting |guest )?@m/.test(sk))
    for (const m of allMatches(JOINT, sk)) {
      // Two officials of one country who discuss or sign something together are colleagues, not
      // sides: for them only a meeting, talks or a handshake count.
      const [a, b] = [ids(m[1])[0], ids(m[2])[0]].map((n) => (n === undefined ? undefined : personOf(n)));
      const [ca, cb] = [a, b].map((p) => (p === undefined ? undefined : doc.people[p]?.country));
      // Of two whose countries the article does not both give, the same holds: "Senator A and Senator B
      // discussed the budget" are colleagues as far as the text says, and so are a minister and an
      // officer of an organisation of no one country who sign a roadmap together.
      if (
        (ca === cb || !ca || !cb) &&
        !/\b(met|meet|held|hold|talked|shook hands|shake hands|meeting|talks|conversation)$/.test(m[0])
      )
        continue;
      // "the memorandum that A and B signed in 2019": a relative clause recalls, it does not report.
      if (/\b(?:that|which)\s*$/.test(sk.slice(0, m.index ?? 0))) continue;
      // "The talks, which were attended by A and B, focused on ...": the two attended; the verb is the talks'.
      if (/\b(?:attended|accompanied|joined) by (?:[^@]{0,40}? )?$/.test(sk.slice(0, m.index ?? 0))) continue;
      // "X, including A and B, met Y": the two are X's delegation, named beside X, not sides of their own;
      // so are the company of one "who is visiting Ostria along with A and B".
      if (LISTED_AS_COMPANY.test(sk.slice(0, m.index ?? 0))) continue;
      // "A and B held a phone conversation": the remote word follows the verb, outside the match.
      if (/\b(?:held|had)$/.test(m[0]) && REMOTE_AFTER.test(sk.slice((m.index ?? 0) + m[0].length))) continue;
      // "A and B discussed transit by telephone": the telephone a few words after the verb makes it a call.
      if (phoneInClause(sk.slice((m.index ?? 0) + m[0].length))) continue;
      // "A and B separately met Y": each met Y apart, not each other.
      if (/ separately /.test(m[0])) continue;
      add("joint", ids(m[1]), ids(m[2]), plannedAround(m));
    }
  if (/ , @m\d+(?: ,)? and @m/.test(sk))
    for (const m of allMatches(JOINT_LIST, sk)) {
      const list = ids(m[1]);
      // Colleagues of one country who meet are at work, not at an encounter of sides.
      const countries = new Set(list.map((n) => doc.people[personOf(n) ?? -1]?.country).filter(Boolean));
      if (list.length < 3 || countries.size < 2) continue;
      add("joint-list", list.slice(0, 1), list.slice(1), plannedAround(m), false);
    }
  if (
    /\b(?:during|at|before|after|following|ahead of|having) |^(?:[^@]{0,20}? )?(?:met|received|welcomed|greeted) | , (?:who (?:was|had been) )?(?:[a-z]+ly )?(?:received|welcomed|hosted|greeted|met)\b/.test(
      sk,
    )
  )
    // A meal named in an opening phrase shares the tense of the main clause ("After a dinner hosted
    // by Y, X will be received by Z"); a caption or "Having met" reports what was done.
    for (const v of verblessMeetings(sk)) {
      // A passive's agent hosts only as a person ("X, hosted by the Senate," met no one).
      const byAgent = v.finder === "received-by-aside" || v.finder === "met-by-opener";
      if (byAgent && v.subjects.some((n) => scope.mention(n)?.kind !== "person")) continue;
      add(v.finder, v.subjects, v.objects, v.finder === "hosted-meal" && planned(sk));
    }
  if (/ guests? /.test(s.text.toLowerCase()))
    // "X was the guest of Y": the host received the guest.
    for (const v of guestOfHost(sk, (n) => mentionWords(s, n))) add(v.finder, v.subjects, v.objects, false);
  if (/^(?:also )?(?:on hand|greeting|welcoming|meeting|receiving) /.test(sk)) {
    // "On hand to greet him at the airport was Y": the greeters met the one greeted, together.
    const greeting = greetersAfterTheVerb(sk);
    if (greeting) {
      const greeted =
        greeting.greeted === undefined ? scope.implicitSubject(greeting.greeters) : [greeting.greeted];
      add("greeters-after-verb", greeted, greeting.greeters, planned(sk), false);
    }
  }
  if (/^(?:[a-z]+ )?(?:received|welcomed|hosted|greeted)\b/.test(sk)) {
    // "Received by the Speaker were A and B": the guests follow the verb.
    const fronted = frontedPassive(sk);
    if (fronted) {
      const hosts = fronted.host === undefined ? scope.implicitSubject(fronted.guests) : [fronted.host];
      add("fronted-passive", hosts, fronted.guests, planned(sk));
    }
  }
  if (
    /\b(?:reception|welcome|welcoming|in honou?r of|audience (?:was|were) (?:given|granted)|accorded an audience)\b/.test(
      sk,
    )
  )
    // "The reception of X by Y took place ...": the host received the guest.
    for (const v of receptionsAsNouns(sk)) add(v.finder, v.subjects, v.objects, planned(sk));
  // (Not after a sentence on calls or letters: "held telephone conversations. Among her interlocutors ...")
  const remoteBefore = () => BY_MESSAGE.test(doc.sentences[s.index - 1]?.text ?? "");
  if (
    /\b(?:interlocutors?|among (?:those|the))\b/i.test(s.text) &&
    !BY_MESSAGE.test(s.text) &&
    !remoteBefore()
  ) {
    // "Among her interlocutors were A and B": their owner met each of them.
    const list = interlocutorList(sk, (n) => mentionWords(s, n));
    if (list) {
      const owners = list.owner === undefined ? scope.implicitSubject(list.met) : [list.owner];
      add("interlocutors", owners, list.met, planned(sk));
    }
  }
  if (/\bsides?\b/i.test(s.text) && sk.includes(" by @m")) {
    // "Talks were held on the Kazakh side by A and on the Hungarian side by B".
    const isSide = (n: number) => /\bside\b/i.test(scope.mention(n)?.description ?? "");
    const [first, ...others] = sidesToldApart(sk, isSide);
    if (first) add("sides-told-apart", first, others.flat(), planned(sk), false);
    // "The Kyrgyz side was represented by A, and the Tajik side by B", after "The meeting was held".
    const before = s.index > 0 ? doc.sentences[s.index - 1] : undefined;
    const [one, ...rest] = sidesRepresented(sk, before && skeleton(before), isSide);
    if (one) add("sides-represented", one, rest.flat(), planned(sk), false);
  }
  if (/\b(?:briefed|acquainted|familiari[sz]ed|informed) @m/.test(sk) && s.index > 0) {
    // "A delegation led by X was received at the Assembly. Its Secretary General, Y, briefed the delegation on ...".
    const before = doc.sentences[s.index - 1];
    const pair = briefedGuests(
      sk,
      before && skeleton(before),
      (n) => !!scope.mention(n)?.resolved && scope.mention(n)?.kind === "person",
      (n) => scope.mention(n)?.kind === "person" && !scope.mention(n)?.resolved,
    );
    if (pair) add("briefed-guests", [pair[0]], [pair[1]], planned(sk));
  }
  if (/chair|presid/.test(sk)) {
    // "The commission met under the co-chairmanship of A and B": its two chairs met at its table.
    const before = s.index > 0 ? doc.sentences[s.index - 1] : undefined;
    const chairs = coChairsOfASitting(sk, before && skeleton(before));
    if (chairs.length) add("co-chairs", chairs.slice(0, 1), chairs.slice(1), false);
  }
  // The group's leader (headed, led or chaired by) and its meeting noun come with every match.
  if (sk.includes(" by @m") && /(?:headed|led|chaired) by/.test(sk) && MEETING_OR_MEAL.test(sk))
    for (const m of allMatches(GROUP_HELD, sk)) {
      // "X had a conversation with the delegation headed by Y": the leader heads the side met,
      // which the subject-verb-object finder already read.
      const leader = personOf(Number(m[2]?.slice(2)));
      if (found.some((p) => p.finder === "met-led" && p.people.includes(leader as number))) continue;
      add("group-held", [Number(m[2]?.slice(2))], listAt(sk, m, 1, s.mentions), plannedAround(m), false);
    }
  if (/conveyed|passed on|delivered|extended|handed|presented/.test(sk) && MEETING_WORD.test(sk))
    // "During the talks, X conveyed greetings to President Z": the talks already reported were
    // with someone else, so Z is greeted through them, in absentia.
    for (const m of allMatches(CONVEYED_TO, sk))
      if (!byPhone(m) && !absentFromTheMeeting(scope, m))
        add("conveyed-to", ids(m[1]), listAt(sk, m, 2, s.mentions), plannedAround(m));
  if (sk.includes(" paid "))
    for (const m of [...allMatches(CALL_PAID_BY, sk), ...allMatches(CALL_PAID_ON_BY, sk)])
      add("call-paid-by", listAt(sk, m, 2, s.mentions), listAt(sk, m, 1, s.mentions), plannedAround(m));
  if (sk.includes("signed by"))
    for (const m of allMatches(SIGNED_BY, sk)) add("signed-by", ids(m[1]), ids(m[2]), plannedAround(m));
  if (sk.includes("congratulated"))
    for (const m of allMatches(CONGRATULATED, sk)) {
      // Congratulations by letter, cable or telephone are a message, whatever they are for.
      if (BY_MESSAGE.test(s.text) || BY_MESSAGE.test(doc.sentences[s.index - 1]?.text ?? "")) continue;
      // So is "also congratulated Y" in a report of congratulations sent in writing: with no
      // meeting in its sentence, it is one more addressee of the same message.
      if (!MEETING_WORD.test(sk) && sentWritten(doc, s.index)) continue;
      const after = sk.slice((m.index ?? 0) + m[0].length);
      if (ON_TAKING_OFFICE.test(after) && !MEETING_WORD.test(sk)) continue;
      // "At the meeting, X congratulated Z on his election": "the meeting" is the one already
      // reported, where X met someone else; Z, congratulated there, is addressed in absentia.
      if (ON_TAKING_OFFICE.test(after) && absentFromTheMeeting(scope, m)) continue;
      if (ON_OCCASION.test(after) && (WITH_A_PEOPLE.test(after) || metSomeoneElse(scope, m))) continue;
      // Congratulations on a birthday or a holiday in a report that names no encounter anywhere up to
      // them are a greeting sent, as such reports mostly are; said in person, the report tells the meeting.
      if (ON_OCCASION.test(after) && !reportsAnEncounterBy(doc, s.index)) continue;
      add("congratulated", ids(m[1]), ids(m[2]), false);
    }
  if (
    /^(welcoming|greeting|receiving|hosting|meeting|thanking|(received|welcomed|hosted|greeted) by) /.test(sk)
  )
    for (const m of allMatches(GREETING, sk)) add("greeting", ids(m[2]), ids(m[1]), false);
  if (/ , (?:while |when )?(?:welcoming|greeting|receiving|hosting|meeting) /.test(sk))
    for (const m of allMatches(GREETING_ASIDE, sk)) add("greeting-aside", ids(m[1]), ids(m[2]), false);
}

/**
 * The people who join the meeting reported just before: company, attendance, a side's representatives,
 * the members of a delegation.
 */
function attendanceFinders(scope: SentenceScope): void {
  const { s, sk, mention, found, joinPrevious, lastPlanned } = scope;
  // "A member of the delegation, A, asked ...": one person, the apposition read into the mention.
  const opener = /^@m(\d+) , (?!who\b)/.exec(sk);
  const first = opener ? mention(Number(opener[1])) : undefined;
  if (
    opener &&
    first?.kind === "person" &&
    DELEGATION_MEMBER_ROLE.test(joinWords(s.tokens, first.from, first.to))
  )
    joinPrevious("delegation-people-named", [Number(opener[1])]);
  const titled = /^@m(\d+) (?!, who\b)/.exec(sk);
  const head = titled ? mention(Number(titled[1])) : undefined;
  if (
    titled &&
    head?.kind === "person" &&
    !found.some((p) => !p.addsTo) &&
    DELEGATION_HEAD_TITLE.test(joinWords(s.tokens, head.from, head.to))
  )
    joinPrevious("delegation-head-titled", [Number(titled[1])]);
  if (/chaired|presided|moderated/.test(sk) && !found.some((p) => !p.addsTo))
    joinPrevious("chaired", chairsOfTheMeeting(sk));
  if (found.some((p) => !p.addsTo)) {
    if (sk.includes("accompanied "))
      for (const m of allMatches(ACCOMPANIED, sk)) joinPrevious("accompanied", ids(m[1] ?? m[2]));
    if (/ , with @m/.test(sk))
      for (const m of allMatches(WITH_PRESENT, sk)) joinPrevious("with-present", ids(m[1]));
    // "Y received X, who was accompanied by A and B": company of someone this sentence has met.
    if (sk.includes(" , who ")) {
      const told = found.filter((p) => !p.addsTo).flatMap((p) => p.people);
      for (const m of allMatches(WHO_WAS_ACCOMPANIED, sk))
        if (told.includes(scope.personOf(Number(m[1]?.slice(2))) ?? -1))
          joinPrevious("accompanied", ids(m[2]));
    }
  }
  if (
    /attend|present|participa|taking part|took part|joined|joining|involved|presence|represented|accompanying/.test(
      sk,
    )
  )
    // Everyone named after "attended by" attended, whatever groups the list names first.
    for (const m of allMatches(ATTENDED, sk))
      joinPrevious(
        "attended",
        allMatches(/@m(\d+)/g, sk.slice(m.index ?? 0)).map((x) => Number(x[1])),
      );
  // "The Kazakh side was represented by A and B": the people of one side of the meeting just reported.
  if (sk.includes("represented by")) {
    const side = SIDE_REPRESENTED.exec(sk);
    const description = side ? (mention(Number(side[1]?.slice(2)))?.description ?? "") : "";
    if (side && /\bside\b/i.test(description)) joinPrevious("side-represented", ids(side[2]));
  }
  // (A side represented at an event of many, "At the forum, A represented the Ostrian side", is not.)
  if (sk.includes(" represented @m") && !EVENT_OF_MANY.test(sk))
    for (const m of allMatches(REPRESENTED_SIDE, sk))
      if (/\bside\b/i.test(mention(Number(m[2]?.slice(2)))?.description ?? ""))
        joinPrevious("represented-side", ids(m[1]));
  // "X will meet Ostrian parliamentarians. The parliamentarians include A": the side met, named, still
  // to come or not (the roster of one's own delegation below is who travels; this one is who is met).
  if (/includ/.test(sk) && !found.some((p) => !p.addsTo)) {
    const last = [...scope.earlier].reverse().find((p) => !p.addsTo);
    if (last) joinPrevious("met-side-members", metSideMembers(s, sk, last.parties));
  }
  // The members of a delegation named after a meeting still to come are who travels: whether each sits
  // at that meeting ("will hold bilateral meetings, including with Y. The delegation also includes
  // A and B") the report does not say.
  if (
    /includ|compris|consist|composed|made up|part of|members? of/.test(sk) &&
    !(lastPlanned && !found.some((p) => !p.addsTo)) &&
    !MEMBERS_ELSEWHERE.test(sk)
  ) {
    joinPrevious("delegation-members", delegationMembers(s, sk));
    if (!found.some((p) => !p.addsTo)) joinPrevious("delegation-speakers", speakingDelegationMembers(s, sk));
  }
  if (
    /took part|participa|present|witness|attended by|on hand|side|includ|compris|consist| were | was /.test(
      sk,
    )
  )
    joinPrevious("attended", [...attendeesAfterOpening(sk), ...sideIncluded(s, sk)]);
  // "C, who accompanied X, proposed ...": company of someone of the meeting just told, in a sentence of no meeting.
  const last = [...scope.earlier].reverse().find((p) => !p.addsTo);
  if (last && !found.some((p) => !p.addsTo))
    for (const c of activeCompanions(sk))
      if (last.people.includes(scope.personOf(c.of) ?? -1)) joinPrevious("accompanied", c.companions);
  const spoke = last && !found.some((p) => !p.addsTo) ? SPOKE_AT_MEETING.exec(sk) : null;
  if (spoke) joinPrevious("spoke-at-meeting", ids(spoke[1] ?? spoke[2]));
  if (
    /particip|took part|attend|present|told|informed|briefed|joined|sat in| (?:was|were) (?:also )?(?:at|in) th/.test(
      sk,
    )
  )
    for (const m of allMatches(PARTICIPATED, sk)) {
      const rest = sk.slice((m.index ?? 0) + m[0].length);
      const remote = !!last && fromRemoteSeat(rest, scope.doc.sentences[last.sentence]?.text ?? "");
      if (IN_AN_EVENT.test(rest) || atSittingOfABody(rest) || !(IN_THE_MEETING.test(rest) || remote))
        continue;
      // "Y joined the conversation via videoconference": at a meeting held in person, Y was far away.
      if (
        last &&
        JOINED_FROM_AFAR.test(rest) &&
        !joinsAMeetingByVideo(scope.doc.sentences[last.sentence]?.text ?? "")
      )
        continue;
      // "Deputies A and B also took part": everyone the list names.
      joinPrevious("participated", ids(m[1]));
    }
}
