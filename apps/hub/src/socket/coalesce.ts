/**
 * The first call runs `fn` at once; calls within the next `ms` are folded into one run at its end. On a busy
 * day hundreds of commands a second would each push the queue figures to every socket; kiosks and displays
 * only need the latest figures, a moment later. The timer does not keep the process alive; a run after
 * the hub closed emits to no socket.
 */
export function coalesced(fn: () => void, ms: number): () => void {
  let timer: NodeJS.Timeout | undefined;
  let pending = false;
  const release = () => {
    timer = undefined;
    if (!pending) return;
    pending = false;
    fn();
    timer = setTimeout(release, ms);
    timer.unref();
  };
  const run = () => {
    if (timer !== undefined) {
      pending = true;
      return;
    }
    fn();
    timer = setTimeout(release, ms);
    timer.unref();
  };
  return run;
}
