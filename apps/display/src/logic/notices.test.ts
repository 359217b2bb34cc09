import { describe, expect, test } from 'vitest';
import { activeNotices } from './notices.ts';

const text = { 'zh-Hans': '午间不休', 'zh-Hant': '午間不休', en: 'Open at noon' };

describe('hall notices', () => {
  test('expired notices leave', () => {
    const n = [
      { id: 'a', text, until: null },
      { id: 'b', text, until: 1_000 },
      { id: 'c', text, until: 3_000 },
    ];
    expect(activeNotices(n, 2_000).map((x) => x.id)).toEqual(['a', 'c']);
  });
});
