import { htmlLang, LOCALES } from '@hall/web-ui';
import { useState, type FormEvent } from 'react';
import { saveStoredDevice } from '../bridge/token-store.ts';
import { setupTexts } from '../i18n/setup.ts';
import { useHall } from '../state/hall-store.ts';
import { boot } from '../state/runtime.ts';

/**
 * A browser kiosk without a device token: citizens read (in all three languages) to ask at the desk,
 * and the attendant types the token here. It is kept in this browser's localStorage.
 */
export function SetupScreen() {
  const reason = useHall((s) => s.setupReason);
  const [token, setToken] = useState('');
  const [name, setName] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (token.trim() === '') return;
    saveStoredDevice({ token, kioskName: name });
    setToken('');
    void boot();
  };

  return (
    <div className="kiosk setup" data-step="setup">
      <main className="screen">
        <section className="setup__citizens" aria-label={setupTexts('en', 'citizenNotice')}>
          {LOCALES.map((l) => (
            <p key={l} lang={htmlLang(l)} className="setup__notice">
              {setupTexts(l, 'citizenNotice')}
            </p>
          ))}
        </section>
        <form className="setup__staff" onSubmit={submit} lang="zh-Hans">
          <h2>
            {setupTexts('zh-Hans', 'staffTitle')} · <span lang="en">{setupTexts('en', 'staffTitle')}</span>
          </h2>
          <p>{setupTexts('zh-Hans', 'staffHelp')}</p>
          <p lang="en">{setupTexts('en', 'staffHelp')}</p>
          {reason === 'token-rejected' && (
            <p className="notice notice--problem" role="alert">
              {setupTexts('zh-Hans', 'tokenRejected')} <span lang="en">{setupTexts('en', 'tokenRejected')}</span>
            </p>
          )}
          <label htmlFor="setup-token">
            {setupTexts('zh-Hans', 'tokenField')} / <span lang="en">{setupTexts('en', 'tokenField')}</span>
          </label>
          <input
            id="setup-token"
            className="entry__field"
            value={token}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setToken(e.target.value)}
          />
          <label htmlFor="setup-name">
            {setupTexts('zh-Hans', 'nameField')} / <span lang="en">{setupTexts('en', 'nameField')}</span>
          </label>
          <input
            id="setup-name"
            className="entry__field"
            value={name}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="btn btn--primary" disabled={token.trim() === ''}>
            {setupTexts('zh-Hans', 'save')} / <span lang="en">{setupTexts('en', 'save')}</span>
          </button>
        </form>
      </main>
    </div>
  );
}
