import type { Result } from 'axe-core';
import { describe, expect, test } from 'vitest';
import { formatViolations } from './axe.ts';

/** Two violations as axe reports them (trimmed to what the report reads). */
const contrast: Result = {
  id: 'color-contrast',
  impact: 'serious',
  help: 'Elements must meet minimum color contrast ratio thresholds',
  helpUrl: 'https://dequeuniversity.com/rules/axe/4.11/color-contrast',
  description: '',
  tags: ['wcag2aa'],
  nodes: [
    {
      target: ['.service-card[data-service="x"] > .badge--delay'],
      html: '<span class="badge badge--delay">延时服务</span>',
      any: [
        {
          id: 'color-contrast',
          impact: 'serious',
          message: 'Element has insufficient color contrast of 3.9',
          data: {
            fgColor: '#8e44ad',
            bgColor: '#f4ecf7',
            contrastRatio: 3.9,
            expectedContrastRatio: '4.5:1',
            fontSize: '10.5pt (14px)',
            fontWeight: 'normal',
          },
        },
      ],
      all: [],
      none: [],
      failureSummary: 'Fix any of the following:\n  Element has insufficient color contrast of 3.9',
    },
  ],
};

const name: Result = {
  id: 'button-name',
  impact: 'critical',
  help: 'Buttons must have discernible text',
  helpUrl: 'https://dequeuniversity.com/rules/axe/4.11/button-name',
  description: '',
  tags: ['wcag2a'],
  nodes: [
    {
      target: ['#keypad > button:nth-child(3)'],
      html: `<button class="key">${'x'.repeat(300)}</button>`,
      any: [],
      all: [],
      none: [],
      failureSummary:
        'Fix any of the following:\n  Element does not have inner text that is visible to screen readers\n  aria-label attribute does not exist or is empty',
    },
  ],
};

describe('an axe failure report', () => {
  const report = formatViolations('book services (zh-Hans)', [contrast, name]);

  test('counts the violations and names the screen', () => {
    expect(report.split('\n')[0]).toBe('book services (zh-Hans): 2 axe violation(s) of WCAG 2.2 AA on 2 element(s)');
  });

  test('gives each rule with its impact, help and link', () => {
    expect(report).toContain('[color-contrast] (serious) Elements must meet minimum color contrast ratio thresholds');
    expect(report).toContain('[button-name] (critical) Buttons must have discernible text');
    expect(report).toContain('https://dequeuniversity.com/rules/axe/4.11/button-name');
  });

  test('gives the contrast figures of a contrast failure, not the generic summary', () => {
    expect(report).toContain('  - .service-card[data-service="x"] > .badge--delay');
    expect(report).toContain('#8e44ad on #f4ecf7: 3.9:1, needs 4.5:1 (10.5pt (14px) normal)');
    expect(report).not.toContain('Element has insufficient color contrast of 3.9');
  });

  test("gives any other failure's summary, and cuts long HTML", () => {
    expect(report).toContain('  - #keypad > button:nth-child(3)');
    expect(report).toContain('    aria-label attribute does not exist or is empty');
    expect(report).toContain(`<button class="key">${'x'.repeat(140)}…`);
    expect(report).not.toContain('x'.repeat(141));
  });

  test('says why when axe could not compute a contrast ratio', () => {
    const unknown: Result = {
      ...contrast,
      nodes: [
        {
          ...(contrast.nodes[0] as Result['nodes'][number]),
          any: [
            {
              id: 'color-contrast',
              impact: 'serious',
              message: "Element's background color could not be determined due to a background image",
              data: { messageKey: 'bgImage' },
            },
          ],
        },
      ],
    };
    expect(formatViolations('x', [unknown])).toContain('background color could not be determined');
  });
});
