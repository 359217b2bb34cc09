import type { Locale } from '@hall/protocol';
import { texts } from '../i18n/texts.ts';
import type { CounterAction, Enablement } from '../logic/enablement.ts';
import { SHORTCUTS } from '../logic/shortcuts.ts';

interface Props {
  enabled: Enablement;
  paused: boolean;
  locale: Locale;
  running: string | null;
  showCallTicket: boolean;
  onAction(a: CounterAction): void;
}

const PRIMARY: readonly CounterAction[] = ['call-next', 'recall', 'start', 'finish', 'no-show', 'transfer'];

/** One button per action, each with its keyboard shortcut printed on it. */
export function ActionBar({ enabled, paused, locale, running, showCallTicket, onAction }: Props) {
  const secondary: CounterAction[] = [paused ? 'resume' : 'pause', 'close'];
  if (showCallTicket) secondary.unshift('call-ticket');
  const button = (a: CounterAction) => (
    <button
      key={a}
      type="button"
      className={`btn action action--${a}${running === a ? ' is-running' : ''}`}
      disabled={!enabled[a]}
      aria-keyshortcuts={SHORTCUTS[a].replace('Ctrl', 'Control')}
      data-action={a}
      onClick={() => onAction(a)}
    >
      <kbd className="action__key" aria-hidden="true">
        {SHORTCUTS[a]}
      </kbd>
      <span className="action__name">{texts(locale, `action.${a}`)}</span>
    </button>
  );
  return (
    <div className="actions" role="toolbar" aria-label="actions">
      <div className="actions__primary">{PRIMARY.map(button)}</div>
      <div className="actions__secondary">{secondary.map(button)}</div>
    </div>
  );
}
