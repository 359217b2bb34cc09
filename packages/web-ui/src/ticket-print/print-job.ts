import {
  MATERIALS_PRINTED_MAX,
  type HallConfig,
  type IssuedTicket,
  type Locale,
  type Ticket,
  type TicketPrintJob,
} from '@hall/protocol';
import { hallDateTime, slotRange } from '../hall-time/hall-time.ts';
import { laneLabel as laneLabelOf, printTexts } from './print-texts.ts';
import { waitAtText } from './wait-at.ts';

const cut = (s: string, max = 120) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/**
 * What goes on the paper, in the citizen's language: the kiosk's slip, and the guidance desk's (the same
 * layout, so a desk ticket looks like any other). No personal data goes on it.
 */
export function buildPrintJob(
  hall: HallConfig,
  issued: Pick<IssuedTicket, 'peopleAhead' | 'estimatedWaitMinutes' | 'wait'> & {
    ticket: Pick<Ticket, 'number' | 'serviceId' | 'lane' | 'issuedAt' | 'booking'>;
  },
  locale: Locale,
  statusUrl: string,
): TicketPrintJob {
  const { ticket } = issued;
  const service = hall.services.find((s) => s.id === ticket.serviceId);
  const zone = hall.zones.find((z) => z.id === service?.zoneId);
  const laneLabel = laneLabelOf(locale, ticket.lane);
  const slot = bookingSlotText(ticket, hall.timeZone);
  return {
    locale,
    hallName: cut(hall.hallName[locale]),
    number: ticket.number,
    serviceName: cut(service?.names[locale] ?? ticket.serviceId),
    zoneName: cut(zone?.names[locale] ?? ''),
    waitAt: cut(waitAtText(hall, ticket.serviceId, ticket.lane, locale)),
    laneLabel:
      laneLabel !== null && slot !== null
        ? cut(`${laneLabel} · ${printTexts(locale, 'bookedSlot', { slot })}`)
        : laneLabel,
    peopleAhead: Math.min(9999, Math.max(0, issued.peopleAhead)),
    estimatedWaitMinutes: Math.min(9999, Math.max(0, issued.estimatedWaitMinutes)),
    waitLow: Math.min(9999, Math.max(0, issued.wait.low)),
    waitHigh: Math.min(9999, Math.max(0, issued.wait.high)),
    issuedAt: hallDateTime(ticket.issuedAt, hall.timeZone),
    statusUrl,
    footer: [printTexts(locale, 'footer.watch'), printTexts(locale, 'footer.missed')],
    // What to bring (一次性告知), where the hall asks for it on this service's tickets.
    ...(service?.printMaterials && service.materials.length > 0
      ? { materials: service.materials.slice(0, MATERIALS_PRINTED_MAX).map((m) => cut(m[locale])) }
      : {}),
  };
}

/** "18:00–18:30" for a booking-lane ticket, in the hall's time zone; null for any other. */
export function bookingSlotText(
  ticket: Pick<IssuedTicket['ticket'], 'lane' | 'booking'>,
  timeZone: string,
): string | null {
  if (ticket.lane !== 'booking' || ticket.booking === null) return null;
  return slotRange(ticket.booking.slotStart, ticket.booking.slotEnd, timeZone);
}
