import { clearFailure } from '../hub/connection.ts';
import { errorSentence, isTextKey, texts } from '../i18n/texts.ts';
import { useHallStore } from '../state/hall-store.ts';
import { useSession } from '../state/session-store.ts';

/** The last refused command: which action, in words, and the hub's own message. */
export function FailureNotice() {
  const locale = useSession((s) => s.locale);
  const failure = useHallStore((s) => s.failure);
  if (!failure) return null;
  const actionKey = `action.${failure.action}`;
  const name = isTextKey('action.', actionKey) ? texts(locale, actionKey) : failure.action;
  const text = errorSentence(locale, failure.code);
  return (
    <div className="notice notice--problem failure" role="alert" data-testid="command-failed" data-code={failure.code}>
      <p>
        <strong>
          {texts(locale, 'failed')}
          {name}
        </strong>{' '}
        {text}
      </p>
      {failure.message && <p className="notice__detail">{failure.message}</p>}
      <button type="button" className="btn btn--small" onClick={clearFailure} aria-label={texts(locale, 'cancel')}>
        ×
      </button>
    </div>
  );
}
