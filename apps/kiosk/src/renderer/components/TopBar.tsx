import { common } from '../i18n/common.ts';
import { HTML_LANG, KIOSK_LOCALES, LOCALE_NAMES } from '../i18n/locale.ts';
import { isBusy, useFlow } from '../state/flow-store.ts';
import { useHall } from '../state/hall-store.ts';

/** Hall name, back and start, the three languages and the large-type switch: on every screen. */
export function TopBar() {
  const hall = useHall((s) => s.hall);
  const { locale, largeType, step, attempt, setLocale, toggleLargeType, back, reset } = useFlow();
  const busy = isBusy(attempt);
  const canGoBack = step === 'services' || step === 'lane' || step === 'booking' || step === 'confirm';

  return (
    <header className="top-bar">
      <div className="top-bar__nav">
        {canGoBack && (
          <button
            type="button"
            className="btn btn--ghost"
            onClick={back}
            disabled={busy}
            aria-label={common.back[locale]}
          >
            <span aria-hidden="true">‹ </span>
            {common.back[locale]}
          </button>
        )}
        {step !== 'start' && (
          <button
            type="button"
            className="btn btn--ghost"
            onClick={reset}
            disabled={busy}
            aria-label={common.home[locale]}
          >
            {common.home[locale]}
          </button>
        )}
      </div>
      <h1 className="top-bar__title">{hall ? hall.hallName[locale] : '\u00a0'}</h1>
      <div className="top-bar__tools">
        <div className="lang-switch" role="group" aria-label={common.languageLabel[locale]}>
          {KIOSK_LOCALES.map((l) => (
            <button
              key={l}
              type="button"
              lang={HTML_LANG[l]}
              className={`btn btn--lang${l === locale ? ' is-active' : ''}`}
              aria-pressed={l === locale}
              onClick={() => setLocale(l)}
              disabled={busy}
            >
              {LOCALE_NAMES[l]}
            </button>
          ))}
        </div>
        <button
          type="button"
          className={`btn btn--toggle${largeType ? ' is-active' : ''}`}
          aria-pressed={largeType}
          onClick={toggleLargeType}
        >
          <span aria-hidden="true" className="btn__glyph">
            A+
          </span>
          {common.largeType[locale]}
        </button>
      </div>
    </header>
  );
}
