import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hallConfigSchema, queueStatsSchema, waitForecastSchema } from '@hall/protocol';
import demoHall from '../config/demo-hall.json' with { type: 'json' };
import { api, issue, startTestHub, windowAction, type TestHub } from './test-support/test-hub.ts';

const hall = hallConfigSchema.parse(demoHall);

/**
 * The kiosk's zone and service tiles show `wait` of the queue figures: it must be the wait the ticket taken next is
 * printed with, at the same moment (the clock of the test hub stands still).
 */
describe('queue figures: the wait of a ticket taken now is the one its ticket shows', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub({ config: hall });
  });
  afterAll(async () => {
    await t.stop();
    t.cleanup();
  });

  const tileWait = async (serviceId: string) => {
    const stats = queueStatsSchema.parse((await api(t.url, '/api/v1/queue', { token: t.tokens.kiosk })).body);
    return stats.services.find((s) => s.serviceId === serviceId)?.wait;
  };

  it('before and after windows open, with a queue in front', async () => {
    const service = 'resident-medical-insurance';
    const checks: Array<() => Promise<unknown>> = [
      async () => undefined,
      () => windowAction(t, t.tokens.clerk, 1, 'open'),
      async () => {
        for (let i = 0; i < 6; i++) await issue(t, service);
        await issue(t, 'newborn-bundle');
        await issue(t, service, 'elderly');
      },
      () => windowAction(t, t.tokens.clerk2, 2, 'open'),
    ];
    for (const step of checks) {
      await step();
      const shown = await tileWait(service);
      expect(shown).toBeDefined();
      const issued = (await issue(t, service)) as unknown as { wait: unknown };
      expect(waitForecastSchema.parse(issued.wait)).toEqual(shown);
    }
  });
});
