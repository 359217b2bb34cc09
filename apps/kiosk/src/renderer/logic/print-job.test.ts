import { describe, expect, it } from 'vitest';
import { hallConfigSchema, ticketPrintJobSchema, type Lane, type Ticket } from '@hall/protocol';
import { sampleTicket } from '@hall/protocol/testing';
import demoHall from '@hall/hub/demo-hall.json' with { type: 'json' };
import { buildPrintJob } from '@hall/web-ui';

const hall = hallConfigSchema.parse(demoHall);

/** 09:31 in Shanghai on 2026-11-24. */
const ISSUED = Date.UTC(2026, 10, 24, 1, 31);

function ticket(serviceId: string, lane: Lane, number = 'A007'): Ticket {
  return sampleTicket({ number, serviceId, lane, issuedAt: ISSUED, queuedAt: ISSUED });
}

/** A forecast of no wait. */
const wait = { minutes: 0, low: 0, high: 5 };

describe('print job', () => {
  it('is localised and passes the printer contract', () => {
    const issued = {
      ticket: ticket('resident-medical-insurance', 'elderly'),
      peopleAhead: 3,
      estimatedWaitMinutes: 9,
      wait: { minutes: 9, low: 5, high: 15 },
    };
    const job = buildPrintJob(hall, issued, 'zh-Hans', 'http://10.0.0.5:8080/t/AB12CD34EF');
    expect(ticketPrintJobSchema.parse(job)).toEqual({
      locale: 'zh-Hans',
      hallName: '海勃湾区政务服务中心',
      number: 'A007',
      serviceName: '城乡居民医保参保登记',
      zoneName: '医保',
      waitAt: '医保专区 · 1、2、28–30、43号窗口',
      laneLabel: '老年人优先',
      peopleAhead: 3,
      estimatedWaitMinutes: 9,
      waitLow: 5,
      waitHigh: 15,
      issuedAt: '2026-11-24 09:31',
      statusUrl: 'http://10.0.0.5:8080/t/AB12CD34EF',
      footer: ['请留意叫号屏和语音叫号', '过号请到服务台'],
    });
  });

  it('prints no lane line for the normal lane, and every service fits in every language', () => {
    for (const s of hall.services)
      for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) {
        const issued = {
          ticket: ticket(s.id, 'normal', `${s.prefix}001`),
          peopleAhead: 0,
          estimatedWaitMinutes: 0,
          wait,
        };
        const job = buildPrintJob(hall, issued, locale, 'http://hub/t/X');
        expect(ticketPrintJobSchema.safeParse(job).success, `${s.id} ${locale}`).toBe(true);
        expect(job.laneLabel).toBeNull();
      }
  });

  it('carries no personal data even when the ticket has a masked holder', () => {
    const t = { ...ticket('resident-medical-insurance', 'booking'), holder: { name: '张*丰', phone: '138****5678' } };
    const job = buildPrintJob(
      hall,
      { ticket: t, peopleAhead: 0, estimatedWaitMinutes: 0, wait },
      'en',
      'http://hub/t/X',
    );
    expect(JSON.stringify(job)).not.toMatch(/张|138/);
    expect(job.laneLabel).toBe('Booked appointment');
  });

  describe('materials to bring (一次性告知)', () => {
    const issued = (serviceId: string) => ({
      ticket: ticket(serviceId, 'normal'),
      peopleAhead: 0,
      estimatedWaitMinutes: 0,
      wait,
    });
    const printing = hallConfigSchema.parse({
      ...demoHall,
      services: demoHall.services.map((s) =>
        s.id === 'resident-medical-insurance' ? { ...s, printMaterials: true } : s,
      ),
    });

    it('are not printed unless the service says printMaterials (the default is off)', () => {
      expect(hall.services.every((s) => !s.printMaterials)).toBe(true);
      expect(
        buildPrintJob(hall, issued('resident-medical-insurance'), 'zh-Hans', 'http://hub/t/X').materials,
      ).toBeUndefined();
      // Another service of the same hall keeps its ticket as it was.
      const other = hall.services.find((s) => s.id !== 'resident-medical-insurance' && s.materials.length > 0);
      expect(other).toBeDefined();
      expect(buildPrintJob(printing, issued(other?.id ?? ''), 'zh-Hans', 'http://hub/t/X').materials).toBeUndefined();
    });

    it('are printed in the ticket language, one item a line, and pass the printer contract', () => {
      const zh = buildPrintJob(printing, issued('resident-medical-insurance'), 'zh-Hans', 'http://hub/t/X');
      expect(zh.materials).toEqual(['居民身份证原件', '居民户口簿原件', '新生儿参保须提供出生医学证明']);
      expect(ticketPrintJobSchema.parse(zh)).toEqual(zh);
      const en = buildPrintJob(printing, issued('resident-medical-insurance'), 'en', 'http://hub/t/X');
      expect(en.materials?.[0]).toBe('Original resident ID card');
      const hant = buildPrintJob(printing, issued('resident-medical-insurance'), 'zh-Hant', 'http://hub/t/X');
      expect(hant.materials?.[0]).toBe('居民身份證原件');
    });

    it('fit the printer contract for every service of the demo hall in every language', () => {
      const all = hallConfigSchema.parse({
        ...demoHall,
        services: demoHall.services.map((s) => ({ ...s, printMaterials: true })),
      });
      for (const s of all.services)
        for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) {
          const job = buildPrintJob(all, issued(s.id), locale, 'http://hub/t/X');
          expect(ticketPrintJobSchema.safeParse(job).success, `${s.id} ${locale}`).toBe(true);
        }
    });
  });
});
