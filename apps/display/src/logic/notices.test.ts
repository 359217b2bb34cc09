import { describe, expect, test } from 'vitest';
import { activeNotices } from './notices.ts';

const text = { 'zh-Hans': '午间不休', 'zh-Hant': '午間不休', en: 'Open at noon' };

describe('hall notices', () => {
  test('expired notices leave', () => {
    const n = [
      { id: 'a', text, from: null, until: null },
      { id: 'b', text, from: null, until: 1_000 },
      { id: 'c', text, from: null, until: 3_000 },
    ];
    expect(activeNotices(n, 2_000).map((x) => x.id)).toEqual(['a', 'c']);
  });

  test('a notice not yet started is hidden, and shown once the hub time reaches its start', () => {
    const n = [{ id: 'later', text, from: 5_000, until: 9_000 }];
    expect(activeNotices(n, 4_999)).toEqual([]);
    expect(activeNotices(n, 5_000).map((x) => x.id)).toEqual(['later']);
    expect(activeNotices(n, 8_999).map((x) => x.id)).toEqual(['later']);
    expect(activeNotices(n, 9_000)).toEqual([]);
  });

  test('a start without an end shows the notice from then on', () => {
    const n = [{ id: 'open', text, from: 5_000, until: null }];
    expect(activeNotices(n, 4_000)).toEqual([]);
    expect(activeNotices(n, 50_000).map((x) => x.id)).toEqual(['open']);
  });
});
