import { describe, expect, it } from 'vitest';
import { createDebouncer } from './debounce.ts';

describe('createDebouncer', () => {
  it('gives one press for ten presses within a second', () => {
    const d = createDebouncer(400);
    let presses = 0;
    for (let i = 0; i < 10; i += 1) {
      if (d.down('1', i * 100)) presses += 1;
      d.release(i * 100 + 40);
    }
    expect(presses).toBe(1);
    // Once the key rests for the interval, it presses again.
    expect(d.down('1', 900 + 40 + 400)).toBe(true);
  });

  it('gives one press for a held key that repeats its report, until it is released', () => {
    const d = createDebouncer(400);
    expect(d.down('2', 0)).toBe(true);
    for (let t = 500; t < 5000; t += 500) expect(d.down('2', t)).toBe(false);
    d.release(5000);
    expect(d.down('2', 5500)).toBe(true);
  });

  it('keeps keys apart and lets slow presses through', () => {
    const d = createDebouncer(400);
    expect(d.down('1', 0)).toBe(true);
    d.release(50);
    expect(d.down('2', 100)).toBe(true);
    d.release(150);
    expect(d.down('1', 600)).toBe(true);
  });

  it('treats a clock that stepped back as the same burst', () => {
    const d = createDebouncer(400);
    expect(d.down('1', 10_000)).toBe(true);
    d.release(10_050);
    expect(d.down('1', 5_000)).toBe(false);
  });
});
