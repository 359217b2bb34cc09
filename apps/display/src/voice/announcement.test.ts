import { describe, expect, it } from 'vitest';
import type { HallEventMessage } from '@hall/protocol';
import {
  announcementFromEvent,
  announcementText,
  chineseNumber,
  clipSequence,
  englishNumber,
  spokenText,
  englishClips,
  type CallAnnouncement,
} from './announcement.ts';
import { inAll } from '../i18n/texts.ts';

const call = (number: string, window: number): CallAnnouncement => ({
  eventId: 1,
  at: 0,
  number,
  window,
  recall: false,
});

describe('announcementText', () => {
  it('says the number and the window', () => {
    expect(announcementText(call('A023', 3), 'zh-Hans')).toBe('请 A023 号 到 3 号窗口 办理');
    expect(announcementText(call('A023', 3), 'en')).toBe('Number A023, please go to window 3');
  });
});

describe('spokenText', () => {
  it('spells the number so a synthesiser does not read 023 as twenty-three', () => {
    expect(spokenText(call('A023', 12), 'zh-Hans')).toBe('请 A 零 二 三 号, 到 12 号窗口 办理');
    expect(spokenText(call('A023', 12), 'en')).toBe('Number A 0 2 3, please go to window 12');
  });
});

describe('a 4-digit number (numberDigits 4) and an overflowed one', () => {
  it('reads A1023 digit by digit, never as one thousand and twenty-three', () => {
    expect(spokenText(call('A1023', 12), 'zh-Hans')).toBe('请 A 一 零 二 三 号, 到 12 号窗口 办理');
    expect(spokenText(call('A1023', 12), 'en')).toBe('Number A 1 0 2 3, please go to window 12');
    expect(clipSequence(call('A1023', 28), { english: true })).toEqual([
      'chime',
      'qing',
      'letter-a',
      'digit-1',
      'digit-0',
      'digit-2',
      'digit-3',
      'hao',
      'dao',
      'digit-2',
      'shi',
      'digit-8',
      'hao',
      'chuangkou',
      'banli',
      'en-number',
      'letter-a',
      'en-1',
      'en-0',
      'en-2',
      'en-3',
      'en-window',
      'en-20',
      'en-8',
    ]);
  });

  it('keeps the leading zeros of A0001 and reads every digit of A10000', () => {
    expect(spokenText(call('A0001', 3), 'zh-Hans')).toBe('请 A 零 零 零 一 号, 到 3 号窗口 办理');
    expect(englishClips(call('A10000', 3))).toEqual([
      'en-number',
      'letter-a',
      'en-1',
      'en-0',
      'en-0',
      'en-0',
      'en-0',
      'en-window',
      'en-3',
    ]);
  });

  it('shows the number as printed in the caption of all three languages', () => {
    expect(inAll('callLine', { number: 'A1023', window: '3' })).toEqual({
      'zh-Hans': '请 A1023 到 3 办理',
      'zh-Hant': '請 A1023 到 3 辦理',
      en: 'Number A1023, please go to 3',
    });
  });
});

describe('chineseNumber', () => {
  it.each([
    [3, ['digit-3']],
    [10, ['shi']],
    [12, ['shi', 'digit-2']],
    [20, ['digit-2', 'shi']],
    [28, ['digit-2', 'shi', 'digit-8']],
    [44, ['digit-4', 'shi', 'digit-4']],
    [100, ['digit-1', 'bai']],
    [105, ['digit-1', 'bai', 'ling', 'digit-5']],
    [110, ['digit-1', 'bai', 'digit-1', 'shi']],
    [999, ['digit-9', 'bai', 'digit-9', 'shi', 'digit-9']],
  ])('%i', (n, clips) => {
    expect(chineseNumber(n)).toEqual(clips);
  });

  it('falls back to digits out of range', () => {
    expect(chineseNumber(1000)).toEqual(['digit-1', 'digit-0', 'digit-0', 'digit-0']);
  });
});

describe('englishNumber', () => {
  it.each([
    [3, ['en-3']],
    [12, ['en-12']],
    [28, ['en-20', 'en-8']],
    [40, ['en-40']],
    [105, ['en-1', 'en-hundred', 'en-5']],
  ])('%i', (n, clips) => {
    expect(englishNumber(n)).toEqual(clips);
  });
});

describe('clipSequence', () => {
  it('plays chime, number character by character, and the window as a Chinese number', () => {
    expect(clipSequence(call('A023', 3))).toEqual([
      'chime',
      'qing',
      'letter-a',
      'digit-0',
      'digit-2',
      'digit-3',
      'hao',
      'dao',
      'digit-3',
      'hao',
      'chuangkou',
      'banli',
    ]);
  });

  it('appends English when asked and can leave out the chime', () => {
    const clips = clipSequence(call('Y101', 28), { chime: false, english: true });
    expect(clips[0]).toBe('qing');
    expect(clips.slice(clips.indexOf('banli') + 1)).toEqual([
      'en-number',
      'letter-y',
      'en-1',
      'en-0',
      'en-1',
      'en-window',
      'en-20',
      'en-8',
    ]);
  });
});

describe('announcementFromEvent', () => {
  const ticket = { id: '2026-11-25/A023', number: 'A023', window: 3 } as unknown as HallEventMessage['ticket'];
  const base = { id: 7, at: 1000, businessDay: '2026-11-25', ticket };

  it('maps called and recalled events', () => {
    expect(announcementFromEvent({ ...base, type: 'ticket.called' })).toEqual({
      eventId: 7,
      at: 1000,
      number: 'A023',
      window: 3,
      recall: false,
    });
    expect(announcementFromEvent({ ...base, type: 'ticket.recalled' })?.recall).toBe(true);
  });

  it('ignores every other event', () => {
    expect(announcementFromEvent({ ...base, type: 'ticket.issued' })).toBeNull();
    expect(announcementFromEvent({ ...base, type: 'ticket.called', ticket: undefined })).toBeNull();
  });
});
