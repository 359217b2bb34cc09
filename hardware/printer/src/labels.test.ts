import { describe, expect, it } from 'vitest';
import { LOCALES } from '@hall/protocol';
import { ticketLabels } from './labels.ts';

describe('ticket labels', () => {
  it('says people ahead and the wait in each language', () => {
    expect(ticketLabels('zh-Hans').peopleAhead(7)).toBe('前面还有 7 人');
    expect(ticketLabels('zh-Hant').peopleAhead(7)).toBe('前面還有 7 人');
    expect(ticketLabels('en').peopleAhead(7)).toBe('7 people ahead');
    expect(ticketLabels('en').peopleAhead(1)).toBe('1 person ahead');
    expect(ticketLabels('zh-Hans').estimatedWait(15)).toBe('预计等候 约 15 分钟');
    expect(ticketLabels('zh-Hant').estimatedWait(15)).toBe('預計等候 約 15 分鐘');
    expect(ticketLabels('en').estimatedWait(15)).toBe('Estimated wait: about 15 min');
    expect(ticketLabels('zh-Hans').estimatedWait(0)).not.toContain('0');
    expect(ticketLabels('zh-Hans').estimatedWaitRange(15, 25)).toBe('预计等候 约 15–25 分钟');
    expect(ticketLabels('zh-Hant').estimatedWaitRange(15, 25)).toBe('預計等候 約 15–25 分鐘');
    expect(ticketLabels('en').estimatedWaitRange(15, 25)).toBe('Estimated wait: about 15–25 min');
    // A wait of at most 5 minutes is told as "soon", not as "0–5".
    expect(ticketLabels('zh-Hans').estimatedWaitRange(0, 5)).toBe('即将叫号，请留意');
  });

  it('has every caption in every UI language, traditional ones really traditional', () => {
    for (const locale of LOCALES) {
      const l = ticketLabels(locale);
      for (const text of [l.service, l.zone, l.waitAt, l.issuedAt, l.scanHint]) expect(text.trim()).not.toBe('');
    }
    const hant = ticketLabels('zh-Hant');
    expect(hant.issuedAt + hant.scanHint + hant.zone).not.toMatch(/[号时间码区队进]/);
  });
});
