/** `parlbot ask`: not built yet. */
export async function runAsk(..._args: unknown[]): Promise<number> {
  console.error("parlbot ask is not available yet");
  return 1;
}
