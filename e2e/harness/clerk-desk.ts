import type {
  BookingOptionsView,
  BookingSlotsView,
  BookingView,
  ErrorBody,
  TicketState,
  WindowAction,
  WindowCommandResult,
} from '@hall/protocol';
import { api } from './clients.ts';

export interface Clerk {
  username: string;
  id: string;
  token: string;
}

/** What the test expects the hub to have kept of the counters' work, built only from acknowledged commands. */
export interface CounterModel {
  windows: Map<number, { clerkId: string; currentTicketId: string | null }>;
  tickets: Map<string, TicketState>;
}

export function emptyModel(): CounterModel {
  return { windows: new Map(), tickets: new Map() };
}

let requestSeq = 0;

/** One window command over HTTP; it must succeed, and its result updates the model. */
export async function windowCommand(
  url: string,
  clerk: Clerk,
  window: number,
  action: WindowAction,
  model: CounterModel,
): Promise<WindowCommandResult> {
  requestSeq += 1;
  const requestId = `desk-${clerk.username}-${action}-${requestSeq}-${Date.now().toString(36)}`;
  const r = await api<WindowCommandResult | ErrorBody>(url, `/api/v1/windows/${window}/${action}`, {
    token: clerk.token,
    body: { requestId },
  });
  if (r.status !== 200)
    throw new Error(`${clerk.username} ${action} at window ${window}: ${r.status} ${JSON.stringify(r.body)}`);
  const result = r.body as WindowCommandResult;
  model.windows.set(window, { clerkId: clerk.id, currentTicketId: result.window.currentTicketId });
  if (result.ticket) model.tickets.set(result.ticket.id, result.ticket.state);
  return result;
}

/** A clerk's actions at one window, one after the other, as a person at the counter does them. */
export async function atCounter(
  url: string,
  clerk: Clerk,
  window: number,
  actions: readonly WindowAction[],
  model: CounterModel,
): Promise<void> {
  for (const action of actions) await windowCommand(url, clerk, window, action, model);
}

/** The slots of a service on a hall-local day, as the public booking page reads them. */
export async function slotsOf(url: string, serviceId: string, day: string): Promise<BookingSlotsView> {
  const r = await api<BookingSlotsView | ErrorBody>(
    url,
    `/api/v1/public/booking-slots?serviceId=${encodeURIComponent(serviceId)}&day=${encodeURIComponent(day)}`,
  );
  if (r.status !== 200) throw new Error(`slots of ${serviceId} on ${day}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as BookingSlotsView;
}

/** The hub's today (the first bookable day). */
export async function bookingToday(url: string): Promise<string> {
  const r = await api<BookingOptionsView>(url, '/api/v1/public/booking-options');
  const today = r.body.days[0]?.day;
  if (r.status !== 200 || !today) throw new Error(`booking options: ${r.status} ${JSON.stringify(r.body)}`);
  return today;
}

/** A staff booking through the API (as the counter's dialog makes it); it must be created. */
export async function bookAsStaff(
  url: string,
  token: string,
  body: { serviceId: string; slotStart: number; name?: string; phone?: string },
): Promise<BookingView> {
  const r = await api<BookingView | ErrorBody>(url, '/api/v1/bookings', { token, body });
  if (r.status !== 201) throw new Error(`booking ${JSON.stringify(body)}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as BookingView;
}

/** Today's bookings as the hub keeps them. */
export async function bookingsOfToday(url: string, token: string): Promise<BookingView[]> {
  const r = await api<BookingView[]>(url, '/api/v1/bookings', { token });
  if (r.status !== 200) throw new Error(`bookings: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}
