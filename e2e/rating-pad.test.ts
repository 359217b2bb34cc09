import {
  SimulatedDeviceProvider,
  simulatedRatingPad,
  silentLogger,
  startPadBridge,
  type PadPressResult,
} from '@hall/hid';
import type { IssuedTicket, Ticket } from '@hall/protocol';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin, api, clerkLogin, DEMO_CREDENTIALS } from './harness/clients.ts';
import { startHub, type HubProcess } from './harness/hub-process.ts';

let hub: HubProcess;

beforeAll(async () => {
  hub = await startHub();
});

afterAll(async () => {
  await hub?.stop();
});

describe('a rating through a simulated USB rating pad', () => {
  test('reaches the hub once per ticket, and an unsatisfied one opens a follow-up', async () => {
    const issued = await api<IssuedTicket>(hub.url, '/api/v1/tickets', {
      token: DEMO_CREDENTIALS.kioskToken,
      body: { requestId: 'pad-e2e-ticket-1', serviceId: 'resident-medical-insurance' },
    });
    const clerk = await clerkLogin(hub.url, 'clerk01');
    const act = (action: string, n: number) =>
      api(hub.url, `/api/v1/windows/1/${action}`, {
        token: clerk.token,
        body: { requestId: `pad-e2e-${action}-${n}` },
      });
    await act('open', 1);
    await act('call-next', 1);
    await act('start', 1);
    expect((await act('finish', 1)).status).toBe(200);

    // The pad hangs on the counter PC; its key presses go through the bridge with the clerk's session.
    const devices = new SimulatedDeviceProvider();
    const pad = simulatedRatingPad({ serialNumber: 'RP-WINDOW-1' });
    devices.plug(pad);
    const results: PadPressResult[] = [];
    const bridge = await startPadBridge({
      hubUrl: hub.url,
      token: clerk.token,
      devices,
      log: silentLogger,
      pads: [
        { kind: 'rating', window: 1, match: { vendorId: '0x1209', productId: '0x0002', serialNumber: 'RP-WINDOW-1' } },
      ],
      onResult: (r) => results.push(r),
    });
    try {
      pad.press('4'); // 不满意 / unsatisfied
      await bridge.whenIdle();
      pad.press('1'); // a second press for the same citizen is not a second rating
      await bridge.whenIdle();
    } finally {
      await bridge.close();
    }

    const admin = await adminLogin(hub.url);
    const tickets = await api<{ tickets: Ticket[] }>(hub.url, '/api/v1/tickets', { token: admin.token });
    const rated = tickets.body.tickets.find((t) => t.id === issued.body.ticket.id);
    expect(rated?.rating).toMatchObject({ level: 'unsatisfied', source: 'pad', window: 1 });
    expect(rated?.history.filter((s) => s.action === 'rated')).toHaveLength(1);
    expect(results.length).toBeGreaterThanOrEqual(1);
    const followUps = await api<Array<{ ticketId: string; level: string }>>(hub.url, '/api/v1/follow-ups', {
      token: admin.token,
    });
    expect(followUps.body).toEqual([expect.objectContaining({ ticketId: rated?.id, level: 'unsatisfied' })]);
  });
});
