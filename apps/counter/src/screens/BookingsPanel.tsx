import { hallClock } from '@hall/web-ui';
import { useState } from 'react';
import type { BookingView, HallConfig, Locale } from '@hall/protocol';
import { Dialog } from '../components/Dialog.tsx';
import { serviceName } from '../components/names.ts';
import { HubRequestError } from '@hall/hub-client';
import { staffApi } from '../hub/api.ts';
import { errorSentence, texts } from '../i18n/texts.ts';
import { mayCancel, upsertBooking } from '../logic/bookings.ts';
import { useHallStore } from '../state/hall-store.ts';

/** A booking the hub answered with (created, cancelled) goes into what the terminal holds at once. */
export function holdBooking(b: BookingView): void {
  useHallStore.setState((st) => ({
    bookings: st.bookings ? { ...st.bookings, list: upsertBooking(st.bookings.list, b) } : st.bookings,
  }));
}

export function errorText(err: unknown, locale: Locale): { code: string; text: string; detail: string } {
  const code = err instanceof HubRequestError ? err.error.code : 'NO_ANSWER';
  const detail = err instanceof HubRequestError ? err.error.message : '';
  return { code, text: errorSentence(locale, code), detail };
}

/** Today's bookings of this window's services: slot, service, 延时, masked name and phone, state; cancel. */
export function BookingsPanel({
  hall,
  bookings,
  locale,
  token,
  onNew,
}: {
  hall: HallConfig;
  bookings: BookingView[] | null;
  locale: Locale;
  token: string;
  onNew(): void;
}) {
  const [cancelling, setCancelling] = useState<BookingView | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ReturnType<typeof errorText> | null>(null);

  const confirmCancel = async () => {
    if (!cancelling) return;
    setBusy(true);
    setProblem(null);
    try {
      holdBooking(await staffApi(token).cancelBooking(cancelling.code));
      setCancelling(null);
    } catch (err) {
      setProblem(errorText(err, locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card mini bookings-card" aria-labelledby="bookings-title" data-testid="bookings">
      <div className="card__head">
        <h2 id="bookings-title" className="card__title">
          {texts(locale, 'bookingsToday')} <span className="card__count">{bookings?.length ?? '…'}</span>
        </h2>
        <button type="button" className="btn btn--small" data-testid="new-booking" onClick={onNew}>
          + {texts(locale, 'newBooking')}
        </button>
      </div>
      {bookings && bookings.length === 0 && <p className="muted">{texts(locale, 'noBookings')}</p>}
      {bookings && bookings.length > 0 && (
        <ul className="bookings">
          {bookings.map((b) => (
            <li
              key={b.code}
              className={`booking booking--${b.state}`}
              data-code={b.code}
              data-state={b.state}
              data-session={b.session}
            >
              <span className="booking__slot">
                {hallClock(b.slotStart, hall.timeZone)}–{hallClock(b.slotEnd, hall.timeZone)}
              </span>
              {b.session === 'delay' && (
                <span className="tag tag--delay" title={texts(locale, 'delayTitle')}>
                  {texts(locale, 'delay')}
                </span>
              )}
              <span className="booking__service">{serviceName(hall, b.serviceId, locale)}</span>
              <span className="booking__who">{[b.name, b.phone].filter(Boolean).join(' · ')}</span>
              <span className="booking__code">{b.code}</span>
              <span className={`tag tag--b-${b.state}`} data-testid="booking-state">
                {texts(locale, `bookingState.${b.state}`)}
              </span>
              {mayCancel(b) && (
                <button
                  type="button"
                  className="btn btn--small booking__cancel"
                  data-testid="cancel-booking"
                  onClick={() => {
                    setProblem(null);
                    setCancelling(b);
                  }}
                >
                  {texts(locale, 'cancelBooking')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {cancelling && (
        <Dialog
          title={`${texts(locale, 'cancelBooking')} ${cancelling.code}`}
          onClose={() => !busy && setCancelling(null)}
          testId="cancel-booking-dialog"
        >
          <p>
            {hallClock(cancelling.slotStart, hall.timeZone)}–{hallClock(cancelling.slotEnd, hall.timeZone)} ·{' '}
            {serviceName(hall, cancelling.serviceId, locale)}
            {cancelling.name ? ` · ${cancelling.name}` : ''}
          </p>
          <p>{texts(locale, 'cancelBookingConfirm')}</p>
          {problem && (
            <p className="notice notice--problem" role="alert" data-code={problem.code}>
              {problem.text}
              {problem.detail && <span className="notice__detail"> {problem.detail}</span>}
            </p>
          )}
          <div className="form__buttons">
            <button type="button" className="btn" disabled={busy} onClick={() => setCancelling(null)}>
              {texts(locale, 'keepBooking')}
            </button>
            <button
              type="button"
              className="btn btn--primary btn--danger"
              disabled={busy}
              data-testid="cancel-booking-confirm"
              onClick={() => void confirmCancel()}
            >
              {texts(locale, 'cancelBooking')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
