import { beforeEach, describe, expect, it } from 'vitest';
import { requestIdSchema } from '@hall/protocol';
import { useFlow } from './flow-store.ts';

const flow = () => useFlow.getState();

describe('the citizen flow', () => {
  beforeEach(() => flow().reset());

  it('walks zone → service → lane → confirm, with one request id per attempt', () => {
    flow().chooseZone('medical-insurance');
    expect(flow().step).toBe('services');
    flow().chooseService('resident-medical-insurance');
    expect(flow().step).toBe('lane');
    flow().chooseLane('booking', { bookingCode: 'K4RHS7WG' });
    expect(flow()).toMatchObject({ step: 'confirm', lane: 'booking', bookingCode: 'K4RHS7WG' });
    const first = flow().attempt?.requestId ?? '';
    expect(requestIdSchema.safeParse(first).success).toBe(true);

    // Retries (status changes) keep the id; a new choice makes a new one.
    flow().updateAttempt(first, { status: 'failed', error: { code: 'NO_ANSWER', message: '' } });
    expect(flow().attempt?.requestId).toBe(first);
    flow().back();
    expect(flow().step).toBe('lane');
    flow().chooseLane('normal');
    expect(flow().attempt?.requestId).not.toBe(first);
    expect(flow().bookingCode).toBeNull();
  });

  it('ignores late answers for an attempt the citizen has left', () => {
    flow().chooseZone('taxation');
    flow().chooseService('invoice-issuance');
    flow().chooseLane('normal');
    const old = flow().attempt?.requestId ?? '';
    flow().reset();
    flow().updateAttempt(old, { status: 'printing' });
    expect(flow().attempt).toBeNull();
    expect(flow().step).toBe('start');
  });

  it('cannot go back while a number is being taken, and reset clears language and large type', () => {
    flow().setLocale('en');
    flow().toggleLargeType();
    flow().chooseZone('taxation');
    flow().chooseService('invoice-issuance');
    flow().chooseLane('elderly');
    const id = flow().attempt?.requestId ?? '';
    flow().updateAttempt(id, { status: 'issuing' });
    flow().back();
    expect(flow().step).toBe('confirm');
    flow().reset();
    expect(flow()).toMatchObject({ step: 'start', locale: 'zh-Hans', largeType: false, lane: 'normal' });
  });
});
