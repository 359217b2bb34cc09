import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KioskConfigError, loadKioskConfig, parseKioskConfig, resolveConfigPath } from './config.ts';

const valid = {
  hubUrl: 'http://hub.hall.lan:8080',
  token: 't0ken',
  kioskName: '1号取号机',
  printer: { kind: 'tcp', host: '10.0.0.7' },
};

function problemsOf(raw: unknown): readonly string[] {
  try {
    parseKioskConfig(raw, '/etc/kiosk.json');
  } catch (err) {
    expect(err).toBeInstanceOf(KioskConfigError);
    return (err as KioskConfigError).problems;
  }
  throw new Error('expected the config to be rejected');
}

describe('kiosk config', () => {
  it('accepts the example file shipped beside package.json', async () => {
    const text = await readFile(join(import.meta.dirname, '../../kiosk.config.example.json'), 'utf8');
    const config = parseKioskConfig(JSON.parse(text), 'example');
    expect(config.printer).toEqual({ kind: 'usb', vendorId: 0x0416, productId: 0x5011 });
    expect(config.production).toBe(true);
  });

  it('defaults production to true and keeps every printer kind', () => {
    expect(parseKioskConfig(valid, 'x').production).toBe(true);
    expect(parseKioskConfig({ ...valid, production: false }, 'x').production).toBe(false);
    for (const printer of [
      { kind: 'tcp', host: 'p1', port: 9100 },
      { kind: 'serial', path: '/dev/ttyUSB0', baudRate: 115200 },
      { kind: 'usb', vendorId: 1046, productId: 20497 },
      { kind: 'virtual', dir: '/var/lib/kiosk/tickets' },
    ]) {
      expect(parseKioskConfig({ ...valid, printer }, 'x').printer).toEqual(printer);
    }
  });

  it('lists every problem at once, with where it is', () => {
    const problems = problemsOf({ hubUrl: 'ftp://hub', token: '', printer: { kind: 'tcp', port: 70000 }, extra: 1 });
    const text = problems.join('\n');
    expect(text).toMatch(/^hubUrl: .*http/m);
    expect(text).toMatch(/^token: /m);
    expect(text).toMatch(/^kioskName: /m);
    expect(text).toMatch(/^printer\.host: /m);
    expect(text).toMatch(/^printer\.port: /m);
    expect(text).toMatch(/extra/);
  });

  it('accepts hub URLs by name, IP address, with https or a path', () => {
    for (const hubUrl of ['http://192.168.10.2:8080', 'http://localhost:8080', 'https://hub.example.cn/hall/']) {
      expect(parseKioskConfig({ ...valid, hubUrl }, 'x').hubUrl).toBe(hubUrl);
    }
  });

  it('rejects non-URLs, unknown printer kinds, bad USB ids and a non-boolean production', () => {
    for (const hubUrl of ['hub.hall.lan', 'ftp://hub.hall.lan', 'javascript:alert(1)', 'file:///etc/passwd']) {
      expect(problemsOf({ ...valid, hubUrl }).join(), hubUrl).toMatch(/hubUrl/);
    }
    expect(problemsOf({ ...valid, printer: { kind: 'bluetooth' } }).join()).toMatch(/printer/);
    expect(problemsOf({ ...valid, printer: { kind: 'usb', vendorId: '0416', productId: 70000 } })).toHaveLength(2);
    expect(problemsOf({ ...valid, production: 'yes' }).join()).toMatch(/production/);
    expect(problemsOf(null)).toHaveLength(1);
  });

  it('takes the path from --config=, then HALL_KIOSK_CONFIG, then userData/kiosk.json', () => {
    const userDataDir = '/home/kiosk/.config/hall-kiosk';
    const env = { HALL_KIOSK_CONFIG: '/etc/hall/kiosk.json' };
    expect(resolveConfigPath({ argv: ['electron', '.', '--config=/tmp/k.json'], env, userDataDir })).toBe(
      '/tmp/k.json',
    );
    expect(resolveConfigPath({ argv: ['x', '--config', '/tmp/k2.json'], env, userDataDir })).toBe('/tmp/k2.json');
    expect(resolveConfigPath({ argv: ['x'], env, userDataDir })).toBe('/etc/hall/kiosk.json');
    expect(resolveConfigPath({ argv: ['x'], env: {}, userDataDir })).toBe(join(userDataDir, 'kiosk.json'));
  });

  it('explains a missing file and broken JSON', async () => {
    const missing = Object.assign(new Error('nope'), { code: 'ENOENT' });
    await expect(
      loadKioskConfig({ argv: [], env: {}, userDataDir: '/u', read: () => Promise.reject(missing) }),
    ).rejects.toThrow(/\/u\/kiosk\.json not found/);
    await expect(
      loadKioskConfig({ argv: [], env: {}, userDataDir: '/u', read: async () => '{"hubUrl":' }),
    ).rejects.toThrow(/not valid JSON/);
    const ok = await loadKioskConfig({ argv: [], env: {}, userDataDir: '/u', read: async () => JSON.stringify(valid) });
    expect(ok.config.kioskName).toBe('1号取号机');
  });
});
