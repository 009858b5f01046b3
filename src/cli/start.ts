/** `parlbot start`: not built yet. */
export async function runStart(..._args: unknown[]): Promise<number> {
  console.error("parlbot start is not available yet");
  return 1;
}
