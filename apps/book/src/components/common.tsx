import { LOCALE_NAMES, LOCALES, localized, useTranslator } from '@hall/web-ui';
import { useEffect, useRef, type ReactNode } from 'react';
import { texts } from '../i18n/texts.ts';
import { errorText } from '../logic/errors.ts';
import { setLocale, showView } from '../state/actions.ts';
import { useBook } from '../state/store.ts';

/** The page's texts in its language: `t('appName')`. */
export function useT() {
  const locale = useBook((s) => s.locale);
  return useTranslator(texts, locale);
}

export function Header() {
  const locale = useBook((s) => s.locale);
  const options = useBook((s) => s.options);
  const view = useBook((s) => s.view);
  const t = useT();
  return (
    <header className="top">
      <div className="top__titles">
        <p className="top__hall">{options ? localized(options.hallName, locale) : '\u00a0'}</p>
        <h1 className="top__app">{t('appName')}</h1>
      </div>
      <div className="lang" role="group" aria-label={t('language')}>
        {LOCALES.map((l) => (
          <button
            key={l}
            type="button"
            lang={l}
            aria-pressed={l === locale}
            className={l === locale ? 'lang__btn lang__btn--on' : 'lang__btn'}
            onClick={() => setLocale(l)}
          >
            {LOCALE_NAMES[l]}
          </button>
        ))}
      </div>
      <nav className="tabs" aria-label={t('appName')}>
        <button
          type="button"
          className={view === 'book' ? 'tab tab--on' : 'tab'}
          aria-current={view === 'book' ? 'page' : undefined}
          data-testid="tab-book"
          onClick={() => showView('book')}
        >
          {t('newBooking')}
        </button>
        <button
          type="button"
          className={view === 'mine' ? 'tab tab--on' : 'tab'}
          aria-current={view === 'mine' ? 'page' : undefined}
          data-testid="tab-mine"
          onClick={() => showView('mine')}
        >
          {t('myBooking')}
        </button>
      </nav>
    </header>
  );
}

/** A refusal of the hub in the page's language, announced to screen readers. */
export function ErrorBanner({ code }: { code: string | null }) {
  const locale = useBook((s) => s.locale);
  if (code === null) return null;
  return (
    <p className="banner banner--error" role="alert" data-testid="error" data-code={code}>
      {errorText(code, locale)}
    </p>
  );
}

/** 延时服务: on a service (`delayService`) or on an evening or weekend slot (`delaySession`). */
export function DelayBadge({ text }: { text: 'delayService' | 'delaySession' }) {
  const t = useT();
  return <span className="badge badge--delay">{t(text)}</span>;
}

/** The first step shown needs no focus move; every later one does. */
let shownBefore = false;

/**
 * One step of the page. When a step replaces another, focus moves to its heading, so a screen reader says
 * where the citizen now is instead of staying on a button that is gone.
 */
export function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (shownBefore) heading.current?.focus({ preventScroll: true });
    shownBefore = true;
  }, []);
  return (
    <section className="step" data-step={testId} aria-labelledby={`title-${testId}`}>
      <h2 id={`title-${testId}`} ref={heading} className="step__title" tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
