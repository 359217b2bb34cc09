import { HubRequestError, type CommandReply } from '@hall/hub-client';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  hallConfigSchema,
  type IssueTicketBody,
  type ServiceQueueStats,
  type PrinterStatus,
  type Ticket,
  type TicketPrintJob,
} from '@hall/protocol';
import { sampleTicket } from '@hall/protocol/testing';
import demoHall from '@hall/hub/demo-hall.json' with { type: 'json' };
import { useFlow } from './flow-store.ts';
import { useHall } from './hall-store.ts';
import { takeNumber, type TakeNumberDeps } from './take-number.ts';
import { bookingView } from '../test-fixtures.ts';

const hall = hallConfigSchema.parse(demoHall);

/** 18:00–18:30 in Shanghai on 2026-11-24. */
const SLOT = { start: Date.UTC(2026, 10, 24, 10, 0), end: Date.UTC(2026, 10, 24, 10, 30) };

const booking = bookingView({
  serviceId: 'resident-medical-insurance',
  slotStart: SLOT.start,
  slotEnd: SLOT.end,
});

const figures = (serviceId: string, open: boolean): ServiceQueueStats => ({
  serviceId,
  waiting: 0,
  waitingElderly: 0,
  openWindows: open ? 1 : 0,
  estimatedWaitMinutes: 0,
  open,
  opensAt: open ? null : Date.UTC(2026, 10, 25, 1, 0),
  closesAt: open ? Date.UTC(2026, 10, 24, 12, 0) : null,
  callable: open,
});

const ticket = (body: IssueTicketBody): Ticket =>
  sampleTicket({
    number: 'A003',
    serviceId: body.serviceId,
    lane: body.lane,
    issuedAt: Date.UTC(2026, 10, 24, 2, 0),
    queuedAt: Date.UTC(2026, 10, 24, 2, 0),
    booking: body.bookingCode ? { code: body.bookingCode, slotStart: SLOT.start, slotEnd: SLOT.end } : null,
    statusCode: 'K7M2P9Q4RT',
  });

/** A hub that answers from a script, one entry per attempt, and records what it was sent. */
function fakeWorld(
  script: Array<'timeout' | 'ok' | 'RATE_LIMITED' | 'BOOKING_ALREADY_USED' | 'SERVICE_CLOSED'>,
  printer: PrinterStatus,
) {
  const sent: IssueTicketBody[] = [];
  const printed: TicketPrintJob[] = [];
  const deps: TakeNumberDeps = {
    hub: () => ({
      connected: () => true,
      command: async <N>(name: N, payload: Record<string, unknown>): Promise<CommandReply<N & 'ticket:issue'>> => {
        expect(name).toBe('ticket:issue');
        const body = payload as IssueTicketBody;
        sent.push(body);
        const step = script.shift();
        if (step === 'timeout' || step === undefined) return { kind: 'no-answer' };
        if (step === 'ok') {
          const value = {
            ticket: ticket(body),
            peopleAhead: 2,
            estimatedWaitMinutes: 6,
            wait: { minutes: 6, low: 0, high: 10 },
            statusPath: '/t/K7M2P9Q4RT',
          };
          return { kind: 'ok', value: { ok: true, ...value } };
        }
        const error = new HubRequestError({ kind: 'hub', status: 409, code: step, hubMessage: `hub says ${step}` });
        return { kind: 'refused', error };
      },
    }),
    bridge: () => ({
      printTicket: async (job) => {
        printed.push(job);
        return { ok: true, status: printer, previewUrl: '/print-previews/kiosk-1/0001.png' };
      },
    }),
    refreshPrinter: async () => useHall.setState({ printer }),
    sleep: async () => undefined,
  };
  return { deps, sent, printed };
}

const ready: PrinterStatus = { condition: 'ready', paperNearEnd: false };

describe('taking a number', () => {
  beforeEach(() => {
    useHall.setState({ hall, hubBase: 'http://10.0.0.5:8080', hubConnected: true, printer: ready, stats: {} });
    useFlow.getState().reset();
    useFlow.getState().chooseZone('medical-insurance');
    useFlow.getState().chooseService('resident-medical-insurance');
  });

  it('retries a lost answer with the same request id, then prints and shows the number', async () => {
    useFlow.getState().chooseLane('elderly');
    const requestId = useFlow.getState().attempt?.requestId;
    const world = fakeWorld(['timeout', 'RATE_LIMITED', 'ok'], ready);
    await takeNumber(world.deps);
    expect(world.sent.map((b) => b.requestId)).toEqual([requestId, requestId, requestId]);
    expect(world.sent[0]).toEqual({ requestId, serviceId: 'resident-medical-insurance', lane: 'elderly' });
    const { step, result, attempt } = useFlow.getState();
    expect(step).toBe('result');
    expect(attempt?.status).toBe('done');
    expect(result).toMatchObject({
      statusUrl: 'http://10.0.0.5:8080/t/K7M2P9Q4RT',
      printed: true,
      previewUrl: 'http://10.0.0.5:8080/print-previews/kiosk-1/0001.png',
      waitAt: '医保专区 · 1、2、28–30、43号窗口',
    });
    expect(world.printed).toHaveLength(1);
    expect(world.printed[0]).toMatchObject({ number: 'A003', laneLabel: '老年人优先', peopleAhead: 2 });
  });

  it('sends no more attempts once the citizen has left the attempt', async () => {
    useFlow.getState().chooseLane('normal');
    const world = fakeWorld(['timeout', 'ok'], ready);
    world.deps.sleep = async () => useFlow.getState().reset();
    await takeNumber(world.deps);
    expect(world.sent).toHaveLength(1);
    expect(useFlow.getState()).toMatchObject({ step: 'start', attempt: null, result: null });
  });

  it('takes no number while the printer is not ready', async () => {
    useFlow.getState().chooseLane('normal');
    const world = fakeWorld(['ok'], { condition: 'paper-end', paperNearEnd: true });
    await takeNumber(world.deps);
    expect(world.sent).toEqual([]);
    expect(useFlow.getState().attempt).toMatchObject({ status: 'blocked', block: 'printer-paper-end' });
    expect(useFlow.getState().step).toBe('confirm');
  });

  it('stops on a final refusal and keeps the id for the "try again" button', async () => {
    useFlow.getState().reset();
    useFlow.getState().startBookingCheckIn();
    useFlow.getState().checkInBooking(booking, '5678');
    const requestId = useFlow.getState().attempt?.requestId;
    const world = fakeWorld(['BOOKING_ALREADY_USED'], ready);
    await takeNumber(world.deps);
    expect(world.sent).toEqual([
      {
        requestId,
        serviceId: 'resident-medical-insurance',
        lane: 'booking',
        bookingCode: 'K4RHS7WG',
        bookingPhoneLast4: '5678',
      },
    ]);
    expect(useFlow.getState().attempt).toMatchObject({
      requestId,
      status: 'failed',
      error: { code: 'BOOKING_ALREADY_USED', message: 'hub says BOOKING_ALREADY_USED' },
    });
  });

  it('checks a booking in through the same path, and prints its slot on the lane line', async () => {
    useFlow.getState().reset();
    useFlow.getState().startBookingCheckIn();
    useFlow.getState().checkInBooking(booking, '5678');
    const requestId = useFlow.getState().attempt?.requestId;
    const world = fakeWorld(['timeout', 'ok'], ready);
    await takeNumber(world.deps);
    expect(world.sent).toEqual([
      {
        requestId,
        serviceId: 'resident-medical-insurance',
        lane: 'booking',
        bookingCode: 'K4RHS7WG',
        bookingPhoneLast4: '5678',
      },
      {
        requestId,
        serviceId: 'resident-medical-insurance',
        lane: 'booking',
        bookingCode: 'K4RHS7WG',
        bookingPhoneLast4: '5678',
      },
    ]);
    expect(useFlow.getState().step).toBe('result');
    expect(world.printed[0]).toMatchObject({ laneLabel: '预约取号 · 预约时段 18:00–18:30' });
    expect(JSON.stringify(world.printed[0])).not.toMatch(/张|138/);
  });

  it('asks the hub for no number for a service its figures show closed', async () => {
    useHall.setState({ stats: { 'resident-medical-insurance': figures('resident-medical-insurance', false) } });
    useFlow.getState().chooseLane('normal');
    const world = fakeWorld(['ok'], ready);
    await takeNumber(world.deps);
    expect(world.sent).toEqual([]);
    expect(useFlow.getState()).toMatchObject({ step: 'confirm', attempt: { status: 'ready' } });

    // Open again: the same attempt goes through.
    useHall.setState({ stats: { 'resident-medical-insurance': figures('resident-medical-insurance', true) } });
    await takeNumber(world.deps);
    expect(world.sent).toHaveLength(1);
    expect(useFlow.getState().step).toBe('result');
  });

  it('leaves a booking check-in on a closed service to the hub, and stops on its SERVICE_CLOSED', async () => {
    useHall.setState({ stats: { 'resident-medical-insurance': figures('resident-medical-insurance', false) } });
    useFlow.getState().reset();
    useFlow.getState().checkInBooking(booking, '5678');
    const world = fakeWorld(['SERVICE_CLOSED'], ready);
    await takeNumber(world.deps);
    expect(world.sent).toHaveLength(1);
    expect(useFlow.getState().attempt).toMatchObject({ status: 'failed', error: { code: 'SERVICE_CLOSED' } });
  });

  it('shows the number even when printing fails', async () => {
    useFlow.getState().chooseLane('normal');
    const world = fakeWorld(['ok'], ready);
    world.deps.bridge = () => ({
      printTicket: async () => {
        throw new Error('printer fell over');
      },
    });
    await takeNumber(world.deps);
    expect(useFlow.getState().step).toBe('result');
    expect(useFlow.getState().result).toMatchObject({ printed: false, issued: { ticket: { number: 'A003' } } });
  });
});
