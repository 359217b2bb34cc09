import { hallConfigSchema, ticketPrintJobSchema, type DeskTicket } from '@hall/protocol';
import { sampleTicket } from '@hall/protocol/testing';
import demoHall from '@hall/hub/demo-hall.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { slipOfFound, slipOfIssued, statusUrlOf } from './slip.ts';

const hall = hallConfigSchema.parse(demoHall);
const ISSUED = Date.UTC(2026, 10, 24, 1, 31);

describe('the desk slip', () => {
  it('links the QR code under HALL_PUBLIC_URL when given, else under this page', () => {
    expect(statusUrlOf({ statusPath: '/t/AB12', statusUrl: 'https://hall.gov/t/AB12' }, 'http://x')).toBe(
      'https://hall.gov/t/AB12',
    );
    expect(statusUrlOf({ statusPath: '/t/AB12' }, 'http://10.0.0.5:8080')).toBe('http://10.0.0.5:8080/t/AB12');
  });

  it('lays out an elderly walk-in as the kiosk does, and a found ticket the same way', () => {
    const ticket = sampleTicket({
      number: 'A007',
      serviceId: 'resident-medical-insurance',
      lane: 'elderly',
      issuedAt: ISSUED,
      queuedAt: ISSUED,
    });
    const wait = { minutes: 9, low: 5, high: 15 };
    const issued = { ticket, peopleAhead: 3, estimatedWaitMinutes: 9, wait, statusPath: '/t/AB12CD34EF' };
    const job = slipOfIssued(hall, issued, 'zh-Hans', 'http://10.0.0.5:8080');
    expect(ticketPrintJobSchema.parse(job)).toEqual(job);
    expect(job).toMatchObject({ number: 'A007', laneLabel: '老年人优先', waitLow: 5, waitHigh: 15 });
    expect(job.reprint).toBeUndefined();
    const found: DeskTicket = {
      ...ticket,
      peopleAhead: 3,
      wait,
      statusPath: '/t/AB12CD34EF',
      reprints: 0,
      reprintsLeft: 3,
    };
    expect(slipOfFound(hall, found, 'zh-Hans', 'http://10.0.0.5:8080')).toEqual(job);
  });
});
