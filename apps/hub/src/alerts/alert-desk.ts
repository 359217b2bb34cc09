import { fail, ok, type AlertsPush, type HallAlert, type LiveBoard, type Result } from '@hall/protocol';
import { alertConditionsOf, liveWindowsOf, liveZonesOf, type AlertCondition } from '@hall/queue-core';
import { StorageUnavailableError, type HallStore } from '@hall/store';
import type { Logger } from 'pino';
import type { Accounts } from '../auth/accounts.ts';
import { canSupervise, principalName, type Principal } from '../auth/principal.ts';
import { newId } from '../auth/secrets.ts';
import type { Clock } from '../clock.ts';
import type { DevicePresence } from '../devices/device-presence.ts';
import { fingerprintOf } from '../hall/fingerprint.ts';
import type { HallService } from '../hall/hall-service.ts';

/** Told that the board changed; it reads the board (`push()`) when it is ready to send it. */
type BoardListener = () => void;

export interface AcknowledgeReply {
  alert: HallAlert;
  /** True when the request id had been seen: the first answer again, nothing applied. */
  replayed: boolean;
}

/**
 * The supervisors' live board. `check` compares the alert conditions of the hall now (queue-core's
 * `alertConditionsOf`) with the alerts standing in the database: it raises the new ones and clears the gone ones
 * in one transaction, and tells its listeners (the supervisors' sockets) when the board changed. The hub calls it
 * on its timer, after every committed command and when a device or printer changes; a call with nothing to change
 * writes nothing.
 */
export class AlertDesk {
  private readonly listeners = new Set<BoardListener>();

  constructor(
    private readonly hall: HallService,
    private readonly store: HallStore,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly accounts: Accounts,
    private readonly presence: DevicePresence,
  ) {}

  onBoardChanged(listener: BoardListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The conditions that hold now. */
  conditions(now: number): AlertCondition[] {
    return alertConditionsOf({
      hall: this.hall.hall,
      state: this.hall.state,
      devices: this.accounts.listDevices().map((d) => this.presence.stateOf(d)),
      openFollowUps: this.store.followUps.openOnes(),
      now,
    });
  }

  /** Raises and clears alerts to match the hall now; true when the board changed. Safe to call often. */
  check(): boolean {
    const now = this.clock.now();
    const found = new Map(this.conditions(now).map((c) => [c.key, c]));
    const standing = this.store.alerts.standing();
    const standingKeys = new Set(standing.map((a) => a.key));
    const gone = standing.filter((a) => !found.has(a.key));
    const fresh = [...found.values()].filter((c) => !standingKeys.has(c.key));
    if (gone.length === 0 && fresh.length === 0) return false;
    // One process, one synchronous connection: nothing can slip in between the reading above and this.
    this.store.transaction(() => {
      for (const a of gone) this.store.alerts.clear(a.id, now);
      for (const c of fresh) this.store.alerts.raise({ id: newId('alert'), ...c, raisedAt: now });
    });
    this.log.info({ raised: fresh.map((c) => c.key), cleared: gone.map((a) => a.key) }, 'live board alerts changed');
    this.tell();
    return true;
  }

  /** The alerts on the board: not acknowledged, or acknowledged but not cleared; newest first. */
  board(): HallAlert[] {
    return this.store.alerts.board();
  }

  push(): AlertsPush {
    return { at: this.clock.now(), alerts: this.board() };
  }

  live(p: Principal): Result<LiveBoard> {
    if (!canSupervise(p)) return fail('FORBIDDEN', 'the live board is for supervisors');
    try {
      this.check();
    } catch (err) {
      // A database that refuses writes (disk full, read-only) still shows what it holds.
      this.log.error({ err }, 'alerts check failed');
    }
    const now = this.clock.now();
    const { hall, state } = this.hall;
    return ok({
      at: now,
      businessDay: state.businessDay,
      zones: liveZonesOf(hall, state, now),
      windows: liveWindowsOf(hall, state),
      alerts: this.board(),
    });
  }

  /**
   * A supervisor has seen an alert: stamped with when and by whom, audited, once. Acknowledging one already
   * acknowledged answers it as it is; a request id seen before gets the first answer again.
   */
  acknowledge(p: Principal, id: string, requestId: string): Result<AcknowledgeReply> {
    if (!canSupervise(p)) return fail('FORBIDDEN', 'alerts are acknowledged by supervisors');
    const fingerprint = fingerprintOf('alert:acknowledge', { id });
    const now = this.clock.now();
    let done: Result<AcknowledgeReply>;
    try {
      done = this.acknowledgeOnce(p, id, requestId, fingerprint, now);
    } catch (err) {
      if (!(err instanceof StorageUnavailableError)) throw err;
      this.log.error({ err }, 'the database refused an acknowledgement (disk full or read-only)');
      return fail(
        'STORAGE_UNAVAILABLE',
        'the hub cannot write to its database (disk full or read-only): nothing was applied; try again later',
      );
    }
    if (done.ok && !done.value.replayed) this.tell();
    return done;
  }

  private acknowledgeOnce(
    p: Principal,
    id: string,
    requestId: string,
    fingerprint: string,
    now: number,
  ): Result<AcknowledgeReply> {
    return this.store.transaction((): Result<AcknowledgeReply> => {
      const prior = this.store.requests.get(p.id, requestId);
      if (prior) {
        if (prior.fingerprint !== fingerprint) {
          return fail('REQUEST_ID_REUSED', `request id ${requestId} was used for another command`);
        }
        return ok({ alert: prior.response as HallAlert, replayed: true });
      }
      if (!this.store.alerts.get(id)) return fail('NOT_FOUND', `no alert ${id}`);
      const by = principalName(p);
      if (this.store.alerts.acknowledge(id, now, by)) {
        this.store.audit.append(now, p.id, 'alert.acknowledged', `${id} ${this.store.alerts.get(id)?.key ?? ''}`);
      }
      const alert = this.store.alerts.get(id);
      if (!alert) return fail('NOT_FOUND', `no alert ${id}`);
      this.store.requests.put(p.id, requestId, fingerprint, alert, now);
      return ok({ alert, replayed: false });
    });
  }

  private tell(): void {
    for (const listener of this.listeners) {
      try {
        listener();
      } catch (err) {
        this.log.error({ err }, 'alert listener failed');
      }
    }
  }
}
