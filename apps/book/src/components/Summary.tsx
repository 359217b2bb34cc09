import type { BookingOptionsView, BookingSession, BookingView } from '@hall/protocol';
import { stateTexts, ui } from '../i18n/texts.ts';
import { fullDayLabel, hallDay, slotRange } from '../logic/hall-time.ts';
import { useBook } from '../state/store.ts';
import { DelayBadge, useT } from './common.tsx';

interface Props {
  options: BookingOptionsView;
  serviceId: string;
  slotStart: number;
  slotEnd: number;
  session: BookingSession;
  /** A booking the hub returned: its masked name and phone and its state. */
  booking?: BookingView;
}

/** Service, day and time of a booking (to be made, or made), with the masked holder once the hub has it. */
export function Summary({ options, serviceId, slotStart, slotEnd, session, booking }: Props) {
  const locale = useBook((s) => s.locale);
  const t = useT();
  const service = options.services.find((s) => s.id === serviceId);
  const zone = options.zones.find((z) => z.id === service?.zoneId);
  const tz = options.timeZone;
  const day = hallDay(slotStart, tz);
  return (
    <dl className="summary" data-testid="summary">
      <div>
        <dt>{t(ui.service)}</dt>
        <dd data-testid="summary-service">
          {service ? service.names[locale] : serviceId}
          {service?.delayService ? <DelayBadge text={ui.delayService} /> : null}
          {zone ? <span className="summary__zone">{zone.names[locale]}</span> : null}
        </dd>
      </div>
      <div>
        <dt>{t(ui.day)}</dt>
        <dd data-testid="summary-day">{fullDayLabel(day, locale) ?? day}</dd>
      </div>
      <div>
        <dt>{t(ui.time)}</dt>
        <dd data-testid="summary-time">
          {slotRange(slotStart, slotEnd, tz)}
          {session === 'delay' ? <DelayBadge text={ui.delaySession} /> : null}
        </dd>
      </div>
      {booking ? (
        <>
          <div>
            <dt>{t(ui.holder)}</dt>
            <dd>
              <span data-testid="masked-name">{booking.name ?? '—'}</span>{' '}
              <span data-testid="masked-phone">{booking.phone ?? ''}</span>
            </dd>
          </div>
          <div>
            <dt>{t(ui.state)}</dt>
            <dd data-testid="booking-state" data-state={booking.state}>
              {t(stateTexts[booking.state])}
            </dd>
          </div>
        </>
      ) : null}
    </dl>
  );
}
