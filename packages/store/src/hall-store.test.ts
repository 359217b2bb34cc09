import { afterEach, describe, expect, it } from 'vitest';
import { StaleWriteError } from './errors.ts';
import { HallStore } from './hall-store.ts';
import { sampleTicket, tempDbPath } from './test-support.ts';

describe('HallStore', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  function open(path?: string): { store: HallStore; path: string } {
    let p = path;
    if (p === undefined) {
      const t = tempDbPath();
      cleanups.push(t.cleanup);
      p = t.path;
    }
    const store = new HallStore(p);
    cleanups.unshift(() => store.db.open && store.close());
    return { store, path: p };
  }

  it('hands out numbers per (day, prefix), in order, never twice', () => {
    const { store } = open();
    const take = (day: string, prefix: string) => store.transaction(() => store.counters.take(day, prefix));
    expect([
      take('2026-11-24', 'A'),
      take('2026-11-24', 'A'),
      take('2026-11-24', 'B'),
      take('2026-11-24', 'A'),
    ]).toEqual([1, 2, 1, 3]);
    expect(take('2026-11-25', 'A')).toBe(1);
  });

  it('gives the number back when the transaction that took it fails: no number without its ticket', () => {
    const { store } = open();
    expect(() =>
      store.transaction(() => {
        store.counters.take('2026-11-24', 'A');
        throw new Error('printer said no');
      }),
    ).toThrow('printer said no');
    expect(store.counters.peek('2026-11-24', 'A')).toBe(0);
    expect(store.transaction(() => store.counters.take('2026-11-24', 'A'))).toBe(1);
  });

  it('refuses a second ticket with the same (day, prefix, number)', () => {
    const { store } = open();
    store.transaction(() => store.tickets.save(sampleTicket()));
    const twin = sampleTicket({ id: 'other-id' });
    expect(() => store.transaction(() => store.tickets.save(twin))).toThrow(/UNIQUE/);
  });

  it('guards a call: a ticket that is no longer waiting cannot be called again', () => {
    const { store } = open();
    const t = sampleTicket();
    store.transaction(() => store.tickets.save(t));
    const step = { at: 2_000, action: 'called' as const, window: 1, serviceId: 'svc-a', by: 'clerk' };
    const called = { ...t, state: 'called' as const, window: 1, version: 2, history: [...t.history, step] };
    store.transaction(() => store.tickets.save(called));
    // A second window that still believed the ticket was waiting at version 1.
    const stale = { ...called, window: 2 };
    expect(() => store.transaction(() => store.tickets.save(stale))).toThrow(StaleWriteError);
    expect(store.tickets.get(t.id)?.window).toBe(1);
  });

  it('keeps the event table append-only', () => {
    const { store } = open();
    store.transaction(() =>
      store.events.append({ type: 'day.closed', at: 1, businessDay: '2026-11-24', actor: 'system' }),
    );
    expect(() => store.db.prepare('UPDATE events SET actor = ?').run('x')).toThrow(/append-only/);
    expect(() => store.db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    expect(store.events.since(0, 10)).toHaveLength(1);
  });

  it('never moves the business day back', () => {
    const { store } = open();
    store.meta.setBusinessDay('2026-11-25');
    expect(() => store.meta.setBusinessDay('2026-11-24')).toThrow(/refusing to move the business day back/);
    expect(store.meta.businessDay()).toBe('2026-11-25');
  });

  it('rebuilds the hall from disk: live tickets, windows and the queue counter', () => {
    const { store, path } = open();
    store.transaction(() => {
      store.tickets.save(sampleTicket({ number: 'A001', queueSeq: 7 }));
      store.tickets.save(sampleTicket({ number: 'A002', businessDay: '2026-11-23', queueSeq: 3, state: 'done' }));
      store.tickets.save(sampleTicket({ number: 'A003', businessDay: '2026-11-23', queueSeq: 4, state: 'serving' }));
      // Held past midnight, then transferred today: it still waits, under yesterday's number.
      store.tickets.save(
        sampleTicket({ number: 'A004', businessDay: '2026-11-23', queueSeq: 5, state: 'transferred' }),
      );
    });
    store.close();
    const reopened = new HallStore(path);
    cleanups.unshift(() => reopened.db.open && reopened.close());
    const loaded = reopened.load([1, 2], '2026-11-24', 5_000);
    expect([...loaded.state.tickets.keys()].sort()).toEqual(['2026-11-23/A003', '2026-11-23/A004', '2026-11-24/A001']);
    expect([...loaded.state.windows.keys()]).toEqual([1, 2]);
    expect(loaded.state.windows.get(1)?.state).toBe('closed');
    expect(loaded.state.lastQueueSeq).toBe(7);
    expect(loaded.state.businessDay).toBe('2026-11-24');
  });

  it('keeps the stored business day even when the clock says an earlier one at start', () => {
    const { store } = open();
    store.meta.setBusinessDay('2026-11-25');
    expect(store.load([1], '2026-11-24', 0).state.businessDay).toBe('2026-11-25');
  });

  it('remembers request results per principal', () => {
    const { store } = open();
    store.transaction(() => store.requests.put('kiosk-1', 'req-00000001', 'fp', { n: 1 }, 10));
    expect(store.requests.get('kiosk-1', 'req-00000001')).toEqual({ fingerprint: 'fp', response: { n: 1 } });
    expect(store.requests.get('kiosk-2', 'req-00000001')).toBeUndefined();
    expect(store.requests.pruneBefore(11)).toBe(1);
  });
});
