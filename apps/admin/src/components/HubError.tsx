import { HubRequestError } from '@hall/hub-client';
import { errorSentence } from '../i18n/texts.ts';
import { useSession } from '../state/session-store.ts';

/** A refused or unanswered call of a page (not a configuration save), in a sentence and the hub's words. */
export function HubError({ error }: { error: unknown }) {
  const locale = useSession((s) => s.locale);
  if (error === null || error === undefined) return null;
  const code = error instanceof HubRequestError ? error.code : 'NO_ANSWER';
  const detail = error instanceof HubRequestError ? (error.hubMessage ?? '') : '';
  return (
    <div className="notice notice--problem" role="alert" data-testid="hub-error">
      <p>{errorSentence(locale, code)}</p>
      {detail && <p className="notice__detail">{detail}</p>}
    </div>
  );
}
