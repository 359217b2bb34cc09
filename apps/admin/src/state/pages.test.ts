import { expect, test } from 'vitest';
import { pageOfHash, pageOfLocation } from './pages.ts';

test('a page by its hash, the first page for anything else', () => {
  expect(pageOfHash('#reports')).toBe('reports');
  expect(pageOfHash('#/audit')).toBe('audit');
  expect(pageOfHash('#nothing')).toBe('hall');
});

test('/admin/reports opens the reports page; a hash wins over the path', () => {
  expect(pageOfLocation('/admin/reports', '')).toBe('reports');
  expect(pageOfLocation('/admin/reports/', '')).toBe('reports');
  expect(pageOfLocation('/admin/', '')).toBe('hall');
  expect(pageOfLocation('/admin/reports', '#audit')).toBe('audit');
  expect(pageOfLocation('/admin/unknown', '')).toBe('hall');
});
