/**
 * The words that leave an interactive prompt, as end of input (Ctrl-D) does: "/quit", "/exit", "quit"
 * or "exit", in any case. Shared by the terminal chat and `parlbot ask`'s prompt; a file of its own so
 * that the command-line question path loads no bot code for it.
 */
export const LEAVE = /^\/?(quit|exit)[.!]?$/i;
