import { withTimeout } from '../printer.ts';

/** Bytes arriving from a stream (socket, serial port) for reads of one byte at a time, with a timeout. */
export class ByteQueue {
  private readonly bytes: number[] = [];
  private waiter: { resolve: (b: number) => void; reject: (e: Error) => void } | undefined;
  private failure: Error | undefined;

  push(chunk: Buffer): void {
    this.bytes.push(...chunk);
    this.wake();
  }

  /** The stream ended or failed: a pending and every later read rejects with this. */
  fail(error: Error): void {
    this.failure ??= error;
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.reject(error);
  }

  clear(): void {
    this.bytes.length = 0;
  }

  read(ms: number, what: string): Promise<number> {
    const next = this.bytes.shift();
    if (next !== undefined) return Promise.resolve(next);
    if (this.failure) return Promise.reject(this.failure);
    if (this.waiter) return Promise.reject(new Error('ByteQueue: only one read at a time'));
    const pending = new Promise<number>((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
    return withTimeout(pending, ms, what).finally(() => {
      this.waiter = undefined;
    });
  }

  private wake(): void {
    const waiter = this.waiter;
    const next = waiter ? this.bytes.shift() : undefined;
    if (waiter && next !== undefined) {
      this.waiter = undefined;
      waiter.resolve(next);
    }
  }
}
