import type { LocalizedText } from './localized.ts';
import type { Lane, TicketState } from './ticket.ts';

/**
 * What the phone status page (`/t/<code>`, no login) shows of a ticket: nothing personal, and
 * nothing about other tickets beyond how many wait ahead.
 */
export interface PublicTicketStatus {
  number: string;
  state: TicketState;
  lane: Lane;
  hallName: LocalizedText;
  serviceNames: LocalizedText;
  zoneNames: LocalizedText;
  /** While waiting: people likely called first, and the estimate in minutes; otherwise null. */
  peopleAhead: number | null;
  estimatedWaitMinutes: number | null;
  /** When called or being served: the window to go to. */
  window: number | null;
  windowNames: LocalizedText | null;
  /** A transfer to a named window: the window that will call the ticket. */
  targetWindow: number | null;
  calledAt: number | null;
  businessDay: string;
  serverTime: number;
}
