import { expect, test } from 'vitest';
import { PAGES, pageAsked } from '../state/pages.ts';
import { consoleAccessOf, pagesFor, pageShown } from './console-access.ts';

const admin = { role: 'admin' as const, permissions: [] };
const lead = { role: 'clerk' as const, permissions: ['call-out-of-order', 'supervise'] };
const clerk = { role: 'clerk' as const, permissions: ['call-out-of-order'] };

test('admins and staff with supervise get in; a clerk without it does not', () => {
  expect(consoleAccessOf(admin)).toBe('admin');
  expect(consoleAccessOf(lead)).toBe('supervisor');
  expect(consoleAccessOf(clerk)).toBeNull();
  expect(consoleAccessOf({ role: 'clerk' as const, permissions: [] })).toBeNull();
});

test('an admin sees every page; a supervisor only the pages of supervision', () => {
  expect(pagesFor('admin')).toEqual(PAGES);
  const supervisor = pagesFor('supervisor');
  expect(supervisor).toContain('live');
  for (const p of ['hall', 'services', 'staff', 'devices', 'audit', 'versions'] as const)
    expect(supervisor).not.toContain(p);
  expect(supervisor).toEqual(['reports', 'live']);
});

test('a supervisor landing on /admin or on a page not theirs goes to the live board', () => {
  expect(pageShown('supervisor', null)).toBe('live');
  expect(pageShown('supervisor', 'staff')).toBe('live');
  expect(pageShown('supervisor', 'live')).toBe('live');
  expect(pageShown('admin', null)).toBe('hall');
  expect(pageShown('admin', 'live')).toBe('live');
  expect(pageShown('admin', 'staff')).toBe('staff');
});

test('an address asks for a page by its hash or by its path', () => {
  expect(pageAsked('#live')).toBe('live');
  expect(pageAsked('#/staff')).toBe('staff');
  expect(pageAsked('', '/admin/live')).toBe('live');
  expect(pageAsked('', '/admin/live/')).toBe('live');
  expect(pageAsked('#audit', '/admin/live')).toBe('audit');
  expect(pageAsked('#nothing', '/admin/')).toBeNull();
  expect(pageAsked('', '/admin/secret')).toBeNull();
});
