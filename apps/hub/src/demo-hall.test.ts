import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hallConfigSchema, LOCALES } from '@hall/protocol';
import type { LocalizedText, WindowKind } from '@hall/protocol';

const raw: unknown = JSON.parse(fs.readFileSync(new URL('../config/demo-hall.json', import.meta.url), 'utf8'));
const hall = hallConfigSchema.parse(raw);

const windowsOf = (kind: WindowKind) => hall.windows.filter((w) => w.kind === kind);
const servicesWithPrefix = (prefix: string) => hall.services.filter((s) => s.prefix === prefix).map((s) => s.id);

function expectAllLocales(text: LocalizedText, where: string): void {
  for (const locale of LOCALES) {
    expect(text[locale].trim(), `${where} (${locale})`).not.toBe('');
  }
}

describe('demo hall configuration', () => {
  it('is the Haibowan hall on Shanghai time with the requested policy', () => {
    expect(hall.hallName['zh-Hans']).toBe('海勃湾区政务服务中心');
    expect(hall.hallName['zh-Hant']).toBe('海勃灣區政務服務中心');
    expect(hall.hallName.en).toBe('Haibowan District Government Service Center');
    expect(hall.timeZone).toBe('Asia/Shanghai');
    expect(hall.policy).toEqual({
      elderly: { rule: 'ratio', normalPerElderly: 2 },
      recall: { max: 3, cooldownSeconds: 15 },
      noShowMinRecalls: 1,
      bookingEarlyMinutes: 0,
      bookingCheckInEarlyMinutes: 30,
      bookingHorizonDays: 14,
      bookingMaxActivePerPhone: 3,
      closingGraceMinutes: 30,
      ratingTimeoutSeconds: 60,
      estimateSampleSize: 10,
      reprintsPerTicket: 3,
      staffBreak: { from: '11:30', to: '13:30', minutes: 30 },
      alerts: { pauseMaxMinutes: 20, deviceOfflineMinutes: 3, followUpOpenHours: 24 },
    });
  });

  it('opens 5+2: weekdays 09:00-17:00, delay service on weekday evenings and at weekends for listed items', () => {
    expect(hall.schedule).toEqual({
      regular: [{ from: '09:00', to: '17:00' }],
      delay: [{ from: '17:00', to: '20:00' }],
      weekend: [{ from: '09:00', to: '17:00' }],
    });
    const listed = hall.services.filter((s) => s.delayService);
    expect(listed.length).toBeGreaterThanOrEqual(20);
    expect(listed.length).toBeLessThan(hall.services.length);
    // National Day 2026 is closed; the Saturday after it is a swapped working day.
    expect(hall.holidays.closed).toContain('2026-10-01');
    expect(hall.holidays.workdays).toContain('2026-10-10');
    expect(hall.booking).toEqual({ slotMinutes: 30, capacity: 2 });
  });

  it('has 21 zones, each with its own prefix letter A..U', () => {
    expect(hall.zones).toHaveLength(21);
    expect(new Set(hall.zones.map((z) => z.id)).size).toBe(21);
    hall.zones.forEach((zone, i) => {
      const letter = String.fromCharCode('A'.charCodeAt(0) + i);
      const own = hall.services.filter((s) => s.zoneId === zone.id && s.prefix === letter);
      expect(own.length, `services of zone ${zone.id} with prefix ${letter}`).toBeGreaterThanOrEqual(1);
      expect(own.length).toBeLessThanOrEqual(3);
      expect(zone.icon, `icon of zone ${zone.id}`).toBeTruthy();
    });
    const zoneLetters = new Set(hall.zones.map((_, i) => String.fromCharCode('A'.charCodeAt(0) + i)));
    for (const s of hall.services) {
      if (zoneLetters.has(s.prefix)) {
        const zoneIndex = hall.zones.findIndex((z) => z.id === s.zoneId);
        expect(s.prefix, `prefix of ${s.id}`).toBe(String.fromCharCode('A'.charCodeAt(0) + zoneIndex));
      } else {
        expect(['V', 'W', 'X', 'Y'], `prefix of ${s.id}`).toContain(s.prefix);
      }
    }
  });

  it('has the window counts of the real hall', () => {
    expect(windowsOf('comprehensive')).toHaveLength(3);
    expect(windowsOf('integrated')).toHaveLength(7);
    expect(windowsOf('cross-province')).toHaveLength(5);
    expect(windowsOf('elderly-help')).toHaveLength(1);
    expect(windowsOf('complaints')).toHaveLength(1);
    const numbers = hall.windows.map((w) => w.number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('gives every zone one or two zone windows serving only that zone', () => {
    for (const zone of hall.zones) {
      const windows = windowsOf('zone').filter((w) => w.zoneId === zone.id);
      expect(windows.length, `zone windows of ${zone.id}`).toBeGreaterThanOrEqual(1);
      expect(windows.length).toBeLessThanOrEqual(2);
      for (const w of windows) {
        expect(w.services).not.toBe('all');
        for (const id of w.services === 'all' ? [] : w.services) {
          expect(hall.services.find((s) => s.id === id)?.zoneId, `service ${id} at window ${w.number}`).toBe(zone.id);
        }
      }
    }
  });

  it('points the special windows at the right services', () => {
    for (const w of windowsOf('comprehensive')) expect(w.services).toBe('all');
    const [elderly] = windowsOf('elderly-help');
    expect(elderly?.services).toBe('all');
    expect(elderly?.lanes).toEqual(['elderly']);
    const integrated = servicesWithPrefix('V');
    const crossProvince = servicesWithPrefix('W');
    expect(integrated.length).toBeGreaterThan(0);
    expect(crossProvince.length).toBeGreaterThan(0);
    for (const w of windowsOf('integrated')) expect(w.services).toEqual(expect.arrayContaining(integrated));
    for (const w of windowsOf('cross-province')) expect(w.services).toEqual(expect.arrayContaining(crossProvince));
    expect(windowsOf('complaints')[0]?.services).toEqual(servicesWithPrefix('X'));
    expect(servicesWithPrefix('X')).toHaveLength(1);
    expect(servicesWithPrefix('Y').length).toBeGreaterThan(0);
  });

  it('serves every service at some non-comprehensive window that lists it', () => {
    const listed = new Set(
      hall.windows.flatMap((w) => (w.kind === 'comprehensive' || w.services === 'all' ? [] : w.services)),
    );
    for (const s of hall.services) expect(listed.has(s.id), `service ${s.id}`).toBe(true);
  });

  it('names everything in all three languages and lists materials for every service', () => {
    expectAllLocales(hall.hallName, 'hall name');
    for (const z of hall.zones) expectAllLocales(z.names, `zone ${z.id}`);
    for (const w of hall.windows) expectAllLocales(w.names, `window ${w.number}`);
    for (const s of hall.services) {
      expectAllLocales(s.names, `service ${s.id}`);
      expect(s.materials.length, `materials of ${s.id}`).toBeGreaterThanOrEqual(1);
      s.materials.forEach((m, i) => expectAllLocales(m, `material ${i} of ${s.id}`));
      expect(s.avgServiceMinutes).toBeGreaterThanOrEqual(5);
      expect(s.avgServiceMinutes).toBeLessThanOrEqual(25);
    }
  });
});
