import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { refreshWhileOpen, type VisibleDocument } from './options-refresh.ts';

class FakeDocument implements VisibleDocument {
  visibilityState: DocumentVisibilityState = 'visible';
  private readonly listeners = new Set<() => void>();
  addEventListener(_type: 'visibilitychange', listener: () => void): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'visibilitychange', listener: () => void): void {
    this.listeners.delete(listener);
  }
  show(state: DocumentVisibilityState): void {
    this.visibilityState = state;
    for (const l of this.listeners) l();
  }
  get listening(): number {
    return this.listeners.size;
  }
}

describe('refreshWhileOpen', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reloads every interval while in view, not while hidden, and at once when the page is shown again', () => {
    const doc = new FakeDocument();
    const reload = vi.fn();
    refreshWhileOpen(reload, doc, globalThis, 60_000);
    vi.advanceTimersByTime(59_999);
    expect(reload).toHaveBeenCalledTimes(0);
    vi.advanceTimersByTime(1);
    expect(reload).toHaveBeenCalledTimes(1);
    doc.show('hidden');
    vi.advanceTimersByTime(180_000);
    expect(reload).toHaveBeenCalledTimes(1);
    doc.show('visible');
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('stops reloading and listening once stopped', () => {
    const doc = new FakeDocument();
    const reload = vi.fn();
    const stop = refreshWhileOpen(reload, doc, globalThis, 1_000);
    expect(doc.listening).toBe(1);
    stop();
    vi.advanceTimersByTime(10_000);
    doc.show('visible');
    expect(reload).not.toHaveBeenCalled();
    expect(doc.listening).toBe(0);
  });
});
