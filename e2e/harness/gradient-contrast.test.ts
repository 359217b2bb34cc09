import { describe, expect, test } from 'vitest';
import { formatViolations, gradientViolation } from './axe.ts';
import { coloursIn, contrastRatio, gradientFailure, neededRatio, type GradientSample } from './gradient-contrast.ts';

/** The kiosk's top bar as Chromium computes it. */
const topBar = 'linear-gradient(rgb(15, 58, 125), rgb(11, 42, 91))';

const sample = (over: Partial<GradientSample>): GradientSample => ({
  target: '.top-bar h1',
  html: '<h1>欢迎</h1>',
  color: 'rgb(255, 255, 255)',
  backgroundImage: topBar,
  backgroundColor: 'rgba(0, 0, 0, 0)',
  fontSizePx: 16,
  fontWeight: 400,
  ...over,
});

describe('text contrast on a gradient', () => {
  test('reads every stop of a computed gradient, with its alpha', () => {
    expect(coloursIn('linear-gradient(rgb(15, 58, 125), rgba(11, 42, 91, 0.5) 80%)')).toEqual([
      { r: 15, g: 58, b: 125, a: 1 },
      { r: 11, g: 42, b: 91, a: 0.5 },
    ]);
  });

  test("computes WCAG's ratio and thresholds", () => {
    const white = { r: 255, g: 255, b: 255, a: 1 };
    const black = { r: 0, g: 0, b: 0, a: 1 };
    expect(contrastRatio(white, black)).toBe(21);
    expect(contrastRatio(black, white)).toBe(21);
    expect(neededRatio(16, 400)).toBe(4.5);
    expect(neededRatio(18.66, 700)).toBe(3);
    expect(neededRatio(18.66, 400)).toBe(4.5);
    expect(neededRatio(24, 400)).toBe(3);
  });

  test('white on the dark blue bar passes', () => {
    expect(gradientFailure(sample({}))).toBeNull();
  });

  test('fails on the worst stop: grey text on a bar that turns light at its end', () => {
    const failure = gradientFailure(
      sample({ color: 'rgb(119, 119, 119)', backgroundImage: 'linear-gradient(rgb(0, 0, 0), rgb(200, 200, 200))' }),
    );
    expect(failure).toMatchObject({ worstStop: '#c8c8c8', fg: '#777777', needed: 4.5 });
    expect(failure?.ratio).toBeLessThan(3);
  });

  test('large text needs only 3:1', () => {
    const grey = {
      color: 'rgb(119, 119, 119)',
      backgroundImage: 'linear-gradient(rgb(255, 255, 255), rgb(255, 255, 255))',
    };
    expect(gradientFailure(sample({ ...grey, fontSizePx: 16 }))).not.toBeNull(); // 4.48:1
    expect(gradientFailure(sample({ ...grey, fontSizePx: 24 }))).toBeNull();
  });

  test('a translucent stop is seen over the element’s own colour', () => {
    // Half-transparent black over white is mid grey: white text on it is about 3.9:1.
    const s = sample({ backgroundImage: 'linear-gradient(rgba(0, 0, 0, 0.5), rgba(0, 0, 0, 0.5))' });
    expect(gradientFailure({ ...s, backgroundColor: 'rgb(255, 255, 255)' })).not.toBeNull();
    expect(gradientFailure({ ...s, backgroundColor: 'rgb(0, 0, 0)' })).toBeNull();
  });

  test('a failure is reported like any axe contrast violation, with its figures', () => {
    const bad = sample({
      color: 'rgb(119, 119, 119)',
      backgroundImage: 'linear-gradient(rgb(0, 0, 0), rgb(200, 200, 200))',
    });
    expect(gradientViolation([sample({}), sample({})])).toBeNull();
    const violation = gradientViolation([sample({}), bad]);
    expect(violation?.nodes).toHaveLength(1);
    const report = formatViolations('kiosk start', violation ? [violation] : []);
    expect(report).toContain('[color-contrast] (serious)');
    expect(report).toContain('  - .top-bar h1');
    expect(report).toMatch(/#777777 on #c8c8c8: 2\.\d+:1, needs 4\.5:1 \(16px normal\)/);
  });
});
