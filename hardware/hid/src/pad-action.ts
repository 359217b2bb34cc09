import type { RatingLevel } from '@hall/protocol';
import type { CallAction, PadConfig } from './pad-config.ts';

/** What a key press asks the hub to do, always for the pad's own window. */
export type PadAction =
  { window: number; kind: 'call'; action: CallAction } | { window: number; kind: 'rating'; level: RatingLevel };

/** The action for a keyMap key name, or null when the pad's keyMap does not have it. */
export function actionForKey(pad: PadConfig, keyName: string): PadAction | null {
  if (pad.kind === 'call') {
    const action = pad.keyMap[keyName];
    return action === undefined ? null : { window: pad.window, kind: 'call', action };
  }
  const level = pad.keyMap[keyName];
  return level === undefined ? null : { window: pad.window, kind: 'rating', level };
}

/** "window 3 rating pad" for logs. */
export function padLabel(pad: PadConfig): string {
  return pad.name ?? `window ${pad.window} ${pad.kind} pad`;
}
