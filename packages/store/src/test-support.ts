import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh database path in a temp folder, and a function that removes the folder. */
export function tempDbPath(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'hall-store-'));
  return { path: join(dir, 'hall.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export { sampleTicket } from '@hall/protocol/testing';
