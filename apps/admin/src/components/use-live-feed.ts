import { connectHall } from '@hall/hub-client';
import { useEffect } from 'react';
import { useHall } from '../state/hall-store.ts';
import { useLive } from '../state/live-store.ts';
import { useSession } from '../state/session-store.ts';

/** The board is read again this often even without a push (a wait grows without any event). */
export const LIVE_REFRESH_MS = 5_000;
/** Events come in bursts (a call is several): one read of the board after the burst. */
const EVENT_SETTLE_MS = 400;
/** The durations on the page move on this often between reads. */
const TICK_MS = 15_000;

/**
 * Keeps the live board current while the page is open: its alerts pushed over the socket (`hall:alerts`),
 * the board read again after the hall's events and every few seconds, the hall's names again after a new
 * configuration. Stops everything when the page closes.
 */
export function useLiveFeed(): void {
  const token = useSession((s) => s.session?.token ?? '');
  useEffect(() => {
    const live = useLive.getState();
    let settle: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      if (settle === undefined)
        settle = setTimeout(() => {
          settle = undefined;
          void useLive.getState().refresh();
        }, EVENT_SETTLE_MS);
    };
    void live.refresh();
    const poll = setInterval(() => void useLive.getState().refresh(), LIVE_REFRESH_MS);
    const ticker = setInterval(() => useLive.getState().tick(), TICK_MS);
    const connection = connectHall({
      url: '',
      token,
      // The board is read over HTTP; the socket only says when to read it again, so no replay is asked for.
      lastEventId: () => undefined,
      handlers: {
        onStatus: (up) => useLive.getState().setConnected(up),
        onEvent: soon,
        onSnapshot: soon,
        onAlerts: (push) => useLive.getState().alertsPushed(push),
        onConfig: () => void useHall.getState().load(),
        onRefused: (err) => {
          if (err.unauthenticated) useSession.getState().signedOut('session-ended');
        },
      },
    });
    return () => {
      clearInterval(poll);
      clearInterval(ticker);
      clearTimeout(settle);
      connection.close();
      useLive.getState().reset();
    };
  }, [token]);
}
