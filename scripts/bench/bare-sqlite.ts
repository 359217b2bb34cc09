/**
 * The storage baseline: one better-sqlite3 insert per transaction, with the hub store's pragmas (WAL,
 * synchronous=FULL), at a given rate, on a fresh file. Prints one JSON line with the latencies.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { nowMs, sleep } from './common.ts';

const perSecond = Number(process.argv[2] ?? 200);
const seconds = Number(process.argv[3] ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'hall-bench-sqlite-'));
const db = new Database(join(dir, 'bare.db'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, day TEXT NOT NULL, n INTEGER NOT NULL, body TEXT NOT NULL)');
const insert = db.prepare('INSERT INTO t (day, n, body) VALUES (?, ?, ?)');
// About the size of a stored ticket row.
const body = JSON.stringify({
  history: [{ at: Date.now(), action: 'issued', by: 'kiosk-0123456789ab' }],
  pad: 'x'.repeat(600),
});
const once = db.transaction((n: number) => insert.run('2026-11-25', n, body));

const latencies: number[] = [];
const cpu0 = process.cpuUsage();
const start = nowMs();
for (let n = 0; nowMs() - start < seconds * 1000; n++) {
  await sleep(start + (n * 1000) / perSecond - nowMs());
  const t0 = nowMs();
  once.immediate(n);
  latencies.push(nowMs() - t0);
}
const cpu = process.cpuUsage(cpu0);
db.close();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ latencies, cpuMs: (cpu.user + cpu.system) / 1000, seconds })}\n`);
