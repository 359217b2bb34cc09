import { useEffect, useRef } from 'react';

/**
 * The page's heading; focus moves to it when the page opens, so a keyboard or screen-reader user starts
 * at the top of the new page instead of on the menu (WCAG 2.4.3).
 */
export function PageTitle({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h1 className="page__title" tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}
