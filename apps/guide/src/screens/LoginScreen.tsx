import { HubRequestError } from '@hall/hub-client';
import { useState, type FormEvent } from 'react';
import { errorSentence, texts } from '../i18n/texts.ts';
import { NotAGuideError, signIn } from '../state/auth.ts';
import { useSession } from '../state/session-store.ts';
import { LanguagePicker } from './LanguagePicker.tsx';

export function LoginScreen() {
  const locale = useSession((s) => s.locale);
  const notice = useSession((s) => s.loginNotice);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
    } catch (err) {
      if (err instanceof NotAGuideError) setError(texts(locale, 'notGuide'));
      else setError(errorSentence(locale, err instanceof HubRequestError ? err.code : 'NO_ANSWER'));
      setBusy(false);
    }
  }

  return (
    <div className="login-page">
      <header className="topbar">
        <p className="topbar__title">{texts(locale, 'appName')}</p>
        <LanguagePicker />
      </header>
      <main className="login-main" id="main">
        <form className="card login" onSubmit={(e) => void submit(e)} aria-labelledby="login-title">
          <h1 id="login-title">{texts(locale, 'loginTitle')}</h1>
          {notice === 'session-ended' && (
            <p className="notice notice--gentle" role="status">
              {texts(locale, 'sessionEnded')}
            </p>
          )}
          <div className="field">
            <label className="field__label" htmlFor="login-username">
              {texts(locale, 'username')}
            </label>
            <input
              id="login-username"
              autoComplete="username"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              required
              autoFocus
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="login-password">
              {texts(locale, 'password')}
            </label>
            <input
              id="login-password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
          </div>
          {error && (
            <p className="notice notice--problem" role="alert" data-testid="login-error">
              {error}
            </p>
          )}
          <button type="submit" className="btn btn--primary" disabled={busy} data-testid="login-submit">
            {busy ? texts(locale, 'loggingIn') : texts(locale, 'login')}
          </button>
        </form>
      </main>
    </div>
  );
}
