import { phoneProof, rid, startTestHub, type TestHub } from '@hall/hub/test-support';
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { z } from 'zod';
import { hubApi } from './endpoints.ts';
import { createHubClient } from './http-client.ts';
import { HubRequestError } from './hub-request-error.ts';

async function failure(p: Promise<unknown>): Promise<HubRequestError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(HubRequestError);
  return err as HubRequestError;
}

describe('HTTP client against a real hub', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(async () => {
    await t.stop();
    t.cleanup();
  });

  it('sends the bearer token and returns answers validated by the protocol', async () => {
    const kiosk = hubApi(createHubClient({ baseUrl: t.url, token: t.tokens.kiosk }));
    const hall = await kiosk.hall();
    expect(hall.services.map((s) => s.id)).toContain('med-card');
    const issued = await kiosk.issueTicket({ requestId: rid(), serviceId: 'med-card', lane: 'normal' });
    expect(issued.ticket.number).toBe('A001');
    expect((await kiosk.queue()).services.find((s) => s.serviceId === 'med-card')?.waiting).toBe(1);
    const me = await kiosk.me();
    expect(me.kind).toBe('device');
  });

  it('logs in without a token and then works with the session', async () => {
    const anonymous = createHubClient({ baseUrl: t.url });
    const reply = await hubApi(anonymous).login('clerk1', 'clerk-password-1');
    expect(reply.staff.username).toBe('clerk1');
    const clerk = hubApi(anonymous.withToken(reply.token));
    const opened = await clerk.windowAction(1, 'open', { requestId: rid() });
    expect(opened.window.clerkName).toBeTruthy();
    expect(await clerk.logout()).toEqual({ ok: true });
  });

  it("turns a refusal into one error with the hub's code, status, message and field issues", async () => {
    const clerk = hubApi(createHubClient({ baseUrl: t.url, token: t.tokens.clerk2 }));
    const wrong = await failure(clerk.createComplaint({ window: 5, matter: 'x', departments: [] }));
    expect(wrong).toMatchObject({ kind: 'hub', status: 400, code: 'VALIDATION_FAILED' });
    expect(wrong.issues.map((i) => i.path)).toContain('matter');
    const citizen = hubApi(createHubClient({ baseUrl: t.url }));
    const missing = await failure(citizen.publicBooking('ABCDEFGH', await phoneProof(t, '13812345678')));
    expect(missing).toMatchObject({ kind: 'hub', status: 404, code: 'UNKNOWN_BOOKING' });
    expect(missing.hubMessage).toBeTruthy();
    const stranger = await failure(hubApi(createHubClient({ baseUrl: t.url, token: 'not-a-token' })).hall());
    expect(stranger).toMatchObject({ kind: 'hub', status: 401, code: 'UNAUTHENTICATED', unauthenticated: true });
    expect(stranger.error).toEqual({ code: 'UNAUTHENTICATED', message: stranger.hubMessage });
  });

  it('refuses an answer that does not match the protocol, as a bad reply', async () => {
    const client = createHubClient({ baseUrl: t.url, token: t.tokens.admin });
    const err = await failure(client.call('/api/v1/queue', z.object({ notThere: z.string() })));
    expect(err).toMatchObject({ kind: 'bad-reply', status: 200, code: 'BAD_REPLY' });
    expect(err.message).toContain('/api/v1/queue');
  });

  it('reads a hub that is away as no answer', async () => {
    const away = createHubClient({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 2_000 });
    expect(await failure(hubApi(away).bookingOptions())).toMatchObject({
      kind: 'network',
      status: 0,
      code: 'NO_ANSWER',
    });
  });
});

describe('HTTP client, answers a hub cannot give', () => {
  const answering = (res: () => Promise<Response>) =>
    createHubClient({ baseUrl: 'http://hub', fetch: () => res(), timeoutMs: 50 });

  it('reads a timeout as no answer', async () => {
    const hang = createHubClient({
      baseUrl: 'http://hub',
      timeoutMs: 20,
      fetch: (_url, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    });
    expect(await failure(hubApi(hang).queue())).toMatchObject({ kind: 'timeout', status: 0, code: 'NO_ANSWER' });
  });

  it("reads a proxy's HTML error page as a bad reply with its status", async () => {
    const proxy = answering(async () => new Response('<html>502</html>', { status: 502 }));
    expect(await failure(hubApi(proxy).queue())).toMatchObject({ kind: 'bad-reply', status: 502, code: 'BAD_REPLY' });
  });

  it('reads an error body with an unknown code as a bad reply, not as a refusal', async () => {
    const odd = answering(async () => Response.json({ code: 'NEW_THING', message: 'x' }, { status: 409 }));
    expect(await failure(hubApi(odd).queue())).toMatchObject({ kind: 'bad-reply', status: 409, code: 'BAD_REPLY' });
  });
});
