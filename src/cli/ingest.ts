/** `parlbot ingest`: not built yet. */
export async function runIngest(..._args: unknown[]): Promise<number> {
  console.error("parlbot ingest is not available yet");
  return 1;
}
