import { writeFileSync } from 'node:fs';
import type { ErrorBody, HallEventMessage, HallSnapshot, IssuedTicket, WindowCommandResult } from '@hall/protocol';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, screenshotPath } from './harness/browser.ts';
import { api, clerkLogin, connected, DEMO_CREDENTIALS, socketClient, type HallSocket } from './harness/clients.ts';
import { startHub, type HubProcess } from './harness/hub-process.ts';
import { distinctColours, probeGlyphs, renderedFontsOf } from './harness/render-checks.ts';

// Every UI is built now (the global setup builds them); their own e2e files check their pages. Here: the admin
// console's sign-in, the first page a new user meets, in Chinese that really renders.
const PAGES = [{ path: '/admin', ui: 'admin', title: '管理员登录' }] as const;

let hub: HubProcess;
let browser: Browser;

beforeAll(async () => {
  [hub, browser] = await Promise.all([startHub(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe('the hub serves the admin console, in Chinese that really renders', () => {
  test.each(PAGES)('$path', async ({ path, ui, title }) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    try {
      const res = await page.goto(`${hub.url}${path}`);
      expect(res?.status()).toBe(200);
      const main = page.locator('main#main');
      await expect.poll(() => main.count()).toBe(1);
      const h1 = main.locator('h1');
      expect(await h1.textContent()).toBe(title);
      expect(await h1.isVisible()).toBe(true);
      const box = await h1.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(0);

      // A CJK system font drew every character of the title…
      const fonts = await renderedFontsOf(page, 'h1');
      expect(fonts.some((f) => /CJK|Han|Hei|Song|WenQuanYi/i.test(f.familyName))).toBe(true);
      expect(fonts.reduce((n, f) => n + f.glyphCount, 0)).toBe([...title].length);
      // …and each character drew its own glyph, none the missing-glyph box.
      const glyphs = await probeGlyphs(page, 'h1');
      expect(glyphs).toEqual({ distinct: new Set(title).size, asTofu: 0 });

      const png = await page.screenshot({ fullPage: true });
      writeFileSync(screenshotPath(`smoke-${ui}`), png);
      // Background, text and the code chips: a blank or failed render has one or two colours.
      expect(await distinctColours(page, png)).toBeGreaterThan(10);
    } finally {
      await page.close();
    }
  });
});

describe('one ticket through HTTP, watched by a display over socket.io', () => {
  let display: HallSocket | undefined;
  afterAll(() => {
    display?.disconnect();
  });

  test('kiosk issues, clerk01 opens window 1 and calls next: the same ticket', async () => {
    display = socketClient(hub.url, DEMO_CREDENTIALS.displayToken);
    const snapshot = new Promise<HallSnapshot>((resolve) => display?.once('hall:snapshot', resolve));
    const events: HallEventMessage[] = [];
    display.on('hall:event', (e) => events.push(e));
    await connected(display);
    expect((await snapshot).windows.length).toBeGreaterThan(0);

    // Window 1 (医保) serves resident-medical-insurance, prefix A, in the demo hall.
    const issue = { requestId: 'smoke-issue-0001', serviceId: 'resident-medical-insurance' };
    const kiosk = DEMO_CREDENTIALS.kioskToken;
    const issued = await api<IssuedTicket>(hub.url, '/api/v1/tickets', { token: kiosk, body: issue });
    expect(issued.status).toBe(201);
    expect(issued.body.ticket).toMatchObject({ number: 'A001', seq: 1, state: 'waiting' });

    // The same request id again is a replay: 200 and the same ticket, not a second one.
    const again = await api<IssuedTicket>(hub.url, '/api/v1/tickets', { token: kiosk, body: issue });
    expect(again.status).toBe(200);
    expect(again.body.ticket.id).toBe(issued.body.ticket.id);

    const clerk = await clerkLogin(hub.url, 'clerk01');
    const act = (action: string, requestId: string) =>
      api<WindowCommandResult | ErrorBody>(hub.url, `/api/v1/windows/1/${action}`, {
        token: clerk.token,
        body: { requestId },
      });
    const opened = await act('open', 'smoke-open-0001');
    expect(opened.status).toBe(200);
    const called = await act('call-next', 'smoke-call-0001');
    expect(called.status).toBe(200);
    const result = called.body as WindowCommandResult;
    expect(result.ticket?.id).toBe(issued.body.ticket.id);
    expect(result.ticket?.state).toBe('called');
    expect(result.window).toMatchObject({
      number: 1,
      state: 'open',
      clerkId: clerk.staff.id,
      currentTicketId: result.ticket?.id,
    });

    // The display saw the issue and the call, with the public view of the ticket only.
    await expect
      .poll(() => events.map((e) => e.type))
      .toEqual(expect.arrayContaining(['ticket.issued', 'window.opened', 'ticket.called']));
    const shown = events.find((e) => e.type === 'ticket.called')?.ticket;
    expect(shown).toMatchObject({ id: issued.body.ticket.id, window: 1 });
    expect(shown && 'holder' in shown).toBe(false);
  });
});
