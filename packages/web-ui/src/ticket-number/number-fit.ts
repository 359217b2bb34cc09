import type { CSSProperties } from 'react';

/**
 * Ticket-number cells on every screen were sized for `A023`, four characters. A 4-digit or overflowed
 * number (A0001, A10000) sets `--number-chars` on its element, and the CSS of each cell divides its font
 * size by it (`calc(<size> * 4 / var(--number-chars, 4))`), so a longer number keeps the width of A023
 * and never overflows its cell; an ordinary number is drawn exactly as before.
 */
export const NUMBER_CELL_CHARS = 4;

export function numberFitStyle(ticketNumber: string): CSSProperties {
  // A custom property is not in CSSProperties' keys: React sets it as written.
  return { '--number-chars': Math.max(NUMBER_CELL_CHARS, ticketNumber.length) } as CSSProperties;
}
