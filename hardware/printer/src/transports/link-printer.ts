import type { PrinterStatus } from '@hall/protocol';
import type { Printer } from '../printer.ts';
import { parseStatus, STATUS_KINDS, statusQueries } from '../status.ts';
import type { StatusReplies } from '../status.ts';
import type { Link } from './link.ts';

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * A Printer over any Link: one operation at a time (a status query interleaved with a job's bytes would be
 * misread), the link opened on first use and thrown away after any failure, so that a printer switched off
 * and on again is picked up by the next call without restarting anything.
 */
export class LinkPrinter implements Printer {
  private link: Link | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private readonly name: string;
  private readonly open: () => Promise<Link>;

  constructor(name: string, open: () => Promise<Link>) {
    this.name = name;
    this.open = open;
  }

  status(): Promise<PrinterStatus> {
    return this.exclusive(async () => {
      if (this.closed) return offline('closed');
      let link: Link;
      try {
        link = await this.connected();
      } catch (error) {
        return offline(`${this.name}: ${message(error)}`);
      }
      link.discardInput();
      const replies: StatusReplies = {};
      const queries = statusQueries();
      for (const [index, kind] of STATUS_KINDS.entries()) {
        try {
          await link.write(queries[index] ?? Buffer.alloc(0));
          replies[kind] = await link.readByte();
        } catch (error) {
          // No answer in time means nobody is listening: offline, and a fresh link next time so that a
          // late reply cannot be taken for the answer to the next query.
          this.drop();
          return offline(`${this.name}: ${message(error)}`);
        }
      }
      return parseStatus(replies);
    });
  }

  print(bytes: Buffer): Promise<void> {
    return this.exclusive(async () => {
      if (this.closed) throw new Error(`${this.name}: printer closed`);
      try {
        const link = await this.connected();
        await link.write(bytes);
      } catch (error) {
        this.drop();
        throw new Error(`${this.name}: print failed: ${message(error)}`, { cause: error });
      }
    });
  }

  close(): Promise<void> {
    return this.exclusive(async () => {
      this.closed = true;
      const link = this.link;
      this.link = undefined;
      try {
        await link?.close();
      } catch {
        link?.destroy();
      }
    });
  }

  private async connected(): Promise<Link> {
    // A link the printer closed while we were idle is replaced before use, not failed on.
    if (this.link && !this.link.isOpen()) this.drop();
    this.link ??= await this.open();
    return this.link;
  }

  private drop(): void {
    this.link?.destroy();
    this.link = undefined;
  }

  private exclusive<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation, operation);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

function offline(detail: string): PrinterStatus {
  return { condition: 'offline', paperNearEnd: false, detail: detail.slice(0, 200) };
}
