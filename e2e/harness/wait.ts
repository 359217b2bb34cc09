export const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls a condition every 2 ms: fine-grained, because the crash test times its kill on it. */
export async function until(what: string, cond: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await pause(2);
  }
}
