import { hallConfigSchema, MAX_SEQ_PER_PREFIX, TICKET_NUMBER_MAX_LENGTH, TICKET_NUMBER_PATTERN } from '@hall/protocol';
import { describe, expect, it } from 'vitest';
import {
  formatTicketNumber,
  isIssuableSeq,
  lastNumberOfWidth,
  numberingLevel,
  prefixNumbering,
  ticketIdOf,
  warnAtOf,
} from './numbering.ts';
import { hallConfig } from './test-fixtures.ts';

describe('formatTicketNumber', () => {
  it('pads the sequence to three digits after the prefix by default', () => {
    expect(formatTicketNumber('A', 23)).toBe('A023');
    expect(formatTicketNumber('A', 1)).toBe('A001');
    expect(formatTicketNumber('Z', 100)).toBe('Z100');
    expect(formatTicketNumber('B', 999)).toBe('B999');
  });

  it('pads to four digits for a 4-digit service', () => {
    expect(formatTicketNumber('A', 1, 4)).toBe('A0001');
    expect(formatTicketNumber('A', 1023, 4)).toBe('A1023');
    expect(formatTicketNumber('A', 9999, 4)).toBe('A9999');
  });

  it('goes on with one more digit after the last number of the width', () => {
    expect(formatTicketNumber('A', 1000, 3)).toBe('A1000');
    expect(formatTicketNumber('A', 10_000, 4)).toBe('A10000');
    expect(formatTicketNumber('A', MAX_SEQ_PER_PREFIX, 3)).toBe('A99999');
  });

  it('never gives two sequence numbers of one prefix the same number, whatever the width', () => {
    for (const digits of [3, 4] as const) {
      const seen = new Set<string>();
      for (let seq = 1; seq <= 12_000; seq++) seen.add(formatTicketNumber('A', seq, digits));
      expect(seen.size).toBe(12_000);
    }
    // Even a width changed in the middle of a day cannot repeat a number, since the sequence only grows.
    expect(formatTicketNumber('A', 999, 3)).not.toBe(formatTicketNumber('A', 1000, 4));
  });

  it('stays within the pattern and the length every layout is sized for', () => {
    for (const [seq, digits] of [
      [1, 3],
      [1, 4],
      [1000, 3],
      [MAX_SEQ_PER_PREFIX, 3],
      [MAX_SEQ_PER_PREFIX, 4],
    ] as const) {
      const n = formatTicketNumber('Z', seq, digits);
      expect(n).toMatch(TICKET_NUMBER_PATTERN);
      expect(n.length).toBeLessThanOrEqual(TICKET_NUMBER_MAX_LENGTH);
    }
  });
});

describe('isIssuableSeq', () => {
  it('accepts 1 … 99,999 only', () => {
    expect([0, 1, 999, 1000, 99_999, 100_000, 1.5].map(isIssuableSeq)).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('numberingLevel', () => {
  it('warns from 90 % of the width and tells an overflowed width apart', () => {
    expect([lastNumberOfWidth(3), lastNumberOfWidth(4)]).toEqual([999, 9999]);
    expect([warnAtOf(3), warnAtOf(4)]).toEqual([900, 9000]);
    expect([0, 899, 900, 999, 1000].map((n) => numberingLevel(n, 3))).toEqual(['ok', 'ok', 'low', 'low', 'overflowed']);
    expect([999, 8999, 9000, 9999, 10_000].map((n) => numberingLevel(n, 4))).toEqual([
      'ok',
      'ok',
      'low',
      'low',
      'overflowed',
    ]);
  });
});

describe('prefixNumbering', () => {
  it('lists each prefix once, with its services, width and level', () => {
    const base = hallConfig();
    const config = hallConfigSchema.parse({
      ...base,
      services: base.services.map((s) =>
        s.id === 'residence' ? { ...s, prefix: 'A' } : s.id === 'license' ? { ...s, numberDigits: 4 } : s,
      ),
    });
    const last: Record<string, number> = { A: 950, C: 12 };
    expect(prefixNumbering(config, (p) => last[p] ?? 0)).toEqual([
      {
        prefix: 'A',
        numberDigits: 3,
        serviceIds: ['household', 'residence'],
        lastSeq: 950,
        lastOfWidth: 999,
        warnAt: 900,
        level: 'low',
      },
      {
        prefix: 'C',
        numberDigits: 4,
        serviceIds: ['license'],
        lastSeq: 12,
        lastOfWidth: 9999,
        warnAt: 9000,
        level: 'ok',
      },
      { prefix: 'D', numberDigits: 3, serviceIds: ['pension'], lastSeq: 0, lastOfWidth: 999, warnAt: 900, level: 'ok' },
    ]);
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
