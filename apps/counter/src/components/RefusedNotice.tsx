import type { HubFailureCode } from '@hall/hub-client';
import { errorSentence, texts } from '../i18n/texts.ts';
import { useSession } from '../state/session-store.ts';

/**
 * The hub refused this terminal for good (another protocol version, an account without a counter's rights):
 * nothing retries, so the clerk is told plainly what to do instead of watching "reconnecting" forever.
 */
export function RefusedNotice({ code }: { code: HubFailureCode }) {
  const locale = useSession((s) => s.locale);
  const text = errorSentence(locale, code);
  return (
    <div className="notice notice--problem refused" role="alert" data-testid="connection-refused" data-code={code}>
      <p>
        <strong>{texts(locale, 'refusedTitle')}</strong>
      </p>
      <p>{text}</p>
      <button type="button" className="btn" onClick={() => location.reload()}>
        {texts(locale, 'reload')}
      </button>
    </div>
  );
}
