/**
 * `pnpm history --days=365 --db=FILE [--seed=N] [--end=YYYY-MM-DD]`: writes a generated history of the demo hall
 * (or of HALL_CONFIG) into a new database, for benchmarks and demos. `--end` is the last business day written;
 * by default yesterday in the hall's time zone (of HALL_DEMO_START when set), so that a hub started now on the
 * file opens today normally.
 */
import { statSync } from 'node:fs';
import { DEMO_CONFIG_PATH, loadHallConfig } from '@hall/hub';
import { addDays, localDateOf } from '@hall/queue-core';
import { writeHistory } from './write-history.ts';

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

function fail(message: string): never {
  console.error(`${message}\nusage: pnpm history --days=365 --db=FILE [--seed=N] [--end=YYYY-MM-DD]`);
  process.exit(2);
}

const dbPath = option('db') ?? fail('--db=FILE is required (a new file)');
const days = Number(option('days') ?? '365');
const seed = Number(option('seed') ?? '1');
if (!Number.isInteger(days) || days < 1 || days > 3_660) fail('--days must be a whole number from 1 to 3660');
if (!Number.isInteger(seed)) fail('--seed must be a whole number');
const config = loadHallConfig(process.env.HALL_CONFIG ?? DEMO_CONFIG_PATH);
// The day before today, or before the demo clock's day (HALL_DEMO_START) when the demo runs on one.
const demoStart = process.env.HALL_DEMO_START === undefined ? NaN : Date.parse(process.env.HALL_DEMO_START);
const today = Number.isFinite(demoStart) ? demoStart : Date.now();
const endDay = option('end') ?? addDays(localDateOf(today, config.timeZone), -1);

const started = performance.now();
let lastReport = started;
const written = writeHistory({
  dbPath,
  days,
  endDay,
  seed,
  config,
  onDay: (day, tickets) => {
    const now = performance.now();
    if (now - lastReport < 5_000) return;
    lastReport = now;
    console.log(`  ${day}: ${tickets} tickets (${((now - started) / 1000).toFixed(0)} s)`);
  },
});
const seconds = (performance.now() - started) / 1000;
const bytes = statSync(dbPath).size;
console.log(
  `wrote ${written.days} days ending ${endDay} (seed ${seed}): ${written.tickets.toLocaleString('en')} tickets ` +
    `in ${seconds.toFixed(1)} s; ${dbPath} is ${(bytes / 2 ** 20).toFixed(0)} MiB`,
);
