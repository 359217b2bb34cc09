import { useState, type FormEvent } from 'react';
import { HubRequestError } from '@hall/hub-client';
import { errorSentence, texts } from '../i18n/texts.ts';
import { signIn } from '../state/runtime.ts';
import { useSession } from '../state/session-store.ts';
import { TopBar } from '../components/TopBar.tsx';

export function LoginScreen() {
  const locale = useSession((s) => s.locale);
  const notice = useSession((s) => s.loginNotice);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; detail: string } | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
    } catch (err) {
      const code = err instanceof HubRequestError ? err.error.code : 'NO_ANSWER';
      const detail = err instanceof HubRequestError ? err.error.message : '';
      setError({ text: errorSentence(locale, code), detail });
      setBusy(false);
    }
  }

  return (
    <div className="counter" lang={locale} data-screen="login">
      <TopBar />
      <main className="screen screen--center" id="main">
        <form className="card login" onSubmit={(e) => void submit(e)} aria-labelledby="login-title">
          <h1 id="login-title" className="card__title">
            {texts(locale, 'loginTitle')}
          </h1>
          {notice === 'session-ended' && (
            <p className="notice notice--gentle" role="status" data-testid="session-ended">
              {texts(locale, 'sessionEnded')}
            </p>
          )}
          <label className="field">
            <span className="field__label">{texts(locale, 'username')}</span>
            <input
              name="username"
              autoComplete="username"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              required
              autoFocus
            />
          </label>
          <label className="field">
            <span className="field__label">{texts(locale, 'password')}</span>
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
          </label>
          {error && (
            <div className="notice notice--problem" role="alert" data-testid="login-error">
              <p>{error.text}</p>
              {error.detail && <p className="notice__detail">{error.detail}</p>}
            </div>
          )}
          <button type="submit" className="btn btn--primary btn--wide" disabled={busy} data-testid="login-submit">
            {busy ? texts(locale, 'loggingIn') : texts(locale, 'login')}
          </button>
        </form>
      </main>
    </div>
  );
}
