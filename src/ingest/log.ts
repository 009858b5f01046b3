/** The little of a logger that ingest needs; a pino logger is one, and tests pass a recorder. */
export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** A logger that drops everything. */
export const silentLog: Log = { info() {}, warn() {}, error() {} };
