import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hallConfigSchema, publicTicketStatusSchema } from '@hall/protocol';
import demoHall from '../config/demo-hall.json' with { type: 'json' };
import { api, issue, startTestHub, type TestHub } from './test-support/test-hub.ts';

/** The demo hall with its medical insurance enrolment printing its materials (一次性告知), and nothing else. */
const hall = hallConfigSchema.parse({
  ...demoHall,
  services: demoHall.services.map((s) => (s.id === 'resident-medical-insurance' ? { ...s, printMaterials: true } : s)),
});

async function statusOf(t: TestHub, serviceId: string) {
  const issued = (await issue(t, serviceId, 'normal')) as unknown as { ticket: { statusCode: string } };
  const r = await api(t.url, `/api/v1/public/tickets/${issued.ticket.statusCode}`);
  return publicTicketStatusSchema.parse(r.body);
}

describe('phone page: the materials to bring, where the hall prints them', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub({ config: hall });
  });
  afterAll(async () => {
    await t.stop();
    t.cleanup();
  });

  it('carries the service materials in three languages when it says printMaterials', async () => {
    const status = await statusOf(t, 'resident-medical-insurance');
    const configured = hall.services.find((s) => s.id === 'resident-medical-insurance')?.materials;
    expect(configured?.length).toBeGreaterThan(0);
    expect(status.materials).toEqual(configured);
  });

  it('carries none for a service that does not, though it has materials configured', async () => {
    const other = hall.services.find((s) => !s.printMaterials && s.materials.length > 0);
    expect(other).toBeDefined();
    expect((await statusOf(t, other?.id ?? '')).materials).toEqual([]);
  });
});
