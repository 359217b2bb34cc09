import { afterEach, describe, expect, it } from 'vitest';
import { statusUrlUnder } from './hall/command-gateway.ts';
import { api, rid, startTestHub, type TestHub } from './test-support/test-hub.ts';

describe('the status URL under HALL_PUBLIC_URL', () => {
  it('joins the public address and the status path with one slash', () => {
    expect(statusUrlUnder('https://hall.example.gov.cn', '/t/K7M2P9Q4RT')).toBe(
      'https://hall.example.gov.cn/t/K7M2P9Q4RT',
    );
    expect(statusUrlUnder('https://gov.example/queue/', '/t/K7M2P9Q4RT')).toBe(
      'https://gov.example/queue/t/K7M2P9Q4RT',
    );
  });

  describe('on an issued ticket', () => {
    let t: TestHub | undefined;
    afterEach(async () => {
      await t?.stop();
      t?.cleanup();
    });

    const issue = async (hub: TestHub) => {
      const r = await api(hub.url, '/api/v1/tickets', {
        token: hub.tokens.kiosk,
        body: { requestId: rid(), serviceId: 'med-card' },
      });
      expect(r.status).toBe(201);
      return r.body as { statusPath: string; statusUrl?: string };
    };

    it('is given with the ticket when the hub has a public address', async () => {
      t = await startTestHub({ publicUrl: 'https://hall.example.gov.cn' });
      const issued = await issue(t);
      expect(issued.statusUrl).toBe(`https://hall.example.gov.cn${issued.statusPath}`);
    });

    it('is left out without one: the kiosk joins the path to the hub it reached', async () => {
      t = await startTestHub();
      expect((await issue(t)).statusUrl).toBeUndefined();
    });
  });
});
