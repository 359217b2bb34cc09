import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Ticket } from '@hall/protocol';

/** A fresh database path in a temp folder, and a function that removes the folder. */
export function tempDbPath(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'hall-store-'));
  return { path: join(dir, 'hall.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function sampleTicket(over: Partial<Ticket> = {}): Ticket {
  const number = over.number ?? 'A001';
  const businessDay = over.businessDay ?? '2026-11-24';
  return {
    id: `${businessDay}/${number}`,
    number,
    businessDay,
    prefix: number.slice(0, 1),
    seq: Number(number.slice(1)),
    serviceId: 'svc-a',
    lane: 'normal',
    state: 'waiting',
    queueSeq: 1,
    issuedAt: 1_000,
    queuedAt: 1_000,
    targetWindow: null,
    window: null,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    recalls: 0,
    holder: null,
    booking: null,
    history: [{ at: 1_000, action: 'issued', window: null, serviceId: 'svc-a', by: 'kiosk-1' }],
    version: 1,
    statusCode: `code-${number}-${businessDay}`,
    rating: null,
    ...over,
  };
}
