import type { BookingOptionsView, BookingSession, PublicBookingView } from '@hall/protocol';
import { dayLabel, hallDate, localized, slotRange } from '@hall/web-ui';
import { useBook } from '../state/store.ts';
import { DelayBadge, useT } from './common.tsx';

interface Props {
  options: BookingOptionsView;
  serviceId: string;
  slotStart: number;
  slotEnd: number;
  session: BookingSession;
  /** A booking the hub returned: its masked name and its state (the citizen's view shows no phone digits). */
  booking?: PublicBookingView;
}

/** Service, day and time of a booking (to be made, or made), with the masked holder once the hub has it. */
export function Summary({ options, serviceId, slotStart, slotEnd, session, booking }: Props) {
  const locale = useBook((s) => s.locale);
  const t = useT();
  const service = options.services.find((s) => s.id === serviceId);
  const zone = options.zones.find((z) => z.id === service?.zoneId);
  const tz = options.timeZone;
  const day = hallDate(slotStart, tz);
  return (
    <dl className="summary" data-testid="summary">
      <div>
        <dt>{t('service')}</dt>
        <dd data-testid="summary-service">
          {service ? localized(service.names, locale) : serviceId}
          {service?.delayService ? <DelayBadge text="delayService" /> : null}
          {zone ? <span className="summary__zone">{localized(zone.names, locale)}</span> : null}
        </dd>
      </div>
      <div>
        <dt>{t('day')}</dt>
        <dd data-testid="summary-day">{dayLabel(day, locale, { year: true }) ?? day}</dd>
      </div>
      <div>
        <dt>{t('time')}</dt>
        <dd data-testid="summary-time">
          {slotRange(slotStart, slotEnd, tz)}
          {session === 'delay' ? <DelayBadge text="delaySession" /> : null}
        </dd>
      </div>
      {booking ? (
        <>
          <div>
            <dt>{t('holder')}</dt>
            <dd>
              <span data-testid="masked-name">{booking.name ?? '—'}</span>
            </dd>
          </div>
          <div>
            <dt>{t('state')}</dt>
            <dd data-testid="booking-state" data-state={booking.state}>
              {t(`state.${booking.state}`)}
            </dd>
          </div>
        </>
      ) : null}
    </dl>
  );
}
