import { useEffect } from 'react';
import { shouldResetForIdle } from '../logic/idle.ts';
import { isBusy, useFlow } from '../state/flow-store.ts';

/** Watches touches and keys; resets the flow when `shouldResetForIdle` says so. */
export function useIdleReset(): void {
  useEffect(() => {
    let last = Date.now();
    const touched = () => {
      last = Date.now();
    };
    const events = ['pointerdown', 'keydown', 'input', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, touched, { passive: true, capture: true });
    const timer = setInterval(() => {
      const { step, attempt, locale, largeType, reset } = useFlow.getState();
      const busy = isBusy(attempt);
      // The full idle time starts again once a number has been taken and printed.
      if (busy) last = Date.now();
      if (shouldResetForIdle({ step, locale, largeType, busy }, Date.now() - last)) reset();
    }, 1_000);
    return () => {
      clearInterval(timer);
      for (const e of events) window.removeEventListener(e, touched, { capture: true });
    };
  }, []);
}
