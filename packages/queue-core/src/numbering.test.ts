import { describe, expect, it } from 'vitest';
import { formatTicketNumber, MAX_NUMBER_PER_PREFIX, ticketIdOf } from './numbering.ts';

describe('formatTicketNumber', () => {
  it('pads the sequence to three digits after the prefix', () => {
    expect(formatTicketNumber('A', 23)).toBe('A023');
    expect(formatTicketNumber('A', 1)).toBe('A001');
    expect(formatTicketNumber('Z', 100)).toBe('Z100');
    expect(formatTicketNumber('B', 999)).toBe('B999');
  });

  it('allows exactly 999 numbers a prefix', () => {
    expect(MAX_NUMBER_PER_PREFIX).toBe(999);
    expect(formatTicketNumber('A', MAX_NUMBER_PER_PREFIX)).toHaveLength(4);
  });
});

describe('ticketIdOf', () => {
  it('joins the business day and the number', () => {
    expect(ticketIdOf('2025-03-03', 'A023')).toBe('2025-03-03/A023');
  });

  it('tells the same number on different days apart', () => {
    expect(ticketIdOf('2025-03-03', 'A001')).not.toBe(ticketIdOf('2025-03-04', 'A001'));
  });
});
