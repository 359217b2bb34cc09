/**
 * `pnpm archive-events --db=FILE [--keep-days=93] [--dir=FOLDER]`: moves the events of business days older than
 * `keep-days` before the hall's current day out of the hall database into yearly archive files
 * (`FOLDER/events-YYYY.db`, by default beside the database), one day per transaction, each day rolled up for the
 * reports first if it was not. Tickets and rollups stay: reports and ticket lookups do not change. See
 * docs/operations.md, "Keeping a year of history".
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { rollUpStoredDay } from '@hall/hub';
import { hallConfigSchema } from '@hall/protocol';
import { addDays } from '@hall/queue-core';
import { HallStore } from '@hall/store';

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

function fail(message: string): never {
  console.error(`${message}\nusage: pnpm archive-events --db=FILE [--keep-days=93] [--dir=FOLDER]`);
  process.exit(2);
}

/** A carried-over ticket may still change the day after its own: its day's events must stay for a new rollup. */
const MIN_KEEP_DAYS = 7;

const dbPath = resolve(option('db') ?? fail('--db=FILE is required'));
const keepDays = Number(option('keep-days') ?? '93');
if (!Number.isInteger(keepDays) || keepDays < MIN_KEEP_DAYS)
  fail(`--keep-days must be a whole number ≥ ${MIN_KEEP_DAYS}`);
const dir = resolve(option('dir') ?? dirname(dbPath));

mkdirSync(dir, { recursive: true });
const store = new HallStore(dbPath);
try {
  const today = store.meta.businessDay() ?? fail(`${dbPath} holds no hall`);
  const latest = store.configVersions.latest() ?? fail(`${dbPath} holds no configuration`);
  const config = hallConfigSchema.parse(latest.document);
  const before = addDays(today, -keepDays);
  const days = store.eventArchive.daysBefore(before);
  console.log(`${days.length} days of events before ${before} to archive into ${dir}`);
  let moved = 0;
  for (const day of days) {
    if (!store.rollups.daysWithin(day, day).has(day)) {
      store.transaction(() => rollUpStoredDay(store, config, day));
    }
    moved += store.eventArchive.moveDay(day, join(dir, `events-${day.slice(0, 4)}.db`), Date.now(), 'archive-events');
  }
  console.log(
    `moved ${moved.toLocaleString('en')} events; the freed pages are reused by new events (VACUUM to shrink the file)`,
  );
} finally {
  store.close();
}
