import { useEffect, useMemo, useRef, useState } from 'react';
import { FailureNotice } from '../components/FailureNotice.tsx';
import { useHubNow } from '../components/use-now.ts';
import { staffApi } from '../hub/api.ts';
import { sendCommand } from '../hub/connection.ts';
import { texts } from '../i18n/texts.ts';
import { applyBookingsRead, bookingsForWindow } from '../logic/bookings.ts';
import { DEFAULT_QUEUE_POLICY } from '@hall/protocol';
import { windowServes } from '@hall/queue-core';
import { queueFor } from '../logic/callable.ts';
import { enabledActions, hasPermission, type CounterAction } from '../logic/enablement.ts';
import { clerkFigures } from '../logic/figures.ts';
import { closedServices, splitByOpening } from '../logic/opening.ts';
import { lastFinishedAt, ratingStatus } from '../logic/rating-status.ts';
import { actionOfKey } from '../logic/shortcuts.ts';
import { createCounterWedge, isTextEntry } from '../logic/wedge.ts';
import { useHallStore } from '../state/hall-store.ts';
import { useSession } from '../state/session-store.ts';
import { ActionBar } from './ActionBar.tsx';
import { BookingsPanel } from './BookingsPanel.tsx';
import { ComplaintsDesk } from './ComplaintsDesk.tsx';
import { CurrentTicket } from './CurrentTicket.tsx';
import { PauseDialog } from './PauseDialog.tsx';
import { QueuePanel } from './QueuePanel.tsx';
import { NewBookingDialog } from './NewBookingDialog.tsx';
import { ElderlyPanel, FiguresPanel, RatingPanel } from './SidePanels.tsx';
import { TransferDialog } from './TransferDialog.tsx';

const WEDGE_KEY = 'hall.counter.wedge';
const WEDGE_MAP_KEY = 'hall.counter.wedgeMap';

/** The clerk's working screen at an open window. */
export function MainScreen({ windowNumber }: { windowNumber: number }) {
  const { locale, hall, session } = useSession();
  const data = useHallStore((s) => s.data);
  const connected = useHallStore((s) => s.connected);
  const pending = useHallStore((s) => s.pending);
  const now = useHubNow();
  const stats = useHallStore((s) => s.data.stats);
  const heldBookings = useHallStore((s) => s.bookings);
  const [dialog, setDialog] = useState<'transfer' | 'pause' | 'booking' | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [wedgeOn, setWedgeOn] = useState(() => localStorage.getItem(WEDGE_KEY) === '1');
  const wedge = useMemo(() => createCounterWedge(windowNumber, localStorage.getItem(WEDGE_MAP_KEY)), [windowNumber]);

  const config = hall?.windows.find((w) => w.number === windowNumber);
  const win = data.windows[windowNumber];
  const current = win?.currentTicketId ? data.tickets[win.currentTicketId] : undefined;
  const tickets = Object.values(data.tickets);
  // Services closed now (outside their hours, past the closing grace) are not callable: their tickets are listed apart.
  const closed = useMemo(() => closedServices(stats), [stats]);
  const queue = useMemo(
    () =>
      config
        ? splitByOpening(queueFor(config, Object.values(data.tickets)), closed, config.number)
        : { tickets: [], counts: { normal: 0, elderly: 0, booking: 0, priority: 0 }, forThisWindow: 0, closed: [] },
    [config, data.tickets, closed],
  );
  const bookings = useMemo(
    () => (config && heldBookings ? bookingsForWindow(config, heldBookings.list) : null),
    [config, heldBookings],
  );
  const staff = session?.staff;
  const mayOutOfOrder = staff ? hasPermission(staff, 'call-out-of-order') : false;
  const enabled = enabledActions({
    window: win,
    clerkId: staff?.id ?? '',
    isAdmin: staff?.role === 'admin',
    current,
    policy: hall?.policy ?? DEFAULT_QUEUE_POLICY,
    connected,
    inFlight: pending.length > 0,
    waiting: queue.tickets.length,
    mayCallOutOfOrder: mayOutOfOrder,
    now,
  });
  if (mayOutOfOrder && !queue.tickets.some((t) => t.id === selected)) enabled['call-ticket'] = false;
  const running = pending[0]?.event.replace(/^window:/, '') ?? null;

  const token = session?.token;
  // Bookings are pushed (hall:bookings) at connect and after every change; a read at start, at each
  // reconnect and every few minutes is the fallback. A read older than a push never replaces it.
  useEffect(() => {
    if (!token || !connected) return;
    let alive = true;
    const load = () => {
      const startedAt = useHallStore.getState().bookings?.version ?? 0;
      staffApi(token)
        .bookings()
        .then((list) => {
          if (!alive) return;
          const day = useHallStore.getState().data.businessDay;
          useHallStore.setState((st) => ({ bookings: applyBookingsRead(st.bookings, startedAt, day, list) }));
        })
        .catch(() => undefined);
    };
    load();
    const id = setInterval(load, 3 * 60_000);
    return () => {
      alive = false;
      clearInterval(id);
    };
  }, [token, connected]);

  const act = (a: CounterAction) => {
    if (!enabled[a]) return;
    if (a === 'transfer') return setDialog('transfer');
    if (a === 'pause') return setDialog('pause');
    if (a === 'call-ticket') {
      if (selected) sendCommand('call-ticket', windowNumber, { ticketId: selected });
      setSelected(null);
      return;
    }
    sendCommand(a, windowNumber);
  };
  const actRef = useRef(act);
  actRef.current = act;
  const paused = win?.state === 'paused';

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (dialog) return;
      if (wedgeOn && !isTextEntry(e.target as HTMLElement | null)) {
        const w = wedge.keyDown({ code: e.code, key: e.key, repeat: e.repeat }, Date.now());
        if (w) {
          e.preventDefault();
          actRef.current(w === 'pause' && paused ? 'resume' : w);
          return;
        }
      }
      const a = actionOfKey(e, paused);
      if (a) {
        e.preventDefault();
        actRef.current(a);
      }
    };
    const onKeyUp = (e: KeyboardEvent) => wedge.keyUp({ code: e.code, key: e.key }, Date.now());
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [dialog, wedgeOn, wedge, paused]);

  if (!hall || !config || !staff) return null;
  const figures = clerkFigures(tickets, staff.id, data.businessDay);
  const rating = ratingStatus(
    win,
    lastFinishedAt(tickets, windowNumber, staff.id),
    now,
    hall.policy.ratingTimeoutSeconds,
  );
  const elderly = tickets
    .filter(
      (t) =>
        t.lane === 'elderly' &&
        (t.state === 'waiting' || t.state === 'transferred') &&
        windowServes(config, t.serviceId, 'normal'),
    )
    .sort((a, b) => a.queueSeq - b.queueSeq);
  const complaints = config.kind === 'complaints';
  // The queue shows in the left column at the complaints desk (the desk takes the right), else on the right.
  const queueProps = {
    hall,
    queue,
    windowNumber,
    locale,
    now,
    closedTickets: queue.closed,
    closed,
    selectable: mayOutOfOrder,
    selected,
    onSelect: setSelected,
  };

  return (
    <div className={`main${complaints ? ' main--desk' : ''}`} data-window={windowNumber} data-window-state={win?.state}>
      <div className="main__left">
        <div className="status-line">
          <span className={`tag tag--big${paused ? ' tag--warn' : ' tag--ok'}`} data-testid="window-state">
            {paused ? `${texts(locale, 'paused')}：${win?.pauseReason ?? ''}` : texts(locale, 'open')}
          </span>
          <label className="switch">
            <input
              type="checkbox"
              checked={wedgeOn}
              onChange={(e) => {
                setWedgeOn(e.target.checked);
                localStorage.setItem(WEDGE_KEY, e.target.checked ? '1' : '0');
              }}
            />
            {texts(locale, 'wedge')}
            {wedgeOn && <span className="muted small"> ({texts(locale, 'wedgeHint')})</span>}
          </label>
        </div>
        <FailureNotice />
        <CurrentTicket hall={hall} ticket={current} locale={locale} now={now} />
        <ActionBar
          enabled={enabled}
          paused={paused}
          locale={locale}
          running={running}
          showCallTicket={mayOutOfOrder}
          onAction={act}
        />
        {complaints && <QueuePanel {...queueProps} limit={4} />}
      </div>
      <div className="main__right">
        {complaints ? (
          <ComplaintsDesk windowNumber={windowNumber} currentTicketId={current?.id ?? null} />
        ) : (
          <>
            <QueuePanel {...queueProps} limit={6} />
            <div className="panels">
              <RatingPanel status={rating} locale={locale} />
              <FiguresPanel figures={figures} locale={locale} />
              <ElderlyPanel tickets={elderly} locale={locale} now={now} />
              <BookingsPanel
                hall={hall}
                bookings={bookings}
                locale={locale}
                token={token ?? ''}
                onNew={() => setDialog('booking')}
              />
            </div>
          </>
        )}
      </div>
      {dialog === 'transfer' && current && (
        <TransferDialog
          hall={hall}
          ticket={current}
          fromWindow={windowNumber}
          locale={locale}
          onCancel={() => setDialog(null)}
          onTransfer={(fields) => {
            setDialog(null);
            sendCommand('transfer', windowNumber, fields);
          }}
        />
      )}
      {dialog === 'booking' && (
        <NewBookingDialog
          hall={hall}
          window={config}
          token={token ?? ''}
          locale={locale}
          now={now}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'pause' && (
        <PauseDialog
          locale={locale}
          onCancel={() => setDialog(null)}
          onPause={(reason) => {
            setDialog(null);
            sendCommand('pause', windowNumber, { reason });
          }}
        />
      )}
    </div>
  );
}
