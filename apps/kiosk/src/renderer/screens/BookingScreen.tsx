import { useEffect, useRef, useState, type FormEvent } from 'react';
import { HubRequestError } from '@hall/hub-client';
import { hallClock, slotRange } from '@hall/web-ui';
import { toHubError, type HubError, type KioskBookingLookup } from '@hall/protocol';
import { CODE_KEYS, Keypad, PHONE_KEYS } from '../components/Keypad.tsx';
import { bookingTexts } from '../i18n/booking.ts';
import { hubErrorText } from '../i18n/hub-errors.ts';
import { opensText } from '../i18n/opening.ts';
import { BOOKING_CODE_MAX, BOOKING_CODE_MIN, checkInView, normalizeBookingCode } from '../logic/booking-checkin.ts';
import { hallToday } from '../logic/hall-today.ts';
import { useFlow } from '../state/flow-store.ts';
import { hubNow, useHall } from '../state/hall-store.ts';
import { currentApi } from '../state/runtime.ts';

type Lookup =
  | { state: 'idle' }
  | { state: 'finding' }
  | { state: 'found'; found: KioskBookingLookup }
  | { state: 'failed'; error: HubError };

/**
 * Booking check-in: the code typed on the keypad or scanned (a keyboard-wedge scanner types the code and
 * Enter, wherever the focus is), then the last four digits of the phone it was booked with (a code seen over
 * a shoulder is not enough; a booking made at a counter without a phone skips them), looked up at the hub,
 * and its verdict: open → the confirm step of a booking-lane ticket; too early, missed (with a normal ticket
 * offered) or already used → said here.
 */
export function BookingScreen() {
  const locale = useFlow((s) => s.locale);
  const checkInBooking = useFlow((s) => s.checkInBooking);
  const takeNormalTicket = useFlow((s) => s.takeNormalTicket);
  const hall = useHall((s) => s.hall);
  const stats = useHall((s) => s.stats);
  const businessDay = useHall((s) => s.businessDay);
  const clockOffset = useHall((s) => s.clockOffset);
  const [code, setCode] = useState('');
  const [stage, setStage] = useState<'code' | 'digits'>('code');
  const [digits, setDigits] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const [digitsShort, setDigitsShort] = useState(false);
  const digitsField = useRef<HTMLInputElement>(null);
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });
  const field = useRef<HTMLInputElement>(null);
  const asked = useRef(0);

  const type = (next: string) => {
    setTooShort(false);
    if (lookup.state !== 'finding') setLookup({ state: 'idle' });
    setCode(normalizeBookingCode(next).slice(0, BOOKING_CODE_MAX));
  };

  const typeDigits = (next: string) => {
    setDigitsShort(false);
    if (lookup.state !== 'finding') setLookup({ state: 'idle' });
    setDigits(next.replace(/\D/g, '').slice(0, 4));
  };

  /** The code is complete: on to the phone digits. */
  const toDigits = (raw: string) => {
    const wanted = normalizeBookingCode(raw);
    if (wanted.length < BOOKING_CODE_MIN) {
      setTooShort(true);
      return;
    }
    setCode(wanted);
    setDigits('');
    setLookup({ state: 'idle' });
    setStage('digits');
  };

  const backToCode = () => {
    setStage('code');
    setDigits('');
    setLookup({ state: 'idle' });
  };

  /** `last4` null: the citizen says the booking was made without a phone. */
  const find = async (last4: string | null) => {
    if (last4 !== null && last4.length !== 4) {
      setDigitsShort(true);
      return;
    }
    const mine = ++asked.current;
    setLookup({ state: 'finding' });
    try {
      const api = currentApi();
      if (!api) throw new HubRequestError({ kind: 'network', status: 0, code: 'NO_ANSWER' });
      const found = await api.kioskBooking(code, last4 ?? undefined);
      if (mine !== asked.current) return;
      if (checkInView(found, useHall.getState().stats).kind === 'check-in') checkInBooking(found.booking, last4);
      else setLookup({ state: 'found', found });
    } catch (err) {
      if (mine !== asked.current) return;
      setLookup({ state: 'failed', error: err instanceof HubRequestError ? err.error : toHubError(err) });
    }
  };

  // Not found (or no answer): the digits are typed again (the code is shown above them to check).
  useEffect(() => {
    if (lookup.state !== 'failed') return;
    const f = stage === 'digits' ? digitsField.current : field.current;
    f?.focus();
    f?.select();
  }, [lookup, stage]);
  useEffect(() => {
    if (stage === 'digits') digitsField.current?.focus();
  }, [stage]);

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (lookup.state === 'finding') return;
    if (stage === 'code') toDigits(code);
    else void find(digits);
  };

  // A scanner types wherever the focus is (a keypad key, a result button): catch it and start over.
  const restart = () => {
    setStage('code');
    setDigits('');
  };
  const scan = useRef({ code, lookup, stage, type, toDigits, restart });
  scan.current = { code, lookup, stage, type, toDigits, restart };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target === field.current || e.target === digitsField.current || e.ctrlKey || e.altKey || e.metaKey) return;
      const s = scan.current;
      // While the phone digits are asked for they are typed in their own field; over a verdict a scan starts over.
      if (s.lookup.state === 'finding' || (s.stage === 'digits' && s.lookup.state !== 'found')) return;
      if (/^[0-9A-Za-z]$/.test(e.key)) {
        e.preventDefault();
        const fresh = s.stage !== 'code' || s.lookup.state !== 'idle';
        if (s.stage !== 'code') s.restart();
        s.type((fresh ? '' : s.code) + e.key);
        field.current?.focus();
      } else if (e.key === 'Enter' && s.lookup.state === 'idle' && s.code !== '') {
        e.preventDefault();
        s.toDigits(s.code);
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);

  if (!hall) return null;
  const timeZone = hall.timeZone;
  const clock = (ms: number) => hallClock(ms, timeZone);

  if (lookup.state === 'found') {
    const { booking } = lookup.found;
    const service = hall.services.find((s) => s.id === booking.serviceId);
    const view = checkInView(lookup.found, stats);
    return (
      <section aria-labelledby="booking-title" className="booking">
        <h2 id="booking-title" className="screen__title">
          {bookingTexts(locale, 'title')}
        </h2>
        <dl className="summary" data-testid="booking-card">
          <dt>{bookingTexts(locale, 'service')}</dt>
          <dd>{service?.names[locale] ?? booking.serviceId}</dd>
          <dt>{bookingTexts(locale, 'slot')}</dt>
          <dd data-testid="booking-slot">{slotRange(booking.slotStart, booking.slotEnd, timeZone)}</dd>
          {booking.name !== null && (
            <>
              <dt>{bookingTexts(locale, 'name')}</dt>
              <dd>{booking.name}</dd>
            </>
          )}
          <dt>{bookingTexts(locale, 'code')}</dt>
          <dd>{booking.code}</dd>
        </dl>
        <div
          className={`notice ${view.kind === 'too-early' ? 'notice--gentle' : 'notice--problem'}`}
          role="alert"
          data-testid="booking-verdict"
          data-verdict={lookup.found.verdict}
        >
          {view.kind === 'too-early' && <p>{bookingTexts(locale, 'tooEarly', { time: clock(view.opensAt) })}</p>}
          {view.kind === 'missed' && <p>{bookingTexts(locale, 'missed', { time: clock(view.endedAt) })}</p>}
          {view.kind === 'missed' && !view.normalTicket.open && (
            <p data-testid="service-opens">
              {opensText(
                view.normalTicket.opensAt,
                hallToday(businessDay, hubNow(clockOffset), timeZone),
                timeZone,
                locale,
              )}
            </p>
          )}
          {view.kind === 'used' && <p>{bookingTexts(locale, 'used')}</p>}
          {view.kind === 'cancelled' && <p>{bookingTexts(locale, 'cancelled')}</p>}
        </div>
        <div className="booking__actions">
          {view.kind === 'missed' && view.normalTicket.open && (
            <button
              type="button"
              className="btn btn--primary btn--huge"
              data-testid="take-normal"
              onClick={() => takeNormalTicket(booking.serviceId)}
            >
              {bookingTexts(locale, 'takeNormal')}
            </button>
          )}
          <button
            type="button"
            className="btn btn--huge"
            data-testid="booking-another"
            onClick={() => {
              setCode('');
              setDigits('');
              setStage('code');
              setLookup({ state: 'idle' });
            }}
          >
            {bookingTexts(locale, 'another')}
          </button>
        </div>
      </section>
    );
  }

  const problem = tooShort
    ? bookingTexts(locale, 'tooShort')
    : digitsShort
      ? bookingTexts(locale, 'digitsShort')
      : lookup.state === 'failed'
        ? lookup.error.code === 'UNKNOWN_BOOKING'
          ? bookingTexts(locale, 'unknown')
          : lookup.error.code === 'RATE_LIMITED'
            ? bookingTexts(locale, 'locked')
            : lookup.error.code === 'NO_ANSWER'
              ? bookingTexts(locale, 'lookupFailed')
              : hubErrorText(locale, lookup.error.code)
        : '';
  const problemLine = (
    <p
      id="booking-code-problem"
      className="entry__problem"
      role="alert"
      data-code={lookup.state === 'failed' ? lookup.error.code : undefined}
    >
      {problem}
    </p>
  );
  const finding =
    lookup.state === 'finding' ? (
      <p className="notice notice--progress" role="status" aria-live="polite">
        {bookingTexts(locale, 'finding')}
      </p>
    ) : null;

  if (stage === 'digits') {
    return (
      <section aria-labelledby="booking-title" className="booking">
        <h2 id="booking-title" className="screen__title">
          {bookingTexts(locale, 'title')}
        </h2>
        <form className="entry" onSubmit={submit} autoComplete="off" data-stage="digits">
          <p className="entry__label" data-testid="entered-code">
            {bookingTexts(locale, 'code')}: {code}
          </p>
          <label className="entry__label" htmlFor="booking-phone-digits">
            {bookingTexts(locale, 'digitsPrompt')}
          </label>
          <input
            id="booking-phone-digits"
            ref={digitsField}
            className="entry__field"
            value={digits}
            inputMode="none"
            autoComplete="off"
            maxLength={4}
            aria-invalid={problem !== ''}
            aria-describedby="booking-code-problem"
            onChange={(e) => typeDigits(e.target.value)}
          />
          {problemLine}
          {finding}
          <Keypad
            keys={PHONE_KEYS}
            value={digits}
            maxLength={4}
            locale={locale}
            fieldLabel={bookingTexts(locale, 'digitsField')}
            onChange={typeDigits}
          />
          <button
            type="submit"
            className="btn btn--primary entry__submit"
            data-testid="find-booking"
            disabled={digits.length === 0 || lookup.state === 'finding'}
          >
            {bookingTexts(locale, 'find')}
          </button>
          <div className="booking__actions">
            <button
              type="button"
              className="btn"
              data-testid="no-phone"
              disabled={lookup.state === 'finding'}
              onClick={() => void find(null)}
            >
              {bookingTexts(locale, 'noPhone')}
            </button>
            <button type="button" className="btn" data-testid="change-code" onClick={backToCode}>
              {bookingTexts(locale, 'another')}
            </button>
          </div>
        </form>
      </section>
    );
  }

  return (
    <section aria-labelledby="booking-title" className="booking">
      <h2 id="booking-title" className="screen__title">
        {bookingTexts(locale, 'title')}
      </h2>
      <form className="entry" onSubmit={submit} autoComplete="off">
        <label className="entry__label" htmlFor="booking-code">
          {bookingTexts(locale, 'prompt')}
        </label>
        <input
          id="booking-code"
          ref={field}
          className="entry__field"
          value={code}
          inputMode="none"
          autoComplete="off"
          spellCheck={false}
          maxLength={BOOKING_CODE_MAX}
          autoFocus
          aria-invalid={problem !== ''}
          aria-describedby="booking-code-problem"
          onChange={(e) => type(e.target.value)}
        />
        {problemLine}
        {finding}
        <Keypad
          keys={CODE_KEYS}
          value={code}
          maxLength={BOOKING_CODE_MAX}
          locale={locale}
          fieldLabel={bookingTexts(locale, 'field')}
          onChange={type}
        />
        <button
          type="submit"
          className="btn btn--primary entry__submit"
          disabled={code.length === 0 || lookup.state === 'finding'}
        >
          {bookingTexts(locale, 'next')}
        </button>
      </form>
    </section>
  );
}
