import { newRequestId, type IssuedTicket, type Lane, type Locale } from '@hall/protocol';
import { create } from 'zustand';
import type { HubError } from '@hall/protocol';
import type { IssueBlock } from '../logic/issue-gate.ts';

export type Step = 'start' | 'services' | 'lane' | 'confirm' | 'result';

/** One citizen's try at a number. Its request id is kept for every retry, so a retry never gives two. */
export interface Attempt {
  requestId: string;
  status: 'ready' | 'checking' | 'blocked' | 'issuing' | 'printing' | 'failed' | 'done';
  block?: IssueBlock;
  error?: HubError;
}

export interface TicketResult {
  issued: Pick<IssuedTicket, 'ticket' | 'peopleAhead' | 'estimatedWaitMinutes'>;
  statusUrl: string;
  waitAt: string;
  printed: boolean;
  previewUrl?: string;
}

export interface FlowState {
  locale: Locale;
  largeType: boolean;
  step: Step;
  zoneId: string | null;
  serviceId: string | null;
  lane: Lane;
  bookingCode: string | null;
  /** The gentle "under 60, standard queue" note after an ID check. */
  underAgeNotice: boolean;
  attempt: Attempt | null;
  result: TicketResult | null;
  setLocale(locale: Locale): void;
  toggleLargeType(): void;
  chooseZone(zoneId: string): void;
  chooseService(serviceId: string): void;
  chooseLane(lane: Lane, options?: { bookingCode?: string; underAge?: boolean }): void;
  updateAttempt(requestId: string, change: Partial<Omit<Attempt, 'requestId'>>): void;
  showResult(requestId: string, result: TicketResult): void;
  back(): void;
  reset(): void;
}

const BUSY: ReadonlySet<Attempt['status']> = new Set(['checking', 'issuing', 'printing']);

export const isBusy = (attempt: Attempt | null) => attempt !== null && BUSY.has(attempt.status);

const citizen = {
  locale: 'zh-Hans' as Locale,
  largeType: false,
  step: 'start' as Step,
  zoneId: null,
  serviceId: null,
  lane: 'normal' as Lane,
  bookingCode: null,
  underAgeNotice: false,
  attempt: null,
  result: null,
};

export const useFlow = create<FlowState>()((set, get) => ({
  ...citizen,
  setLocale: (locale) => set({ locale }),
  toggleLargeType: () => set({ largeType: !get().largeType }),
  chooseZone: (zoneId) => set({ zoneId, serviceId: null, step: 'services' }),
  chooseService: (serviceId) => set({ serviceId, step: 'lane' }),
  chooseLane: (lane, options = {}) =>
    set({
      lane,
      bookingCode: lane === 'booking' ? (options.bookingCode ?? null) : null,
      underAgeNotice: options.underAge === true,
      step: 'confirm',
      attempt: { requestId: newRequestId('kiosk'), status: 'ready' },
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
    const { step, attempt } = get();
    if (isBusy(attempt)) return;
    if (step === 'services') set({ step: 'start', zoneId: null });
    else if (step === 'lane') set({ step: 'services', serviceId: null });
    else if (step === 'confirm') set({ step: 'lane', attempt: null, underAgeNotice: false, bookingCode: null });
  },
  reset: () => set({ ...citizen }),
}));
