import type { RatingLevel, Ticket, WindowState } from '@hall/protocol';

export type RatingStatus =
  | { kind: 'none' }
  | { kind: 'pending'; ticketNumber: string; secondsLeft: number }
  | { kind: 'rated'; ticketNumber: string; level: RatingLevel }
  | { kind: 'not-rated'; ticketNumber: string };

/** Whole seconds until a deadline, never below 0. */
export function secondsUntil(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/**
 * The rating of the ticket last finished at this window: pending with a countdown until the hub's
 * `ratingDeadline`, then the citizen's level, or "not rated" once the deadline has passed without one.
 * `lastFinished` is the ticket this window finished last; the ticket's own `rating` tells the outcome. When the
 * window no longer names the ticket (or the hub names no deadline), the deadline is `finishedAt` plus the
 * policy's `ratingTimeoutSeconds`.
 */
export function ratingStatus(
  window: WindowState | undefined,
  lastFinished: Ticket | undefined,
  now: number,
  timeoutSeconds: number,
): RatingStatus {
  const ticket = lastFinished;
  if (!ticket) return { kind: 'none' };
  if (ticket.rating) {
    return ticket.rating.level === 'not-rated'
      ? { kind: 'not-rated', ticketNumber: ticket.number }
      : { kind: 'rated', ticketNumber: ticket.number, level: ticket.rating.level };
  }
  const named = window?.ratingTicketId === ticket.id ? (window.ratingDeadline ?? null) : null;
  const deadline = named ?? (ticket.finishedAt ?? now) + timeoutSeconds * 1000;
  // Never more than the policy allows (the hub's clock and ours differ by a few milliseconds).
  const secondsLeft = Math.min(secondsUntil(deadline, now), timeoutSeconds);
  return secondsLeft > 0
    ? { kind: 'pending', ticketNumber: ticket.number, secondsLeft }
    : { kind: 'not-rated', ticketNumber: ticket.number };
}

/** The ticket most recently finished at this window by this clerk, from the tickets' history. */
export function lastFinishedAt(tickets: Iterable<Ticket>, window: number, clerkId: string): Ticket | undefined {
  let best: { t: Ticket; at: number } | undefined;
  for (const t of tickets) {
    for (const step of t.history) {
      if (step.action === 'finished' && step.window === window && step.by === clerkId && (!best || step.at >= best.at))
        best = { t, at: step.at };
    }
  }
  return best?.t;
}
