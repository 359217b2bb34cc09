import { expect, test } from 'vitest';
import { reportPath } from './reports-api.ts';

test('the summary and a breakdown, as JSON and as files', () => {
  const r = { from: '2026-11-16', to: '2026-11-22' };
  expect(reportPath(r)).toBe('/api/v1/reports/summary?from=2026-11-16&to=2026-11-22');
  expect(reportPath({ ...r, by: 'day-hour' })).toBe(
    '/api/v1/reports/breakdown?from=2026-11-16&to=2026-11-22&by=day-hour',
  );
  expect(reportPath(r, { format: 'csv', lang: 'zh-Hans' })).toBe(
    '/api/v1/reports/summary?from=2026-11-16&to=2026-11-22&format=csv&lang=zh-Hans',
  );
  expect(reportPath({ ...r, by: 'window' }, { format: 'xlsx', lang: 'en' })).toBe(
    '/api/v1/reports/breakdown?from=2026-11-16&to=2026-11-22&by=window&format=xlsx&lang=en',
  );
});
