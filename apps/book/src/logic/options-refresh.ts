/** The parts of `document` the refresh needs (a fake in tests). */
export interface VisibleDocument {
  readonly visibilityState: DocumentVisibilityState;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

export interface IntervalTimers {
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(id: unknown): void;
}

/**
 * Reloads the booking options while the page stays open: when it comes back into view, and every `everyMs`
 * while it is in view. The booking page holds no socket, so this is how an admin's change (a renamed
 * service, new hours, a holiday) reaches a page a citizen left open on the phone. Returns a stop function.
 */
export function refreshWhileOpen(
  reload: () => void,
  doc: VisibleDocument,
  timers: IntervalTimers,
  everyMs = 60_000,
): () => void {
  const tick = () => {
    if (doc.visibilityState === 'visible') reload();
  };
  const id = timers.setInterval(tick, everyMs);
  doc.addEventListener('visibilitychange', tick);
  return () => {
    timers.clearInterval(id);
    doc.removeEventListener('visibilitychange', tick);
  };
}
