import { HubRequestError, hubTime, startUp } from '@hall/hub-client';
import type { HallConfig } from '@hall/protocol';
import { hallDate } from '@hall/web-ui';
import { displayApi, fetchDemoToken, fetchNotices } from '../hub/api.ts';
import { connect, disconnect } from '../hub/connection.ts';
import { useDisplay } from './display-store.ts';
import { onHallEvent } from './voice.ts';

const TOKEN_KEY = 'hall.display.token';
/** Bookings and notices are read again this often (notices are also pushed). */
const REFRESH_MS = 3 * 60_000;
/** After the hub moved to another protocol version: the new display build comes with a reload. */
const RELOAD_AFTER_MS = 60_000;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

let generation = 0;
let refreshTimer: ReturnType<typeof setInterval> | undefined;
let unsubscribeDay: (() => void) | undefined;
let token: string | null = null;

function storedToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

/** A token refused (401, 403) or another protocol version: no retry can mend these. */
const isFinal = (err: unknown): boolean =>
  err instanceof HubRequestError &&
  (err.unauthenticated || err.status === 403 || err.code === 'PROTOCOL_VERSION_MISMATCH');

/**
 * Finds the token (this browser's, or the demo hub's), loads the hall config and opens the socket.
 * While the hub is away it keeps trying with hub-client's back-off (0.5 s doubling to 5 s), so a wall
 * display is back within seconds of a hub restart and never left on an error page.
 */
export async function start(): Promise<void> {
  const mine = ++generation;
  const result = await startUp<{ token: string; hall: HallConfig } | null>({
    attempt: async () => {
      const t = storedToken() ?? (await fetchDemoToken());
      return t ? { token: t, hall: await displayApi(t).hall() } : null;
    },
    isFinal,
    isCurrent: () => mine === generation,
    sleep,
    jitter: Math.random,
  });
  if (result.kind === 'cancelled') return;
  if (result.kind === 'refused') return refused(result.error);
  if (!result.value) {
    useDisplay.setState({ phase: 'setup', setupReason: null });
    return;
  }
  token = result.value.token;
  useDisplay.setState({ hall: result.value.hall, phase: 'running', outdated: false });
  connect(token, { onEvent: onHallEvent, onRefused: refused, onConnected: () => void refreshLists() });
  startRefresh();
}

/**
 * The hub refused this display for good. Another protocol version: the screen keeps its last state, says
 * so, and reloads for the new build. A refused token: the setup screen asks for a new one, nothing stale.
 */
function refused(error: unknown): void {
  generation += 1;
  stopRefresh();
  disconnect();
  if (error instanceof HubRequestError && error.code === 'PROTOCOL_VERSION_MISMATCH') {
    useDisplay.setState({ outdated: true });
    setTimeout(() => location.reload(), RELOAD_AFTER_MS);
    return;
  }
  useDisplay.setState({ phase: 'setup', setupReason: 'refused' });
}

/** The attendant pasted a display token on the setup screen. */
export function saveToken(t: string): void {
  try {
    localStorage.setItem(TOKEN_KEY, t.trim());
  } catch {
    // Without storage it works until the next reload.
  }
  useDisplay.setState({ phase: 'starting', setupReason: null });
  void start();
}

function startRefresh(): void {
  stopRefresh();
  void refreshLists();
  refreshTimer = setInterval(() => void refreshLists(), REFRESH_MS);
  let day = useDisplay.getState().data.businessDay;
  // A new business day (day.closed or a snapshot of another day) reloads the bookings at once.
  unsubscribeDay = useDisplay.subscribe((st) => {
    if (st.data.businessDay !== day) {
      day = st.data.businessDay;
      void refreshLists();
    }
  });
}

function stopRefresh(): void {
  clearInterval(refreshTimer);
  unsubscribeDay?.();
  unsubscribeDay = undefined;
}

/**
 * Today's bookings and the hall notices (both are also pushed; this read is the fallback at start, at each
 * reconnect and every few minutes); a failure keeps what is shown and waits for the next round.
 */
export async function refreshLists(): Promise<void> {
  const t = token;
  const { hall, data } = useDisplay.getState();
  if (!t || !hall) return;
  const api = displayApi(t);
  const day = data.businessDay || hallDate(hubTime(Date.now(), data.clockOffset), hall.timeZone);
  const pushesBefore = useDisplay.getState().bookingsVersion;
  const [bookings, notices] = await Promise.allSettled([api.bookingRows(day), fetchNotices(api)]);
  // A push that came while reading is newer than the read.
  if (bookings.status === 'fulfilled' && useDisplay.getState().bookingsVersion === pushesBefore)
    useDisplay.setState({ bookings: bookings.value });
  if (notices.status === 'fulfilled' && notices.value) useDisplay.setState({ notices: notices.value });
}
