import type { QueueStats, ServiceQueueStats, Ticket, WindowState } from '@hall/protocol';
import { ticketOf, windowStateOf } from '@hall/protocol/testing';
import { expect, it } from 'vitest';
import { hallReplica, STAFF_TICKETS } from './hall-replica.ts';

// Cases moved here from the counter's own reducer (apps/counter/src/logic/hall-state.ts, opening.ts).

const DAY = '2026-11-25';

const ticket = (o: Partial<Ticket>): Ticket => ticketOf({ businessDay: DAY, ...o });
const win = (o: Partial<WindowState>): WindowState =>
  windowStateOf({ number: 1, clerkId: 'me', clerkName: 'Me', ...o });

const stats = (eventId: number, services: QueueStats['services'] = []): QueueStats => ({
  eventId,
  businessDay: DAY,
  services,
});

const staff = hallReplica(STAFF_TICKETS);
const snapshotBody = (lastEventId: number) => ({
  protocolVersion: 1,
  lastEventId,
  businessDay: DAY,
  serverTime: 0,
  configVersion: 1,
  windows: [win({})],
  tickets: [ticket({ id: 't1' })],
  stats: stats(lastEventId),
});
const snapshotAt = (lastEventId: number) => staff.applySnapshot(staff.empty(), snapshotBody(lastEventId), 0);

it('a command result never rolls back a newer version, and leaves lastEventId alone', () => {
  let s = snapshotAt(10);
  s = staff.applyCommandResult(s, {
    window: win({ version: 3, currentTicketId: 't1' }),
    ticket: ticket({ id: 't1', version: 3, state: 'serving' }),
  });
  s = staff.applyCommandResult(s, {
    window: win({ version: 2 }),
    ticket: ticket({ id: 't1', version: 2, state: 'called' }),
  });
  expect(s.tickets.t1?.state).toBe('serving');
  expect(s.windows[1]?.currentTicketId).toBe('t1');
  expect(s.lastEventId).toBe(10);
});

it('figures: older ones than held are ignored, except from a snapshot; the same event id replaces them', () => {
  const held = snapshotAt(5);
  expect(staff.applyStats(held, stats(4))).toBe(held);
  const service: ServiceQueueStats = {
    serviceId: 'a',
    waiting: 0,
    waitingElderly: 0,
    openWindows: 1,
    estimatedWaitMinutes: 0,
    open: true,
    opensAt: null,
    closesAt: null,
    callable: true,
  };
  expect(staff.applyStats(held, stats(5, [service])).stats?.services).toHaveLength(1);
  // A hub restarted from a fresh database counts event ids from lower again: its snapshot is the truth.
  expect(staff.applySnapshot(held, snapshotBody(4), 0).stats?.eventId).toBe(4);
});
