import type { HallConfig, KioskBookingLookup } from '@hall/protocol';
import { toHubError, type HubError } from '@hall/protocol';

export class HubRequestError extends Error {
  constructor(
    readonly status: number,
    readonly error: HubError,
  ) {
    super(error.message || `HTTP ${status}`);
    this.name = 'HubRequestError';
  }
}

/** The hall config (zones, services, windows, names, materials) as the hub serves it. */
export async function fetchHall(hubBase: string, token: string): Promise<HallConfig> {
  const res = await fetch(`${hubBase}/api/v1/hall`, {
    headers: { authorization: `Bearer ${token}` },
    cache: 'no-store',
    signal: AbortSignal.timeout(10_000),
  });
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw new HubRequestError(res.status, toHubError(body));
  return body as HallConfig;
}

/**
 * A booking by its code, with the hub's verdict on checking it in now (kiosk device token). A code the
 * hub does not know, or a booking on another day, is UNKNOWN_BOOKING (404).
 */
export async function lookUpBooking(hubBase: string, token: string, code: string): Promise<KioskBookingLookup> {
  const res = await fetch(`${hubBase}/api/v1/kiosk/bookings/${encodeURIComponent(code)}`, {
    headers: { authorization: `Bearer ${token}` },
    cache: 'no-store',
    signal: AbortSignal.timeout(8_000),
  });
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw new HubRequestError(res.status, toHubError(body));
  return body as KioskBookingLookup;
}
