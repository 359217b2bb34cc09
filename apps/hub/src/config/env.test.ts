import { describe, expect, it } from 'vitest';
import { clockStartingAt } from '../clock.ts';
import { readEnv } from './env.ts';

describe('HALL_DEMO_START', () => {
  it('starts the demo clock at the given instant, running on from there', () => {
    const env = readEnv({ HALL_DEMO: '1', HALL_DEMO_START: '2026-11-25T17:20+08:00' });
    expect(env.demoStart).toBe(Date.parse('2026-11-25T09:20:00Z'));
    let real = 1_000;
    const clock = clockStartingAt(env.demoStart ?? 0, { now: () => real });
    expect(clock.now()).toBe(Date.parse('2026-11-25T09:20:00Z'));
    real += 5_000;
    expect(clock.now()).toBe(Date.parse('2026-11-25T09:20:05Z'));
  });

  it('is refused outside the demo: a real hall runs on the real time', () => {
    expect(() => readEnv({ HALL_DEMO_START: '2026-11-25T17:20+08:00' })).toThrow(/demo hall only/);
  });

  it('refuses what is not a date-time, and is off when unset', () => {
    expect(() => readEnv({ HALL_DEMO: '1', HALL_DEMO_START: 'evening' })).toThrow(/ISO date-time/);
    expect(readEnv({ HALL_DEMO: '1' }).demoStart).toBeUndefined();
  });
});

describe('HALL_TRUSTED_PROXIES and HALL_CORS_ORIGINS', () => {
  it('are empty when unset: no forwarded address is believed, no origin is allowed', () => {
    const env = readEnv({});
    expect(env.trustedProxies).toEqual([]);
    expect(env.corsOrigins).toEqual([]);
  });

  it('take comma-separated addresses or CIDRs, and origins', () => {
    const env = readEnv({
      HALL_TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8,fd00::/8,',
      HALL_CORS_ORIGINS: 'https://portal.example.gov.cn,http://localhost:5173',
    });
    expect(env.trustedProxies).toEqual(['127.0.0.1', '10.0.0.0/8', 'fd00::/8']);
    expect(env.corsOrigins).toEqual(['https://portal.example.gov.cn', 'http://localhost:5173']);
  });

  it('stop the hub on a bad entry, naming it', () => {
    for (const bad of ['proxy.local', '10.0.0.0/33', '10.0.0/8', '1.2.3.4/8/1', '*']) {
      expect(() => readEnv({ HALL_TRUSTED_PROXIES: bad })).toThrow(`HALL_TRUSTED_PROXIES takes addresses or CIDRs`);
    }
    for (const bad of ['*', 'portal.example.gov.cn', 'https://portal.example.gov.cn/', 'ftp://portal.example']) {
      expect(() => readEnv({ HALL_CORS_ORIGINS: bad })).toThrow(`got "${bad}"`);
    }
  });
});

describe('HALL_PUBLIC_URL', () => {
  it('is unset by default: tickets link to the hub as the kiosk reached it', () => {
    expect(readEnv({}).publicUrl).toBeUndefined();
    expect(readEnv({ HALL_PUBLIC_URL: '' }).publicUrl).toBeUndefined();
  });

  it('takes an http(s) URL, with or without a path, and drops the trailing slash', () => {
    expect(readEnv({ HALL_PUBLIC_URL: 'https://hall.example.gov.cn/' }).publicUrl).toBe('https://hall.example.gov.cn');
    expect(readEnv({ HALL_PUBLIC_URL: 'http://10.0.0.5:8080' }).publicUrl).toBe('http://10.0.0.5:8080');
    expect(readEnv({ HALL_PUBLIC_URL: 'https://gov.example/queue/' }).publicUrl).toBe('https://gov.example/queue');
  });

  it('stops the hub on anything else, naming it', () => {
    for (const bad of [
      'hall.example.gov.cn',
      'ftp://hall.example',
      'https://hall.example/?a=1',
      'https://h.example/#x',
    ]) {
      expect(() => readEnv({ HALL_PUBLIC_URL: bad })).toThrow(`got "${bad}"`);
    }
    expect(() => readEnv({ HALL_PUBLIC_URL: 'nope' })).toThrow(/HALL_PUBLIC_URL must be an http or https URL/);
  });
});
