import { describe, expect, it } from 'vitest';
import { clearPending, loadPending, savePending, type KeyValueStore } from './pending-issue.ts';

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('the pending issue request', () => {
  it('keeps the request id until it is cleared', () => {
    const s = memory();
    expect(loadPending(s)).toBeNull();
    const body = { requestId: 'desk-0001-abcd', serviceId: 'svc', lane: 'elderly' as const };
    savePending(s, { body });
    expect(loadPending(s)).toEqual({ body });
    savePending(s, { body, number: 'A012' });
    expect(loadPending(s)?.number).toBe('A012');
    clearPending(s);
    expect(loadPending(s)).toBeNull();
  });

  it('ignores what it cannot read', () => {
    const s = memory();
    s.setItem('hall.guide.pending-issue', '{not json');
    expect(loadPending(s)).toBeNull();
    s.setItem('hall.guide.pending-issue', JSON.stringify({ body: { serviceId: 1 } }));
    expect(loadPending(s)).toBeNull();
  });
});
