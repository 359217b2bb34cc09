import { expect, test } from 'vitest';
import { actionOfKey } from './shortcuts.ts';

test('function keys and Ctrl+Enter', () => {
  expect(actionOfKey({ key: 'F1' }, false)).toBe('call-next');
  expect(actionOfKey({ key: 'F8' }, false)).toBe('pause');
  expect(actionOfKey({ key: 'F8' }, true)).toBe('resume');
  expect(actionOfKey({ key: 'Enter', ctrlKey: true }, false)).toBe('call-ticket');
  expect(actionOfKey({ key: 'F1', altKey: true }, false)).toBeNull();
  expect(actionOfKey({ key: 'a' }, false)).toBeNull();
});
