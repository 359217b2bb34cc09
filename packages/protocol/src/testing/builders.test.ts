import { describe, expect, test } from 'vitest';
import { hallSnapshotSchema, publicTicketSchema } from '../views/index.ts';
import { windowStateSchema } from '../window.ts';
import { hallSnapshotOf, publicTicketOf, TEST_DAY, windowStateOf } from './builders.ts';

describe('test builders', () => {
  test('build values the protocol accepts', () => {
    const window = windowStateOf({ number: 3, state: 'paused', pauseReason: '午休' });
    const ticket = publicTicketOf({ number: 'A007', state: 'called', window: 3, calledAt: 5 });
    expect(windowStateSchema.parse(window)).toEqual(window);
    expect(publicTicketSchema.parse(ticket)).toEqual(ticket);
    const snapshot = hallSnapshotOf({ windows: [window], tickets: [ticket] });
    expect(hallSnapshotSchema.parse(snapshot)).toEqual(snapshot);
  });

  test('a ticket id follows its day and number; the figures follow the snapshot', () => {
    expect(publicTicketOf({ number: 'B002' }).id).toBe(`${TEST_DAY}/B002`);
    expect(publicTicketOf({ number: 'B002' }, '2026-12-01').id).toBe('2026-12-01/B002');
    expect(hallSnapshotOf({ lastEventId: 42, businessDay: '2026-12-01' }).stats).toEqual({
      eventId: 42,
      businessDay: '2026-12-01',
      services: [],
    });
  });
});
