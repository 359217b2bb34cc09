import {
  CONFIG_VERSIONS_PAGE_MAX,
  hallConfigSchema,
  type ConfigVersionList,
  type ConfigVersionView,
  type ErrorBody,
  type HallConfig,
} from '@hall/protocol';
import { configChangeProblems, indexHall } from '@hall/queue-core';
import { StorageUnavailableError, type ConfigVersionRecord, type HallStore } from '@hall/store';
import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import { summarizeConfigChange } from './config-summary.ts';
import type { HallService } from './hall-service.ts';

/** The creator of the version seeded from HALL_CONFIG. */
const SEEDER = 'system';

export type ConfigReply = { ok: true; value: ConfigVersionView } | { ok: false; error: ErrorBody };

/** A stored document read back: validated again, so a version stored by an older hub gets today's defaults. */
function viewOf(r: ConfigVersionRecord): ConfigVersionView {
  const parsed = hallConfigSchema.safeParse(r.document);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`configuration version ${r.version} in the database is invalid: ${problems}`);
  }
  const { document: _document, ...header } = r;
  return { ...header, config: parsed.data };
}

/**
 * The configuration the hub starts with: the latest stored version, or, for a database that has none,
 * `seed()` (HALL_CONFIG or the demo hall) stored as version 1. Once the database holds a version the
 * file is not read at all.
 */
export function startingConfig(
  store: HallStore,
  seed: HallConfig | (() => HallConfig),
  clock: Clock,
  log: Logger,
): ConfigVersionView {
  const latest = store.configVersions.latest();
  if (latest) {
    log.info(
      { configVersion: latest.version },
      `running hall configuration version ${latest.version} from the database; HALL_CONFIG is ignored (it only seeds a new database)`,
    );
    return viewOf(latest);
  }
  const config = typeof seed === 'function' ? seed() : seed;
  const first: ConfigVersionRecord = {
    version: 1,
    createdAt: clock.now(),
    createdBy: SEEDER,
    note: 'seeded from HALL_CONFIG',
    rolledBackFrom: null,
    document: config,
  };
  store.transaction(() => {
    store.configVersions.append(first);
    store.audit.append(first.createdAt, SEEDER, 'config.seeded', 'v1 from HALL_CONFIG');
  });
  log.info({ configVersion: 1 }, 'stored HALL_CONFIG as hall configuration version 1');
  return viewOf(first);
}

/**
 * The hall configuration as numbered versions: reads, and each new version (a PUT or a rollback)
 * checked against the open day, stored with its audit entry in one transaction, then applied live.
 */
export class ConfigDesk {
  constructor(
    private readonly hall: HallService,
    private readonly store: HallStore,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  current(): ConfigVersionView {
    const latest = this.store.configVersions.latest();
    if (!latest) throw new Error('the database holds no configuration version');
    return viewOf(latest);
  }

  version(n: number): ConfigVersionView | undefined {
    const r = this.store.configVersions.get(n);
    return r ? viewOf(r) : undefined;
  }

  list(before: number | undefined, limit: number): ConfigVersionList {
    const page = this.store.configVersions.list(before, Math.min(limit, CONFIG_VERSIONS_PAGE_MAX));
    const last = page.at(-1);
    return { versions: page, nextBefore: page.length === limit && last && last.version > 1 ? last.version : null };
  }

  /** A new version holding `config`, made from `baseVersion` (the one the admin edited). */
  save(by: string, baseVersion: number, config: HallConfig, note: string | null): ConfigReply {
    return this.append(by, baseVersion, config, note, null);
  }

  /** A new version holding version `n`'s document. */
  rollBack(by: string, baseVersion: number, n: number, note: string | null): ConfigReply {
    const target = this.version(n);
    if (!target) return { ok: false, error: { code: 'NOT_FOUND', message: `no configuration version ${n}` } };
    return this.append(by, baseVersion, target.config, note, n);
  }

  private append(
    by: string,
    baseVersion: number,
    config: HallConfig,
    note: string | null,
    rolledBackFrom: number | null,
  ): ConfigReply {
    // The problems are judged against today's queue, never yesterday's.
    this.hall.advanceDay();
    const now = this.clock.now();
    let reply: ConfigReply;
    try {
      reply = this.store.transaction((): ConfigReply =>
        this.decide(by, baseVersion, config, note, rolledBackFrom, now),
      );
    } catch (err) {
      if (!(err instanceof StorageUnavailableError)) throw err;
      this.log.error({ err }, 'the database refused a configuration version (disk full or read-only)');
      const message = 'the hub cannot write to its database (disk full or read-only): nothing was changed';
      return { ok: false, error: { code: 'STORAGE_UNAVAILABLE', message } };
    }
    if (!reply.ok) return reply;
    this.hall.useConfig(indexHall(reply.value.config), reply.value.version);
    this.log.info({ configVersion: reply.value.version, by, rolledBackFrom }, 'hall configuration version stored');
    return reply;
  }

  /** Inside the transaction: the base version, the open day's problems, then the version and its audit entry. */
  private decide(
    by: string,
    baseVersion: number,
    config: HallConfig,
    note: string | null,
    rolledBackFrom: number | null,
    now: number,
  ): ConfigReply {
    const latest = this.store.configVersions.latest();
    const current = latest?.version ?? 0;
    if (current !== baseVersion) {
      return {
        ok: false,
        error: {
          code: 'CONFIG_VERSION_CONFLICT',
          message: `the configuration is at version ${current}, not ${baseVersion}: reload it and apply your change again`,
          currentVersion: current,
        },
      };
    }
    const problems = configChangeProblems(this.hall.hall, config, this.hall.state, this.store.bookings.heldAfter(now));
    if (problems.length > 0) {
      return {
        ok: false,
        error: {
          code: 'UNSAFE_CONFIG_CHANGE',
          message: `the change would strand people today: ${problems.map((p) => p.message).join('; ')}`,
          problems,
        },
      };
    }
    const record: ConfigVersionRecord = {
      version: current + 1,
      createdAt: now,
      createdBy: by,
      note,
      rolledBackFrom,
      document: config,
    };
    this.store.configVersions.append(record);
    // A window new to the hall gets its row now, closed, so its first command finds it.
    this.store.windows.ensure(
      config.windows.map((w) => w.number),
      now,
    );
    const what = rolledBackFrom === null ? '' : ` (rollback to v${rolledBackFrom})`;
    this.store.audit.append(
      now,
      by,
      rolledBackFrom === null ? 'config.changed' : 'config.rolled-back',
      `v${current} → v${record.version}${what}: ${summarizeConfigChange(this.hall.hall.config, config)}`,
    );
    return { ok: true, value: viewOf(record) };
  }
}
