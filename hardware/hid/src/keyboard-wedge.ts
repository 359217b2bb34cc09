// Pads that present themselves as keyboards cannot be opened by node-hid on Windows and macOS (the OS keeps
// keyboards to itself), so the counter terminal's UI reads their key events instead. This maps those events
// with the same keyMap and debounce as the HID driver. Browser-safe: nothing here may come from Node.
import { createDebouncer } from './debounce.ts';
import { lookupKey } from './key-names.ts';
import { actionForKey } from './pad-action.ts';
import type { PadAction } from './pad-action.ts';
import { padConfigSchema } from './pad-config.ts';
import type { PadConfig, PadConfigInput } from './pad-config.ts';

/** The fields of a DOM KeyboardEvent we read. */
export interface WedgeKeyEvent {
  /** Physical key: 'Numpad1', 'Digit1', 'F13'. */
  code?: string;
  /** What it types: '1', 'F13' ('End' for Numpad1 with NumLock off, hence code first). */
  key?: string;
  /** The OS's auto-repeat of a held key. */
  repeat?: boolean;
}

export interface KeyboardWedge {
  readonly pad: PadConfig;
  /** The action for a keydown, or null (unmapped, bounced, or a held key repeating). */
  keyDown(event: WedgeKeyEvent, now: number): PadAction | null;
  keyUp(event: WedgeKeyEvent, now: number): void;
}

export function createKeyboardWedge(pad: PadConfig | PadConfigInput): KeyboardWedge {
  const config = padConfigSchema.parse(pad);
  const debouncer = createDebouncer(config.minIntervalMs);
  return {
    pad: config,
    keyDown(event, now) {
      const hit = lookupKey(config.keyMap, { code: event.code, key: event.key });
      if (!hit) return null;
      if (event.repeat) return null;
      return debouncer.down(hit.name, now) ? actionForKey(config, hit.name) : null;
    },
    keyUp(event, now) {
      if (lookupKey(config.keyMap, { code: event.code, key: event.key })) debouncer.release(now);
    },
  };
}
