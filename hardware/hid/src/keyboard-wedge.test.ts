import { describe, expect, it } from 'vitest';
import { createKeyboardWedge } from './keyboard-wedge.ts';

describe('createKeyboardWedge', () => {
  it('maps DOM key events with the pad keyMap, code first', () => {
    const wedge = createKeyboardWedge({ kind: 'call', window: 4, mode: 'keyboard-wedge' });
    expect(wedge.keyDown({ code: 'Numpad1', key: 'End' }, 0)).toEqual({ window: 4, kind: 'call', action: 'call-next' });
    expect(wedge.keyDown({ code: 'Digit4', key: '4' }, 1000)).toEqual({ window: 4, kind: 'call', action: 'pause' });
    expect(wedge.keyDown({ code: 'KeyQ', key: 'q' }, 2000)).toBeNull();
  });

  it('reads F13-style keys and an exact code over the short name', () => {
    const wedge = createKeyboardWedge({
      kind: 'rating',
      window: 2,
      mode: 'keyboard-wedge',
      keyMap: { F13: 'very-satisfied', Numpad1: 'unsatisfied', '1': 'satisfied' },
    });
    expect(wedge.keyDown({ code: 'F13', key: 'F13' }, 0)).toMatchObject({ level: 'very-satisfied' });
    expect(wedge.keyDown({ code: 'Numpad1', key: '1' }, 1000)).toMatchObject({ level: 'unsatisfied' });
    expect(wedge.keyDown({ code: 'Digit1', key: '1' }, 2000)).toMatchObject({ level: 'satisfied' });
  });

  it('debounces like the HID driver: bursts and auto-repeat give one action', () => {
    const wedge = createKeyboardWedge({ kind: 'rating', window: 2, mode: 'keyboard-wedge' });
    const actions = [];
    for (let i = 0; i < 10; i += 1) {
      actions.push(wedge.keyDown({ code: 'Digit3', key: '3' }, i * 100));
      wedge.keyUp({ code: 'Digit3', key: '3' }, i * 100 + 30);
    }
    expect(actions.filter(Boolean)).toHaveLength(1);
    expect(wedge.keyDown({ code: 'Digit5', key: '5' }, 5000)).not.toBeNull();
    expect(wedge.keyDown({ code: 'Digit5', key: '5', repeat: true }, 5600)).toBeNull();
    expect(wedge.keyDown({ code: 'Digit5', key: '5' }, 6200)).toBeNull(); // still held: no keyup seen
  });
});
