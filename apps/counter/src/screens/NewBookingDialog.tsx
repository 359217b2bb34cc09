import { useEffect, useRef, useState, type FormEvent } from 'react';
import type {
  BookingOptionsView,
  BookingSlotsView,
  BookingView,
  HallConfig,
  Locale,
  WindowConfig,
} from '@hall/protocol';
import { newRequestId } from '@hall/protocol';
import { dayLabel, hallClock, QrCode } from '@hall/web-ui';
import { Dialog } from '../components/Dialog.tsx';
import { serviceName } from '../components/names.ts';
import { HubRequestError } from '@hall/hub-client';
import { publicApi, staffApi } from '../hub/api.ts';
import { texts } from '../i18n/texts.ts';
import {
  bookableServices,
  problemOfIssuePath,
  slotChoices,
  validateBookingForm,
  type BookingFormProblem,
} from '../logic/bookings.ts';
import { errorText, holdBooking } from './BookingsPanel.tsx';

interface Props {
  hall: HallConfig;
  window: WindowConfig;
  token: string;
  locale: Locale;
  now: number;
  onClose(): void;
}

type Slots = { kind: 'none' } | { kind: 'loading' } | { kind: 'failed' } | { kind: 'ok'; view: BookingSlotsView };

/**
 * A clerk books a later slot for a citizen at the desk or on the phone: one of this window's services, a
 * day from today to the horizon, a slot with places left; name and phone optional. The code is shown large
 * with its QR, to read out or print.
 */
export function NewBookingDialog({ hall, window, token, locale, now, onClose }: Props) {
  const services = bookableServices(hall, window);
  const [options, setOptions] = useState<BookingOptionsView | null>(null);
  const [optionsFailed, setOptionsFailed] = useState(false);
  const [serviceId, setServiceId] = useState(services.length === 1 ? (services[0]?.id ?? '') : '');
  const [day, setDay] = useState('');
  const [slots, setSlots] = useState<Slots>({ kind: 'none' });
  const [slotStart, setSlotStart] = useState<number | null>(null);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [problems, setProblems] = useState<BookingFormProblem[]>([]);
  const [hubProblem, setHubProblem] = useState<ReturnType<typeof errorText> | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<BookingView | null>(null);
  const [reload, setReload] = useState(0);
  const grid = useRef<HTMLDivElement>(null);
  /** A booking whose answer was lost is sent again with its requestId, so it never takes a second place. */
  const unanswered = useRef<{ key: string; requestId: string } | null>(null);

  useEffect(() => {
    let live = true;
    publicApi
      .bookingOptions()
      .then((o) => {
        if (!live) return;
        setOptions(o);
        setDay((d) => d || (o.days[0]?.day ?? ''));
      })
      .catch(() => live && setOptionsFailed(true));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!serviceId || !day) {
      setSlots({ kind: 'none' });
      return;
    }
    let live = true;
    setSlots({ kind: 'loading' });
    publicApi
      .bookingSlots(serviceId, day)
      .then((view) => live && setSlots({ kind: 'ok', view }))
      .catch(() => live && setSlots({ kind: 'failed' }));
    return () => {
      live = false;
    };
  }, [serviceId, day, reload]);

  // Today's started slots come first: bring the first free one into view when the slots arrive.
  useEffect(() => {
    if (slots.kind !== 'ok') return;
    const free = grid.current?.querySelector<HTMLElement>('.slot:not(.slot--blocked)');
    if (free && grid.current) grid.current.scrollTop = free.offsetTop;
  }, [slots]);

  const choices = slots.kind === 'ok' ? slotChoices(slots.view.slots, now) : [];
  // A chosen slot that has meanwhile started or filled up is no longer chosen.
  const chosen = choices.find((c) => c.start === slotStart && c.blocked === null) ? slotStart : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setHubProblem(null);
    const checked = validateBookingForm({ serviceId, day, slotStart: chosen, name, phone });
    if (!checked.ok) return setProblems(checked.problems);
    setProblems([]);
    setBusy(true);
    const key = JSON.stringify(checked.body);
    if (unanswered.current?.key !== key) unanswered.current = { key, requestId: newRequestId('counter') };
    try {
      const booking = await staffApi(token).createBooking({ ...checked.body, requestId: unanswered.current.requestId });
      unanswered.current = null;
      holdBooking(booking);
      setResult(booking);
    } catch (err) {
      const p = errorText(err, locale);
      if (p.code !== 'NO_ANSWER') unanswered.current = null;
      setHubProblem(p);
      if (p.code === 'SLOT_FULL' || p.code === 'UNKNOWN_SLOT') {
        setSlotStart(null);
        setReload((n) => n + 1);
      }
      if (p.code === 'VALIDATION_FAILED' && err instanceof HubRequestError) {
        const fields = err.issues
          .map((i) => problemOfIssuePath(i.path))
          .filter((f): f is BookingFormProblem => f !== null);
        setProblems([...new Set(fields)]);
      }
    } finally {
      setBusy(false);
    }
  }

  if (result) {
    return (
      <Dialog title={texts(locale, 'bookingDone')} onClose={onClose} testId="new-booking-dialog">
        <div className="booking-result" data-testid="booking-result" data-session={result.session}>
          <p className="booking-result__label">{texts(locale, 'bookingCode')}</p>
          <p className="booking-result__code" data-testid="booking-code" lang="en">
            {result.code}
          </p>
          <QrCode
            text={result.code}
            label={`${texts(locale, 'bookingCode')} ${result.code}`}
            data-testid="booking-qr"
            data-text={result.code}
          />
          <p className="booking-result__what">
            {result.session === 'delay' && <span className="tag tag--delay">{texts(locale, 'delay')}</span>}{' '}
            {dayLabel(day, locale)} {hallClock(result.slotStart, hall.timeZone)}–
            {hallClock(result.slotEnd, hall.timeZone)} · {serviceName(hall, result.serviceId, locale)}
            {result.name ? ` · ${result.name}` : ''}
            {result.phone ? ` · ${result.phone}` : ''}
          </p>
          <p className="muted small">{texts(locale, 'bookingCodeHint')}</p>
        </div>
        <div className="form__buttons">
          <button type="button" className="btn" onClick={() => globalThis.print()}>
            {texts(locale, 'print')}
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => {
              setResult(null);
              setSlotStart(null);
              setName('');
              setPhone('');
              setReload((n) => n + 1);
            }}
          >
            {texts(locale, 'another')}
          </button>
          <button type="button" className="btn btn--primary" data-testid="booking-close" onClick={onClose}>
            {texts(locale, 'close')}
          </button>
        </div>
      </Dialog>
    );
  }

  const bad = (f: BookingFormProblem) => problems.includes(f);
  return (
    <Dialog title={texts(locale, 'newBookingTitle')} onClose={onClose} testId="new-booking-dialog">
      <form className="form booking-form" onSubmit={(e) => void submit(e)} noValidate>
        <label className="field">
          <span className="field__label">{texts(locale, 'service')}</span>
          <select
            name="service"
            value={serviceId}
            aria-invalid={bad('service')}
            onChange={(e) => {
              setServiceId(e.target.value);
              setSlotStart(null);
            }}
          >
            <option value="">{texts(locale, 'chooseService')}</option>
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.prefix} · {s.names[locale]}
                {s.delayService ? ` （${texts(locale, 'delay')}）` : ''}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{texts(locale, 'bookingDay')}</span>
          <select
            name="day"
            value={day}
            aria-invalid={bad('day')}
            onChange={(e) => {
              setDay(e.target.value);
              setSlotStart(null);
            }}
          >
            {(options?.days ?? []).map((d, i) => (
              <option key={d.day} value={d.day}>
                {dayLabel(d.day, locale)}
                {i === 0 ? ` · ${texts(locale, 'today')}` : ''}
                {d.dayKind !== 'working' ? ` · ${texts(locale, `dayKind.${d.dayKind}`)}` : ''}
              </option>
            ))}
          </select>
        </label>
        {optionsFailed && (
          <p className="notice notice--problem" role="alert">
            {texts(locale, 'loadFailed')}
          </p>
        )}
        <fieldset className="field slots" aria-invalid={bad('slot')} data-testid="slots">
          <legend className="field__label">{texts(locale, 'bookingSlot')}</legend>
          {slots.kind === 'loading' && <p className="muted">{texts(locale, 'loadingSlots')}</p>}
          {slots.kind === 'failed' && <p className="notice notice--problem">{texts(locale, 'loadFailed')}</p>}
          {slots.kind === 'ok' && choices.length === 0 && <p className="muted">{texts(locale, 'noSlots')}</p>}
          {choices.length > 0 && (
            <div className="slots__grid" ref={grid}>
              {choices.map((c) => (
                <label
                  key={c.start}
                  className={`slot${c.blocked ? ' slot--blocked' : ''}${chosen === c.start ? ' is-chosen' : ''}${c.session === 'delay' ? ' slot--delay' : ''}`}
                  data-testid="slot"
                  data-start={c.start}
                  data-session={c.session}
                  data-blocked={c.blocked ?? undefined}
                >
                  <input
                    type="radio"
                    name="slot"
                    value={c.start}
                    disabled={c.blocked !== null}
                    checked={chosen === c.start}
                    onChange={() => setSlotStart(c.start)}
                  />
                  <span className="slot__time">
                    {hallClock(c.start, hall.timeZone)}–{hallClock(c.end, hall.timeZone)}
                  </span>
                  {c.session === 'delay' && <span className="tag tag--delay">{texts(locale, 'delay')}</span>}
                  <span className="slot__left">
                    {c.blocked === 'full'
                      ? texts(locale, 'slotFull')
                      : c.blocked === 'started'
                        ? texts(locale, 'slotStarted')
                        : texts(locale, 'slotLeft', { n: c.left })}
                  </span>
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <div className="form__row">
          <label className="field">
            <span className="field__label">{texts(locale, 'nameOptional')}</span>
            <input
              name="name"
              value={name}
              maxLength={60}
              autoComplete="off"
              aria-invalid={bad('name')}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <label className="field">
            <span className="field__label">{texts(locale, 'phoneOptional')}</span>
            <input
              name="phone"
              value={phone}
              inputMode="tel"
              maxLength={24}
              autoComplete="off"
              aria-invalid={bad('phone')}
              onChange={(e) => setPhone(e.target.value)}
            />
          </label>
        </div>
        <p className="muted small">{texts(locale, 'bookingMasked')}</p>
        {problems.length > 0 && (
          <p className="notice notice--problem" role="alert" data-testid="booking-problems">
            {texts(locale, 'fixField')}
            {problems.map((p) => texts(locale, `bookingField.${p}`)).join('、')}
          </p>
        )}
        {hubProblem && (
          <p className="notice notice--problem" role="alert" data-testid="booking-error" data-code={hubProblem.code}>
            {hubProblem.text}
            {hubProblem.detail && <span className="notice__detail"> {hubProblem.detail}</span>}
          </p>
        )}
        <div className="form__buttons">
          <button type="button" className="btn" onClick={onClose}>
            {texts(locale, 'cancel')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy} data-testid="booking-submit">
            {busy ? texts(locale, 'bookingBusy') : texts(locale, 'book')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
