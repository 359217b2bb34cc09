import { describe, expect, it } from 'vitest';
import { newRequestId, requestIdSchema } from './request-id.ts';

describe('request ids', () => {
  it('are valid for the hub and different each time', () => {
    const ids = Array.from({ length: 50 }, () => newRequestId('kiosk'));
    for (const id of ids) expect(requestIdSchema.safeParse(id).success).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('work without randomUUID (plain http on the hall LAN is not a secure context)', () => {
    const noUuid = { getRandomValues: <T extends Uint8Array>(arr: T) => arr.fill(7) };
    const id = newRequestId('counter', noUuid);
    expect(id).toBe('counter-07070707-0707-4707-8707-070707070707');
    expect(requestIdSchema.safeParse(id).success).toBe(true);
  });

  it('the schema refuses what the hub would refuse', () => {
    for (const bad of ['short', 'has space here', 'x'.repeat(65)]) {
      expect(requestIdSchema.safeParse(bad).success).toBe(false);
    }
  });
});
