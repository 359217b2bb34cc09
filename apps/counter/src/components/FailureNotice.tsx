import { clearFailure } from '../hub/connection.ts';
import { actionNames, errorFallback, errorTexts, ui } from '../i18n/texts.ts';
import type { CounterAction } from '../logic/enablement.ts';
import { useHallStore } from '../state/hall-store.ts';
import { useSession } from '../state/session-store.ts';

/** The last refused command: which action, in words, and the hub's own message. */
export function FailureNotice() {
  const locale = useSession((s) => s.locale);
  const failure = useHallStore((s) => s.failure);
  if (!failure) return null;
  const name = actionNames[failure.action as CounterAction]?.[locale] ?? failure.action;
  const text = (errorTexts[failure.code as keyof typeof errorTexts] ?? errorFallback)[locale];
  return (
    <div className="notice notice--problem failure" role="alert" data-testid="command-failed" data-code={failure.code}>
      <p>
        <strong>
          {ui.failed[locale]}
          {name}
        </strong>{' '}
        {text}
      </p>
      {failure.message && <p className="notice__detail">{failure.message}</p>}
      <button type="button" className="btn btn--small" onClick={clearFailure} aria-label={ui.cancel[locale]}>
        ×
      </button>
    </div>
  );
}
