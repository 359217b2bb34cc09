import type { CounterAction } from './enablement.ts';

/** The keyboard shortcut of each action, as printed on its button. */
export const SHORTCUTS: Readonly<Record<CounterAction, string>> = {
  'call-next': 'F1',
  recall: 'F2',
  start: 'F3',
  finish: 'F4',
  'no-show': 'F6',
  transfer: 'F7',
  pause: 'F8',
  resume: 'F8',
  close: 'F9',
  'call-ticket': 'Ctrl+Enter',
};

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/** The action a key stands for; F8 toggles pause and resume. Ctrl+Enter calls the chosen ticket. */
export function actionOfKey(e: KeyLike, paused: boolean): CounterAction | null {
  if (e.altKey || e.metaKey) return null;
  if (e.ctrlKey) return e.key === 'Enter' ? 'call-ticket' : null;
  switch (e.key) {
    case 'F1':
      return 'call-next';
    case 'F2':
      return 'recall';
    case 'F3':
      return 'start';
    case 'F4':
      return 'finish';
    case 'F6':
      return 'no-show';
    case 'F7':
      return 'transfer';
    case 'F8':
      return paused ? 'resume' : 'pause';
    case 'F9':
      return 'close';
    default:
      return null;
  }
}
