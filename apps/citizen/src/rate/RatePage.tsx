import { hubApi, HubRequestError, type HubClient } from '@hall/hub-client';
import { newRequestId, type RatingLevel } from '@hall/protocol';
import { forLocale, useDocumentLocale } from '@hall/web-ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import { afterStatus, nextPollDelay, refusesToken, resultUntil, type RaterScreen } from './rater-screen.ts';
import type { RaterTokenStore } from './rater-token.ts';
import { RaterView, type Languages } from './RaterView.tsx';
import { rateTexts } from './texts.ts';

export interface RatePageProps {
  client: HubClient;
  windowNumber: number;
  languages: Languages;
  tokens: RaterTokenStore;
}

/**
 * The citizen-facing rating tablet of one window (`/rate/<n>`), for halls without a USB rating pad: five
 * large buttons while a rating is pending, a thank-you after. The tablet holds a `rater` device token bound
 * to this window, set up once by an attendant (the demo hall hands it out).
 */
export function RatePage({ client, windowNumber, languages, tokens }: RatePageProps) {
  const [token, setToken] = useState(() => tokens.load());
  const [screen, setScreen] = useState<RaterScreen>({ kind: 'starting' });
  const api = useMemo(() => hubApi(client.withToken(token ?? undefined)), [client, token]);
  // Until when a result stays on screen, on the page's own monotonic clock (a duration, not a time of day).
  const holdUntil = useRef(0);
  const t1 = forLocale(rateTexts, languages.first);
  const t2 = languages.second === null ? null : forLocale(rateTexts, languages.second);
  useDocumentLocale(languages.first, t2 ? `${t1('title')} · ${t2('title')}` : t1('title'));

  // No token kept: the demo hub hands one out; a real hall's tablet asks staff for it.
  useEffect(() => {
    if (tokens.load() !== null) return;
    let stopped = false;
    hubApi(client)
      .raterDemoConfig(windowNumber)
      .then(
        (config) => {
          if (stopped) return;
          if (config.token === '') return setScreen({ kind: 'setup', reason: 'no-token' });
          tokens.save(config.token);
          setToken(config.token);
        },
        () => !stopped && setScreen({ kind: 'setup', reason: 'no-token' }),
      );
    return () => {
      stopped = true;
    };
  }, [client, tokens, windowNumber]);

  useEffect(() => {
    if (token === null) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = (ms: number) => {
      timer = setTimeout(() => void poll(), ms);
    };
    const poll = async (): Promise<void> => {
      if (performance.now() < holdUntil.current) {
        later(nextPollDelay('showing-result'));
        return;
      }
      try {
        const status = await api.raterStatus();
        if (stopped) return;
        // An answer sent before a press landed must not bring the buttons back over the thank-you.
        if (performance.now() >= holdUntil.current) setScreen((prev) => afterStatus(prev, status));
        later(nextPollDelay('answered'));
      } catch (err) {
        if (stopped) return;
        if (err instanceof HubRequestError && err.kind === 'hub' && refusesToken(err.status)) {
          tokens.forget();
          setToken(null);
          setScreen({ kind: 'setup', reason: 'refused' });
          return;
        }
        later(nextPollDelay('failed'));
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api, token, tokens]);

  const rate = async (level: RatingLevel) => {
    setScreen((prev) => (prev.kind === 'asking' ? { ...prev, sending: true } : prev));
    let result: 'thanks' | 'ended' | 'network';
    try {
      await api.rate(windowNumber, { requestId: newRequestId(`tablet-${windowNumber}`), level, source: 'tablet' });
      result = 'thanks';
    } catch (err) {
      // Refused (the time to rate has passed, or the ticket was rated on the pad): said so, not retried.
      result = err instanceof HubRequestError && err.kind === 'hub' ? 'ended' : 'network';
    }
    holdUntil.current = resultUntil(result, performance.now());
    setScreen({ kind: 'result', result });
  };

  const saveToken = (entered: string) => {
    tokens.save(entered);
    setScreen({ kind: 'starting' });
    setToken(entered);
  };

  return (
    <>
      <header>
        <span id="title">{t2 ? `${t1('title')} ${t2('title')}` : t1('title')}</span>
        <span>{[t1, t2].flatMap((t) => (t ? [t('window', { n: String(windowNumber) })] : [])).join(' · ')}</span>
      </header>
      <main id="main" aria-live="polite">
        <RaterView screen={screen} languages={languages} onRate={(level) => void rate(level)} onToken={saveToken} />
      </main>
    </>
  );
}
