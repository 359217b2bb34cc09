import { HOLDER_NAME_MAX, type BookingOptionsView } from '@hall/protocol';
import { dayLabel, localized, QrCode, slotRange } from '@hall/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { DelayBadge, ErrorBanner, Section, useT } from '../components/common.tsx';
import { PhoneCodeForm } from '../components/PhoneCodeForm.tsx';
import { Summary } from '../components/Summary.tsx';
import { checkInText } from '../i18n/texts.ts';
import {
  bookableZones,
  checkInMinutesOf,
  dayChoices,
  placesLeft,
  servicesOf,
  shownSlots,
  slotStatus,
} from '../logic/choices.ts';
import { checkName, checkPhone } from '../logic/validate.ts';
import {
  chooseDay,
  chooseService,
  chooseSlot,
  chooseZone,
  confirmBooking,
  openMine,
  reloadSlots,
  setName,
  setPhone,
  startOver,
  submitDetails,
  verifyAndContinue,
} from '../state/actions.ts';
import { STEPS, useBook, type Step } from '../state/store.ts';

const BACK: Partial<Record<Step, Step>> = {
  service: 'zone',
  day: 'service',
  slot: 'day',
  details: 'slot',
  verify: 'details',
  confirm: 'details',
};

function BackButton({ step }: { step: Step }) {
  const t = useT();
  if (BACK[step] === undefined) return null;
  return (
    <button type="button" className="btn btn--plain back" data-testid="back" onClick={() => history.back()}>
      ‹ {t('back')}
    </button>
  );
}

function Progress({ step }: { step: Step }) {
  const t = useT();
  const n = STEPS.indexOf(step) + 1;
  const total = STEPS.length - 1;
  if (step === 'result') return null;
  return (
    <p className="progress" aria-live="polite">
      {t('steps', { n, total })}
    </p>
  );
}

function ZoneStep({ options }: { options: BookingOptionsView }) {
  const locale = useBook((s) => s.locale);
  const t = useT();
  return (
    <Section title={t('pickZone')} testId="zone">
      <p className="help">{t('delayServiceHelp')}</p>
      <ul className="choices">
        {bookableZones(options).map((z) => {
          const services = servicesOf(options, z.id);
          const delay = services.filter((s) => s.delayService).length;
          return (
            <li key={z.id}>
              <button type="button" className="choice" data-zone={z.id} onClick={() => chooseZone(z.id)}>
                <span className="choice__main">{localized(z.names, locale)}</span>
                <span className="choice__sub">
                  {t('servicesCount', { n: services.length })}
                  {delay > 0 ? <DelayBadge text="delayService" /> : null}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

function ServiceStep({ options, zoneId }: { options: BookingOptionsView; zoneId: string }) {
  const locale = useBook((s) => s.locale);
  const t = useT();
  const services = servicesOf(options, zoneId);
  return (
    <Section title={t('pickService')} testId="service">
      {services.length === 0 ? <p className="help">{t('noServices')}</p> : null}
      <ul className="choices">
        {services.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className="choice"
              data-service={s.id}
              data-delay={s.delayService}
              onClick={() => chooseService(s.id)}
            >
              <span className="choice__main">{localized(s.names, locale)}</span>
              {s.delayService ? (
                <span className="choice__sub">
                  <DelayBadge text="delayService" />
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function DayStep({ options, serviceId }: { options: BookingOptionsView; serviceId: string }) {
  const locale = useBook((s) => s.locale);
  const t = useT();
  const service = options.services.find((s) => s.id === serviceId);
  if (!service) return null;
  return (
    <Section title={t('pickDay')} testId="day">
      <p className="help">
        {localized(service.names, locale)}
        {service.delayService ? <DelayBadge text="delayService" /> : null}
      </p>
      <ul className="choices choices--days">
        {dayChoices(options.days, service).map((d, i) => {
          const relative = i === 0 ? 'today' : i === 1 ? 'tomorrow' : null;
          return (
            <li key={d.day}>
              <button
                type="button"
                className={`choice choice--day choice--${d.dayKind}`}
                data-day={d.day}
                data-day-kind={d.dayKind}
                disabled={!d.selectable}
                onClick={() => void chooseDay(d.day)}
              >
                <span className="choice__main">
                  {dayLabel(d.day, locale) ?? d.day}
                  {relative ? <span className="choice__rel">{t(relative)}</span> : null}
                </span>
                {d.note !== 'none' ? <span className="choice__sub">{t(`dayNote.${d.note}`)}</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

function SlotStep({ options }: { options: BookingOptionsView }) {
  const locale = useBook((s) => s.locale);
  const slots = useBook((s) => s.slots);
  const loading = useBook((s) => s.slotsLoading);
  const day = useBook((s) => s.day);
  const error = useBook((s) => s.error);
  const t = useT();
  return (
    <Section title={t('pickSlot')} testId="slot">
      <p className="help">{day ? dayLabel(day, locale) : null}</p>
      <ErrorBanner code={error} />
      {slots === null ? (
        <p className="help" role="status">
          {t('loading')}
        </p>
      ) : slots.dayKind === 'closed' ? (
        <p className="banner">{t('dayNote.closed')}</p>
      ) : slots.slots.length === 0 || slots.slots.every((s) => !s.available) ? (
        <p className="banner" data-testid="no-slots">
          {t('noSlots')}
        </p>
      ) : null}
      {slots !== null && shownSlots(slots.slots).length < slots.slots.length ? (
        <p className="help" data-testid="started-hidden">
          {t('startedHidden')}
        </p>
      ) : null}
      {slots !== null ? (
        <ul className="slots" aria-busy={loading}>
          {shownSlots(slots.slots).map((s) => {
            const status = slotStatus(s);
            const range = slotRange(s.start, s.end, options.timeZone);
            return (
              <li key={s.start}>
                <button
                  type="button"
                  className={`slot slot--${status}`}
                  data-slot={s.start}
                  data-session={s.session}
                  data-status={status}
                  disabled={status !== 'open'}
                  onClick={() => chooseSlot(s.start)}
                >
                  <span className="slot__time">{range}</span>
                  {s.session === 'delay' ? <DelayBadge text="delaySession" /> : null}
                  <span className="slot__places" data-testid="places">
                    {status === 'full'
                      ? t('slotFull')
                      : status === 'started'
                        ? t('slotStarted')
                        : t('placesLeft', { n: placesLeft(s) })}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <button type="button" className="btn btn--plain" data-testid="reload-slots" onClick={() => void reloadSlots()}>
        ↻ {t('reloadSlots')}
      </button>
    </Section>
  );
}

function DetailsStep() {
  const name = useBook((s) => s.name);
  const phone = useBook((s) => s.phone);
  const t = useT();
  const [tried, setTried] = useState(false);
  const id = useId();
  const n = checkName(name);
  const p = checkPhone(phone);
  const nameProblem = tried && !n.ok ? t(`nameProblem.${n.problem}`, { max: HOLDER_NAME_MAX }) : null;
  const phoneProblem = tried && !p.ok ? t(`phoneProblem.${p.problem}`) : null;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!submitDetails()) {
      const first = !n.ok ? `${id}-name` : `${id}-phone`;
      document.getElementById(first)?.focus();
    }
  };
  return (
    <Section title={t('yourDetails')} testId="details">
      <form className="form" noValidate onSubmit={onSubmit}>
        <label className="field" htmlFor={`${id}-name`}>
          <span className="field__label">{t('name')}</span>
          <input
            id={`${id}-name`}
            name="name"
            data-testid="name"
            autoComplete="name"
            maxLength={40}
            value={name}
            aria-invalid={nameProblem !== null}
            aria-describedby={nameProblem ? `${id}-name-problem` : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {nameProblem ? (
            <span id={`${id}-name-problem`} className="field__problem" data-testid="name-problem">
              {nameProblem}
            </span>
          ) : null}
        </label>
        <label className="field" htmlFor={`${id}-phone`}>
          <span className="field__label">{t('phone')}</span>
          <input
            id={`${id}-phone`}
            name="phone"
            data-testid="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            maxLength={20}
            value={phone}
            aria-invalid={phoneProblem !== null}
            aria-describedby={`${id}-note${phoneProblem ? ` ${id}-phone-problem` : ''}`}
            onChange={(e) => setPhone(e.target.value)}
          />
          {phoneProblem ? (
            <span id={`${id}-phone-problem`} className="field__problem" data-testid="phone-problem">
              {phoneProblem}
            </span>
          ) : null}
        </label>
        <p id={`${id}-note`} className="note" data-testid="masked-note">
          {t('maskedNote')}
        </p>
        <button type="submit" className="btn btn--primary" data-testid="next">
          {t('next')}
        </button>
      </form>
    </Section>
  );
}

/** The phone is proven with a texted code before the booking is confirmed. */
function VerifyStep() {
  const t = useT();
  return (
    <Section title={t('verifyTitle')} testId="verify-step">
      <PhoneCodeForm onVerify={() => void verifyAndContinue()} />
    </Section>
  );
}

function ConfirmStep({ options }: { options: BookingOptionsView }) {
  const serviceId = useBook((s) => s.serviceId);
  const slotStart = useBook((s) => s.slotStart);
  const slots = useBook((s) => s.slots);
  const name = useBook((s) => s.name);
  const phone = useBook((s) => s.phone);
  const submitting = useBook((s) => s.submitting);
  const error = useBook((s) => s.error);
  const t = useT();
  const slot = slots?.slots.find((s) => s.start === slotStart);
  if (serviceId === null || slotStart === null || !slot) return null;
  return (
    <Section title={t('confirmTitle')} testId="confirm">
      <Summary
        options={options}
        serviceId={serviceId}
        slotStart={slot.start}
        slotEnd={slot.end}
        session={slot.session}
      />
      <dl className="summary">
        <div>
          <dt>{t('name')}</dt>
          <dd>{name.trim()}</dd>
        </div>
        <div>
          <dt>{t('phone')}</dt>
          <dd>{phone.trim()}</dd>
        </div>
      </dl>
      <p className="note">{t('maskedNote')}</p>
      <ErrorBanner code={error} />
      <button
        type="button"
        className="btn btn--primary"
        data-testid="confirm"
        disabled={submitting}
        aria-busy={submitting}
        onClick={() => void confirmBooking()}
      >
        {submitting ? t('booking') : t('confirm')}
      </button>
    </Section>
  );
}

function ResultStep({ options }: { options: BookingOptionsView }) {
  const result = useBook((s) => s.result);
  const locale = useBook((s) => s.locale);
  const t = useT();
  if (!result) return null;
  return (
    <Section title={t('done')} testId="result">
      <div className="code-card">
        <p className="code-card__label">{t('yourCode')}</p>
        {/* Read out letter by letter; an aria-label on a <p> is not allowed (ARIA 1.2), so the spelling is hidden text. */}
        <p className="code-card__code">
          <span data-testid="booking-code" aria-hidden="true">
            {result.code}
          </span>
          <span className="sr-only">{result.code.split('').join(' ')}</span>
        </p>
        <QrCode
          text={result.code}
          label={`${t('qrLabel')} ${result.code}`}
          data-testid="booking-qr"
          data-text={result.code}
        />
      </div>
      <Summary
        options={options}
        serviceId={result.serviceId}
        slotStart={result.slotStart}
        slotEnd={result.slotEnd}
        session={result.session}
        booking={result}
      />
      <p className="banner banner--info" data-testid="check-in-note">
        {checkInText(checkInMinutesOf(options), locale)}
      </p>
      <p className="note">{t('keepCode')}</p>
      <div className="actions">
        <button type="button" className="btn" data-testid="to-mine" onClick={() => openMine(result.code)}>
          {t('myBooking')}
        </button>
        <button type="button" className="btn" data-testid="book-another" onClick={startOver}>
          {t('bookAnother')}
        </button>
      </div>
    </Section>
  );
}

export function BookFlow({ options }: { options: BookingOptionsView }) {
  const step = useBook((s) => s.step);
  const zoneId = useBook((s) => s.zoneId);
  const serviceId = useBook((s) => s.serviceId);
  return (
    <main className="main" data-view="book">
      <div className="main__bar">
        <BackButton step={step} />
        <Progress step={step} />
      </div>
      {step === 'zone' ? <ZoneStep options={options} /> : null}
      {step === 'service' && zoneId ? <ServiceStep options={options} zoneId={zoneId} /> : null}
      {step === 'day' && serviceId ? <DayStep options={options} serviceId={serviceId} /> : null}
      {step === 'slot' ? <SlotStep options={options} /> : null}
      {step === 'details' ? <DetailsStep /> : null}
      {step === 'verify' ? <VerifyStep /> : null}
      {step === 'confirm' ? <ConfirmStep options={options} /> : null}
      {step === 'result' ? <ResultStep options={options} /> : null}
    </main>
  );
}
