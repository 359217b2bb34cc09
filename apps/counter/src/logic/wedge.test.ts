import { expect, test } from 'vitest';
import { createCounterWedge, isTextEntry } from './wedge.ts';

test('default keypad keys map to call-pad actions; the number row does not', () => {
  const w = createCounterWedge(1, null);
  expect(w.keyDown({ code: 'Numpad1', key: '1' }, 0)).toBe('call-next');
  w.keyUp({ code: 'Numpad1' }, 10);
  expect(w.keyDown({ code: 'Numpad2', key: '2' }, 1_000)).toBe('recall');
  w.keyUp({ code: 'Numpad2' }, 1_010);
  expect(w.keyDown({ code: 'Numpad3', key: '3' }, 2_000)).toBe('no-show');
  w.keyUp({ code: 'Numpad3' }, 2_010);
  expect(w.keyDown({ code: 'Numpad4', key: '4' }, 3_000)).toBe('pause');
  w.keyUp({ code: 'Numpad4' }, 3_010);
  expect(w.keyDown({ code: 'KeyA', key: 'a' }, 4_000)).toBeNull();
  expect(w.keyDown({ code: 'Digit1', key: '1' }, 5_000)).toBeNull();
});

test('a second press within 400 ms is ignored, and auto-repeat always', () => {
  const w = createCounterWedge(1, null);
  expect(w.keyDown({ code: 'Numpad1' }, 1_000)).toBe('call-next');
  w.keyUp({ code: 'Numpad1' }, 1_050);
  expect(w.keyDown({ code: 'Numpad1' }, 1_300)).toBeNull();
  w.keyUp({ code: 'Numpad1' }, 1_320);
  expect(w.keyDown({ code: 'Numpad1' }, 2_000)).toBe('call-next');
  expect(w.keyDown({ code: 'Numpad1', repeat: true }, 5_000)).toBeNull();
});

test('a saved map is used; a broken one falls back to the default', () => {
  const custom = createCounterWedge(1, '{"F13":"call-next"}');
  expect(custom.keyDown({ code: 'F13', key: 'F13' }, 0)).toBe('call-next');
  expect(custom.keyDown({ code: 'Numpad1' }, 1_000)).toBeNull();
  const broken = createCounterWedge(1, '{"F13":"explode"}');
  expect(broken.keyDown({ code: 'Numpad1' }, 0)).toBe('call-next');
  expect(createCounterWedge(1, 'nope').keyDown({ code: 'Numpad1' }, 0)).toBe('call-next');
});

test('typing in a field is not a pad press', () => {
  expect(isTextEntry({ tagName: 'INPUT' })).toBe(true);
  expect(isTextEntry({ tagName: 'BUTTON' })).toBe(false);
  expect(isTextEntry(null)).toBe(false);
});
