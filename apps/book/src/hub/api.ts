import type {
  BookingOptionsView,
  BookingSlotsView,
  BookingView,
  PublicCancelBookingBody,
  PublicCreateBookingBody,
} from '@hall/protocol';

/** The hub that served this page: /book is always served by the hub itself. */
export const HUB_BASE = '';

/** A refusal of the hub (`code` from its error body), or `NO_ANSWER` when it could not be reached. */
export class HubRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly hubMessage: string | null = null,
  ) {
    super(`hub answered ${status} ${code}`);
    this.name = 'HubRequestError';
  }
}

async function call<T>(path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${HUB_BASE}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      cache: 'no-store',
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    throw new HubRequestError(0, 'NO_ANSWER');
  }
  const parsed: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const o = typeof parsed === 'object' && parsed !== null ? (parsed as { code?: unknown; message?: unknown }) : {};
    throw new HubRequestError(
      res.status,
      typeof o.code === 'string' ? o.code : 'HTTP_ERROR',
      typeof o.message === 'string' ? o.message : null,
    );
  }
  if (parsed === undefined) throw new HubRequestError(res.status, 'HTTP_ERROR');
  return parsed as T;
}

const enc = encodeURIComponent;

export const fetchOptions = () => call<BookingOptionsView>('/api/v1/public/booking-options');

export const fetchSlots = (serviceId: string, day: string) =>
  call<BookingSlotsView>(`/api/v1/public/booking-slots?serviceId=${enc(serviceId)}&day=${enc(day)}`);

export const createBooking = (body: PublicCreateBookingBody) => call<BookingView>('/api/v1/public/bookings', body);

export const fetchBooking = (code: string) => call<BookingView>(`/api/v1/public/bookings/${enc(code)}`);

export const cancelBooking = (code: string, body: PublicCancelBookingBody) =>
  call<BookingView>(`/api/v1/public/bookings/${enc(code)}/cancel`, body);

export function errorCodeOf(err: unknown): string {
  return err instanceof HubRequestError ? err.code : 'NO_ANSWER';
}
