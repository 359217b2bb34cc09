import type {
  BookingOptionsView,
  BookingSlotsView,
  BookingView,
  CreateBookingBody,
  Complaint,
  ComplaintProgressBody,
  CreateComplaintBody,
  FollowUp,
  HallConfig,
  LoginReply,
} from '@hall/protocol';
import { toHubError, type HubError } from '@hall/protocol';

export class HubRequestError extends Error {
  constructor(
    readonly status: number,
    readonly error: HubError,
    /** Field problems of a VALIDATION_FAILED answer (`path` dotted). */
    readonly issues: ReadonlyArray<{ path: string; message: string }> = [],
  ) {
    super(error.message || `HTTP ${status}`);
    this.name = 'HubRequestError';
  }
}

/** The hub that served this page: the counter is always served by the hub itself at /counter. */
export const HUB_BASE = '';

async function call<T>(path: string, o: { token?: string; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = {};
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  if (o.body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(`${HUB_BASE}${path}`, {
      method: o.body === undefined ? 'GET' : 'POST',
      headers,
      ...(o.body !== undefined ? { body: JSON.stringify(o.body) } : {}),
      cache: 'no-store',
      signal: AbortSignal.timeout(10_000),
    });
  } catch (err) {
    throw new HubRequestError(0, toHubError(err));
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw new HubRequestError(res.status, toHubError(body), issuesOf(body));
  return body as T;
}

function issuesOf(body: unknown): Array<{ path: string; message: string }> {
  const issues = typeof body === 'object' && body !== null ? (body as { issues?: unknown }).issues : undefined;
  if (!Array.isArray(issues)) return [];
  return issues
    .filter((i): i is { path: unknown; message: unknown } => typeof i === 'object' && i !== null)
    .map((i) => ({ path: String(i.path ?? ''), message: String(i.message ?? '') }));
}

export const login = (username: string, password: string) =>
  call<LoginReply>('/api/v1/auth/login', { body: { username, password } });

export const logout = (token: string) => call<{ ok: true }>('/api/v1/auth/logout', { token, body: {} });

export const fetchHall = (token: string) => call<HallConfig>('/api/v1/hall', { token });

/** Today's bookings (the hub's business day). */
export const fetchBookings = (token: string) => call<BookingView[]>('/api/v1/bookings', { token });

/** The bookable days (today to the horizon) and services: the public options, the same for every caller. */
export const fetchBookingOptions = () => call<BookingOptionsView>('/api/v1/public/booking-options');

export const fetchBookingSlots = (serviceId: string, day: string) =>
  call<BookingSlotsView>(
    `/api/v1/public/booking-slots?serviceId=${encodeURIComponent(serviceId)}&day=${encodeURIComponent(day)}`,
  );

/** A clerk (or admin) books for a citizen: 201 with the booking, its code and masked name and phone. */
export const createBooking = (token: string, body: CreateBookingBody) =>
  call<BookingView>('/api/v1/bookings', { token, body });

export const cancelBooking = (token: string, code: string) =>
  call<BookingView>(`/api/v1/bookings/${encodeURIComponent(code)}/cancel`, { token, body: {} });

/** Lists may come bare or wrapped (`{ complaints: [...] }`): accept both. */
function listOf<T>(body: unknown, key: string): T[] {
  if (Array.isArray(body)) return body as T[];
  if (typeof body === 'object' && body !== null && Array.isArray((body as Record<string, unknown>)[key]))
    return (body as Record<string, T[]>)[key] ?? [];
  return [];
}

/** A desk's own matters (`window`), or every matter for a supervisor (no window). */
export async function fetchComplaints(token: string, window?: number): Promise<Complaint[]> {
  const query = window === undefined ? '' : `?window=${window}`;
  return listOf<Complaint>(await call<unknown>(`/api/v1/complaints${query}`, { token }), 'complaints');
}

export const createComplaint = (token: string, body: CreateComplaintBody) =>
  call<Complaint>('/api/v1/complaints', { token, body });

export const progressComplaint = (token: string, id: string, body: ComplaintProgressBody) =>
  call<Complaint>(`/api/v1/complaints/${encodeURIComponent(id)}/progress`, { token, body });

export async function fetchFollowUps(token: string): Promise<FollowUp[]> {
  return listOf<FollowUp>(await call<unknown>('/api/v1/follow-ups', { token }), 'followUps');
}

export const closeFollowUp = (token: string, id: string, note: string) =>
  call<FollowUp>(`/api/v1/follow-ups/${encodeURIComponent(id)}/close`, { token, body: { note } });
