import { useEffect, useRef, useState } from 'react';

/**
 * After a refused submit, focus goes to the form's first control marked invalid, in the order people read
 * the form (WCAG 3.3.1 with 2.4.3). It runs after React has drawn the errors (an effect, then the next
 * frame), so the control is found by its `aria-invalid` and its error is read with it.
 */
export function useFocusInvalid(): { formRef: React.RefObject<HTMLFormElement | null>; onInvalid: () => void } {
  const formRef = useRef<HTMLFormElement>(null);
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals === 0) return;
    const frame = requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
    return () => cancelAnimationFrame(frame);
  }, [refusals]);
  return { formRef, onInvalid: () => setRefusals((n) => n + 1) };
}
