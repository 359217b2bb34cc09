import { describe, expect, test } from 'vitest';
import { argumentsOf, catalogProblems, defineMessages, type Catalog } from './catalog.ts';
import { isLocale, localeMemory, pickLocale } from './locale.ts';
import { createTranslator, forLocale, type FormatProblem } from './translator.ts';

const texts = defineMessages(
  {
    appName: '网上预约',
    waiting: '{n} 人等候',
    minutes: '{m, plural, =0 {即将叫号} other {约 # 分钟}}',
    checkIn: '请在预约时段开始前 {minutes} 分钟起签到',
  },
  {
    'zh-Hant': {
      appName: '網上預約',
      waiting: '{n} 人等候',
      minutes: '{m, plural, =0 {即將叫號} other {約 # 分鐘}}',
      checkIn: '請在預約時段開始前 {minutes} 分鐘起簽到',
    },
    en: {
      appName: 'Book an appointment',
      waiting: '{n, plural, one {# person} other {# people}} waiting',
      minutes: '{m, plural, =0 {You are next} other {About # min}}',
      checkIn: "Check in from {minutes} minutes before your time; it's free",
    },
  },
);

const strict = () =>
  createTranslator(texts, {
    onError: (p: FormatProblem) => {
      throw p.error;
    },
  });

describe('messages in three languages', () => {
  test('ICU plurals in English, one form in Chinese', () => {
    const t = strict();
    expect(t('en', 'waiting', { n: 1 })).toBe('1 person waiting');
    expect(t('en', 'waiting', { n: 3 })).toBe('3 people waiting');
    expect(t('zh-Hans', 'waiting', { n: 1 })).toBe('1 人等候');
    expect(t('zh-Hant', 'minutes', { m: 0 })).toBe('即將叫號');
    expect(t('zh-Hans', 'minutes', { m: 12 })).toBe('约 12 分钟');
    expect(t('en', 'minutes', { m: 12 })).toBe('About 12 min');
    expect(t('en', 'checkIn', { minutes: 30 })).toBe("Check in from 30 minutes before your time; it's free");
  });

  test('one locale bound: the form a component uses', () => {
    const t = forLocale(strict(), 'zh-Hant');
    expect(t('appName')).toBe('網上預約');
  });

  test('a missing value is reported and the pattern shown, never a blank', () => {
    const problems: FormatProblem[] = [];
    const t = createTranslator(texts, { onError: (p) => problems.push(p) });
    // @ts-expect-error: the message needs { minutes }
    expect(t('en', 'checkIn')).toBe("Check in from {minutes} minutes before your time; it's free");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ locale: 'en', key: 'checkIn' });
  });

  test('keys and values are typed: an unknown key, a missing value or a missing translation does not compile', () => {
    const t = strict();
    // @ts-expect-error: not a key of the catalog
    expect(() => t('en', 'appNmae')).toThrow();
    // @ts-expect-error: a plural takes a number (what the check prevents: "约 NaN 分钟" on screen)
    expect(t('zh-Hans', 'minutes', { m: 'many' })).toBe('约 NaN 分钟');
    // @ts-expect-error: plain text takes no values
    t('en', 'appName', { n: 1 });
    expect(t.has('waiting')).toBe(true);
    expect(t.has('error.UNKNOWN')).toBe(false);
    defineMessages(
      { a: '甲', b: '乙' },
      // @ts-expect-error: zh-Hant lacks "b"
      { 'zh-Hant': { a: '甲' }, en: { a: 'A', b: 'B' } },
    );
  });
});

describe('the catalog check each UI runs', () => {
  test('a sound catalog has no problems', () => {
    expect(catalogProblems(texts)).toEqual([]);
  });

  test('finds a translation with other arguments, an empty text, invalid ICU, a stray key', () => {
    const broken = {
      'zh-Hans': { a: '{n} 人', b: '好', c: '{m} 分钟' },
      'zh-Hant': { a: '{count} 人', b: '', c: '{m} 分鐘' },
      en: { a: '{n, plural, one {# person} other {# people}}', b: 'Good', c: '{m, plural, other {# min', d: 'x' },
    } as unknown as Catalog<Record<'a' | 'b' | 'c', string>>;
    expect(catalogProblems(broken)).toEqual([
      'zh-Hant: "a" uses {count}, the source uses {n}',
      'zh-Hant: "b" has no text',
      'en: "d" is not a zh-Hans key',
      expect.stringMatching(/^en: "c" is not a valid ICU message/),
    ]);
  });

  test('arguments are found inside plural and select branches', () => {
    expect(argumentsOf('{n, plural, one {# at {window}} other {# at {window} by {clerk}}}', 'en')).toEqual([
      'clerk',
      'n',
      'window',
    ]);
  });
});

describe('the starting language', () => {
  test('?lang= first, then the saved choice, then the browser, then zh-Hans', () => {
    expect(pickLocale({ search: '?lang=en', saved: 'zh-Hant', browser: ['zh-CN'] })).toBe('en');
    expect(pickLocale({ search: '?lang=fr', saved: 'zh-Hant', browser: ['en-US'] })).toBe('zh-Hant');
    expect(pickLocale({ browser: ['zh-TW', 'en'] })).toBe('zh-Hant');
    expect(pickLocale({ browser: ['zh-HK'] })).toBe('zh-Hant');
    expect(pickLocale({ browser: ['zh-CN'] })).toBe('zh-Hans');
    expect(pickLocale({ saved: 'xx', browser: ['de-DE', 'en-GB'] })).toBe('en');
    expect(pickLocale({ browser: ['de-DE'] })).toBe('zh-Hans');
    expect(pickLocale({})).toBe('zh-Hans');
    expect(isLocale('zh-Hant')).toBe(true);
    expect(isLocale('zh')).toBe(false);
  });

  test('the saved choice survives a storage that refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    const memory = localeMemory('hall-x-locale', () => refusing);
    expect(memory.load()).toBeNull();
    expect(() => memory.save('en')).not.toThrow();

    const items = new Map<string, string>();
    const working = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    } as unknown as Storage;
    const kept = localeMemory('hall-x-locale', () => working);
    kept.save('zh-Hant');
    expect(kept.load()).toBe('zh-Hant');
  });
});

describe('the values a message takes, read from its text by the type checker', () => {
  test('names at any depth; plurals and numbers take numbers', () => {
    const nested = defineMessages(
      { called: '{n, plural, other {请 # 号到 {window} 办理}}{note, select, none {} other {（{note}）}}' },
      {
        'zh-Hant': { called: '{n, plural, other {請 # 號到 {window} 辦理}}{note, select, none {} other {（{note}）}}' },
        en: {
          called: '{n, plural, other {Number # to {window}}}{note, select, none {} other { ({note})}}',
        },
      },
    );
    const t = strict();
    const tn = createTranslator(nested, {
      onError: (p) => {
        throw p.error;
      },
    });
    expect(tn('en', 'called', { n: 23, window: 'window 3', note: 'none' })).toBe('Number 23 to window 3');
    expect(tn('zh-Hans', 'called', { n: 23, window: '3 号窗口', note: '预约' })).toBe(
      '请 23 号到 3 号窗口 办理（预约）',
    );
    // @ts-expect-error: window is missing
    expect(() => tn('en', 'called', { n: 23, note: 'none' })).toThrow(/window/);
    expect(catalogProblems(nested)).toEqual([]);
    expect(t('en', 'waiting', { n: 2 })).toBe('2 people waiting');
  });
});
