import { RATING_LEVELS, type Locale, type RatingLevel } from '@hall/protocol';
import { forLocale } from '@hall/web-ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { RaterScreen } from './rater-screen.ts';
import { rateTexts } from './texts.ts';

/** The texts that take no values. */
type Key = Exclude<keyof (typeof rateTexts.catalog)['zh-Hans'], 'window' | 'clerk'>;

const FACES: Record<RatingLevel, string> = {
  'very-satisfied': '😄',
  satisfied: '🙂',
  'basically-satisfied': '😐',
  unsatisfied: '🙁',
  'very-unsatisfied': '😠',
};

/** The hall's language large, English under it (none when the tablet is set to English). */
export interface Languages {
  first: Locale;
  second: Locale | null;
}

export interface RaterViewProps {
  screen: RaterScreen;
  languages: Languages;
  onRate: (level: RatingLevel) => void;
  onToken: (token: string) => void;
}

/** One screen of the rating tablet; `RatePage` decides which. */
export function RaterView({ screen, languages, onRate, onToken }: RaterViewProps) {
  const { first, second } = languages;
  const t1 = forLocale(rateTexts, first);
  const t2 = second === null ? null : forLocale(rateTexts, second);
  /** The second language's line (marked with its language for screen readers), extra parts after " · ". */
  const secondLine = (key: Key, ...extra: string[]): ReactNode => {
    if (t2 === null && extra.length === 0) return null;
    return (
      <p>
        {t2 && <span lang={second ?? undefined}>{t2(key)}</span>}
        {extra.map((part, i) => (t2 || i > 0 ? ` · ${part}` : part))}
      </p>
    );
  };
  /** Both languages in one string: "保存 Save" (labels), "评价器设置 · Rating tablet setup" (lines). */
  const both = (key: Key, between = ' ') => (t2 ? `${t1(key)}${between}${t2(key)}` : t1(key));

  switch (screen.kind) {
    case 'starting':
      return <p>…</p>;
    case 'setup':
      return (
        <SetupForm
          title={both('setupTitle', ' · ')}
          message={both(screen.reason === 'refused' ? 'tokenRefused' : 'askForToken', ' · ')}
          label={both('token')}
          save={both('save')}
          onToken={onToken}
        />
      );
    case 'idle':
      return (
        <>
          <h1>{t1('welcome')}</h1>
          {secondLine('welcome', ...(screen.clerkName ? [t1('clerk', { name: screen.clerkName })] : []))}
        </>
      );
    case 'asking':
      return (
        <>
          <h1>{t1('askTitle')}</h1>
          {secondLine('askTitle', screen.ticketNumber)}
          <div className="levels">
            {RATING_LEVELS.map((level, i) => (
              <button
                key={level}
                type="button"
                className={`l${i + 1}`}
                data-level={level}
                aria-label={both(`level.${level}`)}
                disabled={screen.sending}
                onClick={() => onRate(level)}
              >
                <span className="face" aria-hidden="true">
                  {FACES[level]}
                </span>
                {t1(`level.${level}`)}
                {t2 && <small lang={second ?? undefined}>{t2(`level.${level}`)}</small>}
              </button>
            ))}
          </div>
        </>
      );
    case 'result':
      return (
        <>
          <h1>{t1(screen.result)}</h1>
          {secondLine(screen.result)}
        </>
      );
  }
}

interface SetupProps {
  title: string;
  message: string;
  label: string;
  save: string;
  onToken: (token: string) => void;
}

/** A tablet without a token: staff type the window's rater token once (kept in this browser). */
function SetupForm({ title, message, label, save, onToken }: SetupProps) {
  const [token, setToken] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (token.trim() !== '') onToken(token.trim());
  };
  return (
    <form className="setup" onSubmit={submit}>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <input
          id="token"
          aria-label={label}
          placeholder={label}
          autoComplete="off"
          value={token}
          onChange={(e) => setToken(e.target.value)}
        />{' '}
        <button id="save" type="submit">
          {save}
        </button>
      </p>
    </form>
  );
}
