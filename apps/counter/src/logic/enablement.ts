import { WINDOW_ACTIONS, type QueuePolicy, type Ticket, type WindowAction, type WindowState } from '@hall/protocol';

/** The counter's buttons: the window commands a clerk gives (open is on the window picker; rate is the citizen's). */
export type CounterAction = Exclude<WindowAction, 'open' | 'rate'>;
export const COUNTER_ACTIONS: readonly CounterAction[] = WINDOW_ACTIONS.filter(
  (a): a is CounterAction => a !== 'open' && a !== 'rate',
);

export interface EnablementInput {
  window: WindowState | undefined;
  clerkId: string;
  isAdmin: boolean;
  current: Ticket | undefined;
  policy: Pick<QueuePolicy, 'noShowMinRecalls' | 'recall'>;
  connected: boolean;
  /** A command is on its way (or waiting to be retried): nothing else until it is answered. */
  inFlight: boolean;
  waiting: number;
  mayCallOutOfOrder: boolean;
  now: number;
}

export type Enablement = Record<CounterAction, boolean>;

/**
 * Which actions make sense now, mirroring the hub's preconditions so the clerk is not offered what the
 * hub would refuse. The hub stays the judge: a refusal still shows its message.
 */
export function enabledActions(i: EnablementInput): Enablement {
  const none: Enablement = Object.fromEntries(COUNTER_ACTIONS.map((a) => [a, false])) as Enablement;
  const w = i.window;
  if (!i.connected || i.inFlight || !w || w.state === 'closed') return none;
  if (w.clerkId !== i.clerkId && !i.isAdmin) return none;
  const paused = w.state === 'paused';
  const held = i.current !== undefined && w.currentTicketId === i.current.id;
  const called = held && i.current?.state === 'called';
  const serving = held && i.current?.state === 'serving';
  const free = w.currentTicketId === null;
  const recallsLeft = (i.current?.recalls ?? 0) < i.policy.recall.max;
  return {
    'call-next': !paused && free && i.waiting > 0,
    'call-ticket': !paused && free && i.mayCallOutOfOrder && i.waiting > 0,
    recall: !paused && called && recallsLeft,
    start: !paused && called,
    finish: serving,
    'no-show': called && (i.current?.recalls ?? 0) >= i.policy.noShowMinRecalls,
    transfer: called || serving,
    pause: !paused && free,
    resume: paused,
    close: free,
  };
}

/** Seconds left before the hub accepts a recall (cooldown since the last call or recall), or 0. */
export function recallCooldownLeft(current: Ticket | undefined, cooldownSeconds: number, now: number): number {
  if (!current || current.state !== 'called') return 0;
  const last = [...current.history].reverse().find((s) => s.action === 'called' || s.action === 'recalled');
  const since = last?.at ?? current.calledAt ?? 0;
  return Math.max(0, Math.ceil((since + cooldownSeconds * 1000 - now) / 1000));
}

/** Staff permissions from the login reply: admins may do everything. */
export function hasPermission(staff: { role: string; permissions: readonly string[] }, permission: string): boolean {
  return staff.role === 'admin' || staff.permissions.includes(permission);
}
