import {
  CALLABLE_STATES,
  type BookingState,
  type DisplayBookingView,
  type HallConfig,
  type LocalizedText,
  type PublicTicket,
  type WindowConfig,
  type WindowState,
} from '@hall/protocol';
import { windowServes, windowsCalling } from '@hall/queue-core';
import type { CallEntry, DisplayData } from './hall-state.ts';

/** How long a new call stays highlighted (no flashing: it is simply drawn brighter for this long). */
export const HIGHLIGHT_MS = 8_000;

const CALLABLE: ReadonlySet<string> = new Set(CALLABLE_STATES);

/** The zone a service belongs to. */
export function zoneOfService(hall: HallConfig, serviceId: string): string | undefined {
  return hall.services.find((s) => s.id === serviceId)?.zoneId;
}

export function windowConfig(hall: HallConfig, n: number): WindowConfig | undefined {
  return hall.windows.find((w) => w.number === n);
}

/** A window belongs to a zone when the config places it there (comprehensive windows belong to none). */
export function windowInZone(w: WindowConfig, zoneId: string): boolean {
  return w.zoneId === zoneId;
}

/** A zone screen shows the calls of the zone's services and the calls to the zone's windows. */
export function callInZone(hall: HallConfig, call: CallEntry, zoneId: string): boolean {
  if (zoneOfService(hall, call.serviceId) === zoneId) return true;
  const w = windowConfig(hall, call.window);
  return w !== undefined && windowInZone(w, zoneId);
}

/** The newest calls, one line per ticket (a recall moves its line up instead of adding one). */
export function latestCalls(
  calls: readonly CallEntry[],
  n: number,
  zoneId: string | null,
  hall: HallConfig,
): CallEntry[] {
  const seen = new Set<string>();
  const out: CallEntry[] = [];
  for (const c of calls) {
    if (seen.has(c.ticketId)) continue;
    if (zoneId !== null && !callInZone(hall, c, zoneId)) continue;
    seen.add(c.ticketId);
    out.push(c);
    if (out.length >= n) break;
  }
  return out;
}

/**
 * A call seen arriving as an event is new for a few seconds. One read from a snapshot (a page just
 * opened, a long outage) is not news to anyone in front of this screen, so it is not highlighted.
 */
export const isHighlighted = (call: CallEntry, hubNow: number): boolean =>
  call.eventId !== null && hubNow - call.at < HIGHLIGHT_MS && hubNow - call.at > -HIGHLIGHT_MS;

export interface ZoneWaiting {
  zoneId: string;
  names: LocalizedText;
  waiting: number;
  elderly: number;
}

/** People waiting (waiting or transferred tickets) per zone, in config order; `only` narrows it to one zone. */
export function waitingPerZone(
  hall: HallConfig,
  tickets: Record<string, PublicTicket>,
  only: string | null = null,
): ZoneWaiting[] {
  const counts = new Map<string, { waiting: number; elderly: number }>();
  for (const t of Object.values(tickets)) {
    if (!CALLABLE.has(t.state)) continue;
    const zone = zoneOfService(hall, t.serviceId);
    if (zone === undefined) continue;
    const c = counts.get(zone) ?? { waiting: 0, elderly: 0 };
    c.waiting += 1;
    if (t.lane === 'elderly') c.elderly += 1;
    counts.set(zone, c);
  }
  return hall.zones
    .filter((z) => only === null || z.id === only)
    .map((z) => ({ zoneId: z.id, names: z.names, ...(counts.get(z.id) ?? { waiting: 0, elderly: 0 }) }));
}

export interface ElderlyLaneView {
  /** Elderly tickets waiting, oldest first (queue order). */
  waiting: Array<{ number: string; serviceId: string }>;
  /** Windows that will call them: the elderly help windows first, then every open window able to call one. */
  windows: Array<{ number: number; names: LocalizedText; state: WindowState['state'] | 'unknown'; helpDesk: boolean }>;
}

/** The elderly priority lane: who waits in it, and which windows will call them. */
export function elderlyLane(hall: HallConfig, data: DisplayData, zoneId: string | null = null): ElderlyLaneView {
  const waiting = Object.values(data.tickets)
    .filter((t) => t.lane === 'elderly' && CALLABLE.has(t.state))
    .filter((t) => zoneId === null || zoneOfService(hall, t.serviceId) === zoneId)
    .sort((a, b) => a.queueSeq - b.queueSeq);
  // The windows named for each waiting ticket on the kiosk, the ticket and the phone page, kept while open.
  const calling = new Set(waiting.flatMap((t) => windowsCalling(hall.windows, t).map((w) => w.number)));
  const windows: ElderlyLaneView['windows'] = [];
  for (const w of hall.windows) {
    const state = data.windows[w.number]?.state ?? 'unknown';
    const helpDesk = w.kind === 'elderly-help';
    const servesOne = calling.has(w.number);
    const inScope = zoneId === null || helpDesk || windowInZone(w, zoneId);
    if (!inScope) continue;
    if (helpDesk || (servesOne && state === 'open'))
      windows.push({ number: w.number, names: w.names, state, helpDesk });
  }
  windows.sort((a, b) => Number(b.helpDesk) - Number(a.helpDesk) || a.number - b.number);
  return { waiting: waiting.map((t) => ({ number: t.number, serviceId: t.serviceId })), windows };
}

export interface WindowView {
  number: number;
  config: WindowConfig | undefined;
  state: WindowState | undefined;
  /** The ticket called to or served at this window now. */
  ticket: PublicTicket | undefined;
}

export function windowView(hall: HallConfig, data: DisplayData, n: number): WindowView {
  const state = data.windows[n];
  const fromWindow = state?.currentTicketId ? data.tickets[state.currentTicketId] : undefined;
  const ticket =
    fromWindow ??
    Object.values(data.tickets).find((t) => t.window === n && (t.state === 'called' || t.state === 'serving'));
  return { number: n, config: windowConfig(hall, n), state, ticket };
}

/** The windows of a zone screen, with what each holds. */
export function zoneWindows(hall: HallConfig, data: DisplayData, zoneId: string): WindowView[] {
  return hall.windows.filter((w) => windowInZone(w, zoneId)).map((w) => windowView(hall, data, w.number));
}

/** `1号窗口 · 医保` → `1号窗口`; `Window 1 · Medical Insurance` → `Window 1`. */
export function shortWindowName(names: LocalizedText | undefined, n: number, locale: keyof LocalizedText): string {
  const full = names?.[locale];
  if (!full) return locale === 'en' ? `Window ${n}` : `${n}号窗口`;
  return full.split(' · ')[0] ?? full;
}

/** The booking states the wall shows: still to come, checked in, or being called. */
export type ShownBookingState = Extract<BookingState, 'booked' | 'checked-in' | 'called'>;
const SHOWN_BOOKING_STATES: ReadonlySet<string> = new Set<ShownBookingState>(['booked', 'checked-in', 'called']);
const isShown = (b: DisplayBookingView): b is DisplayBookingView & { state: ShownBookingState } =>
  SHOWN_BOOKING_STATES.has(b.state);

export interface BookingRow {
  /** The hub's key for the row: displays never get booking codes. */
  rowId: number;
  slotStart: number;
  slotEnd: number;
  serviceId: string;
  /** The windows that serve the service: its zone's own windows when there are, else every window that may. */
  windows: number[];
  name: string | null;
  state: ShownBookingState;
  checkedIn: boolean;
}

/**
 * Today's delay-service (延时服务: evening, weekend) bookings still to come, checked in or being called,
 * earliest first; a booked one whose slot has ended leaves (the hub makes it a no-show), and so do done,
 * no-show and cancelled ones and regular-hours bookings. On a zone screen only the zone's services.
 */
export function bookingRows(
  hall: HallConfig,
  bookings: readonly DisplayBookingView[],
  hubNow: number,
  zoneId: string | null = null,
): BookingRow[] {
  return bookings
    .filter(isShown)
    .filter((b) => b.session === 'delay')
    .filter((b) => b.state !== 'booked' || b.slotEnd > hubNow)
    .filter((b) => zoneId === null || zoneOfService(hall, b.serviceId) === zoneId)
    .sort((a, b) => a.slotStart - b.slotStart || a.rowId - b.rowId)
    .map((b) => {
      const serving = hall.windows.filter((w) => windowServes(w, b.serviceId, 'booking'));
      const own = serving.filter((w) => w.kind === 'zone');
      return {
        rowId: b.rowId,
        slotStart: b.slotStart,
        slotEnd: b.slotEnd,
        serviceId: b.serviceId,
        windows: (own.length > 0 ? own : serving).map((w) => w.number),
        name: b.name,
        state: b.state,
        checkedIn: b.checkedInTicketId !== null || b.state !== 'booked',
      };
    });
}

/** How soon before a delay booking's slot the panel is drawn large (evenings and weekends it is the news). */
export const FEATURE_BOOKINGS_MS = 60 * 60_000;

/** The bookings panel is featured (larger, first in the side column) when a shown slot starts within the hour or runs. */
export const bookingsFeatured = (rows: readonly BookingRow[], hubNow: number): boolean =>
  rows.some((r) => r.slotStart - hubNow <= FEATURE_BOOKINGS_MS);
