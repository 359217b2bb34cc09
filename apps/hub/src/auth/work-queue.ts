/** Refused at once because too many jobs already wait. */
export class QueueFull extends Error {
  constructor() {
    super('too many jobs waiting');
  }
}

/**
 * Runs async jobs with at most `concurrency` at a time, the rest in arrival order. Password hashing goes
 * through one: scrypt runs in libuv's thread pool (4 threads), which file reads and DNS also need, so a
 * flood of logins must never hold more than a slot or two of it.
 */
export class WorkQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly maxWaiting: number,
  ) {}

  /** With `refuseWhenFull`, rejects with QueueFull instead of waiting behind `maxWaiting` other jobs. */
  async run<T>(job: () => Promise<T>, refuseWhenFull = false): Promise<T> {
    if (this.running < this.concurrency) {
      this.running += 1;
    } else {
      if (refuseWhenFull && this.waiting.length >= this.maxWaiting) throw new QueueFull();
      // The finishing job hands its slot over: `running` stays as it is.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    try {
      return await job();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  get waitingCount(): number {
    return this.waiting.length;
  }
}
