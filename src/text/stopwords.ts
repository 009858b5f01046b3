/**
 * Words that are never keywords nor names: the fact index leaves them out of article keywords and the
 * question parser out of question keywords.
 */

/**
 * Words that carry no subject in a question: function words, question words and the vocabulary of
 * meetings and titles. They are never taken for names, and they do not count as keywords.
 */
export const STOPWORDS = new Set(
  (
    "a an the and or but of to in on at by for from with without about into onto over under after before " +
    "during since until between among as than then so if is are was were be been being am do does did done " +
    "has have had having will would shall should can could may might must not no yes this that these those " +
    "it its it s he she they them their his her him we us our you your i me my who whom whose what which " +
    "when where why how there here any some all each every other another one also only just per according " +
    "report reported says said tell told please know known get got let " +
    "meet meets met meeting meetings hold holds held talk talks talked negotiations negotiate receive " +
    "received receives visit visited visits visiting host hosted welcome welcomed see saw " +
    "speaker chairman chairwoman chairperson chair head president deputy vice ambassador minister " +
    "parliament parliamentary official officials counterpart counterparts side sides delegation " +
    "mr mrs ms dr article news"
  ).split(" "),
);
