import { useRef } from 'react';

/**
 * After a refused submit, focus goes to the form's first control marked invalid, in the order people read
 * the form (WCAG 3.3.1 with 2.4.3): once React has drawn the errors, so the control's error is read with it.
 */
export function useFocusInvalid(): { formRef: React.RefObject<HTMLFormElement | null>; onInvalid: () => void } {
  const formRef = useRef<HTMLFormElement>(null);
  const onInvalid = () => {
    setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  };
  return { formRef, onInvalid };
}
