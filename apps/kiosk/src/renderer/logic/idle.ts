/** Idle 30 s on any screen but a fresh start screen → back to start, everything cleared. */
export const IDLE_MS = 30_000;

export interface IdleView {
  step: string;
  locale: string;
  largeType: boolean;
  /** A number is being checked, taken or printed: never interrupted. */
  busy: boolean;
}

/** Whether to reset now, `idleMs` after the last touch. */
export function shouldResetForIdle(view: IdleView, idleMs: number): boolean {
  if (view.busy) return false;
  const changed = view.step !== 'start' || view.locale !== 'zh-Hans' || view.largeType;
  return changed && idleMs >= IDLE_MS;
}
