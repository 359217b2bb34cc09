import type { StoredEvent } from '@hall/protocol';
import type { HallState, Outcome } from '@hall/queue-core';
import { AlertTable } from './alert-table.ts';
import { AuditLog } from './audit-log.ts';
import { BookingTable } from './booking-table.ts';
import { ComplaintTable } from './complaint-table.ts';
import { ConfigVersionTable } from './config-version-table.ts';
import { openDatabase, type Db } from './database.ts';
import { DeviceTable } from './device-table.ts';
import { typedStoreError } from './errors.ts';
import { EventArchive } from './event-archive.ts';
import { EventLog } from './event-log.ts';
import { FollowUpTable } from './follow-up-table.ts';
import { HallMeta } from './hall-meta.ts';
import { NumberCounter } from './number-counter.ts';
import { PhoneProofTable } from './phone-proof-table.ts';
import { ReportCounts } from './report-counts.ts';
import { ReportRollupTable } from './report-rollup-table.ts';
import { DeskPrintTable } from './desk-print-table.ts';
import { RequestLog } from './request-log.ts';
import { StaffTable } from './staff-table.ts';
import { TicketTable } from './ticket-table.ts';
import { WindowTable } from './window-table.ts';

/** What the hub rebuilds its memory from at start. */
export interface LoadedHall {
  state: HallState;
  lastEventId: number;
}

/** The hall database: one better-sqlite3 connection and a class per table. */
export class HallStore {
  readonly db: Db;
  readonly meta: HallMeta;
  readonly counters: NumberCounter;
  readonly tickets: TicketTable;
  readonly windows: WindowTable;
  readonly events: EventLog;
  readonly eventArchive: EventArchive;
  readonly requests: RequestLog;
  readonly staff: StaffTable;
  readonly devices: DeviceTable;
  readonly audit: AuditLog;
  readonly bookings: BookingTable;
  readonly followUps: FollowUpTable;
  readonly complaints: ComplaintTable;
  readonly configVersions: ConfigVersionTable;
  readonly phoneProofs: PhoneProofTable;
  readonly rollups: ReportRollupTable;
  readonly reportCounts: ReportCounts;
  readonly alerts: AlertTable;
  readonly deskPrints: DeskPrintTable;

  constructor(path: string) {
    this.db = openDatabase(path);
    this.meta = new HallMeta(this.db);
    this.counters = new NumberCounter(this.db);
    this.tickets = new TicketTable(this.db);
    this.windows = new WindowTable(this.db);
    this.events = new EventLog(this.db);
    this.eventArchive = new EventArchive(this.db);
    this.requests = new RequestLog(this.db);
    this.staff = new StaffTable(this.db);
    this.devices = new DeviceTable(this.db);
    this.audit = new AuditLog(this.db);
    this.bookings = new BookingTable(this.db);
    this.followUps = new FollowUpTable(this.db);
    this.complaints = new ComplaintTable(this.db);
    this.configVersions = new ConfigVersionTable(this.db);
    this.phoneProofs = new PhoneProofTable(this.db);
    this.rollups = new ReportRollupTable(this.db);
    this.reportCounts = new ReportCounts(this.db);
    this.alerts = new AlertTable(this.db);
    this.deskPrints = new DeskPrintTable(this.db);
  }

  /**
   * Runs `fn` in one BEGIN IMMEDIATE transaction: the write lock is taken up front, so two writers
   * can never both read a counter and then both write it. Any throw rolls everything back; a driver
   * error comes out typed (ConstraintViolationError, StorageUnavailableError).
   */
  transaction<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn).immediate();
    } catch (err) {
      throw typedStoreError(err);
    }
  }

  /**
   * Writes an outcome's entities and events. Call inside `transaction`. A ticket of an earlier day that
   * changes (finished after midnight) drops that day's report rollup, to be redone when next asked for.
   */
  persist(outcome: Outcome, at: number): StoredEvent[] {
    if (outcome.businessDay !== this.meta.businessDay()) this.meta.setBusinessDay(outcome.businessDay);
    const stale = new Set<string>();
    return outcome.events.map((e) => {
      if (e.ticket) {
        if (e.ticket.businessDay < outcome.businessDay && !stale.has(e.ticket.businessDay)) {
          stale.add(e.ticket.businessDay);
          this.rollups.deleteDay(e.ticket.businessDay);
        }
        this.tickets.save(e.ticket);
        // A booking follows its ticket in the same transaction: called, done, no-show.
        this.bookings.followTicket(e.ticket, at);
      }
      if (e.window) this.windows.save(e.window);
      if (e.audit) this.audit.append(at, e.actor, e.type, e.audit);
      return this.events.append({
        type: e.type,
        at,
        businessDay: outcome.businessDay,
        actor: e.actor,
        ticket: e.ticket,
        window: e.window,
      });
    });
  }

  /** Rebuilds the in-memory hall. `today` is used only when the database has never opened a day. */
  load(windowNumbers: readonly number[], today: string, at: number): LoadedHall {
    return this.transaction(() => {
      this.windows.ensure(windowNumbers, at);
      let businessDay = this.meta.businessDay();
      if (businessDay === null) {
        businessDay = today;
        this.meta.setBusinessDay(today);
      }
      const tickets = new Map(this.tickets.liveFor(businessDay).map((t) => [t.id, t]));
      const configured = new Set(windowNumbers);
      const windows = new Map(
        this.windows
          .list()
          .filter((w) => configured.has(w.number))
          .map((w) => [w.number, w]),
      );
      return {
        state: { businessDay, tickets, windows, lastQueueSeq: this.tickets.lastQueueSeq() },
        lastEventId: this.events.lastId(),
      };
    });
  }

  close(): void {
    this.db.close();
  }
}
