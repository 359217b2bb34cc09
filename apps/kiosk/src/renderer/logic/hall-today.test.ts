import { describe, expect, it } from 'vitest';
import { hallToday } from './hall-today.ts';

describe('hall today', () => {
  it("takes the hub's business day as today, the kiosk's clock only without one", () => {
    expect(hallToday('2026-11-25', Date.UTC(2030, 0, 1), 'Asia/Shanghai')).toBe('2026-11-25');
    expect(hallToday(null, Date.UTC(2026, 10, 24, 17, 0), 'Asia/Shanghai')).toBe('2026-11-25');
  });
});
