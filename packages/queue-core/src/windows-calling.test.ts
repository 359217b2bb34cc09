import { describe, expect, it } from 'vitest';
import type { WindowConfig } from '@hall/protocol';
import { windowMayCall, windowsCalling } from './hall-index.ts';

const tr = (s: string) => ({ 'zh-Hans': s, 'zh-Hant': s, en: s });
const windows: WindowConfig[] = [
  { number: 9, names: tr('9'), kind: 'comprehensive', services: 'all' },
  { number: 1, names: tr('1'), kind: 'zone', zoneId: 'med', services: ['card'] },
  { number: 2, names: tr('2'), kind: 'zone', zoneId: 'med', services: ['claim'] },
  { number: 7, names: tr('7'), kind: 'elderly-help', services: 'all', lanes: ['elderly'] },
];
const numbers = (ticket: Parameters<typeof windowsCalling>[1]) => windowsCalling(windows, ticket).map((w) => w.number);

describe('windows that will call a ticket', () => {
  it('names the service’s own windows and the comprehensive ones, in number order', () => {
    expect(numbers({ serviceId: 'card', lane: 'normal', targetWindow: null })).toEqual([1, 9]);
    expect(numbers({ serviceId: 'card', lane: 'booking', targetWindow: null })).toEqual([1, 9]);
  });

  it('adds the elderly help window for the elderly lane', () => {
    expect(numbers({ serviceId: 'claim', lane: 'elderly', targetWindow: null })).toEqual([2, 7, 9]);
  });

  it('names only the window a transfer sent the ticket to', () => {
    expect(numbers({ serviceId: 'card', lane: 'normal', targetWindow: 2 })).toEqual([2]);
  });

  it('is exactly the windows that may call it', () => {
    for (const serviceId of ['card', 'claim', 'unknown'])
      for (const lane of ['normal', 'elderly', 'booking'] as const) {
        const ticket = { serviceId, lane, targetWindow: null };
        expect(numbers(ticket)).toEqual(
          windows
            .filter((w) => windowMayCall(w, ticket))
            .map((w) => w.number)
            .sort((a, b) => a - b),
        );
      }
  });
});
