import { describe, expect, it } from 'vitest';
import { DEFAULT_QUEUE_POLICY, hallConfigSchema, type HallConfigInput } from './hall-config.ts';

const tr = (s: string) => ({ 'zh-Hans': s, 'zh-Hant': s, en: s });
const base: HallConfigInput = {
  hallName: tr('大厅'),
  zones: [{ id: 'tax', names: tr('税务') }],
  services: [{ id: 'invoice', names: tr('发票'), prefix: 'B', zoneId: 'tax', avgServiceMinutes: 5 }],
  windows: [{ number: 1, names: tr('1号'), kind: 'zone', zoneId: 'tax', services: ['invoice'] }],
};

function problems(config: HallConfigInput): string[] {
  const r = hallConfigSchema.safeParse(config);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('hallConfigSchema', () => {
  it('accepts a minimal hall and fills the policy defaults', () => {
    const hall = hallConfigSchema.parse(base);
    expect(hall.timeZone).toBe('Asia/Shanghai');
    expect(hall.policy).toMatchObject({
      elderly: { rule: 'ratio', normalPerElderly: 2 },
      recall: { max: 3 },
      noShowMinRecalls: 1,
    });
  });

  it('names every dangling reference and duplicate', () => {
    const bad: HallConfigInput = {
      ...base,
      zones: [...base.zones, { id: 'tax', names: tr('税务二') }],
      services: [
        ...base.services,
        { id: 'invoice', names: tr('x'), prefix: 'C', zoneId: 'nowhere', avgServiceMinutes: 5 },
      ],
      windows: [...base.windows, { number: 1, names: tr('x'), kind: 'zone', services: ['ghost'] }],
    };
    expect(problems(bad)).toEqual(
      expect.arrayContaining([
        'zones.1.id: duplicate zone id tax',
        'services.1.id: duplicate service id invoice',
        'services.1.zoneId: unknown zone nowhere',
        'windows.1.number: duplicate window number 1',
        'windows.1.services.0: unknown service ghost',
      ]),
    );
  });

  it('refuses a policy under which no ticket could ever be marked no-show', () => {
    const p = problems({ ...base, policy: { recall: { max: 1, cooldownSeconds: 10 }, noShowMinRecalls: 2 } });
    expect(p).toContain('policy.noShowMinRecalls: a no-show needs 2 recalls but only 1 are allowed');
  });

  it('refuses an unknown time zone and a prefix that is not one capital letter', () => {
    expect(problems({ ...base, timeZone: 'Mars/Olympus' })).toContain('timeZone: unknown time zone Mars/Olympus');
    const lower = { ...base, services: [{ ...base.services[0], prefix: 'b' }] } as HallConfigInput;
    expect(problems(lower).some((p) => p.startsWith('services.0.prefix'))).toBe(true);
  });
});

describe('numberDigits', () => {
  const invoice = { id: 'invoice', names: tr('发票'), prefix: 'B', zoneId: 'tax', avgServiceMinutes: 5 };
  const second = { id: 'refund', names: tr('退税'), prefix: 'B', zoneId: 'tax', avgServiceMinutes: 5 };

  it('is 3 unless a service asks for 4', () => {
    const hall = hallConfigSchema.parse({ ...base, services: [invoice, { ...second, prefix: 'C', numberDigits: 4 }] });
    expect(hall.services.map((s) => s.numberDigits)).toEqual([3, 4]);
  });

  it('accepts only 3 or 4', () => {
    for (const numberDigits of [2, 5, 3.5]) {
      const p = problems({ ...base, services: [{ ...invoice, numberDigits } as never] });
      expect(p.some((x) => x.startsWith('services.0.numberDigits'))).toBe(true);
    }
  });

  it('lets services sharing a prefix share a width', () => {
    const shared = [
      { ...invoice, numberDigits: 4 as const },
      { ...second, numberDigits: 4 as const },
    ];
    expect(problems({ ...base, services: shared })).toEqual([]);
  });

  it('refuses two widths on one prefix, naming the service and both widths', () => {
    expect(problems({ ...base, services: [invoice, { ...second, numberDigits: 4 }] })).toEqual([
      'services.1.numberDigits: service refund shares prefix B with invoice but has 4 digits, not 3',
    ]);
    // The default counts: a 4-digit first service and a second one that names no width disagree too.
    expect(problems({ ...base, services: [{ ...invoice, numberDigits: 4 }, second] })).toEqual([
      'services.1.numberDigits: service refund shares prefix B with invoice but has 3 digits, not 4',
    ]);
  });
});

describe('the default queue policy', () => {
  it('is what a hall gets when its configuration names no policy', () => {
    expect(hallConfigSchema.parse(base).policy).toEqual(DEFAULT_QUEUE_POLICY);
    expect(DEFAULT_QUEUE_POLICY.recall).toEqual({ max: 3, cooldownSeconds: 15 });
    expect(DEFAULT_QUEUE_POLICY.noShowMinRecalls).toBe(1);
  });
});
