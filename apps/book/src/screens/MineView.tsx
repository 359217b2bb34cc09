import type { BookingOptionsView } from '@hall/protocol';
import { useId, useState, type FormEvent } from 'react';
import { ErrorBanner, Section, useT } from '../components/common.tsx';
import { Summary } from '../components/Summary.tsx';
import { checkLast4, normalizeCode } from '../logic/validate.ts';
import { cancelLookedUp, lookUp, setLast4, setLookupCode } from '../state/actions.ts';
import { useBook } from '../state/store.ts';

/** "My booking": look a booking up by its code, and cancel it with the last four digits of the phone. */
export function MineView({ options }: { options: BookingOptionsView }) {
  const code = useBook((s) => s.lookupCode);
  const lookup = useBook((s) => s.lookup);
  const busy = useBook((s) => s.lookupBusy);
  const error = useBook((s) => s.lookupError);
  const last4 = useBook((s) => s.last4);
  const cancelled = useBook((s) => s.justCancelled);
  const t = useT();
  const id = useId();
  const [triedCode, setTriedCode] = useState(false);
  const [triedLast4, setTriedLast4] = useState(false);
  const codeBad = triedCode && normalizeCode(code) === null;
  const last4Bad = triedLast4 && checkLast4(last4) === null;

  const onLookup = (e: FormEvent) => {
    e.preventDefault();
    setTriedCode(true);
    setTriedLast4(false);
    if (normalizeCode(code) !== null) void lookUp();
  };
  const onCancel = (e: FormEvent) => {
    e.preventDefault();
    setTriedLast4(true);
    if (checkLast4(last4) !== null) void cancelLookedUp();
  };

  return (
    <main className="main" data-view="mine">
      <Section title={t('lookupTitle')} testId="mine">
        <form className="form form--row" noValidate onSubmit={onLookup}>
          <label className="field" htmlFor={`${id}-code`}>
            <span className="field__label">{t('codeInput')}</span>
            <input
              id={`${id}-code`}
              data-testid="lookup-code"
              className="input--code"
              autoCapitalize="characters"
              autoComplete="off"
              spellCheck={false}
              maxLength={24}
              value={code}
              aria-invalid={codeBad}
              aria-describedby={codeBad ? `${id}-code-problem` : undefined}
              onChange={(e) => setLookupCode(e.target.value)}
            />
            {codeBad ? (
              <span id={`${id}-code-problem`} className="field__problem">
                {t('codeProblem')}
              </span>
            ) : null}
          </label>
          <button type="submit" className="btn btn--primary" data-testid="lookup" disabled={busy}>
            {t('lookup')}
          </button>
        </form>
        <ErrorBanner code={error} />
        {lookup ? (
          <div className="found" data-testid="found" data-code={lookup.code}>
            <p className="code-card__code code-card__code--small">{lookup.code}</p>
            <Summary
              options={options}
              serviceId={lookup.serviceId}
              slotStart={lookup.slotStart}
              slotEnd={lookup.slotEnd}
              session={lookup.session}
              booking={lookup}
            />
            {cancelled ? (
              <p className="banner banner--ok" role="status" data-testid="cancelled">
                {t('cancelled')}
              </p>
            ) : null}
            {lookup.state === 'booked' ? (
              <form className="form" noValidate onSubmit={onCancel}>
                <p className="help">{t('cancelHelp')}</p>
                <label className="field" htmlFor={`${id}-last4`}>
                  <span className="field__label">{t('last4')}</span>
                  <input
                    id={`${id}-last4`}
                    data-testid="last4"
                    inputMode="numeric"
                    autoComplete="off"
                    maxLength={4}
                    value={last4}
                    aria-invalid={last4Bad}
                    aria-describedby={last4Bad ? `${id}-last4-problem` : undefined}
                    onChange={(e) => setLast4(e.target.value)}
                  />
                  {last4Bad ? (
                    <span id={`${id}-last4-problem`} className="field__problem">
                      {t('last4Problem')}
                    </span>
                  ) : null}
                </label>
                <button type="submit" className="btn btn--danger" data-testid="cancel" disabled={busy}>
                  {t('cancel')}
                </button>
              </form>
            ) : null}
          </div>
        ) : null}
      </Section>
    </main>
  );
}
