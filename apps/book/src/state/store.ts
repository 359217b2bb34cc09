import type { BookingOptionsView, BookingSlotsView, BookingView, Locale } from '@hall/protocol';
import { create } from 'zustand';

export type Step = 'zone' | 'service' | 'day' | 'slot' | 'details' | 'confirm' | 'result';
export const STEPS: readonly Step[] = ['zone', 'service', 'day', 'slot', 'details', 'confirm', 'result'];

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
  result: BookingView | null;
  /**
   * The request id of the booking being sent, kept while what is booked stays the same, so that a retry
   * after a lost answer gets the booking made the first time instead of a second one.
   */
  pending: { what: string; requestId: string } | null;

  lookupCode: string;
  lookup: BookingView | null;
  lookupBusy: boolean;
  lookupError: string | null;
  last4: string;
  justCancelled: boolean;
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
  lookupCode: '',
  lookup: null,
  lookupBusy: false,
  lookupError: null,
  last4: '',
  justCancelled: false,
}));
