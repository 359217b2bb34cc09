import { beforeEach, describe, expect, it } from 'vitest';
import { requestIdSchema } from '@hall/protocol';
import { useFlow } from './flow-store.ts';
import { bookingView } from '../test-fixtures.ts';

const flow = () => useFlow.getState();

const booking = bookingView();

describe('the citizen flow', () => {
  beforeEach(() => flow().reset());

  it('walks zone → service → lane → confirm, with one request id per attempt', () => {
    flow().chooseZone('medical-insurance');
    expect(flow().step).toBe('services');
    flow().chooseService('resident-medical-insurance');
    expect(flow().step).toBe('lane');
    flow().chooseLane('elderly');
    expect(flow()).toMatchObject({ step: 'confirm', lane: 'elderly', bookingCode: null });
    const first = flow().attempt?.requestId ?? '';
    expect(requestIdSchema.safeParse(first).success).toBe(true);

    // Retries (status changes) keep the id; a new choice makes a new one.
    flow().updateAttempt(first, { status: 'failed', error: { code: 'NO_ANSWER', message: '' } });
    expect(flow().attempt?.requestId).toBe(first);
    flow().back();
    expect(flow().step).toBe('lane');
    flow().chooseLane('normal');
    expect(flow().attempt?.requestId).not.toBe(first);
    expect(flow().lane).toBe('normal');
  });

  it('checks a booking in from the start screen, and goes back there, not to a lane', () => {
    flow().startBookingCheckIn();
    expect(flow()).toMatchObject({ step: 'booking', entry: 'booking' });
    flow().checkInBooking(booking, '5678');
    expect(flow()).toMatchObject({
      step: 'confirm',
      serviceId: 'housing-fund-withdrawal',
      lane: 'booking',
      bookingCode: 'K4RHS7WG',
      bookingPhoneLast4: '5678',
      booking,
    });
    const first = flow().attempt?.requestId ?? '';
    expect(requestIdSchema.safeParse(first).success).toBe(true);

    flow().back();
    expect(flow()).toMatchObject({ step: 'booking', lane: 'normal', bookingCode: null, booking: null, attempt: null });

    // A missed booking: straight to a normal ticket for the same service, with a new request id.
    flow().takeNormalTicket('housing-fund-withdrawal');
    expect(flow()).toMatchObject({ step: 'confirm', serviceId: 'housing-fund-withdrawal', lane: 'normal' });
    expect(flow().bookingCode).toBeNull();
    expect(flow().attempt?.requestId).not.toBe(first);
    flow().back();
    expect(flow().step).toBe('booking');
    flow().back();
    expect(flow()).toMatchObject({ step: 'start', entry: 'zones', serviceId: null });
  });

  it('goes back to the services after the hub refused a number because the service had closed', () => {
    flow().chooseZone('taxation');
    flow().chooseService('invoice-issuance');
    flow().chooseLane('normal');
    const id = flow().attempt?.requestId ?? '';
    flow().updateAttempt(id, { status: 'failed', error: { code: 'SERVICE_CLOSED', message: 'opens at 09:00' } });
    flow().back();
    expect(flow()).toMatchObject({ step: 'services', zoneId: 'taxation', serviceId: null, attempt: null });
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
