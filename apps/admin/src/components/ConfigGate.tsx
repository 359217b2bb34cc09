import type { ReactNode } from 'react';
import type { ConfigVersionView } from '../hub/config-api.ts';
import { texts } from '../i18n/texts.ts';
import { useConfig } from '../state/config-store.ts';
import { useSession } from '../state/session-store.ts';

/** Shows a configuration page once the current version is read; a failed read offers to try again. */
export function ConfigGate({ children }: { children: (view: ConfigVersionView) => ReactNode }) {
  const locale = useSession((s) => s.locale);
  const current = useConfig((s) => s.current);
  const loadFailed = useConfig((s) => s.loadFailed);
  if (current) return <>{children(current)}</>;
  if (loadFailed) {
    return (
      <div className="notice notice--problem" role="alert">
        <p>{texts(locale, 'loadFailed')}</p>
        <button type="button" className="btn" onClick={() => void useConfig.getState().load()}>
          {texts(locale, 'retry')}
        </button>
      </div>
    );
  }
  return <p role="status">{texts(locale, 'loading')}</p>;
}
