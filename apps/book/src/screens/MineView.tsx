import type { BookingOptionsView, PublicBookingView } from '@hall/protocol';
import { useId, useState, type FormEvent } from 'react';
import { ErrorBanner, Section, useT } from '../components/common.tsx';
import { PhoneCodeForm } from '../components/PhoneCodeForm.tsx';
import { Summary } from '../components/Summary.tsx';
import { checkPhone } from '../logic/validate.ts';
import { cancelMine, forgetPhone, sendCode, setMinePhone, verifyAndListMine } from '../state/actions.ts';
import { useBook } from '../state/store.ts';

/**
 * "My bookings": the citizen proves the phone they booked with (a texted code), then sees that phone's
 * bookings from today on and may cancel those still booked. A code alone opens nothing.
 */
export function MineView({ options }: { options: BookingOptionsView }) {
  const proven = useBook((s) => s.minePhoneProven !== null);
  const sent = useBook((s) => s.sentCode);
  const t = useT();
  return (
    <main className="main" data-view="mine">
      <Section title={t('lookupTitle')} testId="mine">
        {proven ? (
          <MyBookings options={options} />
        ) : (
          <>
            <p className="help">{t('mineHelp')}</p>
            {sent ? <PhoneCodeForm onVerify={() => void verifyAndListMine()} /> : <PhoneForm />}
          </>
        )}
      </Section>
    </main>
  );
}

function PhoneForm() {
  const phone = useBook((s) => s.minePhone);
  const busy = useBook((s) => s.verifyBusy);
  const error = useBook((s) => s.verifyError);
  const t = useT();
  const id = useId();
  const [tried, setTried] = useState(false);
  const p = checkPhone(phone);
  const problem = tried && !p.ok ? t(`phoneProblem.${p.problem}`) : null;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (p.ok) void sendCode(p.value);
    else document.getElementById(`${id}-phone`)?.focus();
  };
  return (
    <form className="form form--row" noValidate onSubmit={onSubmit}>
      <label className="field" htmlFor={`${id}-phone`}>
        <span className="field__label">{t('phone')}</span>
        <input
          id={`${id}-phone`}
          data-testid="mine-phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          maxLength={20}
          value={phone}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-phone-problem` : undefined}
          onChange={(e) => setMinePhone(e.target.value)}
        />
        {problem ? (
          <span id={`${id}-phone-problem`} className="field__problem">
            {problem}
          </span>
        ) : null}
      </label>
      <button type="submit" className="btn btn--primary" data-testid="send-code" disabled={busy}>
        {t('sendCode')}
      </button>
      <ErrorBanner code={error} />
    </form>
  );
}

function MyBookings({ options }: { options: BookingOptionsView }) {
  const shown = useBook((s) => (s.minePhoneProven === null ? '' : (s.proofs[s.minePhoneProven]?.shown ?? '')));
  const mine = useBook((s) => s.mine);
  const busy = useBook((s) => s.lookupBusy);
  const error = useBook((s) => s.lookupError);
  const t = useT();
  return (
    <>
      <p className="help" data-testid="proven">
        {t('provenAs', { phone: shown })}{' '}
        <button type="button" className="btn btn--plain" data-testid="other-phone" onClick={forgetPhone}>
          {t('otherPhone')}
        </button>
      </p>
      <ErrorBanner code={error} />
      {mine === null ? (
        busy ? (
          <p className="help" role="status">
            {t('loading')}
          </p>
        ) : null
      ) : mine.length === 0 ? (
        <p className="banner" data-testid="no-bookings">
          {t('noBookings')}
        </p>
      ) : (
        <ul className="found-list">
          {mine.map((b) => (
            <li key={b.code}>
              <FoundBooking options={options} booking={b} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function FoundBooking({ options, booking }: { options: BookingOptionsView; booking: PublicBookingView }) {
  const pointed = useBook((s) => s.lookupCode === booking.code);
  const cancelled = useBook((s) => s.justCancelled === booking.code);
  const busy = useBook((s) => s.lookupBusy);
  const t = useT();
  return (
    <div
      className={pointed ? 'found found--pointed' : 'found'}
      data-testid="found"
      data-code={booking.code}
      aria-label={`${t('codeInput')} ${booking.code.split('').join(' ')}`}
      role="group"
    >
      <p className="code-card__code code-card__code--small">{booking.code}</p>
      <Summary
        options={options}
        serviceId={booking.serviceId}
        slotStart={booking.slotStart}
        slotEnd={booking.slotEnd}
        session={booking.session}
        booking={booking}
      />
      {cancelled ? (
        <p className="banner banner--ok" role="status" data-testid="cancelled">
          {t('cancelled')}
        </p>
      ) : null}
      {booking.state === 'booked' ? (
        <button
          type="button"
          className="btn btn--danger"
          data-testid="cancel"
          disabled={busy}
          onClick={() => void cancelMine(booking.code)}
        >
          {t('cancel')}
        </button>
      ) : null}
    </div>
  );
}
