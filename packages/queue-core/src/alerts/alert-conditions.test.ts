import type { DeviceStateView, PrinterStatus } from '@hall/protocol';
import { describe, expect, it } from 'vitest';
import { callNext } from '../calling.ts';
import { indexHall } from '../hall-index.ts';
import { startService, transferTicket } from '../serving.ts';
import { bookingAt, clerk, hallConfig, MINUTE, otherClerk, T0, TestHall, WIN } from '../test-fixtures.ts';
import { openWindow, pauseWindow } from '../window-session.ts';
import { alertConditionsOf, IDLE_WITH_QUEUE_MINUTES, type AlertInputs } from './alert-conditions.ts';

const HOUR = 60 * MINUTE;

function conditionsAt(h: TestHall, now: number, more: Partial<AlertInputs> = {}) {
  return alertConditionsOf({ hall: h.hall, state: h.state, devices: [], openFollowUps: [], now, ...more });
}

function keysAt(h: TestHall, now: number, more: Partial<AlertInputs> = {}): string[] {
  return conditionsAt(h, now, more).map((c) => c.key);
}

function device(o: Partial<DeviceStateView> & Pick<DeviceStateView, 'id' | 'role'>): DeviceStateView {
  return {
    name: o.id,
    window: null,
    createdAt: T0 - HOUR,
    revokedAt: null,
    printer: null,
    online: false,
    onlineSince: null,
    offlineSince: null,
    lastSeenAt: null,
    ...o,
  };
}

function printer(status: Partial<PrinterStatus>): DeviceStateView['printer'] {
  return { status: { condition: 'ready', paperNearEnd: false, ...status }, at: T0 };
}

describe('alert conditions: a ticket waiting past its target', () => {
  it('holds once the wait is longer than the service target (30 minutes by default), and ends with the call', () => {
    const h = new TestHall();
    const t = h.issue('household', { at: T0 });
    expect(keysAt(h, T0 + 30 * MINUTE)).toEqual([]);
    expect(conditionsAt(h, T0 + 30 * MINUTE + 1)).toEqual([
      {
        key: `wait-over-target:${t.id}`,
        kind: 'wait-over-target',
        subject: { ticketId: t.id, ticketNumber: t.number, serviceId: 'household', zoneId: 'civil' },
      },
    ]);
    h.run(openWindow(h.hall, h.state, WIN.civil, clerk, T0 + 31 * MINUTE));
    h.run(callNext(h.hall, h.state, WIN.civil, clerk, T0 + 31 * MINUTE));
    expect(keysAt(h, T0 + 40 * MINUTE)).toEqual([]);
  });

  it("uses each service's own target", () => {
    const config = hallConfig();
    const h = new TestHall(
      indexHall({
        ...config,
        services: config.services.map((s) => (s.id === 'license' ? { ...s, targetWaitMinutes: 10 } : s)),
      }),
    );
    const license = h.issue('license', { at: T0 });
    h.issue('household', { at: T0 });
    expect(keysAt(h, T0 + 11 * MINUTE)).toEqual([`wait-over-target:${license.id}`]);
  });

  it('counts a transferred ticket from its transfer and an early booking from its slot', () => {
    const h = new TestHall();
    const moved = h.issue('household', { at: T0 });
    h.run(openWindow(h.hall, h.state, WIN.civil, clerk, T0));
    h.run(callNext(h.hall, h.state, WIN.civil, clerk, T0 + 5 * MINUTE));
    h.run(startService(h.hall, h.state, WIN.civil, clerk, T0 + 5 * MINUTE));
    h.run(transferTicket(h.hall, h.state, WIN.civil, { toServiceId: 'license', note: '' }, clerk, T0 + 10 * MINUTE));
    const booked = h.issue('household', { at: T0, lane: 'booking', booking: bookingAt(T0 + HOUR) });
    expect(keysAt(h, T0 + 40 * MINUTE)).toEqual([]);
    expect(keysAt(h, T0 + 40 * MINUTE + 1)).toEqual([`wait-over-target:${moved.id}`]);
    expect(keysAt(h, T0 + 90 * MINUTE + 1)).toEqual([`wait-over-target:${moved.id}`, `wait-over-target:${booked.id}`]);
  });
});

describe('alert conditions: a zone queue while a comprehensive window stands idle', () => {
  const grace = IDLE_WITH_QUEUE_MINUTES * MINUTE;

  it('holds once an idle comprehensive window and a ticket it may call have stood so for the grace', () => {
    const h = new TestHall();
    h.run(openWindow(h.hall, h.state, WIN.comprehensive, otherClerk, T0));
    h.issue('license', { at: T0 + 5 * MINUTE });
    expect(keysAt(h, T0 + 5 * MINUTE + grace - 1)).toEqual([]);
    expect(conditionsAt(h, T0 + 5 * MINUTE + grace)).toEqual([
      {
        key: 'zone-queue-comprehensive-idle:business',
        kind: 'zone-queue-comprehensive-idle',
        subject: { zoneId: 'business', window: WIN.comprehensive },
      },
    ]);
  });

  it('does not hold while the window serves, is paused, or is not comprehensive', () => {
    const h = new TestHall();
    h.run(openWindow(h.hall, h.state, WIN.comprehensive, otherClerk, T0));
    h.run(openWindow(h.hall, h.state, WIN.elderlyHelp, clerk, T0));
    h.issue('license', { at: T0 });
    h.issue('license', { at: T0, lane: 'elderly' });
    h.run(callNext(h.hall, h.state, WIN.comprehensive, otherClerk, T0 + MINUTE));
    // The elderly help window is idle with an elderly ticket it may call, but it is no comprehensive window.
    expect(keysAt(h, T0 + 10 * MINUTE)).toEqual([]);
    const paused = new TestHall();
    paused.run(openWindow(paused.hall, paused.state, WIN.comprehensive, otherClerk, T0));
    paused.run(pauseWindow(paused.hall, paused.state, WIN.comprehensive, 'break', otherClerk, T0));
    paused.issue('pension', { at: T0 });
    expect(keysAt(paused, T0 + 10 * MINUTE)).toEqual([]);
  });

  it('does not hold for a ticket transferred to another window by name', () => {
    const h = new TestHall();
    h.issue('household', { at: T0 });
    h.run(openWindow(h.hall, h.state, WIN.civil, clerk, T0));
    h.run(callNext(h.hall, h.state, WIN.civil, clerk, T0));
    h.run(transferTicket(h.hall, h.state, WIN.civil, { toWindow: WIN.household, note: '' }, clerk, T0 + MINUTE));
    h.run(openWindow(h.hall, h.state, WIN.comprehensive, otherClerk, T0));
    expect(keysAt(h, T0 + 10 * MINUTE)).toEqual([]);
  });
});

describe('alert conditions: windows, devices and follow-ups', () => {
  it('a window paused longer than pauseMaxMinutes (20 by default)', () => {
    const h = new TestHall();
    h.run(openWindow(h.hall, h.state, WIN.business, clerk, T0));
    h.run(pauseWindow(h.hall, h.state, WIN.business, 'lunch', clerk, T0 + MINUTE));
    expect(keysAt(h, T0 + 21 * MINUTE)).toEqual([]);
    expect(conditionsAt(h, T0 + 21 * MINUTE + 1)).toEqual([
      {
        key: `window-paused-too-long:${WIN.business}`,
        kind: 'window-paused-too-long',
        subject: { window: WIN.business, zoneId: 'business' },
      },
    ]);
    const strict = new TestHall(indexHall(hallConfig({ alerts: { pauseMaxMinutes: 5 } })));
    strict.run(openWindow(strict.hall, strict.state, WIN.comprehensive, clerk, T0));
    strict.run(pauseWindow(strict.hall, strict.state, WIN.comprehensive, 'lunch', clerk, T0));
    // A comprehensive window belongs to no zone.
    expect(conditionsAt(strict, T0 + 6 * MINUTE).map((c) => c.subject)).toEqual([{ window: WIN.comprehensive }]);
  });

  it("a kiosk printer's problem, one alert per printer and problem", () => {
    const h = new TestHall();
    const devices = [
      device({ id: 'kiosk-a', role: 'kiosk', name: 'Kiosk A', printer: printer({ paperNearEnd: true }) }),
      device({ id: 'kiosk-b', role: 'kiosk', printer: printer({ condition: 'paper-end', paperNearEnd: true }) }),
      device({ id: 'kiosk-c', role: 'kiosk', printer: printer({}) }),
      device({ id: 'kiosk-d', role: 'kiosk' }),
      device({ id: 'kiosk-e', role: 'kiosk', printer: printer({ condition: 'offline' }), revokedAt: T0 }),
    ].map((d) => ({ ...d, online: true, onlineSince: T0 }));
    expect(conditionsAt(h, T0, { devices })).toEqual([
      {
        key: 'printer-problem:kiosk-a:paper-near-end',
        kind: 'printer-problem',
        subject: { deviceId: 'kiosk-a', deviceName: 'Kiosk A', condition: 'paper-near-end' },
      },
      {
        key: 'printer-problem:kiosk-b:paper-end',
        kind: 'printer-problem',
        subject: { deviceId: 'kiosk-b', deviceName: 'kiosk-b', condition: 'paper-end' },
      },
    ]);
  });

  it('a kiosk or display offline longer than deviceOfflineMinutes (3 by default), never one never seen', () => {
    const h = new TestHall();
    const devices = [
      device({ id: 'kiosk-a', role: 'kiosk', offlineSince: T0 }),
      device({ id: 'display-a', role: 'display', offlineSince: T0 + MINUTE }),
      device({ id: 'rater-a', role: 'rater', offlineSince: T0 }),
      device({ id: 'kiosk-new', role: 'kiosk' }),
      device({ id: 'display-b', role: 'display', online: true, onlineSince: T0 }),
    ];
    expect(keysAt(h, T0 + 3 * MINUTE, { devices })).toEqual([]);
    expect(keysAt(h, T0 + 3 * MINUTE + 1, { devices })).toEqual(['device-offline:kiosk-a']);
    expect(conditionsAt(h, T0 + 4 * MINUTE + 1, { devices })).toEqual([
      {
        key: 'device-offline:display-a',
        kind: 'device-offline',
        subject: { deviceId: 'display-a', deviceName: 'display-a' },
      },
      {
        key: 'device-offline:kiosk-a',
        kind: 'device-offline',
        subject: { deviceId: 'kiosk-a', deviceName: 'kiosk-a' },
      },
    ]);
  });

  it('a follow-up open longer than followUpOpenHours (24 by default)', () => {
    const h = new TestHall();
    const openFollowUps = [{ id: 'follow-up-1', ticketNumber: 'A001', window: 1, createdAt: T0 }];
    expect(keysAt(h, T0 + 24 * HOUR, { openFollowUps })).toEqual([]);
    expect(conditionsAt(h, T0 + 24 * HOUR + 1, { openFollowUps })).toEqual([
      {
        key: 'follow-up-overdue:follow-up-1',
        kind: 'follow-up-overdue',
        subject: { followUpId: 'follow-up-1', ticketNumber: 'A001', window: 1 },
      },
    ]);
  });
});
