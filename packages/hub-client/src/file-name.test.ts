import { expect, test } from 'vitest';
import { fileNameOf } from './file-name.ts';

test('the UTF-8 name (filename*) wins over the plain fallback', () => {
  const header = `attachment; filename="report-2026-11-24.csv"; filename*=UTF-8''${encodeURIComponent('报表-2026-11-24.csv')}`;
  expect(fileNameOf(header)).toBe('报表-2026-11-24.csv');
});

test('a plain quoted or bare name is read as it is', () => {
  expect(fileNameOf('attachment; filename="summary 2026-11.xlsx"')).toBe('summary 2026-11.xlsx');
  expect(fileNameOf('attachment; filename=summary.csv')).toBe('summary.csv');
});

test('no header, no name, or an unreadable header: null', () => {
  expect(fileNameOf(null)).toBeNull();
  expect(fileNameOf('attachment')).toBeNull();
  expect(fileNameOf('attachment; filename=')).toBeNull();
  expect(fileNameOf('not a header;;;')).toBeNull();
});

test('a folder in the name is dropped', () => {
  expect(fileNameOf('attachment; filename="../../etc/passwd"')).toBe('passwd');
  expect(fileNameOf('attachment; filename="C:\\\\temp\\\\r.csv"')).toBe('r.csv');
});
