/**
 * A byte pipe to a printer, whatever the wire. Every method applies its own timeout (the link knows its
 * connect/write/read limits) and rejects instead of hanging; after any failure the owner destroys it.
 */
export interface Link {
  /** False once the other side has gone (e.g. a network printer closing an idle connection). */
  isOpen(): boolean;
  write(bytes: Buffer): Promise<void>;
  /** The next byte the printer sent, or a TimeoutError. */
  readByte(): Promise<number>;
  /** Drops bytes that arrived unasked (late replies), so a reply is matched to its own query. */
  discardInput(): void;
  /** Orderly close; may still time out, then the link is destroyed. */
  close(): Promise<void>;
  destroy(): void;
}

export interface LinkTimeouts {
  connectMs: number;
  writeMs: number;
  readMs: number;
}

/** 3 s: a ticket printer answers DLE EOT within milliseconds; three seconds is "it is not there". */
export const DEFAULT_TIMEOUT_MS = 3000;

export function timeouts(ms: number = DEFAULT_TIMEOUT_MS): LinkTimeouts {
  if (!Number.isFinite(ms) || ms <= 0) throw new RangeError(`timeout must be a positive number of ms, got ${ms}`);
  return { connectMs: ms, writeMs: ms, readMs: ms };
}
