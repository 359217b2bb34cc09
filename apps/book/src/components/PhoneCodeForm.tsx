import { useId, useState, type FormEvent } from 'react';
import { checkSmsCode } from '../logic/validate.ts';
import { sendCode, setSmsCode } from '../state/actions.ts';
import { useBook } from '../state/store.ts';
import { ErrorBanner, useT } from './common.tsx';

/**
 * The texted code: where it went, the code itself on a demo hub (no text is sent there), the field to type
 * it and a button to send a new one. `onVerify` trades it for a proof and moves on.
 */
export function PhoneCodeForm({ onVerify }: { onVerify: () => void }) {
  const sent = useBook((s) => s.sentCode);
  const smsCode = useBook((s) => s.smsCode);
  const busy = useBook((s) => s.verifyBusy);
  const error = useBook((s) => s.verifyError);
  const t = useT();
  const id = useId();
  const [tried, setTried] = useState(false);
  const bad = tried && checkSmsCode(smsCode) === null;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (checkSmsCode(smsCode) === null) {
      document.getElementById(`${id}-code`)?.focus();
      return;
    }
    onVerify();
  };
  return (
    <div className="verify" data-testid="verify">
      {sent ? (
        <p className="help" role="status" data-testid="code-sent">
          {t('codeSent', { phone: sent.sentTo })}
        </p>
      ) : null}
      {sent?.demoCode ? (
        <p className="banner banner--info" data-testid="demo-code" data-code={sent.demoCode}>
          {t('demoCode', { code: sent.demoCode })}
        </p>
      ) : null}
      <ErrorBanner code={error} />
      {sent ? (
        <form className="form" noValidate onSubmit={onSubmit}>
          <label className="field" htmlFor={`${id}-code`}>
            <span className="field__label">{t('smsCode')}</span>
            <input
              id={`${id}-code`}
              data-testid="sms-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={12}
              value={smsCode}
              aria-invalid={bad}
              aria-describedby={bad ? `${id}-code-problem` : undefined}
              onChange={(e) => setSmsCode(e.target.value)}
            />
            {bad ? (
              <span id={`${id}-code-problem`} className="field__problem" data-testid="sms-code-problem">
                {t('smsCodeProblem')}
              </span>
            ) : null}
          </label>
          <button type="submit" className="btn btn--primary" data-testid="verify-code" disabled={busy} aria-busy={busy}>
            {busy ? t('verifying') : t('verify')}
          </button>
        </form>
      ) : null}
      <ResendButton />
    </div>
  );
}

/** Sends a new code to the phone the last one went to (or the one being proven, if sending failed). */
function ResendButton() {
  const sent = useBook((s) => s.sentCode);
  const phone = useBook((s) => (s.view === 'mine' ? s.minePhone : s.phone));
  const busy = useBook((s) => s.verifyBusy);
  const t = useT();
  const to = sent?.phone ?? phone;
  return (
    <button
      type="button"
      className="btn btn--plain"
      data-testid="send-again"
      disabled={busy}
      onClick={() => void sendCode(to)}
    >
      ↻ {sent ? t('sendAgain') : t('sendCode')}
    </button>
  );
}
