import type { HallEventType, WindowState } from '@hall/protocol';

/** A stored event that carries a window as it was after the change. */
export interface WindowEvent {
  type: HallEventType;
  at: number;
  window: WindowState;
}

/** A stretch of time a window spent in one state, within one business day. */
export interface WindowStretch {
  number: number;
  clerkId: string | null;
  /** Open or paused (staffed). */
  open: boolean;
  paused: boolean;
  /** Open, not paused, holding no ticket. */
  idle: boolean;
  seconds: number;
}

/** Events that act on a ticket the window already held: as a window's first of the day, it held one at midnight. */
const ON_HELD_TICKET: readonly HallEventType[] = [
  'ticket.recalled',
  'ticket.started',
  'ticket.finished',
  'ticket.no-show',
  'ticket.transferred',
];

/**
 * How each window spent a day, from that day's window events in the order they were stored. Each state lasts
 * from its event to the window's next event, the last one until `until` (the end of the day, or now). Before
 * its first event of the day a window counts as closed, unless that event acts on a ticket it held: then it was
 * carried over midnight with that ticket, and counts as open and busy from `from`. (The day's close, which may
 * come hours after midnight when the hub was down, gives up pending ratings and closes idle windows: those
 * events do not count as carried.)
 */
export function windowStretches(events: readonly WindowEvent[], from: number, until: number): WindowStretch[] {
  const byWindow = new Map<number, WindowEvent[]>();
  for (const e of events) {
    const list = byWindow.get(e.window.number);
    if (list) list.push(e);
    else byWindow.set(e.window.number, [e]);
  }
  const stretches: WindowStretch[] = [];
  for (const list of byWindow.values()) {
    const first = list[0];
    if (first && ON_HELD_TICKET.includes(first.type)) {
      const carried = { ...first.window, state: 'open' as const, currentTicketId: 'carried' };
      push(stretches, carried, from, first.at, from, until);
    }
    list.forEach((e, i) => push(stretches, e.window, e.at, list[i + 1]?.at ?? until, from, until));
  }
  return stretches;
}

function push(out: WindowStretch[], w: WindowState, start: number, end: number, from: number, until: number): void {
  if (w.state === 'closed') return;
  const seconds = Math.max(0, Math.floor((Math.min(end, until) - Math.max(start, from)) / 1000));
  if (seconds === 0) return;
  const paused = w.state === 'paused';
  out.push({
    number: w.number,
    clerkId: w.clerkId,
    open: true,
    paused,
    idle: !paused && w.currentTicketId === null,
    seconds,
  });
}
