import type { BookingOptionsView, BookingSlotsView, Locale, PhoneCodeSent, PublicBookingView } from '@hall/protocol';
import { create } from 'zustand';

export type Step = 'zone' | 'service' | 'day' | 'slot' | 'details' | 'verify' | 'confirm' | 'result';
export const STEPS: readonly Step[] = ['zone', 'service', 'day', 'slot', 'details', 'verify', 'confirm', 'result'];

/** A phone the citizen proved with a texted code: the proof opens its bookings for half an hour. */
export interface ProvenPhone {
  /** The number as the hub reads it (normalized). */
  phone: string;
  /** Masked, to show. */
  shown: string;
  proof: string;
  expiresAt: number;
}

/** The code sent to a phone and not yet typed in. */
export interface SentCode extends PhoneCodeSent {
  phone: string;
}

export type View = 'book' | 'mine';

export interface BookStore {
  locale: Locale;
  view: View;
  step: Step;
  options: BookingOptionsView | null;
  /** The code of why the options could not be loaded (the page offers a retry). */
  optionsError: string | null;
  zoneId: string | null;
  serviceId: string | null;
  day: string | null;
  slots: BookingSlotsView | null;
  slotsLoading: boolean;
  slotStart: number | null;
  /** What the citizen typed; cleared as soon as the hub has the booking (only masked values stay). */
  name: string;
  phone: string;
  submitting: boolean;
  /** The hub's refusal code of the last action on the current step, shown in the page's language. */
  error: string | null;
  result: PublicBookingView | null;
  /**
   * The request id of the booking being sent, kept while what is booked stays the same, so that a retry
   * after a lost answer gets the booking made the first time instead of a second one.
   */
  pending: { what: string; requestId: string } | null;

  /** The phones proven in this visit, by number (memory only: a reload asks for a new code). */
  proofs: Readonly<Record<string, ProvenPhone>>;
  /** The proven phone whose bookings "my bookings" lists. */
  minePhoneProven: string | null;
  sentCode: SentCode | null;
  /** The code as typed. */
  smsCode: string;
  verifyBusy: boolean;
  /** Why sending or checking a code failed, for the step (or view) that shows the code form. */
  verifyError: string | null;

  /** "My bookings": the phone typed there, the proven phone's bookings, and the code to point out. */
  minePhone: string;
  mine: PublicBookingView[] | null;
  lookupCode: string;
  lookupBusy: boolean;
  lookupError: string | null;
  justCancelled: string | null;
}

export const INITIAL_FLOW = {
  step: 'zone',
  zoneId: null,
  serviceId: null,
  day: null,
  slots: null,
  slotsLoading: false,
  slotStart: null,
  name: '',
  phone: '',
  submitting: false,
  error: null,
  result: null,
  pending: null,
} as const satisfies Partial<BookStore>;

export const useBook = create<BookStore>()(() => ({
  locale: 'zh-Hans',
  view: 'book',
  options: null,
  optionsError: null,
  ...INITIAL_FLOW,
  proofs: {},
  minePhoneProven: null,
  sentCode: null,
  smsCode: '',
  verifyBusy: false,
  verifyError: null,
  minePhone: '',
  mine: null,
  lookupCode: '',
  lookupBusy: false,
  lookupError: null,
  justCancelled: null,
}));
