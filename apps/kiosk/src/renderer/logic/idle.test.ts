import { describe, expect, it } from 'vitest';
import { IDLE_MS, shouldResetForIdle } from './idle.ts';

const view = { step: 'services', locale: 'zh-Hans', largeType: false, busy: false };

describe('idle reset', () => {
  it('resets any screen but start after 30 s', () => {
    expect(shouldResetForIdle(view, IDLE_MS - 1)).toBe(false);
    expect(shouldResetForIdle(view, IDLE_MS)).toBe(true);
    expect(shouldResetForIdle({ ...view, step: 'result' }, IDLE_MS)).toBe(true);
  });

  it('leaves a fresh start screen alone, but not one left in English or large type', () => {
    expect(shouldResetForIdle({ ...view, step: 'start' }, 10 * IDLE_MS)).toBe(false);
    expect(shouldResetForIdle({ ...view, step: 'start', locale: 'en' }, IDLE_MS)).toBe(true);
    expect(shouldResetForIdle({ ...view, step: 'start', largeType: true }, IDLE_MS)).toBe(true);
  });

  it('never interrupts a number being taken', () => {
    expect(shouldResetForIdle({ ...view, step: 'confirm', busy: true }, 10 * IDLE_MS)).toBe(false);
  });
});
