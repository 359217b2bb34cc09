import axe from 'axe-core';
import type { AxeResults, NodeResult, Result, RunOptions, Spec } from 'axe-core';
import type { Page } from 'playwright-core';
import { gradientFailure, type GradientSample } from './gradient-contrast.ts';
import { step } from './steps.ts';

/**
 * Accessibility checks with axe-core, run inside a playwright-core page. The project promises WCAG 2.2 AA;
 * these tags are exactly that level (axe has no separate "wcag22a" rules yet; its WCAG 2.2 rules are AA).
 */
export const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** axe walks the whole document; a big screen on 2 shared cores takes a few seconds, a hang fails the step. */
const AXE_RUN_MS = 30_000;

/**
 * A rule set aside for some elements only, because it truly cannot apply there (an axe false positive).
 * `selector` names the elements; `why` is required so the reason stays written beside the exemption.
 */
export interface AxeExemption {
  rule: string;
  selector: string;
  why: string;
}

/** Runs in the page: axe is injected as a script and then found on `window`. */
interface AxeWindow {
  axe: {
    run(context: unknown, options: RunOptions): Promise<AxeResults>;
    configure(spec: Spec): void;
    /** axe's loaded rules and checks (internal, but the only way to read a check's default options). */
    _audit?: { checks: Record<string, { options?: Record<string, unknown> } | undefined> };
  };
}

/**
 * WCAG 2.2 AA rules only; violations and "needs review" in full (passes would be megabytes on a big screen).
 * Of the reviews, text on a gradient is checked here (gradient-contrast.ts); the others axe cannot decide.
 */
function runOptions(): RunOptions {
  return {
    runOnly: { type: 'tag', values: [...WCAG_22_AA_TAGS] },
    resultTypes: ['violations', 'incomplete'],
  };
}

/** The violations of one screen as they stand, after dropping the nodes an exemption covers. */
export async function axeViolations(page: Page, exemptions: readonly AxeExemption[] = []): Promise<Result[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as unknown as Partial<AxeWindow>).axe === 'object');
  // Evaluated through the DevTools protocol, not as a <script> tag: the UIs' CSP forbids inline scripts.
  if (!loaded) {
    await page.evaluate(`${axe.source}\n;void 0`);
    // axe leaves one-character text (a keypad key, a window number) for review when its contrast fails, as it
    // might be an icon; here every character on screen is text to read, so it is checked like any other.
    // `configure` replaces a check's options wholesale: the defaults (thresholds, pseudo-element sizes…) are kept.
    await page.evaluate(() => {
      const { axe: a } = globalThis as unknown as AxeWindow;
      const defaults = a._audit?.checks['color-contrast']?.options;
      if (!defaults) throw new Error('axe has no color-contrast check to configure');
      a.configure({ checks: [{ id: 'color-contrast', options: { ...defaults, ignoreLength: true } }] });
    });
  }
  const exempt = exemptions.map((e) => ({ rule: e.rule, selector: e.selector }));
  const { violations, gradients } = await page.evaluate(
    async ({ options, exempt }) => {
      const w = globalThis as unknown as AxeWindow & {
        document: { querySelectorAll(s: string): ArrayLike<unknown> };
        getComputedStyle(el: unknown): {
          color: string;
          backgroundImage: string;
          backgroundColor: string;
          fontSize: string;
          fontWeight: string;
        };
      };
      const res = await w.axe.run(w.document, options);
      // An exemption only ever removes nodes its own rule flagged on the elements it names.
      const exemptNodes = exempt.map((e) => ({
        rule: e.rule,
        els: Array.from(w.document.querySelectorAll(e.selector)),
      }));
      const kept = (rule: string, n: { element?: unknown }) =>
        !exemptNodes.some((e) => e.rule === rule && e.els.includes(n.element));
      const violations = res.violations
        .map((v) => ({
          ...v,
          nodes: v.nodes.filter((n) => kept(v.id, n)).map((n) => ({ ...n, element: undefined })),
        }))
        .filter((v) => v.nodes.length > 0);
      // Text axe left for review because a gradient is behind it: what it takes to work the contrast out.
      const gradients = res.incomplete
        .filter((r) => r.id === 'color-contrast')
        .flatMap((r) => r.nodes)
        .filter((n) => kept('color-contrast', n))
        .filter((n) => n.any.some((c) => (c.data as { messageKey?: string } | null)?.messageKey === 'bgGradient'))
        .map((n) => {
          type El = { parentElement: El | null };
          let behind = n.element as unknown as El | null;
          while (behind && !w.getComputedStyle(behind).backgroundImage.includes('gradient')) {
            behind = behind.parentElement;
          }
          const own = w.getComputedStyle(n.element);
          const ground = behind ? w.getComputedStyle(behind) : undefined;
          return {
            target: n.target.map(String).join(' >>> '),
            html: n.html,
            color: own.color,
            backgroundImage: ground?.backgroundImage ?? '',
            backgroundColor: ground?.backgroundColor ?? '',
            fontSizePx: Number.parseFloat(own.fontSize),
            fontWeight: Number.parseInt(own.fontWeight, 10),
          };
        });
      return { violations, gradients };
    },
    { options: { ...runOptions(), elementRef: true }, exempt },
  );
  const onGradients = gradientViolation(gradients);
  return [...(violations as Result[]), ...(onGradients ? [onGradients] : [])];
}

/** Text on a gradient that fails at some stop, as a violation of axe's own contrast rule. */
export function gradientViolation(samples: readonly GradientSample[]): Result | null {
  const failures = samples.map(gradientFailure).filter((f) => f !== null);
  if (failures.length === 0) return null;
  return {
    id: 'color-contrast',
    impact: 'serious',
    help: 'Elements must meet minimum color contrast ratio thresholds (text on a gradient: its worst colour stop)',
    helpUrl: 'https://www.w3.org/WAI/WCAG22/Understanding/contrast-minimum.html',
    description: '',
    tags: ['wcag2aa', 'wcag143'],
    nodes: failures.map((f) => ({
      target: [f.sample.target],
      html: f.sample.html,
      any: [
        {
          id: 'color-contrast',
          impact: 'serious',
          message: '',
          data: {
            fgColor: f.fg,
            bgColor: f.worstStop,
            contrastRatio: f.ratio,
            expectedContrastRatio: `${f.needed}:1`,
            fontSize: `${f.sample.fontSizePx}px`,
            fontWeight: f.sample.fontWeight >= 700 ? 'bold' : 'normal',
          },
        },
      ],
      all: [],
      none: [],
    })),
  };
}

const CONTRAST_RULES = new Set(['color-contrast', 'color-contrast-enhanced']);

interface ContrastData {
  fgColor?: string;
  bgColor?: string;
  contrastRatio?: number;
  expectedContrastRatio?: string;
  fontSize?: string;
  fontWeight?: string;
  messageKey?: string;
}

/** `#6f42c1 on #f3eefc: 4.1:1, needs 4.5:1 (10.5pt normal)` from a contrast check's data. */
function contrastFigures(node: Pick<NodeResult, 'any' | 'all' | 'none'>): string | undefined {
  for (const check of [...node.any, ...node.all, ...node.none]) {
    const d = check.data as ContrastData | null | undefined;
    if (!d || typeof d !== 'object' || d.contrastRatio === undefined) continue;
    const figures = `${d.fgColor ?? '?'} on ${d.bgColor ?? '?'}: ${d.contrastRatio}:1, needs ${d.expectedContrastRatio ?? '?'}`;
    const text = d.fontSize ? ` (${d.fontSize} ${d.fontWeight ?? ''})`.replace(' )', ')') : '';
    return figures + text;
  }
  // axe could not work out a ratio (a background image, a gradient…): say why in its own words.
  const why = node.any.find((c) => (c.data as ContrastData | null)?.messageKey)?.message;
  return why;
}

const MAX_HTML = 160;

/**
 * Every violation as a readable block: the rule, its impact and help text, then each failing element's
 * selector and HTML (and for contrast, the colours and the ratio), so the message says what to fix.
 */
export function formatViolations(screen: string, violations: readonly Result[]): string {
  const nodes = violations.reduce((n, v) => n + v.nodes.length, 0);
  const lines = [`${screen}: ${violations.length} axe violation(s) of WCAG 2.2 AA on ${nodes} element(s)`];
  for (const v of violations) {
    lines.push('', `[${v.id}] (${v.impact ?? 'unknown impact'}) ${v.help}`, `  ${v.helpUrl}`);
    for (const n of v.nodes) {
      lines.push(`  - ${n.target.map(String).join(' >>> ')}`);
      const html = n.html.length > MAX_HTML ? `${n.html.slice(0, MAX_HTML)}…` : n.html;
      lines.push(`    ${html}`);
      if (CONTRAST_RULES.has(v.id)) {
        const figures = contrastFigures(n);
        if (figures) lines.push(`    ${figures}`);
      } else if (n.failureSummary) {
        for (const s of n.failureSummary.split('\n')) if (s.trim() !== '') lines.push(`    ${s.trim()}`);
      }
    }
  }
  return lines.join('\n');
}

/**
 * Checks many screens of one test and fails once at the end with every screen's violations, so one run
 * lists all there is to fix instead of stopping at the first screen.
 */
export class AxeAudit {
  private readonly reports: string[] = [];
  private checked = 0;

  constructor(private readonly exemptions: readonly AxeExemption[] = []) {}

  /** Checks the screen as it is now; `screen` names it in the report, e.g. "kiosk start (zh-Hans)". */
  async check(page: Page, screen: string): Promise<void> {
    const violations = await step(`axe WCAG 2.2 AA on ${screen}`, AXE_RUN_MS, () =>
      axeViolations(page, this.exemptions),
    );
    this.checked += 1;
    if (violations.length > 0) this.reports.push(formatViolations(screen, violations));
  }

  /** Throws with every report gathered; call it after the last check. */
  assertClean(): void {
    if (this.checked === 0) throw new Error('no screen was checked');
    if (this.reports.length > 0) {
      throw new Error(
        `${this.reports.length} of ${this.checked} screens fail WCAG 2.2 AA:\n\n${this.reports.join('\n\n')}`,
      );
    }
  }
}
