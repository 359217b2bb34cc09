import { spansOn } from '@hall/queue-core';
import { expect, test } from 'vitest';
import { ownHoursDocument, ownHoursFormValues, ownHoursOf, targetOf, withOwnHours } from './own-hours-form.ts';
import { testHall } from './test-hall.ts';

const hall = testHall();
const zone = { kind: 'zone', id: 'civil' } as const;

test('a zone gets its own working-day hours, the other kinds inherited; the engine then follows them', () => {
  const values = { ...ownHoursFormValues(undefined), regular: '10:00-12:00', inherit_regular: false };
  expect(values.inherit_delay).toBe(true);
  const got = ownHoursDocument(hall, zone, values);
  if (!got.ok) throw new Error('not understood');
  expect(ownHoursOf(got.document, zone)).toEqual({ regular: [{ from: '10:00', to: '12:00' }] });
  // 2026-10-12 is a Monday, a working day: the marriage service opens with its zone, not the hall.
  expect(spansOn(got.document, 'marriage', '2026-10-12').map((s) => s.session)).toEqual(['regular']);
  expect(ownHoursFormValues(ownHoursOf(got.document, zone)).regular).toBe('10:00-12:00');
});

test('an empty line closes the kind; all inherited drops the override; a bad piece is named', () => {
  const closed = ownHoursDocument(
    hall,
    { kind: 'service', id: 'pension' },
    {
      ...ownHoursFormValues(undefined),
      weekend: '',
      inherit_weekend: false,
    },
  );
  expect(closed.ok && ownHoursOf(closed.document, { kind: 'service', id: 'pension' })).toEqual({ weekend: [] });

  const withHours = withOwnHours(hall, zone, { regular: [] });
  const cleared = ownHoursDocument(withHours, zone, ownHoursFormValues(undefined));
  expect(cleared.ok && cleared.document.zones[0]).not.toHaveProperty('hours');

  const bad = ownHoursDocument(hall, zone, { ...ownHoursFormValues(undefined), delay: '17:00-', inherit_delay: false });
  expect(bad).toEqual({ ok: false, problems: [{ field: 'delay', detail: '17:00-' }] });
});

test('a target key reads back; anything else is no target', () => {
  expect(targetOf('service:pension')).toEqual({ kind: 'service', id: 'pension' });
  expect(targetOf('hall')).toBeNull();
});
