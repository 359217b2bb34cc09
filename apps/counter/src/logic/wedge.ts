import { createKeyboardWedge, type KeyboardWedge, type WedgeKeyEvent } from '@hall/hid/keyboard-wedge';

/**
 * Call pads that present themselves as keyboards: `@hall/hid`'s keyboard-wedge mapper (the same key maps and
 * 400 ms debounce as the HID driver) for this terminal's window. The key map is configurable per terminal
 * (saved JSON, e.g. `{"F13":"call-next"}`); a broken one falls back to the default.
 */
export type WedgeAction = 'call-next' | 'recall' | 'no-show' | 'pause';

export const DEFAULT_WEDGE_KEYS: Readonly<Record<string, WedgeAction>> = {
  Numpad1: 'call-next',
  Numpad2: 'recall',
  Numpad3: 'no-show',
  Numpad4: 'pause',
};

export interface CounterWedge {
  /** The action of a keydown, or null (unmapped, a held key repeating, or again within 400 ms). */
  keyDown(event: WedgeKeyEvent, now: number): WedgeAction | null;
  keyUp(event: WedgeKeyEvent, now: number): void;
}

function build(window: number, keyMap: Record<string, WedgeAction>): KeyboardWedge {
  return createKeyboardWedge({ kind: 'call', window, mode: 'keyboard-wedge', keyMap, minIntervalMs: 400 });
}

export function createCounterWedge(window: number, savedMap: string | null): CounterWedge {
  let wedge: KeyboardWedge;
  try {
    const parsed: unknown = savedMap ? JSON.parse(savedMap) : DEFAULT_WEDGE_KEYS;
    wedge = build(window, parsed as Record<string, WedgeAction>);
  } catch {
    wedge = build(window, { ...DEFAULT_WEDGE_KEYS });
  }
  return {
    keyDown(event, now) {
      const hit = wedge.keyDown(event, now);
      return hit && hit.kind === 'call' ? hit.action : null;
    },
    keyUp: (event, now) => wedge.keyUp(event, now),
  };
}

/** Keys typed into a form field are text, never pad presses. */
export function isTextEntry(target: { tagName?: string; isContentEditable?: boolean } | null): boolean {
  if (!target) return false;
  return target.isContentEditable === true || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName ?? '');
}
