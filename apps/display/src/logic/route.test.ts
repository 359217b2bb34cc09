import { describe, expect, test } from 'vitest';
import { parseRoute } from './route.ts';

const WIDE = { width: 1920, height: 1080 };
const TALL = { width: 1080, height: 1920 };

describe('display routes', () => {
  test('hall, zone and window screens', () => {
    expect(parseRoute('/display', '', WIDE).screen).toEqual({ kind: 'hall' });
    expect(parseRoute('/display/', '?zone=medical-insurance', WIDE).screen).toEqual({
      kind: 'zone',
      zoneId: 'medical-insurance',
    });
    expect(parseRoute('/display/window/12', '', WIDE).screen).toEqual({ kind: 'window', window: 12 });
    expect(parseRoute('/display/window/0', '', WIDE).screen).toEqual({ kind: 'hall' });
    expect(parseRoute('/display', '?zone=<script>', WIDE).screen).toEqual({ kind: 'hall' });
  });

  test('orientation by parameter, else by the screen shape', () => {
    expect(parseRoute('/display', '', WIDE).orientation).toBe('landscape');
    expect(parseRoute('/display', '', TALL).orientation).toBe('portrait');
    expect(parseRoute('/display', '?orientation=portrait', WIDE).orientation).toBe('portrait');
    expect(parseRoute('/display', '?orientation=landscape', TALL).orientation).toBe('landscape');
  });

  test('second language and voice', () => {
    expect(parseRoute('/display', '', WIDE)).toMatchObject({ lang2: null, voice: true });
    expect(parseRoute('/display', '?lang2=en&voice=off', WIDE)).toMatchObject({ lang2: 'en', voice: false });
    expect(parseRoute('/display', '?lang2=zh-Hant', WIDE).lang2).toBe('zh-Hant');
    expect(parseRoute('/display', '?lang2=fr', WIDE).lang2).toBeNull();
    expect(parseRoute('/display/window/3', '', WIDE).voice).toBe(false);
    expect(parseRoute('/display/window/3', '?voice=on', WIDE).voice).toBe(true);
  });
});
