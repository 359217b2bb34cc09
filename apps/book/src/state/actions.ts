import { errorCodeOf } from '@hall/hub-client';
import { newRequestId, type Locale } from '@hall/protocol';
import { localeMemory } from '@hall/web-ui';
import { hub } from '../hub/hub.ts';
import { mayHaveBooked, reloadsSlots } from '../logic/errors.ts';
import { checkLast4, checkName, checkPhone, normalizeCode } from '../logic/validate.ts';
import { INITIAL_FLOW, STEPS, useBook, type Step, type View } from './store.ts';

/** The language chosen here before (a private window may refuse storage: the choice then lasts the visit). */
export const savedLocale = localeMemory('hall-book-locale');
const set = useBook.setState;
const get = useBook.getState;

interface HistoryState {
  hallBook: true;
  view: View;
  step: Step;
}

const pathOf = (view: View, code?: string) =>
  view === 'mine' ? `/book/my${code ? `?code=${encodeURIComponent(code)}` : ''}` : '/book/';

/** Each step is a history entry, so a phone's back button goes one step back instead of leaving the page. */
function push(view: View, step: Step, code?: string): void {
  const state: HistoryState = { hallBook: true, view, step };
  history.pushState(state, '', pathOf(view, code));
}

export function setLocale(locale: Locale): void {
  set({ locale });
  savedLocale.save(locale);
}

export async function loadOptions(): Promise<void> {
  set({ optionsError: null });
  try {
    set({ options: await hub.bookingOptions() });
  } catch (err) {
    set({ optionsError: errorCodeOf(err) });
  }
}

function goStep(step: Step): void {
  set({ step, error: null });
  push('book', step);
  window.scrollTo({ top: 0 });
}

export function chooseZone(zoneId: string): void {
  set({ zoneId, serviceId: null, day: null, slots: null, slotStart: null });
  goStep('service');
}

export function chooseService(serviceId: string): void {
  set({ serviceId, day: null, slots: null, slotStart: null });
  goStep('day');
}

export async function chooseDay(day: string): Promise<void> {
  set({ day, slots: null, slotStart: null });
  goStep('slot');
  await reloadSlots();
}

/** Loads the chosen day's slots again (after SLOT_FULL, or when the citizen asks); keeps a shown error. */
export async function reloadSlots(): Promise<void> {
  const { serviceId, day } = get();
  if (serviceId === null || day === null) return;
  set({ slotsLoading: true });
  try {
    const slots = await hub.bookingSlots(serviceId, day);
    if (get().serviceId === serviceId && get().day === day) set({ slots, slotsLoading: false });
  } catch (err) {
    set({ slotsLoading: false, error: errorCodeOf(err) });
  }
}

export function chooseSlot(slotStart: number): void {
  set({ slotStart });
  goStep('details');
}

export const setName = (name: string) => set({ name });
export const setPhone = (phone: string) => set({ phone });

/** The form's own check; the confirm step only opens with a valid name and phone. */
export function submitDetails(): boolean {
  const { name, phone } = get();
  if (!checkName(name).ok || !checkPhone(phone).ok) return false;
  goStep('confirm');
  return true;
}

export async function confirmBooking(): Promise<void> {
  const { serviceId, slotStart, name, phone, submitting } = get();
  const n = checkName(name);
  const p = checkPhone(phone);
  if (submitting || serviceId === null || slotStart === null || !n.ok || !p.ok) return;
  const what = JSON.stringify([serviceId, slotStart, n.value, p.value]);
  const pending = get().pending?.what === what ? get().pending : { what, requestId: newRequestId('book') };
  set({ submitting: true, error: null, pending });
  try {
    const body = { serviceId, slotStart, name: n.value, phone: p.value, requestId: pending?.requestId };
    const result = await hub.publicCreateBooking(body);
    // Only the masked values the hub returned stay in the page from here on.
    set({ result, submitting: false, name: '', phone: '', step: 'result', pending: null });
    // The result replaces the confirm entry: going back must not offer to book the same thing twice.
    history.replaceState({ hallBook: true, view: 'book', step: 'result' } satisfies HistoryState, '', '/book/');
    window.scrollTo({ top: 0 });
  } catch (err) {
    const code = errorCodeOf(err);
    // A call that may have booked keeps its request id for the retry; a refusal booked nothing.
    set({ submitting: false, error: code, ...(mayHaveBooked(err) ? {} : { pending: null }) });
    if (reloadsSlots(code)) {
      // The place is gone: back to the slot list, freshly loaded, with the reason above it.
      set({ step: 'slot', slotStart: null });
      push('book', 'slot');
      await reloadSlots();
    }
  }
}

export function startOver(): void {
  set({ ...INITIAL_FLOW, view: 'book' });
  push('book', 'zone');
}

export function showView(view: View): void {
  if (get().view === view) return;
  set({ view, error: null, lookupError: null, justCancelled: false });
  push(view, view === 'book' ? get().step : 'zone');
}

export function openMine(code: string): void {
  set({ view: 'mine', lookupCode: code, lookup: null, lookupError: null, last4: '', justCancelled: false });
  push('mine', 'zone', code);
  void lookUp();
}

export const setLookupCode = (lookupCode: string) => set({ lookupCode });
export const setLast4 = (last4: string) => set({ last4 });

export async function lookUp(): Promise<void> {
  const code = normalizeCode(get().lookupCode);
  if (code === null) return;
  set({ lookupBusy: true, lookupError: null, lookup: null, justCancelled: false, last4: '' });
  try {
    set({ lookup: await hub.publicBooking(code), lookupBusy: false });
  } catch (err) {
    set({ lookupBusy: false, lookupError: errorCodeOf(err) });
  }
}

export async function cancelLookedUp(): Promise<void> {
  const { lookup, last4, lookupBusy } = get();
  const digits = checkLast4(last4);
  if (lookup === null || digits === null || lookupBusy) return;
  set({ lookupBusy: true, lookupError: null });
  try {
    const cancelled = await hub.publicCancelBooking(lookup.code, { phoneLast4: digits });
    set({ lookup: cancelled, lookupBusy: false, justCancelled: true, last4: '' });
  } catch (err) {
    set({ lookupBusy: false, lookupError: errorCodeOf(err) });
  }
}

/**
 * The back button: a step is only returned to if what it needs is still chosen; the result is never left
 * for the confirm step (that would offer to book the same again) but for a new booking.
 */
function onPopState(e: PopStateEvent): void {
  const s = e.state as Partial<HistoryState> | null;
  const view: View = s?.view === 'mine' ? 'mine' : 'book';
  if (view === 'mine') {
    set({ view });
    return;
  }
  const cur = get();
  if (cur.view === 'book' && cur.step === 'result') {
    set({ ...INITIAL_FLOW, view: 'book' });
    history.replaceState({ hallBook: true, view: 'book', step: 'zone' } satisfies HistoryState, '', '/book/');
    return;
  }
  let step: Step = s?.step && STEPS.includes(s.step) ? s.step : 'zone';
  const needs: Record<Step, boolean> = {
    zone: true,
    service: cur.zoneId !== null,
    day: cur.serviceId !== null,
    slot: cur.day !== null,
    details: cur.slotStart !== null,
    confirm: cur.slotStart !== null && checkName(cur.name).ok && checkPhone(cur.phone).ok,
    result: cur.result !== null,
  };
  if (!needs[step]) step = 'zone';
  set({ view, step, error: null });
  if (step === 'slot') void reloadSlots();
}

/** Reads the address (`/book`, `/book/my?code=`, `?lang=`) and loads what the page needs. */
export function start(): void {
  const { pathname, search } = location;
  const mine = /^\/book\/my\/?$/.test(pathname);
  const code = new URLSearchParams(search).get('code') ?? '';
  history.replaceState(
    { hallBook: true, view: mine ? 'mine' : 'book', step: 'zone' } satisfies HistoryState,
    '',
    location.href,
  );
  window.addEventListener('popstate', onPopState);
  if (mine) {
    set({ view: 'mine', lookupCode: code });
    if (normalizeCode(code) !== null) void lookUp();
  }
  void loadOptions();
}
