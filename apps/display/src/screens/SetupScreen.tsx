import { useState } from 'react';
import { texts, zh } from '../i18n/texts.ts';
import { useDisplay } from '../state/display-store.ts';
import { saveToken } from '../state/runtime.ts';

/** Shown when there is no display token (a real hall) or the hub refused it: an attendant pastes one. */
export function SetupScreen() {
  const reason = useDisplay((s) => s.setupReason);
  const [token, setToken] = useState('');
  const valid = /^[A-Za-z0-9_-]{20,200}$/.test(token.trim());
  return (
    <div className="display display--setup" data-screen="setup">
      <form
        className="setup"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) saveToken(token);
        }}
      >
        <h1>
          {zh('setupTitle')} <span lang="en">{texts('en', 'setupTitle')}</span>
        </h1>
        {reason === 'refused' && (
          <p className="setup__error" role="alert">
            {zh('setupRefused')}
            <br />
            <span lang="en">{texts('en', 'setupRefused')}</span>
          </p>
        )}
        <p>
          {zh('setupHelp')}
          <br />
          <span lang="en">{texts('en', 'setupHelp')}</span>
        </p>
        <label>
          {zh('setupToken')} <span lang="en">{texts('en', 'setupToken')}</span>
          <input
            name="token"
            autoComplete="off"
            spellCheck={false}
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
        </label>
        <button type="submit" disabled={!valid} data-testid="setup-save">
          {zh('setupSave')} <span lang="en">{texts('en', 'setupSave')}</span>
        </button>
      </form>
    </div>
  );
}
