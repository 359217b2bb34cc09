import { HubRequestError, type HubApi } from '@hall/hub-client';
import { LOCALES, type Locale } from '@hall/protocol';
import { useDocumentLocale, useTranslator, numberFitStyle } from '@hall/web-ui';
import { useEffect, useRef, useState } from 'react';
import { nextView, pollDelay, shouldVibrate, START_VIEW, statusLines, type PollOutcome } from './status-view.ts';
import { statusTexts } from './texts.ts';

type Api = Pick<HubApi, 'publicTicketStatus'>;

/** Each language's link in its own short name (the page's language is chosen by `?lang=`). */
const LANGUAGE_LINKS: Record<Locale, string> = { 'zh-Hans': '简体', 'zh-Hant': '繁體', en: 'English' };

async function pollOnce(api: Api, code: string): Promise<PollOutcome> {
  try {
    return { kind: 'status', status: await api.publicTicketStatus(code) };
  } catch (err) {
    if (err instanceof HubRequestError && err.kind === 'hub' && err.status === 404) return { kind: 'not-found' };
    return { kind: 'failed' };
  }
}

/**
 * The phone status page behind a ticket's QR code: mobile first, no login, no personal data. It polls the
 * public status (phones sleep and wake; polling needs no reconnect logic).
 */
export function StatusPage({ api, code, locale }: { api: Api; code: string; locale: Locale }) {
  const t = useTranslator(statusTexts, locale);
  const [view, setView] = useState(START_VIEW);
  const lastState = useRef(view.status?.state ?? null);
  useDocumentLocale(locale);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const outcome = await pollOnce(api, code);
      if (stopped) return;
      setView((prev) => nextView(prev, outcome));
      timer = setTimeout(() => void poll(), pollDelay(document.hidden));
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api, code]);

  useEffect(() => {
    const state = view.status?.state ?? null;
    if (shouldVibrate(lastState.current, state)) navigator.vibrate?.([300, 150, 300]);
    lastState.current = state;
  }, [view.status?.state]);

  const lines = statusLines(view, t, locale);
  return (
    <>
      <header id="hall">{lines.header}</header>
      <nav aria-label={t('languages')}>
        {LOCALES.map((l) => (
          <a key={l} href={`?lang=${l}`} lang={l} aria-current={l === locale ? 'page' : undefined}>
            {LANGUAGE_LINKS[l]}
          </a>
        ))}
      </nav>
      <main>
        <section className={lines.called ? 'card called' : 'card'} id="ticket" aria-live="polite">
          <div className="number" id="number" style={numberFitStyle(lines.number)}>
            {lines.number}
          </div>
          <div className="service" id="service">
            {lines.service}
          </div>
          <div className="state" id="state">
            {lines.state}
          </div>
        </section>
        <section className="card" id="details" hidden={lines.rows.length === 0}>
          {lines.rows.map((row) => (
            <div className="row" key={row.label}>
              <span>{row.label}</span>
              {row.value !== undefined && <strong>{row.value}</strong>}
            </div>
          ))}
        </section>
        {lines.materials && (
          <section className="card" id="materials" aria-labelledby="materials-heading">
            <h2 id="materials-heading">{lines.materials.heading}</h2>
            <ol>
              {lines.materials.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ol>
          </section>
        )}
        <p className={view.offline ? 'muted offline' : 'muted'} id="updated">
          {lines.updated}
        </p>
      </main>
    </>
  );
}
