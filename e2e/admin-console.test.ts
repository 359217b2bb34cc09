import type {
  AuditEntryView,
  ConfigVersionView,
  HallConfig,
  IssuedTicket,
  LoginReply,
  MeReply,
  StaffView,
} from '@hall/protocol';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ADMIN_PAGES,
  consoleShot,
  focusedAttribute,
  goTo,
  openConsole,
  openSignedIn,
  signInAdmin,
  signInAs,
} from './harness/admin-console.ts';
import { launchChromium } from './harness/browser.ts';
import { addDays, HALL_DAY } from './harness/hall-dates.ts';
import { adminLogin, api, clerkLogin, DEMO_CREDENTIALS } from './harness/clients.ts';
import { startHub, type HubProcess } from './harness/hub-process.ts';

/**
 * The admin console at /admin in Chromium against a real demo hub: sign-in (admins only), every page, and
 * the configuration changed live — a renamed service reaching an open kiosk, a new window a clerk opens, a
 * holiday, a kiosk device and its token, and two admins editing at once.
 */

let hub: HubProcess;
let browser: Browser;
let adminSession: LoginReply;
let adminToken: string;
const VIEWPORT = { width: 1440, height: 900 };

beforeAll(async () => {
  [hub, browser] = await Promise.all([startHub(), launchChromium()]);
  adminSession = await adminLogin(hub.url);
  adminToken = adminSession.token;
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

async function withContext<T>(run: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

async function currentConfig(): Promise<ConfigVersionView> {
  const r = await api<ConfigVersionView>(hub.url, '/api/v1/config', { token: adminToken });
  expect(r.status).toBe(200);
  return r.body;
}

async function staffNamed(username: string): Promise<StaffView | undefined> {
  return (await api<StaffView[]>(hub.url, '/api/v1/staff', { token: adminToken })).body.find(
    (s) => s.username === username,
  );
}

async function auditActions(action: string): Promise<AuditEntryView[]> {
  return (await api<AuditEntryView[]>(hub.url, `/api/v1/audit?action=${action}`, { token: adminToken })).body;
}

/** Page errors fail the test that saw them: a console that throws is broken even if it looks right. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

describe('signing in', () => {
  test('a clerk is refused with a clear reason; the demo admin gets in, and every page shows', async () => {
    await withContext(async (context) => {
      const page = await openConsole(context, hub.url);
      const errors = watchErrors(page);
      await consoleShot(page, 'login');
      const clerk = DEMO_CREDENTIALS.clerks[0];
      await signInAs(page, clerk.username, clerk.password);
      await expect.poll(() => page.locator('[data-testid="login-error"]').textContent()).toContain('不是管理员');
      await consoleShot(page, 'login-clerk-refused');

      await signInAdmin(page);
      for (const [name, ready] of ADMIN_PAGES) {
        await goTo(page, name, ready);
        // Focus moves to the new page's heading, so keyboard users start there.
        expect(await focusedAttribute(page, 'class')).toBe('page__title');
        await consoleShot(page, name);
      }
      expect(errors).toEqual([]);
    });
  });
});

describe('changing the hall live', () => {
  test('a renamed service shows on an open kiosk without a reload', async () => {
    const before = await currentConfig();
    const service = before.config.services.find((s) => s.id === 'resident-medical-insurance');
    if (!service) throw new Error('the demo hall has no resident-medical-insurance');
    const newName = `${service.names['zh-Hans']}（新）`;

    await withContext(async (kioskContext) => {
      const kiosk = await kioskContext.newPage();
      await kiosk.goto(`${hub.url}/kiosk`);
      await kiosk.locator(`[data-zone="${service.zoneId}"]`).click({ timeout: 15_000 });
      await kiosk.locator('[data-step="services"]').waitFor();
      const card = kiosk.locator(`[data-service="${service.id}"]`);
      expect(await card.textContent()).toContain(service.names['zh-Hans']);
      await kiosk.evaluate(() => ((globalThis as unknown as { e2eMark: number }).e2eMark = 14));

      await withContext(async (context) => {
        const page = await openSignedIn(context, hub.url, adminSession);
        await goTo(page, 'services', 'tr[data-service]');
        await page.fill('#service-search', '医保');
        await page.locator(`tr[data-service="${service.id}"] button`).first().click();
        await page.fill('#svc-name-zh-Hans', newName);
        await consoleShot(page, 'service-edit');
        await page.click('[data-testid="service-save"]');
        await page.locator('[data-testid="config-saved"]').waitFor({ timeout: 10_000 });
      });

      await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain(newName);
      // The same page, not a reload: what the test left on it is still there.
      expect(await kiosk.evaluate(() => (globalThis as unknown as { e2eMark?: number }).e2eMark)).toBe(14);
    });
    expect((await currentConfig()).version).toBe(before.version + 1);
  });

  test('an invalid field is shown beside it, linked, and nothing is saved', async () => {
    const before = await currentConfig();
    await withContext(async (context) => {
      const page = await openSignedIn(context, hub.url, adminSession);
      await goTo(page, 'services', 'tr[data-service]');
      await page.click('[data-testid="service-new"]');
      await page.fill('#svc-id', 'e2e-service');
      await page.fill('#svc-prefix', 'ab');
      await page.click('[data-testid="service-save"]');
      const prefix = page.locator('#svc-prefix');
      await expect.poll(() => prefix.getAttribute('aria-invalid')).toBe('true');
      expect(await prefix.getAttribute('aria-describedby')).toContain('svc-prefix-error');
      expect(await page.locator('#svc-prefix-error').textContent()).toContain('A-Z');
      // Focus goes to the first field in error.
      await expect.poll(() => focusedAttribute(page, 'id')).toBe('svc-name-zh-Hans');
      await consoleShot(page, 'service-invalid');
    });
    expect((await currentConfig()).version).toBe(before.version);
  });

  test('changing the prefix of a service with people waiting is refused, and the problems are listed', async () => {
    const before = await currentConfig();
    const issued = await api(hub.url, '/api/v1/tickets', {
      token: DEMO_CREDENTIALS.kioskToken,
      body: { requestId: 'e2e-admin-unsafe-1', serviceId: 'resident-id-card' },
    });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    await withContext(async (context) => {
      const page = await openSignedIn(context, hub.url, adminSession);
      await goTo(page, 'services', 'tr[data-service]');
      await page.locator('tr[data-service="resident-id-card"] button', { hasText: '编辑' }).click();
      await page.fill('#svc-prefix', 'Z');
      await page.click('[data-testid="service-save"]');
      const unsafe = page.locator('[data-testid="config-unsafe"]');
      await unsafe.waitFor({ timeout: 10_000 });
      expect(await unsafe.textContent()).toContain('影响今天正在办事的群众');
      expect(await unsafe.textContent()).toContain('今天已经取过号');
      expect(await unsafe.locator('li').count()).toBeGreaterThan(0);
      await consoleShot(page, 'unsafe-change');
    });
    expect((await currentConfig()).version).toBe(before.version);
  });

  test('a new window is saved and a clerk can open it', async () => {
    const before = await currentConfig();
    const number = Math.max(...before.config.windows.map((w) => w.number)) + 1;
    await withContext(async (context) => {
      const page = await openSignedIn(context, hub.url, adminSession);
      await goTo(page, 'windows', 'tr[data-window]');
      await page.click('[data-testid="window-new"]');
      expect(await page.inputValue('#win-number')).toBe(String(number));
      await page.fill('#win-name-zh-Hans', `${number}号综合窗口`);
      await page.fill('#win-name-zh-Hant', `${number}號綜合窗口`);
      await page.fill('#win-name-en', `Window ${number}`);
      await page.selectOption('#win-kind', 'comprehensive');
      await page.check('#win-all');
      await consoleShot(page, 'window-new');
      await page.click('[data-testid="window-save"]');
      await page.locator('[data-testid="config-saved"]').waitFor({ timeout: 10_000 });
      await page.locator(`tr[data-window="${number}"]`).waitFor();
    });
    const clerk = await clerkLogin(hub.url, 'clerk02');
    const opened = await api(hub.url, `/api/v1/windows/${number}/open`, {
      token: clerk.token,
      body: { requestId: `e2e-admin-open-${number}` },
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
  });

  test('a holiday pasted in is saved and the calendar shows the day closed', async () => {
    const before = await currentConfig();
    // A working weekday of the hall's next month (the calendar starts at the hub's business day, HALL_DAY in
    // every e2e hub): inside the three months shown, whatever day the machine says it is.
    const { closed, workdays } = before.config.holidays;
    const taken = (d: string) => [...closed, ...workdays].includes(d);
    const weekend = (d: string) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
    let day = `${addDays(`${HALL_DAY.slice(0, 8)}01`, 40).slice(0, 8)}10`;
    while (weekend(day) || taken(day)) day = addDays(day, 1);
    await withContext(async (context) => {
      const page = await openSignedIn(context, hub.url, adminSession);
      await goTo(page, 'hours', 'td[data-day]');
      expect(await page.locator(`td[data-day="${day}"]`).getAttribute('data-kind')).toBe('working');
      await page.fill('#holidays-paste', `# e2e\n${day} 休\nnot a date`);
      await page.click('[data-testid="holidays-merge"]');
      await expect.poll(() => page.locator('#holidays-paste-note').textContent()).toContain('3');
      expect(await page.getAttribute('#holidays-paste', 'aria-invalid')).toBe('true');
      await page.fill('#holidays-paste', `${day} 休`);
      await page.click('[data-testid="holidays-merge"]');
      expect(await page.inputValue('#holidays-list')).toContain(`${day} 休`);
      await page.click('[data-testid="hours-save"]');
      await page.locator('[data-testid="config-saved"]').waitFor({ timeout: 10_000 });
      await expect.poll(() => page.locator(`td[data-day="${day}"]`).getAttribute('data-kind')).toBe('closed');
      await consoleShot(page, 'hours-holiday');
    });
    const after = await currentConfig();
    expect(after.version).toBe(before.version + 1);
    expect(after.config.holidays.closed).toContain(day);
  });

  test('a kiosk device is created, its token shown once with a QR code, and the token works until revoked', async () => {
    let token = '';
    await withContext(async (context) => {
      const page = await openSignedIn(context, hub.url, adminSession);
      await goTo(page, 'devices', 'tr[data-device]');
      await page.selectOption('#device-role', 'kiosk');
      await page.fill('#device-name', 'E2E 二号取号机');
      await page.click('[data-testid="device-create"]');
      await page.locator('[data-testid="device-token-panel"]').waitFor({ timeout: 10_000 });
      token = await page.inputValue('[data-testid="device-token"]');
      await page.locator('img[data-testid="device-qr"]').waitFor();
      await consoleShot(page, 'device-token');

      const me = await api<MeReply>(hub.url, '/api/v1/me', { token });
      expect(me.status).toBe(200);
      expect(me.body.kind === 'device' && me.body.device).toMatchObject({ role: 'kiosk', name: 'E2E 二号取号机' });

      const id = me.body.kind === 'device' ? me.body.device.id : '';
      // The request the token made is the device's last contact; the list is read again every 10 s.
      await expect
        .poll(() => page.locator(`tr[data-device="${id}"] td[data-online]`).textContent(), { timeout: 15_000 })
        .toContain('最后联系');
      expect(await page.locator(`tr[data-device="${id}"] td[data-online]`).getAttribute('data-online')).toBe('false');
      await consoleShot(page, 'devices-live');
      page.once('dialog', (d) => void d.accept());
      await page.locator(`tr[data-device="${id}"] button`).click();
      await page.locator(`tr[data-device="${id}"][data-revoked="true"]`).waitFor({ timeout: 10_000 });
    });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await api(hub.url, '/api/v1/me', { token })).status).toBe(401);
  });

  test('a conflicting edit from a second browser gets the clear message and can reload', async () => {
    await withContext(async (first) => {
      await withContext(async (second) => {
        const [a, b] = await Promise.all([
          openSignedIn(first, hub.url, adminSession),
          openSignedIn(second, hub.url, adminSession),
        ]);
        await Promise.all([goTo(a, 'hall', '#hall-tz'), goTo(b, 'hall', '#hall-tz')]);
        await a.fill('#hall-policy-recall-max', '4');
        await a.click('form button[type="submit"]');
        await a.locator('[data-testid="config-saved"]').waitFor({ timeout: 10_000 });
        const saved = (await currentConfig()).version;

        await b.fill('#hall-policy-closingGraceMinutes', '45');
        await b.click('form button[type="submit"]');
        const conflict = b.locator('[data-testid="config-conflict"]');
        await conflict.waitFor({ timeout: 10_000 });
        expect(await conflict.textContent()).toContain(`配置已是第 ${saved} 版`);
        // Focus moves to the message, so it is read out.
        expect(await focusedAttribute(b, 'data-testid')).toBe('config-conflict');
        await consoleShot(b, 'conflict');
        await b.click('[data-testid="config-reload"]');
        await conflict.waitFor({ state: 'detached' });
        // The reloaded form shows the other admin's change.
        await expect.poll(() => b.inputValue('#hall-policy-recall-max')).toBe('4');
      });
    });
    const after: HallConfig = (await currentConfig()).config;
    expect(after.policy.recall.max).toBe(4);
    expect(after.policy.closingGraceMinutes).not.toBe(45);
  });

  test('versions: what each one changed, a rollback saved as a new version, the export as a file', async () => {
    const before = await currentConfig();
    await withContext(async (context) => {
      const page = await openSignedIn(context, hub.url, adminSession);
      await goTo(page, 'versions', 'tr[data-version]');
      const newest = page.locator(`tr[data-version="${before.version}"]`);
      await newest.locator('[data-testid="version-show-changes"]').click();
      await page.locator('[data-testid="version-diff"] tbody tr').first().waitFor({ timeout: 10_000 });
      await consoleShot(page, 'versions-changes');

      const download = page.waitForEvent('download');
      await page.click('[data-testid="config-export"]');
      expect((await download).suggestedFilename()).toBe(`hall-config-v${before.version}.json`);

      page.once('dialog', (d) => void d.accept());
      await page.locator(`tr[data-version="${before.version - 1}"] button`, { hasText: '回退到此版本' }).click();
      await page.locator('[data-testid="config-saved"]').waitFor({ timeout: 10_000 });
      await page.locator(`tr[data-version="${before.version + 1}"]`).waitFor();
      expect(await page.locator(`tr[data-version="${before.version + 1}"]`).textContent()).toContain(
        `回退自第 ${before.version - 1} 版`,
      );
    });
    const after = await currentConfig();
    expect(after.version).toBe(before.version + 1);
    expect(after.rolledBackFrom).toBe(before.version - 1);
  });
});

describe('staff and notices', () => {
  test('a clerk account is created, its password reset, then disabled; a notice is set for the displays', async () => {
    await withContext(async (context) => {
      const page = await openSignedIn(context, hub.url, adminSession);
      await goTo(page, 'staff', 'tr[data-staff]');
      await page.fill('#staff-username', 'e2e.clerk');
      await page.fill('#staff-display', '测试窗口员');
      await page.fill('#staff-password', 'Qm7-river-lantern');
      await page.check('#staff-perm-supervise');
      await page.click('form[aria-labelledby="staff-form-title"] button[type="submit"]');
      const row = page.locator('tr[data-staff="e2e.clerk"]');
      await row.waitFor({ timeout: 10_000 });
      expect(await row.textContent()).toContain('主管');
      // Checked over the admin API: signing in as the new clerk would count against the login rate limit.
      expect((await staffNamed('e2e.clerk'))?.permissions).toEqual(['supervise']);

      await row.locator('button', { hasText: '重置密码' }).click();
      await row.locator('input[type="password"]').fill('Lx4-harbour-meadow');
      await row.locator('button[type="submit"]').click();
      await expect.poll(() => page.locator('p[role="status"]').first().textContent()).toContain('已重置');
      expect(await auditActions('staff.password-reset')).toHaveLength(1);

      page.once('dialog', (d) => void d.accept());
      await row.locator('button', { hasText: '停用' }).click();
      await expect.poll(() => row.textContent()).toContain('已停用');
      expect((await staffNamed('e2e.clerk'))?.disabled).toBe(true);

      await goTo(page, 'notices', '[data-testid="notices-save"]');
      await page.click('button:has-text("添加公告")');
      await page.fill('#notice-0-text-zh-Hans', '今日下午系统维护');
      await page.fill('#notice-0-text-zh-Hant', '今日下午系統維護');
      await page.fill('#notice-0-text-en', 'System maintenance this afternoon');
      // A start after the end is shown at the start field, before anything is sent.
      await page.fill('#notice-0-from', '2099-01-02T09:00');
      await page.fill('#notice-0-until', '2099-01-01T17:00');
      await page.click('[data-testid="notices-save"]');
      await page.locator('#notice-0-from[aria-invalid="true"]').waitFor({ timeout: 10_000 });
      // On the hall's clock (the demo hall is in Asia/Shanghai), whatever zone the browser is in.
      await page.fill('#notice-0-from', '2099-01-01T09:00');
      await consoleShot(page, 'notice-new');
      await page.click('[data-testid="notices-save"]');
      await expect.poll(() => page.locator('p[role="status"]').first().textContent()).toContain('公告已保存');
    });
    const notices = await api<{ notices: { text: { en: string }; from: number | null; until: number | null }[] }>(
      hub.url,
      '/api/v1/notices',
      { token: adminToken },
    );
    expect(notices.body.notices.map((n) => n.text.en)).toContain('System maintenance this afternoon');
    expect(notices.body.notices.find((n) => n.text.en === 'System maintenance this afternoon')).toMatchObject({
      from: Date.UTC(2099, 0, 1, 1, 0),
      until: Date.UTC(2099, 0, 1, 9, 0),
    });
  });
});

describe('number widths, order, the kiosk preview and own hours', () => {
  test('a width that disagrees with its shared prefix shows on the field; a service set to 4 digits issues M0001', async () => {
    const before = await currentConfig();
    await withContext(async (context) => {
      const page = await openSignedIn(context, hub.url, adminSession);
      await goTo(page, 'services', 'tr[data-service]');
      // project-planning-permit shares N with land-planning-permit, which stays at 3 digits.
      await page.locator('tr[data-service="project-planning-permit"] button', { hasText: '编辑' }).click();
      await page.selectOption('#svc-digits', '4');
      await page.click('[data-testid="service-save"]');
      const digits = page.locator('#svc-digits');
      await expect.poll(() => digits.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#svc-digits-error').textContent()).toContain('同前缀 N');
      await consoleShot(page, 'service-digits-shared-prefix');
      expect((await currentConfig()).version).toBe(before.version);
      await page.click('text=取消');

      // construction-permit is alone on M: 4 digits save.
      await page.locator('tr[data-service="construction-permit"] button', { hasText: '编辑' }).click();
      await page.selectOption('#svc-digits', '4');
      await page.click('[data-testid="service-save"]');
      await page.locator('[data-testid="config-saved"]').waitFor({ timeout: 10_000 });
      await expect.poll(() => page.locator('tr[data-service="construction-permit"] td').nth(2).textContent()).toBe('4');
    });
    const after = await currentConfig();
    expect(after.config.services.find((s) => s.id === 'construction-permit')?.numberDigits).toBe(4);
    const issued = await api<IssuedTicket>(hub.url, '/api/v1/tickets', {
      token: DEMO_CREDENTIALS.kioskToken,
      body: { requestId: 'e2e-admin-four-digits-1', serviceId: 'construction-permit' },
    });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    expect(issued.body.ticket.number).toMatch(/^M\d{4}$/);
  });

  test('two services reordered by the move button reach the open kiosk without a reload; dragging puts them back', async () => {
    const ids = ['resident-medical-insurance', 'medical-reimbursement'];
    const order = (config: HallConfig) => config.services.map((s) => s.id).filter((id) => ids.includes(id));
    const before = await currentConfig();
    expect(order(before.config)).toEqual(ids);

    await withContext(async (kioskContext) => {
      const kiosk = await kioskContext.newPage();
      await kiosk.goto(`${hub.url}/kiosk`);
      await kiosk.locator('[data-zone="medical-insurance"]').click({ timeout: 15_000 });
      await kiosk.locator('[data-step="services"]').waitFor();
      // The zone has more services; the two moved keep their places among them.
      const kioskOrder = async () =>
        (
          await kiosk.locator('[data-service]').evaluateAll((els) => els.map((e) => e.getAttribute('data-service')))
        ).filter((id) => id !== null && ids.includes(id));
      expect(await kioskOrder()).toEqual(ids);
      await kiosk.evaluate(() => ((globalThis as unknown as { e2eMark: number }).e2eMark = 15));

      await withContext(async (context) => {
        const page = await openSignedIn(context, hub.url, adminSession);
        const errors = watchErrors(page);
        await goTo(page, 'services', 'tr[data-service]');
        const moveDown = page.locator(`tr[data-service="${ids[0]}"] [data-testid="move-down"]`);
        expect(await moveDown.getAttribute('aria-label')).toMatch(/^下移 /);
        await moveDown.focus();
        await page.keyboard.press('Enter');
        await page.locator('[data-testid="config-saved"]').waitFor({ timeout: 10_000 });
        const previewOrder = async () =>
          (
            await page
              .locator('[data-preview-zone="medical-insurance"] [data-preview-service]')
              .evaluateAll((els) => els.map((e) => e.getAttribute('data-preview-service')))
          ).filter((id) => id !== null && ids.includes(id));
        await expect.poll(previewOrder).toEqual([ids[1], ids[0]]);
        await consoleShot(page, 'services-reordered');

        // An unsaved rename shows in the preview, in the language chosen there.
        await page.locator(`tr[data-service="${ids[1]}"] button`, { hasText: '编辑' }).click();
        await page.fill('#svc-name-en', 'Claims (draft)');
        await page.selectOption('#preview-language', 'en');
        await expect
          .poll(() => page.locator(`[data-preview-service="${ids[1]}"]`).textContent())
          .toBe('Claims (draft)');
        await consoleShot(page, 'services-preview-draft');
        await page.click('text=取消');

        await expect.poll(kioskOrder, { timeout: 10_000 }).toEqual([ids[1], ids[0]]);
        expect(await kiosk.evaluate(() => (globalThis as unknown as { e2eMark?: number }).e2eMark)).toBe(15);

        // Dragging the first row onto the second puts them back.
        const saved = (await currentConfig()).version;
        await page.locator(`tr[data-service="${ids[0]}"]`).dragTo(page.locator(`tr[data-service="${ids[1]}"]`));
        await expect.poll(async () => (await currentConfig()).version, { timeout: 10_000 }).toBe(saved + 1);
        expect(errors).toEqual([]);
      });
      await expect.poll(kioskOrder, { timeout: 10_000 }).toEqual(ids);
    });
    expect(order((await currentConfig()).config)).toEqual(ids);
  });

  test("a zone's own weekend hours are saved, shown in its calendar, then inherited again", async () => {
    await withContext(async (context) => {
      const page = await openSignedIn(context, hub.url, adminSession);
      await goTo(page, 'hours', 'td[data-day]');
      await page.selectOption('#own-hours-of', 'zone:veterans');
      const form = page.locator('[data-testid="own-hours-form"]');
      await form.locator('#own-weekend-inherit').uncheck();
      await page.fill('#own-weekend', '9:00-12:00');
      await page.click('[data-testid="own-hours-save"]');
      await page.locator('[data-testid="config-saved"]').waitFor({ timeout: 10_000 });
      await page.selectOption('#own-hours-of', 'zone:veterans');
      expect(await page.inputValue('#own-weekend')).toBe('09:00-12:00');
      await page.selectOption('#calendar-of', 'zone:veterans');
      await consoleShot(page, 'hours-zone-own');
    });
    const saved = await currentConfig();
    expect(saved.config.zones.find((z) => z.id === 'veterans')?.hours).toEqual({
      weekend: [{ from: '09:00', to: '12:00' }],
    });

    await withContext(async (context) => {
      const page = await openSignedIn(context, hub.url, adminSession);
      await goTo(page, 'hours', 'td[data-day]');
      await page.selectOption('#own-hours-of', 'zone:veterans');
      await page.click('text=全部沿用');
      await page.locator('[data-testid="config-saved"]').waitFor({ timeout: 10_000 });
    });
    const cleared = await currentConfig();
    expect(cleared.version).toBe(saved.version + 1);
    expect(cleared.config.zones.find((z) => z.id === 'veterans')).not.toHaveProperty('hours');
  });
});
