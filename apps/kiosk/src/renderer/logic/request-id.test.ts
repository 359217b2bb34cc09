import { describe, expect, it } from 'vitest';
import { requestIdSchema } from '@hall/protocol';
import { isValidRequestId, newRequestId } from './request-id.ts';

describe('request ids', () => {
  it('are valid for the hub and different each time', () => {
    const ids = Array.from({ length: 50 }, () => newRequestId(globalThis.crypto));
    for (const id of ids) {
      expect(isValidRequestId(id)).toBe(true);
      expect(requestIdSchema.safeParse(id).success).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('work without randomUUID (plain http is not a secure context)', () => {
    const id = newRequestId({ getRandomValues: (a) => globalThis.crypto.getRandomValues(a) });
    expect(id).toMatch(/^kiosk-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('refuses what the hub would refuse', () => {
    expect(isValidRequestId('short')).toBe(false);
    expect(isValidRequestId('has space here')).toBe(false);
    expect(isValidRequestId('x'.repeat(65))).toBe(false);
  });
});
