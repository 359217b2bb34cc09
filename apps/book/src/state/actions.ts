import { errorCodeOf } from '@hall/hub-client';
import { newRequestId, normalizePhone, type Locale } from '@hall/protocol';
import { localeMemory } from '@hall/web-ui';
import { hub } from '../hub/hub.ts';
import { mayHaveBooked, reloadsSlots } from '../logic/errors.ts';
import { refreshWhileOpen } from '../logic/options-refresh.ts';
import { checkName, checkPhone, checkSmsCode, normalizeCode } from '../logic/validate.ts';
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

/** A background reload: on failure the options already shown stay, and the next refresh tries again. */
async function refreshOptions(): Promise<void> {
  try {
    set({ options: await hub.bookingOptions() });
  } catch {
    // Keep what the page shows; a citizen in the middle of booking is not thrown to an error screen.
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

/** The proof of this phone, if the citizen proved it already (a refusal of the hub drops it). */
function proofOf(phone: string): string | null {
  return get().proofs[phone]?.proof ?? null;
}

/** Forgets a proof the hub no longer takes. */
function dropProof(phone: string): void {
  set((s) => ({
    proofs: Object.fromEntries(Object.entries(s.proofs).filter(([p]) => p !== phone)),
    ...(s.minePhoneProven === phone ? { minePhoneProven: null, mine: null } : {}),
  }));
}

/** The proof "my bookings" uses, if a phone is proven there. */
function mineProof(): { phone: string; proof: string } | null {
  const phone = get().minePhoneProven;
  const proof = phone === null ? null : proofOf(phone);
  return phone !== null && proof !== null ? { phone, proof } : null;
}

/** Texts a one-time code to the phone; the code form shows where it went (and, in the demo, the code). */
export async function sendCode(typed: string): Promise<boolean> {
  if (get().verifyBusy) return false;
  const phone = normalizePhone(typed);
  set({ verifyBusy: true, verifyError: null, smsCode: '' });
  try {
    const sent = await hub.phoneCode({ phone });
    set({ sentCode: { ...sent, phone }, verifyBusy: false });
    return true;
  } catch (err) {
    set({ verifyBusy: false, verifyError: errorCodeOf(err) });
    return false;
  }
}

export const setSmsCode = (smsCode: string) => set({ smsCode });

/** Trades the typed code for a proof of the phone; the proven number, or null. */
export async function verifyCode(): Promise<string | null> {
  const { sentCode, smsCode, verifyBusy } = get();
  const code = checkSmsCode(smsCode);
  if (sentCode === null || code === null || verifyBusy) return null;
  set({ verifyBusy: true, verifyError: null });
  try {
    const made = await hub.phoneProof({ phone: sentCode.phone, code });
    const proven = { phone: sentCode.phone, shown: sentCode.sentTo, proof: made.proof, expiresAt: made.expiresAt };
    set((s) => ({ proofs: { ...s.proofs, [proven.phone]: proven }, sentCode: null, smsCode: '', verifyBusy: false }));
    return proven.phone;
  } catch (err) {
    set({ verifyBusy: false, verifyError: errorCodeOf(err) });
    return null;
  }
}

/** A proof the hub no longer takes is forgotten: the citizen gets a new code. */
const PROOF_REFUSALS = new Set(['PHONE_PROOF_REQUIRED', 'PHONE_PROOF_MISMATCH']);

/** Name and phone checked, the phone is proven next (unless it was already in this visit). */
export function submitDetails(): boolean {
  const { name, phone } = get();
  const p = checkPhone(phone);
  if (!checkName(name).ok || !p.ok) return false;
  if (proofOf(p.value) !== null) {
    goStep('confirm');
    return true;
  }
  set({ sentCode: null, verifyError: null });
  goStep('verify');
  void sendCode(p.value);
  return true;
}

/** The code form of the booking flow: a right code leads on to the confirm step. */
export async function verifyAndContinue(): Promise<void> {
  if ((await verifyCode()) !== null) goStep('confirm');
}

export async function confirmBooking(): Promise<void> {
  const { serviceId, slotStart, name, phone, submitting } = get();
  const n = checkName(name);
  const p = checkPhone(phone);
  if (submitting || serviceId === null || slotStart === null || !n.ok || !p.ok) return;
  const proof = proofOf(p.value);
  if (proof === null) {
    goStep('verify');
    return;
  }
  const what = JSON.stringify([serviceId, slotStart, n.value, p.value]);
  const pending = get().pending?.what === what ? get().pending : { what, requestId: newRequestId('book') };
  set({ submitting: true, error: null, pending });
  try {
    const body = { serviceId, slotStart, name: n.value, phone: p.value, requestId: pending?.requestId };
    const result = await hub.publicCreateBooking(body, proof);
    // Only the masked values the hub returned stay in the page from here on.
    set({ result, submitting: false, name: '', phone: '', step: 'result', pending: null, minePhoneProven: p.value });
    // The result replaces the confirm entry: going back must not offer to book the same thing twice.
    history.replaceState({ hallBook: true, view: 'book', step: 'result' } satisfies HistoryState, '', '/book/');
    window.scrollTo({ top: 0 });
  } catch (err) {
    const code = errorCodeOf(err);
    // A call that may have booked keeps its request id for the retry; a refusal booked nothing.
    set({ submitting: false, error: code, ...(mayHaveBooked(err) ? {} : { pending: null }) });
    if (PROOF_REFUSALS.has(code)) {
      dropProof(p.value);
      set({ sentCode: null });
      goStep('verify');
      set({ verifyError: code });
      return;
    }
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
  set({ view, error: null, lookupError: null, verifyError: null, justCancelled: null });
  push(view, view === 'book' ? get().step : 'zone');
  if (view === 'mine') void loadMine();
}

/** "My bookings", pointing out one booking (the one just made): with the phone's proof they show at once. */
export function openMine(code: string): void {
  set({ view: 'mine', lookupCode: code, lookupError: null, verifyError: null, justCancelled: null });
  push('mine', 'zone', code);
  void loadMine();
}

export const setMinePhone = (minePhone: string) => set({ minePhone });

/** The code form of "my bookings": a right code shows the phone's bookings. */
export async function verifyAndListMine(): Promise<void> {
  const phone = await verifyCode();
  if (phone === null) return;
  set({ minePhoneProven: phone });
  await loadMine();
}

/** Another phone: "my bookings" asks for a number again. */
export function forgetPhone(): void {
  set({ minePhoneProven: null, sentCode: null, smsCode: '', mine: null, minePhone: '', justCancelled: null });
}

/** The proven phone's bookings from today on. */
export async function loadMine(): Promise<void> {
  const proven = mineProof();
  if (proven === null) return;
  set({ lookupBusy: true, lookupError: null });
  try {
    set({ mine: await hub.myBookings(proven.proof), lookupBusy: false });
  } catch (err) {
    const code = errorCodeOf(err);
    set({ lookupBusy: false, lookupError: code });
    if (PROOF_REFUSALS.has(code)) dropProof(proven.phone);
  }
}

export async function cancelMine(code: string): Promise<void> {
  const proven = mineProof();
  if (proven === null || get().lookupBusy) return;
  set({ lookupBusy: true, lookupError: null, justCancelled: null });
  try {
    const cancelled = await hub.publicCancelBooking(code, proven.proof);
    set((s) => ({
      mine: s.mine?.map((b) => (b.code === code ? cancelled : b)) ?? null,
      lookupBusy: false,
      justCancelled: code,
    }));
  } catch (err) {
    const refused = errorCodeOf(err);
    set({ lookupBusy: false, lookupError: refused });
    if (PROOF_REFUSALS.has(refused)) dropProof(proven.phone);
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
    verify: cur.slotStart !== null && checkName(cur.name).ok && checkPhone(cur.phone).ok,
    confirm:
      cur.slotStart !== null &&
      checkName(cur.name).ok &&
      checkPhone(cur.phone).ok &&
      proofOf(checkPhone(cur.phone).ok ? normalizePhone(cur.phone) : '') !== null,
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
  if (mine) set({ view: 'mine', lookupCode: normalizeCode(code) ?? '' });
  void loadOptions();
  refreshWhileOpen(() => void refreshOptions(), document, window);
}
