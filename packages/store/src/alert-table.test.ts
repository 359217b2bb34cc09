import { afterEach, describe, expect, it } from 'vitest';
import { ConstraintViolationError } from './errors.ts';
import { HallStore } from './hall-store.ts';
import { tempDbPath } from './test-support.ts';

const T0 = 1_800_000_000_000;
const subject = { window: 3, zoneId: 'tax' };

describe('alert table', () => {
  const opened: { store: HallStore; cleanup: () => void }[] = [];
  afterEach(() => {
    for (const o of opened.splice(0)) {
      o.store.close();
      o.cleanup();
    }
  });
  function open(): HallStore {
    const t = tempDbPath();
    const store = new HallStore(t.path);
    opened.push({ store, cleanup: t.cleanup });
    return store;
  }
  const paused = (id: string, raisedAt: number) => ({
    id,
    kind: 'window-paused-too-long' as const,
    key: 'window-paused-too-long:3',
    subject,
    raisedAt,
  });

  it('keeps at most one alert per key that is not cleared', () => {
    const store = open();
    store.alerts.raise(paused('alert-1', T0));
    expect(() => store.transaction(() => store.alerts.raise(paused('alert-2', T0 + 1)))).toThrow(
      ConstraintViolationError,
    );
    expect(store.alerts.clear('alert-1', T0 + 2)).toBe(true);
    expect(store.alerts.clear('alert-1', T0 + 3)).toBe(false);
    store.alerts.raise(paused('alert-2', T0 + 4));
    expect(store.alerts.standing().map((a) => a.id)).toEqual(['alert-2']);
    expect(store.alerts.get('alert-1')).toEqual({
      id: 'alert-1',
      kind: 'window-paused-too-long',
      key: 'window-paused-too-long:3',
      subject,
      raisedAt: T0,
      clearedAt: T0 + 2,
      acknowledgedAt: null,
      acknowledgedBy: null,
    });
  });

  it('shows on the board what is not acknowledged or not cleared, newest first; acknowledges once', () => {
    const store = open();
    store.alerts.raise({ ...paused('alert-old', T0), key: 'window-paused-too-long:1', subject: { window: 1 } });
    store.alerts.raise(paused('alert-new', T0 + 1));
    expect(store.alerts.board().map((a) => a.id)).toEqual(['alert-new', 'alert-old']);
    expect(store.alerts.acknowledge('alert-old', T0 + 2, '赵主任')).toBe(true);
    expect(store.alerts.acknowledge('alert-old', T0 + 3, 'Admin')).toBe(false);
    expect(store.alerts.get('alert-old')).toMatchObject({ acknowledgedAt: T0 + 2, acknowledgedBy: '赵主任' });
    // Acknowledged but standing: still on the board; then cleared: gone.
    expect(store.alerts.board().map((a) => a.id)).toEqual(['alert-new', 'alert-old']);
    store.alerts.clear('alert-old', T0 + 4);
    expect(store.alerts.board().map((a) => a.id)).toEqual(['alert-new']);
    // Cleared but never acknowledged: stays until someone has seen it.
    store.alerts.clear('alert-new', T0 + 5);
    expect(store.alerts.board().map((a) => a.id)).toEqual(['alert-new']);
  });
});
