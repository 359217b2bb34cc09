import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, startTestHub, type TestHub } from './test-support/test-hub.ts';

const job = {
  locale: 'zh-Hans',
  hallName: '测试大厅',
  number: 'A001',
  serviceName: '医保卡',
  zoneName: '医保',
  waitAt: '医保专区 · 1号窗口',
  laneLabel: null,
  peopleAhead: 3,
  estimatedWaitMinutes: 15,
  issuedAt: '2026-11-24 09:00',
  statusUrl: 'http://hall.local/t/ABCDEFGHJK',
  footer: ['请留意叫号屏'],
};

describe('kiosk printing through the hub', () => {
  let t: TestHub;
  let kioskId: string;
  beforeEach(async () => {
    t = await startTestHub();
    const me = await api(t.url, '/api/v1/me', { token: t.tokens.kiosk });
    kioskId = (me.body.device as { id: string }).id;
  });
  afterEach(async () => {
    await t.stop();
    t.cleanup();
  });

  it('prints on the kiosk virtual printer and serves the PNG preview', async () => {
    expect((await api(t.url, '/api/v1/kiosk/printer', { token: t.tokens.kiosk })).body).toMatchObject({
      condition: 'ready',
    });
    const printed = await api(t.url, '/api/v1/kiosk/print', { token: t.tokens.kiosk, body: job });
    expect(printed.body).toMatchObject({ ok: true, status: { condition: 'ready' } });
    const preview = await fetch(t.url + (printed.body.previewUrl as string));
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await preview.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('prints no reprint mark for a kiosk: only the guidance desk reprints', async () => {
    const printed = await api(t.url, '/api/v1/kiosk/print', {
      token: t.tokens.kiosk,
      body: { ...job, reprint: { copy: 1, of: 3 } },
    });
    expect(printed.body).toMatchObject({ ok: true });
    const dir = join(dirname(t.dbPath), 'print-previews', kioskId);
    const bins = readdirSync(dir).filter((f) => f.endsWith('.bin'));
    expect(bins).toHaveLength(1);
    const text = new TextDecoder('gb18030').decode(readFileSync(join(dir, bins[0] ?? '')));
    expect(text).toContain('A001');
    expect(text).not.toContain('REPRINT');
  });

  it('refuses to print when the printer is not ready, and says why', async () => {
    const sim = await api(t.url, `/api/v1/printers/${kioskId}/simulate`, {
      method: 'PUT',
      token: t.tokens.admin,
      body: { condition: 'paper-end', paperNearEnd: true },
    });
    expect(sim.body).toMatchObject({ condition: 'paper-end' });
    const printed = await api(t.url, '/api/v1/kiosk/print', { token: t.tokens.kiosk, body: job });
    expect(printed.body).toMatchObject({ ok: false, status: { condition: 'paper-end' } });
    // The admin sees it on the device list.
    const devices = await api(t.url, '/api/v1/devices', { token: t.tokens.admin });
    const kiosk = (devices.body as unknown as { id: string; printer: { status: { condition: string } } }[]).find(
      (d) => d.id === kioskId,
    );
    expect(kiosk?.printer.status.condition).toBe('paper-end');
  });

  it('keeps what a kiosk reports about its own printer for the admin', async () => {
    const r = await api(t.url, '/api/v1/kiosk/printer-status', {
      token: t.tokens.kiosk,
      body: { condition: 'ready', paperNearEnd: true },
    });
    expect(r.status).toBe(200);
    expect(t.store.devices.get(kioskId)?.printer?.status).toEqual({ condition: 'ready', paperNearEnd: true });
  });

  it('validates print jobs and keeps printing to kiosks and simulation to admins', async () => {
    const bad = await api(t.url, '/api/v1/kiosk/print', { token: t.tokens.kiosk, body: { ...job, number: 'x' } });
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect((await api(t.url, '/api/v1/kiosk/print', { token: t.tokens.display, body: job })).status).toBe(403);
    const sim = { method: 'PUT', body: { condition: 'offline', paperNearEnd: false } };
    expect((await api(t.url, `/api/v1/printers/${kioskId}/simulate`, { ...sim, token: t.tokens.clerk })).status).toBe(
      403,
    );
    expect((await api(t.url, '/api/v1/printers/display-nope/simulate', { ...sim, token: t.tokens.admin })).status).toBe(
      404,
    );
    expect((await fetch(`${t.url}/print-previews/../../etc/passwd`)).status).toBe(404);
  });
});
