import { afterEach, describe, expect, it } from 'vitest';
import { HallStore } from './hall-store.ts';
import { sampleTicket, tempDbPath } from './test-support.ts';
import { LAST_QUEUE_SEQ_SQL, LIVE_TICKETS_SQL } from './ticket-table.ts';

/**
 * The hub reads these at every start. On a year of tickets (1.2 M rows, `pnpm history`) a full scan of the
 * tickets table takes seconds, so each must be answered from an index. Checked on the query plan, with the
 * planner's statistics of a long history (ANALYZE), not on a clock.
 */
describe('the queries of the hub’s start on a long history', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  function longHistory(): HallStore {
    const t = tempDbPath();
    const store = new HallStore(t.path);
    cleanups.push(() => {
      store.close();
      t.cleanup();
    });
    const insert = store.db.prepare(`
      INSERT INTO tickets (id, business_day, prefix, n, number, service_id, lane, state, queue_seq, window, target_window, version, body, status_code)
      VALUES (@id, @businessDay, @prefix, @seq, @number, @serviceId, @lane, @state, @queueSeq, @window, @targetWindow, @version, @body, @statusCode)`);
    let queueSeq = 0;
    const add = (businessDay: string, n: number, state: 'done' | 'no-show' | 'cancelled' | 'waiting' | 'serving') => {
      const number = `A${String(n).padStart(3, '0')}`;
      const ticket = sampleTicket({
        businessDay,
        number,
        state,
        queueSeq: ++queueSeq,
        window: state === 'serving' ? 3 : null,
      });
      insert.run({ ...ticket, body: JSON.stringify(ticket) });
    };
    store.transaction(() => {
      for (let d = 1; d <= 28; d++) {
        const day = `2026-02-${String(d).padStart(2, '0')}`;
        for (let n = 1; n <= 150; n++) add(day, n, n % 40 === 0 ? 'no-show' : n % 75 === 0 ? 'cancelled' : 'done');
      }
      // Held at a window past midnight: still the hub's to finish today.
      add('2026-02-28', 151, 'serving');
      for (let n = 1; n <= 5; n++) add('2026-03-01', n, 'waiting');
    });
    store.db.exec('ANALYZE');
    return store;
  }

  const planOf = (store: HallStore, sql: string, ...params: unknown[]) =>
    (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
  const scansTickets = (plan: string[]) =>
    plan.filter((d) => /^SCAN tickets\b/.test(d) && !/USING (COVERING )?INDEX/.test(d));

  it('finds the open day’s tickets and the unfinished ones of earlier days without scanning every ticket', () => {
    const store = longHistory();
    const plan = planOf(store, LIVE_TICKETS_SQL, { businessDay: '2026-03-01' });
    expect(scansTickets(plan)).toEqual([]);
    expect(plan.some((d) => d.includes('tickets_unfinished'))).toBe(true);
    const live = store.tickets.liveFor('2026-03-01');
    expect(live.map((t) => t.id)).toEqual(['2026-02-28/A151', ...[1, 2, 3, 4, 5].map((n) => `2026-03-01/A00${n}`)]);
  });

  it('reads the last queue position from an index', () => {
    const store = longHistory();
    // SQLite reports MAX over a column without an index as a SEARCH, but its program reads every row:
    // only the index in the plan proves it is not a scan.
    expect(planOf(store, LAST_QUEUE_SEQ_SQL)).toEqual([
      expect.stringMatching(/USING COVERING INDEX tickets_by_queue_seq/),
    ]);
    expect(store.tickets.lastQueueSeq()).toBe(28 * 150 + 6);
  });
});
