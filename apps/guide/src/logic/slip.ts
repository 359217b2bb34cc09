import type { DeskTicket, HallConfig, IssuedTicket, Locale, TicketPrintJob } from '@hall/protocol';
import { buildPrintJob } from '@hall/web-ui';

/** The QR code's link: under HALL_PUBLIC_URL when the hub has one, else under the address this page came from. */
export function statusUrlOf(t: { statusUrl?: string | undefined; statusPath: string }, origin: string): string {
  return t.statusUrl ?? new URL(t.statusPath, origin).href;
}

/** The slip of a ticket just issued at the desk: the kiosk's layout, in the desk's language. */
export function slipOfIssued(hall: HallConfig, issued: IssuedTicket, locale: Locale, origin: string): TicketPrintJob {
  return buildPrintJob(hall, issued, locale, statusUrlOf(issued, origin));
}

/** The slip of a ticket found at the desk (a reprint): as it stands now, its service after a move included. */
export function slipOfFound(hall: HallConfig, t: DeskTicket, locale: Locale, origin: string): TicketPrintJob {
  const wait = t.wait ?? { minutes: 0, low: 0, high: 0 };
  return buildPrintJob(
    hall,
    { ticket: t, peopleAhead: t.peopleAhead, estimatedWaitMinutes: wait.minutes, wait },
    locale,
    statusUrlOf(t, origin),
  );
}
