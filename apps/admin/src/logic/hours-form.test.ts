import { expect, test } from 'vitest';
import { hoursDocument } from './hours-form.ts';
import { testHall } from './test-hall.ts';

test('typed hours and the holiday list become the document', () => {
  const hall = testHall();
  const got = hoursDocument(hall, {
    regular: '8:30-12:00, 13:00-17:00',
    delay: '',
    weekend: '09:00-12:00',
    holidays: '2026-10-01\n2026-10-11 班',
  });
  expect(got.ok && got.document.schedule).toEqual({
    regular: [
      { from: '08:30', to: '12:00' },
      { from: '13:00', to: '17:00' },
    ],
    delay: [],
    weekend: [{ from: '09:00', to: '12:00' }],
  });
  expect(got.ok && got.document.holidays).toEqual({ closed: ['2026-10-01'], workdays: ['2026-10-11'] });
  expect(got.ok && got.document.services).toBe(hall.services);
});

test('each field not understood is named', () => {
  const got = hoursDocument(testHall(), { regular: '9-17', delay: '', weekend: '', holidays: 'ok\n2026-10-01\nno' });
  expect(got).toEqual({
    ok: false,
    problems: [
      { field: 'regular', detail: '9-17' },
      { field: 'holidays', detail: '1、3' },
    ],
  });
});
