import { describe, expect, it } from 'vitest';
import { printerStatusSchema } from '@hall/protocol';
import { isValidStatusByte, parseStatus, statusQueries } from './status.ts';

/** Fixed bits only: bit1 and bit4 set. */
const BASE = 0x12;
const ok = { printer: BASE, offline: BASE, error: BASE, paper: BASE };

describe('DLE EOT status', () => {
  it('asks with DLE EOT 1..4', () => {
    expect(statusQueries().map((b) => b.toString('hex'))).toEqual(['100401', '100402', '100403', '100404']);
  });

  it('is ready when every reply has only its fixed bits', () => {
    expect(parseStatus(ok)).toEqual({ condition: 'ready', paperNearEnd: false });
  });

  it('reads each bit that matters', () => {
    const cases: [Partial<typeof ok>, string, boolean][] = [
      [{ printer: BASE | 0x08 }, 'offline', false], // n=1 bit3
      [{ printer: BASE | 0x04 }, 'ready', false], // n=1 bit2: drawer pin, not our business
      [{ printer: BASE | 0x08, offline: BASE | 0x04 }, 'cover-open', false], // n=2 bit2
      [{ offline: BASE | 0x08 }, 'ready', false], // n=2 bit3: FEED button
      [{ printer: BASE | 0x08, offline: BASE | 0x20 }, 'paper-end', false], // n=2 bit5
      [{ printer: BASE | 0x08, offline: BASE | 0x40 }, 'error', false], // n=2 bit6
      [{ error: BASE | 0x04 }, 'error', false], // n=3 bit2 mechanical
      [{ error: BASE | 0x08 }, 'error', false], // n=3 bit3 autocutter
      [{ error: BASE | 0x20 }, 'error', false], // n=3 bit5 unrecoverable
      [{ error: BASE | 0x40 }, 'error', false], // n=3 bit6 auto-recoverable
      [{ paper: BASE | 0x0c }, 'ready', true], // n=4 bits2,3 near end: still prints
      [{ paper: BASE | 0x04 }, 'ready', true],
      [{ paper: BASE | 0x08 }, 'ready', true],
      [{ paper: BASE | 0x60 }, 'paper-end', false], // n=4 bits5,6
      [{ paper: BASE | 0x20 }, 'paper-end', false],
      [{ paper: BASE | 0x40 }, 'paper-end', false],
      [{ printer: BASE | 0x08, offline: BASE | 0x24, paper: BASE | 0x6c }, 'cover-open', true],
    ];
    for (const [replies, condition, nearEnd] of cases) {
      const status = parseStatus({ ...ok, ...replies });
      expect(status.condition, JSON.stringify(replies)).toBe(condition);
      expect(status.paperNearEnd, JSON.stringify(replies)).toBe(nearEnd);
      expect(printerStatusSchema.parse(status)).toEqual(status);
    }
  });

  it('reads a real out-of-paper printer', () => {
    // Replies of a TM-class printer with an empty roll: offline, stopped by paper end, both sensors set.
    const status = parseStatus({ printer: 0x1a, offline: 0x32, error: 0x12, paper: 0x7e });
    expect(status).toMatchObject({ condition: 'paper-end', paperNearEnd: true });
    expect(status.detail).toContain('paper end');
  });

  it('checks the fixed bits and treats a byte that is not a status reply as an error', () => {
    for (const bad of [0x00, 0xff, 0x13, 0x92, 0x10, 0x02, 0x3f, 0x80 | BASE, BASE | 0x01, 256, -1, 1.5]) {
      expect(isValidStatusByte(bad), String(bad)).toBe(false);
      for (const kind of ['printer', 'offline', 'error', 'paper'] as const) {
        const status = parseStatus({ ...ok, [kind]: bad });
        expect(status.condition).toBe('error');
        expect(status.detail).toMatch(/^invalid reply/);
      }
    }
    for (let v = 0; v < 256; v++) expect(isValidStatusByte(v)).toBe((v & 0x93) === 0x12);
  });

  it('is offline without an answer to DLE EOT 1, and uses what it has otherwise', () => {
    expect(parseStatus({})).toMatchObject({ condition: 'offline' });
    expect(parseStatus({ printer: BASE })).toEqual({ condition: 'ready', paperNearEnd: false });
  });
});
