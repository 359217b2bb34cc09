import type { NumberingLevel, NumberingReply, StoredEvent } from '@hall/protocol';
import { numberingLevel, prefixNumbering } from '@hall/queue-core';
import type { HallStore } from '@hall/store';
import type { Logger } from 'pino';
import type { HallService } from './hall-service.ts';

/**
 * Watches the daily number sequences for the admin: `report()` answers `GET /api/v1/numbering`, and a
 * prefix that becomes `low` (90 % of its width) or `overflowed` (numbers with one more digit) is logged
 * once per prefix, level and business day. Nothing is refused: numbers never run out (queue-core numbering).
 */
export class NumberingWatch {
  /** `<day>/<prefix>/<level>` already logged; only today's are kept. */
  private logged = new Set<string>();
  private loggedDay = '';

  constructor(
    private readonly hall: HallService,
    private readonly store: Pick<HallStore, 'counters'>,
    private readonly log: Logger,
  ) {
    hall.onCommitted((events) => this.onCommitted(events));
  }

  report(): NumberingReply {
    const businessDay = this.hall.state.businessDay;
    return {
      businessDay,
      prefixes: prefixNumbering(this.hall.hall.config, (p) => this.store.counters.peek(businessDay, p)),
    };
  }

  private onCommitted(events: readonly StoredEvent[]): void {
    for (const e of events) {
      if (e.type !== 'ticket.issued' || !e.ticket) continue;
      const digits = this.hall.hall.services.get(e.ticket.serviceId)?.numberDigits;
      if (digits === undefined) continue;
      const level = numberingLevel(e.ticket.seq, digits);
      if (level !== 'ok') this.warnOnce(e.ticket.businessDay, e.ticket.prefix, level, e.ticket.number);
    }
  }

  private warnOnce(day: string, prefix: string, level: Exclude<NumberingLevel, 'ok'>, number: string): void {
    if (day !== this.loggedDay) {
      this.logged = new Set();
      this.loggedDay = day;
    }
    const key = `${prefix}/${level}`;
    if (this.logged.has(key)) return;
    this.logged.add(key);
    const what =
      level === 'low'
        ? 'prefix nearing the last number of its width'
        : 'prefix past the last number of its width: numbers have one more digit';
    // `numbering`, not `level`: pino's own `level` field would be overwritten.
    this.log.warn({ businessDay: day, prefix, numbering: level, number }, what);
  }
}
