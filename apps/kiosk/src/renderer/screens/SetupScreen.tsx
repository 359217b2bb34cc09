import { useState, type FormEvent } from 'react';
import { saveStoredDevice } from '../bridge/token-store.ts';
import { HTML_LANG, KIOSK_LOCALES } from '../i18n/locale.ts';
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
        <section className="setup__citizens" aria-label={setupTexts.citizenNotice.en}>
          {KIOSK_LOCALES.map((l) => (
            <p key={l} lang={HTML_LANG[l]} className="setup__notice">
              {setupTexts.citizenNotice[l]}
            </p>
          ))}
        </section>
        <form className="setup__staff" onSubmit={submit} lang="zh-Hans">
          <h2>
            {setupTexts.staffTitle['zh-Hans']} · <span lang="en">{setupTexts.staffTitle.en}</span>
          </h2>
          <p>{setupTexts.staffHelp['zh-Hans']}</p>
          <p lang="en">{setupTexts.staffHelp.en}</p>
          {reason === 'token-rejected' && (
            <p className="notice notice--problem" role="alert">
              {setupTexts.tokenRejected['zh-Hans']} <span lang="en">{setupTexts.tokenRejected.en}</span>
            </p>
          )}
          <label htmlFor="setup-token">
            {setupTexts.tokenField['zh-Hans']} / <span lang="en">{setupTexts.tokenField.en}</span>
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
            {setupTexts.nameField['zh-Hans']} / <span lang="en">{setupTexts.nameField.en}</span>
          </label>
          <input
            id="setup-name"
            className="entry__field"
            value={name}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="btn btn--primary" disabled={token.trim() === ''}>
            {setupTexts.save['zh-Hans']} / <span lang="en">{setupTexts.save.en}</span>
          </button>
        </form>
      </main>
    </div>
  );
}
