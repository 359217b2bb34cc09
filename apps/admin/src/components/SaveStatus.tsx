import { useEffect, useRef } from 'react';
import { isTextKey, texts } from '../i18n/texts.ts';
import { useConfig } from '../state/config-store.ts';
import { useSession } from '../state/session-store.ts';

/**
 * What became of the last configuration save: saved, someone saved first (with a reload), a change the hub
 * refuses during the open day (its problems listed), or another refusal. Focus moves to a failure.
 */
export function SaveStatus() {
  const locale = useSession((s) => s.locale);
  const failure = useConfig((s) => s.failure);
  const saved = useConfig((s) => s.saved);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failure) ref.current?.focus();
  }, [failure]);

  if (saved !== null && !failure) {
    return (
      <p className="notice notice--ok" role="status" data-testid="config-saved">
        {texts(locale, 'saved', { v: saved })}
      </p>
    );
  }
  if (!failure) return <div role="status" className="sr-only" />;
  const reload = () => void useConfig.getState().load();
  return (
    <div className="notice notice--problem" role="alert" tabIndex={-1} ref={ref} data-testid={`config-${failure.kind}`}>
      {failure.kind === 'conflict' ? (
        <>
          <p className="notice__title">{texts(locale, 'conflictTitle')}</p>
          <p>
            {failure.currentVersion === null
              ? texts(locale, 'conflictTextPlain')
              : texts(locale, 'conflictText', { v: failure.currentVersion })}
          </p>
          <button type="button" className="btn btn--primary" onClick={reload} data-testid="config-reload">
            {texts(locale, 'reload')}
          </button>
        </>
      ) : failure.kind === 'unsafe' ? (
        <>
          <p className="notice__title">{texts(locale, 'unsafeTitle')}</p>
          <ul>
            {failure.problems.map((p) => {
              const key = `problem.${p.code}`;
              return (
                <li key={`${p.code}-${p.path}`}>
                  {isTextKey('problem.', key) && `${texts(locale, key)} `}
                  <span className="notice__detail">
                    {p.message} ({p.path})
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      ) : failure.kind === 'invalid' ? (
        <>
          <p className="notice__title">{texts(locale, 'invalidTitle')}</p>
          <ul>
            {failure.issues.map((i) => (
              <li key={`${i.path}-${i.message}`}>
                {i.path}: {i.message}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          {texts(locale, 'otherTitle')} {failure.message || failure.code}
        </p>
      )}
    </div>
  );
}
