import { newRequestId, type BookingView, type IssuedTicket, type Lane, type Locale } from '@hall/protocol';
import { create } from 'zustand';
import type { HubError } from '@hall/protocol';
import type { IssueBlock } from '../logic/issue-gate.ts';

export type Step = 'start' | 'services' | 'lane' | 'booking' | 'confirm' | 'result';

/** How the citizen came to the confirm step: zone → service → lane, or the booking check-in. */
export type Entry = 'zones' | 'booking';

/** One citizen's try at a number. Its request id is kept for every retry, so a retry never gives two. */
export interface Attempt {
  requestId: string;
  status: 'ready' | 'checking' | 'blocked' | 'issuing' | 'printing' | 'failed' | 'done';
  block?: IssueBlock;
  error?: HubError;
}

export interface TicketResult {
  issued: Pick<IssuedTicket, 'ticket' | 'peopleAhead' | 'estimatedWaitMinutes' | 'wait'>;
  statusUrl: string;
  waitAt: string;
  printed: boolean;
  previewUrl?: string;
}

export interface FlowState {
  locale: Locale;
  largeType: boolean;
  step: Step;
  entry: Entry;
  zoneId: string | null;
  serviceId: string | null;
  lane: Lane;
  bookingCode: string | null;
  /** The last four digits of the booking's phone the citizen typed (none for a booking made without a phone). */
  bookingPhoneLast4: string | null;
  /** The booking being checked in (masked, as the hub sent it), for the confirm step. */
  booking: BookingView | null;
  /** The gentle "under 60, standard queue" note after an ID check. */
  underAgeNotice: boolean;
  attempt: Attempt | null;
  result: TicketResult | null;
  setLocale(locale: Locale): void;
  toggleLargeType(): void;
  chooseZone(zoneId: string): void;
  chooseService(serviceId: string): void;
  /** The booking lane is taken only through `checkInBooking`, which knows the booking. */
  chooseLane(lane: Exclude<Lane, 'booking'>, options?: { underAge?: boolean }): void;
  /** The start screen's booking check-in. */
  startBookingCheckIn(): void;
  /** The hub says check-in is open: confirm a booking-lane ticket for the booking's service. */
  checkInBooking(booking: BookingView, phoneLast4: string | null): void;
  /** A missed booking: straight to the confirm step of a normal ticket for its service. */
  takeNormalTicket(serviceId: string): void;
  updateAttempt(requestId: string, change: Partial<Omit<Attempt, 'requestId'>>): void;
  showResult(requestId: string, result: TicketResult): void;
  back(): void;
  reset(): void;
}

const BUSY: ReadonlySet<Attempt['status']> = new Set(['checking', 'issuing', 'printing']);

export const isBusy = (attempt: Attempt | null) => attempt !== null && BUSY.has(attempt.status);

/** Everything of one citizen's choice, but not language and type size. */
const citizenChoice = {
  entry: 'zones' as Entry,
  zoneId: null,
  serviceId: null,
  lane: 'normal' as Lane,
  bookingCode: null,
  bookingPhoneLast4: null,
  booking: null,
  underAgeNotice: false,
  attempt: null,
  result: null,
};

const citizen = {
  locale: 'zh-Hans' as Locale,
  largeType: false,
  step: 'start' as Step,
  ...citizenChoice,
};

const newAttempt = (): Attempt => ({ requestId: newRequestId('kiosk'), status: 'ready' });

export const useFlow = create<FlowState>()((set, get) => ({
  ...citizen,
  setLocale: (locale) => set({ locale }),
  toggleLargeType: () => set({ largeType: !get().largeType }),
  chooseZone: (zoneId) => set({ entry: 'zones', zoneId, serviceId: null, step: 'services' }),
  chooseService: (serviceId) => set({ serviceId, step: 'lane' }),
  chooseLane: (lane, options = {}) =>
    set({
      lane,
      bookingCode: null,
      bookingPhoneLast4: null,
      booking: null,
      underAgeNotice: options.underAge === true,
      step: 'confirm',
      attempt: newAttempt(),
    }),
  startBookingCheckIn: () => set({ ...citizenChoice, entry: 'booking', step: 'booking' }),
  checkInBooking: (booking, phoneLast4) =>
    set({
      entry: 'booking',
      serviceId: booking.serviceId,
      lane: 'booking',
      bookingCode: booking.code,
      bookingPhoneLast4: phoneLast4,
      booking,
      underAgeNotice: false,
      step: 'confirm',
      attempt: newAttempt(),
    }),
  takeNormalTicket: (serviceId) =>
    set({
      entry: 'booking',
      serviceId,
      lane: 'normal',
      bookingCode: null,
      bookingPhoneLast4: null,
      booking: null,
      underAgeNotice: false,
      step: 'confirm',
      attempt: newAttempt(),
    }),
  updateAttempt: (requestId, change) => {
    const { attempt } = get();
    // A late answer for an attempt the citizen has left (idle reset, back) changes nothing.
    if (attempt?.requestId === requestId) set({ attempt: { ...attempt, ...change } });
  },
  showResult: (requestId, result) => {
    const { attempt } = get();
    if (attempt?.requestId === requestId) set({ result, step: 'result', attempt: { ...attempt, status: 'done' } });
  },
  back: () => {
    const { step, attempt, entry } = get();
    if (isBusy(attempt)) return;
    if (step === 'services' || step === 'booking') set({ ...citizenChoice, step: 'start' });
    else if (step === 'lane') set({ step: 'services', serviceId: null });
    else if (step === 'confirm') {
      const leave = {
        attempt: null,
        underAgeNotice: false,
        bookingCode: null,
        bookingPhoneLast4: null,
        booking: null,
        lane: 'normal' as Lane,
      };
      if (entry === 'booking') set({ ...leave, serviceId: null, step: 'booking' });
      // The service closed meanwhile: back to the list, where it shows when it opens again.
      else if (attempt?.error?.code === 'SERVICE_CLOSED') set({ ...leave, serviceId: null, step: 'services' });
      else set({ ...leave, step: 'lane' });
    }
  },
  reset: () => set({ ...citizen }),
}));
