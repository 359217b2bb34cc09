import { htmlLang, LOCALE_NAMES, LOCALES, localized } from '@hall/web-ui';
import { commonTexts } from '../i18n/common.ts';
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
            aria-label={commonTexts(locale, 'back')}
          >
            <span aria-hidden="true">‹ </span>
            {commonTexts(locale, 'back')}
          </button>
        )}
        {step !== 'start' && (
          <button
            type="button"
            className="btn btn--ghost"
            onClick={reset}
            disabled={busy}
            aria-label={commonTexts(locale, 'home')}
          >
            {commonTexts(locale, 'home')}
          </button>
        )}
      </div>
      <h1 className="top-bar__title">{hall ? localized(hall.hallName, locale) : '\u00a0'}</h1>
      <div className="top-bar__tools">
        <div className="lang-switch" role="group" aria-label={commonTexts(locale, 'languageLabel')}>
          {LOCALES.map((l) => (
            <button
              key={l}
              type="button"
              lang={htmlLang(l)}
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
          {commonTexts(locale, 'largeType')}
        </button>
      </div>
    </header>
  );
}
