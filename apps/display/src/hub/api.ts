import type { BookingView, HallConfig } from '@hall/protocol';
import { parseNotices, type Notice } from '../logic/notices.ts';

/** The hub that served this page: the display is always served by the hub itself at /display. */
export const HUB_BASE = '';

export class HubRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`hub answered ${status} ${code}`);
    this.name = 'HubRequestError';
  }
}

async function get(path: string, token?: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(`${HUB_BASE}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      cache: 'no-store',
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    throw new HubRequestError(0, 'NO_ANSWER');
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const code = typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : undefined;
    throw new HubRequestError(res.status, typeof code === 'string' ? code : 'HTTP_ERROR');
  }
  return body;
}

/**
 * Demo mode hands out the display token at `/display/config.json`; otherwise the hub answers 404 (or, from
 * a hub without the route, the display page itself, which does not parse): then an attendant sets it up.
 * Rejects only when the hub is away.
 */
export async function fetchDemoToken(): Promise<string | null> {
  let res: Response;
  try {
    res = await fetch(`${HUB_BASE}/display/config.json`, { cache: 'no-store', signal: AbortSignal.timeout(10_000) });
  } catch {
    throw new HubRequestError(0, 'NO_ANSWER');
  }
  if (res.status >= 500) throw new HubRequestError(res.status, 'HTTP_ERROR');
  const body: unknown = res.ok ? await res.json().catch(() => undefined) : undefined;
  const token = typeof body === 'object' && body !== null ? (body as { token?: unknown }).token : undefined;
  return typeof token === 'string' && token !== '' ? token : null;
}

export const fetchHall = async (token: string) => (await get('/api/v1/hall', token)) as HallConfig;

export async function fetchBookings(token: string, day: string): Promise<BookingView[]> {
  const body = await get(`/api/v1/bookings?day=${encodeURIComponent(day)}`, token);
  return Array.isArray(body) ? (body as BookingView[]) : [];
}

/** Null when the hub has no notices route yet (404): the display just shows none. */
export async function fetchNotices(token: string): Promise<Notice[] | null> {
  try {
    return parseNotices(await get('/api/v1/notices', token));
  } catch (err) {
    if (err instanceof HubRequestError && err.status === 404) return null;
    throw err;
  }
}
