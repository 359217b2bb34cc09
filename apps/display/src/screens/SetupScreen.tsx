import { useState } from 'react';
import { ui } from '../i18n/texts.ts';
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
          {ui.setupTitle['zh-Hans']} <span lang="en">{ui.setupTitle.en}</span>
        </h1>
        {reason === 'refused' && (
          <p className="setup__error" role="alert">
            {ui.setupRefused['zh-Hans']}
            <br />
            <span lang="en">{ui.setupRefused.en}</span>
          </p>
        )}
        <p>
          {ui.setupHelp['zh-Hans']}
          <br />
          <span lang="en">{ui.setupHelp.en}</span>
        </p>
        <label>
          {ui.setupToken['zh-Hans']} <span lang="en">{ui.setupToken.en}</span>
          <input
            name="token"
            autoComplete="off"
            spellCheck={false}
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
        </label>
        <button type="submit" disabled={!valid} data-testid="setup-save">
          {ui.setupSave['zh-Hans']} <span lang="en">{ui.setupSave.en}</span>
        </button>
      </form>
    </div>
  );
}
