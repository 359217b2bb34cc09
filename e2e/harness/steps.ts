import type { Page } from 'playwright-core';
import type { HubProcess } from './hub-process.ts';

/** What a failing step shows of the world: the hub it talks to and the page it looks at, if any. */
export interface StepScene {
  hub?: () => HubProcess | undefined;
  page?: () => Page | undefined;
}

const HUB_LINES = 30;
const PAGE_CHARS = 1_500;
/** Reading the page's state must not become a hang of its own (a stuck renderer never answers). */
const PAGE_READ_MS = 3_000;

/**
 * Runs one named step of a test within `timeoutMs`. When it fails or runs out of time, the error names the
 * step and shows the hub's last log lines and what the page shows, instead of a bare test time-out.
 * A timed-out step's promise is abandoned, not cancelled: the test fails at once and its `finally` runs.
 */
export async function step<T>(
  name: string,
  timeoutMs: number,
  run: () => Promise<T>,
  scene: StepScene = {},
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const outOfTime = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([run(), outOfTime]);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(`step "${name}" failed: ${why}\n${await describeScene(scene)}`, { cause: err });
  } finally {
    clearTimeout(timer);
  }
}

/** Binds a scene once, for a test whose steps all look at the same hub and page. */
export function stepsIn(scene: StepScene) {
  return <T>(name: string, timeoutMs: number, run: () => Promise<T>) => step(name, timeoutMs, run, scene);
}

async function describeScene(scene: StepScene): Promise<string> {
  const parts: string[] = [];
  const hub = scene.hub?.();
  if (hub) {
    const running = hub.child.exitCode === null && hub.child.signalCode === null;
    const tail = hub.output().split('\n').slice(-HUB_LINES).join('\n');
    parts.push(`--- hub on port ${hub.port} (${running ? 'running' : 'stopped'}), last lines ---\n${tail}`);
  }
  const page = scene.page?.();
  if (page) parts.push(`--- page ---\n${await describePage(page)}`);
  return parts.join('\n');
}

interface PageDocument {
  document: {
    querySelectorAll(sel: string): Iterable<{ outerHTML: string }>;
    body: { innerText: string } | null;
  };
}

async function describePage(page: Page): Promise<string> {
  if (page.isClosed()) return '(closed)';
  const read = page.evaluate(() => {
    // Runs in the page: the e2e code is type-checked without the DOM library.
    const { document } = globalThis as unknown as PageDocument;
    const screens = [...document.querySelectorAll('[data-screen],[data-step],[data-testid="reconnecting"]')].map((el) =>
      el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1),
    );
    return { screens, text: document.body?.innerText ?? '' };
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), PAGE_READ_MS)));
  try {
    const state = await Promise.race([read, late]);
    if (state === 'late') return `${page.url()}\n(the page did not answer within ${PAGE_READ_MS} ms)`;
    return `${page.url()}\n${state.screens.join('\n')}\n${state.text.slice(0, PAGE_CHARS)}`;
  } catch (err) {
    return `${page.url()}\n(could not read the page: ${err instanceof Error ? err.message : String(err)})`;
  } finally {
    clearTimeout(timer);
  }
}
