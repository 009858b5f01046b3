/** The questions the simulated users of bench/bot.bench.ts ask, in turn. */
export const BENCH_QUESTIONS = [
  "who met Koshanov?",
  "what did Kazakhstan and Mongolia sign?",
  "who is Amarbayasgalan?",
  "when did Koshanov meet Amarbayasgalan?",
  "latest meetings",
];
