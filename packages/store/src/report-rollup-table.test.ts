import { emptyFigures, type RollupRow } from '@hall/queue-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HallStore } from './hall-store.ts';
import { tempDbPath } from './test-support.ts';

const figures = (issued: number) => ({ ...emptyFigures(), issued });
const dayRows = (day: string, issued: number): RollupRow[] =>
  issued === 0
    ? [{ businessDay: day, dimension: 'all', key: '', figures: figures(0) }]
    : [
        { businessDay: day, dimension: 'all', key: '', figures: figures(issued) },
        { businessDay: day, dimension: 'day', key: day, figures: figures(issued) },
        { businessDay: day, dimension: 'service', key: 'household', figures: figures(issued) },
      ];

describe('the report rollup table', () => {
  let store: HallStore;
  let cleanup: () => void;
  beforeEach(() => {
    const db = tempDbPath();
    cleanup = db.cleanup;
    store = new HallStore(db.path);
    store.transaction(() => {
      store.rollups.replaceDay('2026-03-02', dayRows('2026-03-02', 3));
      store.rollups.replaceDay('2026-03-03', dayRows('2026-03-03', 2));
      store.rollups.replaceMonth('2026-03', [{ month: '2026-03', dimension: 'all', key: '', figures: figures(5) }]);
    });
  });
  afterEach(() => {
    store.close();
    cleanup();
  });
  const months = () => store.rollups.monthsWithin('2026-01', '2026-12');

  it('reads one dimension of a range of days, and which days have rows and issued tickets', () => {
    expect(store.rollups.rows('service', '2026-03-01', '2026-03-02').map((r) => [r.businessDay, r.key])).toEqual([
      ['2026-03-02', 'household'],
    ]);
    expect(store.rollups.rows('all', '2026-03-01', '2026-03-31').map((r) => r.figures.issued)).toEqual([3, 2]);
    expect([...store.rollups.daysWithin('2026-03-01', '2026-03-31')]).toEqual(['2026-03-02', '2026-03-03']);
    expect(store.rollups.openDays('2026-03-01', '2026-03-31')).toBe(2);
    expect(store.rollups.monthRows('all', '2026-03', '2026-03')[0]?.figures.issued).toBe(5);
  });

  it("drops a day's rows and its month's when the day is deleted or rolled up to other figures", () => {
    store.transaction(() => store.rollups.replaceDay('2026-03-02', dayRows('2026-03-02', 4)));
    expect(months().size).toBe(0);
    expect(store.rollups.rows('all', '2026-03-02', '2026-03-02')[0]?.figures.issued).toBe(4);
    store.transaction(() =>
      store.rollups.replaceMonth('2026-03', [{ month: '2026-03', dimension: 'all', key: '', figures: figures(6) }]),
    );
    expect(months().size).toBe(1);
    store.transaction(() => store.rollups.deleteDay('2026-03-03'));
    expect([...store.rollups.daysWithin('2026-03-01', '2026-03-31')]).toEqual(['2026-03-02']);
    expect(months().size).toBe(0);
  });

  it('keeps the month when a day is rolled up to the same figures, or an empty day for the first time', () => {
    store.transaction(() => store.rollups.replaceDay('2026-03-02', dayRows('2026-03-02', 3)));
    store.transaction(() => store.rollups.replaceDay('2026-03-08', dayRows('2026-03-08', 0)));
    expect([...months()]).toEqual(['2026-03']);
    expect(store.rollups.daysWithin('2026-03-08', '2026-03-08').size).toBe(1);
    expect(store.rollups.openDays('2026-03-01', '2026-03-31')).toBe(2);
  });
});
