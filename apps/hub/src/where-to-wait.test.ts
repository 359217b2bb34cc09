import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hallConfigSchema, LANES, type PublicTicketStatus } from '@hall/protocol';
import { windowsCalling } from '@hall/queue-core';
import demoHall from '../config/demo-hall.json' with { type: 'json' };
import { api, issue, startTestHub, type TestHub } from './test-support/test-hub.ts';

const hall = hallConfigSchema.parse(demoHall);
/** One service per kind of window that lists services (as in the kiosk's where-to-wait test). */
const SERVICE_PER_KIND = [
  'resident-medical-insurance',
  'newborn-bundle',
  'cross-province-id-card',
  'could-not-get-it-done',
];
const numbersFor = (serviceId: string, lane: (typeof LANES)[number]) =>
  windowsCalling(hall.windows, { serviceId, lane, targetWindow: null }).map((w) => w.number);

/**
 * The phone page names the windows the kiosk shows and prints: both come from queue-core's `windowsCalling`
 * (the kiosk's side: apps/kiosk/src/renderer/logic/where-to-wait.test.ts).
 */
describe('phone page: where to wait, over the demo hall', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub({ config: hall });
  });
  afterAll(async () => {
    await t.stop();
    t.cleanup();
  });

  it('the services issued reach every kind of window', () => {
    const kinds = new Set<string>();
    for (const serviceId of SERVICE_PER_KIND)
      for (const lane of LANES)
        for (const n of numbersFor(serviceId, lane)) kinds.add(hall.windows.find((w) => w.number === n)?.kind ?? '');
    expect([...kinds].sort()).toEqual([...new Set(hall.windows.map((w) => w.kind))].sort());
  });

  it('names every window that may call the ticket while it waits, in the normal and elderly lanes', async () => {
    for (const serviceId of SERVICE_PER_KIND)
      for (const lane of ['normal', 'elderly'] as const) {
        const issued = (await issue(t, serviceId, lane)) as unknown as { ticket: { statusCode: string } };
        const r = await api(t.url, `/api/v1/public/tickets/${issued.ticket.statusCode}`);
        const status = r.body as unknown as PublicTicketStatus;
        expect(status.waitWindows, `${serviceId} ${lane}`).toEqual(numbersFor(serviceId, lane));
      }
    expect(numbersFor('resident-medical-insurance', 'elderly')).toEqual([1, 2, 28, 29, 30, 43]);
  });
});
