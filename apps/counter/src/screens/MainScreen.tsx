import { useEffect, useMemo, useRef, useState } from 'react';
import type { BookingView } from '@hall/protocol';
import { FailureNotice } from '../components/FailureNotice.tsx';
import { useHubNow } from '../components/use-now.ts';
import { fetchBookings } from '../hub/api.ts';
import { sendCommand } from '../hub/connection.ts';
import { ui } from '../i18n/texts.ts';
import { queueFor, windowServes } from '../logic/callable.ts';
import { enabledActions, hasPermission, type CounterAction } from '../logic/enablement.ts';
import { clerkFigures } from '../logic/figures.ts';
import { lastFinishedAt, ratingStatus } from '../logic/rating-status.ts';
import { actionOfKey } from '../logic/shortcuts.ts';
import { createCounterWedge, isTextEntry } from '../logic/wedge.ts';
import { useHallStore } from '../state/hall-store.ts';
import { useSession } from '../state/session-store.ts';
import { ActionBar } from './ActionBar.tsx';
import { ComplaintsDesk } from './ComplaintsDesk.tsx';
import { CurrentTicket } from './CurrentTicket.tsx';
import { PauseDialog } from './PauseDialog.tsx';
import { QueuePanel } from './QueuePanel.tsx';
import { BookingsPanel, ElderlyPanel, FiguresPanel, RatingPanel } from './SidePanels.tsx';
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
  const [dialog, setDialog] = useState<'transfer' | 'pause' | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [bookings, setBookings] = useState<BookingView[] | null>(null);
  const [wedgeOn, setWedgeOn] = useState(() => localStorage.getItem(WEDGE_KEY) === '1');
  const wedge = useMemo(() => createCounterWedge(windowNumber, localStorage.getItem(WEDGE_MAP_KEY)), [windowNumber]);

  const config = hall?.windows.find((w) => w.number === windowNumber);
  const win = data.windows[windowNumber];
  const current = win?.currentTicketId ? data.tickets[win.currentTicketId] : undefined;
  const tickets = Object.values(data.tickets);
  const queue = useMemo(
    () =>
      config
        ? queueFor(config, Object.values(data.tickets))
        : { tickets: [], counts: { normal: 0, elderly: 0, booking: 0 }, forThisWindow: 0 },
    [config, data.tickets],
  );
  const staff = session?.staff;
  const mayOutOfOrder = staff ? hasPermission(staff, 'call-out-of-order') : false;
  const enabled = enabledActions({
    window: win,
    clerkId: staff?.id ?? '',
    isAdmin: staff?.role === 'admin',
    current,
    policy: hall?.policy ?? { noShowMinRecalls: 1, recall: { max: 3, cooldownSeconds: 15 } },
    connected,
    inFlight: pending.length > 0,
    waiting: queue.tickets.length,
    mayCallOutOfOrder: mayOutOfOrder,
    now,
  });
  if (mayOutOfOrder && !queue.tickets.some((t) => t.id === selected)) enabled['call-ticket'] = false;
  const running = pending[0]?.event.replace(/^window:/, '') ?? null;

  const token = session?.token;
  const serviceIds = config?.services;
  useEffect(() => {
    if (!token || !config) return;
    let alive = true;
    const load = () =>
      fetchBookings(token)
        .then((list) => {
          if (alive)
            setBookings(list.filter((b) => config.services === 'all' || config.services.includes(b.serviceId)));
        })
        .catch(() => undefined);
    void load();
    const id = setInterval(load, 60_000);
    return () => {
      alive = false;
      clearInterval(id);
    };
  }, [token, config, serviceIds]);

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
    selectable: mayOutOfOrder,
    selected,
    onSelect: setSelected,
  };

  return (
    <div className={`main${complaints ? ' main--desk' : ''}`} data-window={windowNumber} data-window-state={win?.state}>
      <div className="main__left">
        <div className="status-line">
          <span className={`tag tag--big${paused ? ' tag--warn' : ' tag--ok'}`} data-testid="window-state">
            {paused ? `${ui.paused[locale]}：${win?.pauseReason ?? ''}` : ui.open[locale]}
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
            {ui.wedge[locale]}
            {wedgeOn && <span className="muted small"> ({ui.wedgeHint[locale]})</span>}
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
              <BookingsPanel hall={hall} bookings={bookings} locale={locale} />
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
