import { fetchBookings, fetchDemoToken, fetchHall, fetchNotices, HubRequestError } from '../hub/api.ts';
import { connect, disconnect } from '../hub/connection.ts';
import { hallDate } from '../logic/clock.ts';
import { useDisplay } from './display-store.ts';
import { onHallEvent } from './voice.ts';

const TOKEN_KEY = 'hall.display.token';
/** Bookings and notices are read again this often (notices are also pushed). */
const REFRESH_MS = 3 * 60_000;
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

/**
 * Finds the token (this browser's, or the demo hub's), loads the hall config and opens the socket.
 * While the hub is away it keeps trying: a wall display is never left on an error page.
 */
export async function start(): Promise<void> {
  const mine = ++generation;
  let wait = 2_000;
  for (;;) {
    if (mine !== generation) return;
    try {
      const t = storedToken() ?? (await fetchDemoToken());
      if (!t) {
        useDisplay.setState({ phase: 'setup', setupReason: null });
        return;
      }
      const hall = await fetchHall(t);
      if (mine !== generation) return;
      token = t;
      useDisplay.setState({ hall, phase: 'running' });
      connect(t, { onEvent: onHallEvent, onRefused: refused, onConnected: () => void refreshLists() });
      startRefresh();
      return;
    } catch (err) {
      if (err instanceof HubRequestError && (err.status === 401 || err.status === 403)) return refused();
      await sleep(wait);
      wait = Math.min(wait * 2, 30_000);
    }
  }
}

/** The hub refused the token: the setup screen asks for a new one; the screen keeps nothing stale. */
function refused(): void {
  generation += 1;
  stopRefresh();
  disconnect();
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
  const day = data.businessDay || hallDate(Date.now() + data.clockOffset, hall.timeZone);
  const pushesBefore = useDisplay.getState().bookingsVersion;
  const [bookings, notices] = await Promise.allSettled([fetchBookings(t, day), fetchNotices(t)]);
  // A push that came while reading is newer than the read.
  if (bookings.status === 'fulfilled' && useDisplay.getState().bookingsVersion === pushesBefore)
    useDisplay.setState({ bookings: bookings.value });
  if (notices.status === 'fulfilled' && notices.value) useDisplay.setState({ notices: notices.value });
}
