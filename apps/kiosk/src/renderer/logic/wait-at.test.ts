import { describe, expect, it } from 'vitest';
import { hallConfigSchema } from '@hall/protocol';
import demoHall from '@hall/hub/demo-hall.json' with { type: 'json' };
import { compressNumbers, waitAtText } from '@hall/web-ui';

const hall = hallConfigSchema.parse(demoHall);

describe('where to wait', () => {
  it('names the zone, the windows that list the service and the comprehensive windows', () => {
    expect(waitAtText(hall, 'resident-medical-insurance', 'normal', 'zh-Hans')).toBe('医保专区 · 1、2、28–30号窗口');
    expect(waitAtText(hall, 'resident-medical-insurance', 'normal', 'zh-Hant')).toBe('醫保專區 · 1、2、28–30號窗口');
    expect(waitAtText(hall, 'resident-medical-insurance', 'normal', 'en')).toBe(
      'Medical Insurance area · windows 1, 2, 28–30',
    );
    expect(waitAtText(hall, 'construction-permit', 'normal', 'en')).toBe(
      'Housing and Urban-Rural Development area · windows 19, 28–30',
    );
  });

  it('adds the elderly help window for the elderly lane only', () => {
    expect(waitAtText(hall, 'resident-medical-insurance', 'elderly', 'zh-Hans')).toBe(
      '医保专区 · 1、2、28–30、43号窗口',
    );
    expect(waitAtText(hall, 'resident-medical-insurance', 'booking', 'zh-Hans')).toBe('医保专区 · 1、2、28–30号窗口');
  });

  it('uses the window kind for services served outside their zone, and ranges for long runs', () => {
    expect(waitAtText(hall, 'cross-province-id-card', 'normal', 'zh-Hans')).toBe('跨省通办专区 · 28–30、38–42号窗口');
    expect(waitAtText(hall, 'newborn-bundle', 'normal', 'zh-Hans')).toMatch(/^一件事一次办专区 · /);
    expect(compressNumbers([5, 1, 2, 3, 7, 8])).toEqual(['1–3', '5', '7', '8']);
  });

  it('says nothing for an unknown service', () => {
    expect(waitAtText(hall, 'nope', 'normal', 'en')).toBe('');
  });

  it('fits on the printed line for every service, lane and language', () => {
    for (const s of hall.services)
      for (const lane of ['normal', 'elderly', 'booking'] as const)
        for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) {
          const text = waitAtText(hall, s.id, lane, locale);
          expect(text.length, `${s.id} ${lane} ${locale}`).toBeGreaterThan(0);
          expect(text.length).toBeLessThanOrEqual(120);
        }
  });
});
