import { readFileSync, existsSync } from 'node:fs';
import { asciiDigits, type BookingSlotsView, type HallConfigInput } from '@hall/protocol';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import {
  api,
  connected,
  phoneProof,
  rid,
  socketFor,
  startTestHub,
  TEST_HALL,
  windowAction,
  type ApiReply,
  type TestHub,
} from '../test-support/test-hub.ts';

/**
 * A probe fed whole phone and resident ID numbers, in ASCII and in full-width digits, into every field a
 * hall day takes (kiosk holder, bookings, complaint, transfer note, pause reason, notices) and found
 * them whole in the database file, on the wall display and in answers. After a realistic day through a
 * real hub, neither the SQLite files, nor the log, nor any answer holds a whole number.
 */

const PHONE = '13812345678';
const PHONE_FULL_WIDTH = '１３８１２３４５６７８';
const PHONE_SPACED = '１３８ １２３４ ５６７８';
const ID = '11010519491231002X';
const ID_FULL_WIDTH = '１１０１０５１９４９１２３１００２Ｘ';
const WRITTEN_FORMS = [PHONE, PHONE_FULL_WIDTH, PHONE_SPACED, ID, ID_FULL_WIDTH, '1381234', '１３８１２３４'];
/** The digits of the whole numbers, as they read once scripts and separators are taken out. */
const DIGIT_RUNS = [PHONE, ID.slice(0, 17)];

const SCHEDULED_HALL: HallConfigInput = {
  ...TEST_HALL,
  schedule: { regular: [{ from: '09:00', to: '17:00' }], delay: [], weekend: [] },
};

let t: TestHub | undefined;
afterEach(async () => {
  if (t?.store.db.open) await t.stop();
  t?.cleanup();
  t = undefined;
});

/** Every whole-number form a text shows, directly or once its digits are read as ASCII without separators. */
function wholeNumbersIn(text: string): string[] {
  const squeezed = asciiDigits(text).replace(/[\s.-]/g, '');
  return [
    ...WRITTEN_FORMS.filter((form) => text.includes(form)),
    ...DIGIT_RUNS.filter((run) => squeezed.includes(run)),
  ];
}

function wholeNumbersInFile(path: string): string[] {
  if (!existsSync(path)) return [];
  const bytes = readFileSync(path);
  return WRITTEN_FORMS.filter((form) => bytes.includes(Buffer.from(form, 'utf8')));
}

describe('whole phone and ID numbers through a hall day', () => {
  it('reach neither the database file, nor the log, nor any answer', async () => {
    const logLines: string[] = [];
    const log = pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) });
    t = await startTestHub({ config: SCHEDULED_HALL, log });
    const hub = t;
    const answers: ApiReply[] = [];
    const call = async (path: string, o: Parameters<typeof api>[2] = {}) => {
      const reply = await api(hub.url, path, o);
      answers.push(reply);
      return reply;
    };
    const act = async (window: number, action: string, body: Record<string, unknown> = {}) => {
      const reply = await windowAction(hub, hub.tokens.clerk, window, action, body);
      answers.push(reply);
      return reply;
    };

    // The admin posts a notice for the wall.
    const notice = `咨询电话 ${PHONE_FULL_WIDTH}`;
    expect(
      (
        await call('/api/v1/notices', {
          method: 'PUT',
          token: hub.tokens.admin,
          body: { notices: [{ id: 'help', text: { 'zh-Hans': notice, 'zh-Hant': notice, en: `Call ${PHONE}` } }] },
        })
      ).status,
    ).toBe(200);

    // Bookings: a citizen in full-width digits on the public page, a clerk in ASCII.
    const slots = (await call('/api/v1/public/booking-slots?serviceId=med-card&day=2026-11-24'))
      .body as unknown as BookingSlotsView;
    const [first, second] = slots.slots.filter((s) => s.available);
    expect(first && second).toBeTruthy();
    const proof = await phoneProof(hub, PHONE_SPACED);
    const publicBooking = await call('/api/v1/public/bookings', {
      body: { serviceId: 'med-card', slotStart: first?.start, name: '张三丰', phone: PHONE_SPACED },
      proof,
    });
    expect(publicBooking.status).toBe(201);
    // The citizen's own answer shows no phone digits at all (security/cancel-others-booking.test.ts).
    expect(publicBooking.body).not.toHaveProperty('phone');
    const code = publicBooking.body.code as string;
    expect(
      (
        await call('/api/v1/bookings', {
          token: hub.tokens.clerk,
          body: { serviceId: 'med-card', slotStart: second?.start, name: '李四', phone: PHONE },
        })
      ).status,
    ).toBe(201);

    // The kiosk: whole numbers in the holder are refused, in every script; masked ones are taken.
    for (const holder of [
      { phone: PHONE },
      { phone: PHONE_FULL_WIDTH },
      { idNumber: ID },
      { idNumber: ID_FULL_WIDTH },
    ]) {
      const refused = await call('/api/v1/tickets', {
        token: hub.tokens.kiosk,
        body: { requestId: rid(), serviceId: 'med-card', holder },
      });
      expect(refused.status, JSON.stringify(holder)).toBe(400);
    }
    const issued = await call('/api/v1/tickets', {
      token: hub.tokens.kiosk,
      body: { requestId: rid(), serviceId: 'med-card', holder: { name: '张三丰', phone: '138****5678' } },
    });
    expect(issued.status).toBe(201);
    const statusCode = (issued.body.ticket as { statusCode: string }).statusCode;

    // A clerk calls it, transfers it with a note, and pauses with a reason the wall shows.
    expect((await act(1, 'open')).status).toBe(200);
    expect((await act(1, 'call-next')).status).toBe(200);
    expect((await act(1, 'transfer', { toWindow: 3, note: `身份证${ID_FULL_WIDTH}，电话${PHONE}` })).status).toBe(200);
    expect((await act(1, 'pause', { reason: `请找 ${PHONE_SPACED} 的家属` })).status).toBe(200);

    // The could-not-get-it-done desk takes a matter and follows it.
    expect((await act(5, 'open')).status).toBe(200);
    const complaint = await call('/api/v1/complaints', {
      token: hub.tokens.clerk,
      body: {
        window: 5,
        matter: `身份证 ${ID} 电话 ${PHONE_FULL_WIDTH} 办不成`,
        departments: [`医保 ${PHONE}`],
        contactName: '王小明',
        contactPhone: PHONE_FULL_WIDTH,
      },
    });
    expect(complaint.status).toBe(201);
    const progress = await call(`/api/v1/complaints/${complaint.body.id as string}/progress`, {
      token: hub.tokens.clerk,
      body: { state: 'coordinating', note: `已回电 ${PHONE_SPACED}，身份证 ${ID_FULL_WIDTH}` },
    });
    expect(progress.status).toBe(200);

    // What displays, citizens and staff read back.
    await call(`/api/v1/public/tickets/${statusCode}`);
    await call(`/api/v1/public/bookings/${code}`, { proof });
    await call('/api/v1/public/my-bookings', { proof });
    await call('/api/v1/notices', { token: hub.tokens.display });
    await call('/api/v1/snapshot', { token: hub.tokens.display });
    await call('/api/v1/windows', { token: hub.tokens.display });
    await call('/api/v1/bookings?day=2026-11-24', { token: hub.tokens.display });
    await call('/api/v1/snapshot', { token: hub.tokens.admin });
    await call('/api/v1/complaints', { token: hub.tokens.admin });
    await call('/api/v1/audit', { token: hub.tokens.admin });
    const display = socketFor(hub.url, hub.tokens.display);
    const pushed = new Promise<unknown>((resolve) => display.once('hall:snapshot', resolve));
    await connected(display);
    const wallSnapshot = JSON.stringify(await pushed);
    display.close();

    const answerTexts = answers.map((a) => JSON.stringify(a.body));
    expect(answerTexts.join('\n')).toContain('138****5678');
    expect(answerTexts.flatMap(wholeNumbersIn)).toEqual([]);
    expect(wholeNumbersIn(wallSnapshot)).toEqual([]);
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.flatMap(wholeNumbersIn)).toEqual([]);

    await hub.stop();
    for (const suffix of ['', '-wal', '-shm']) {
      expect(wholeNumbersInFile(hub.dbPath + suffix), hub.dbPath + suffix).toEqual([]);
    }
  });
});
