/**
 * The year benchmark's baseline: a bare Node process that opens the year database with better-sqlite3 (read only)
 * and answers over node:http. `/healthz` a fixed JSON; `/count` a bare `SELECT count(*) FROM tickets`; `/scan`
 * a GROUP BY over every ticket row (what a report would cost without rollups). No hub, no validation, no auth.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';

const dbPath = process.argv[2];
if (!dbPath) throw new Error('usage: bare-year-server.mjs DB');
const db = new Database(dbPath, { readonly: true });
const count = db.prepare('SELECT count(*) AS n FROM tickets');
const scan = db.prepare('SELECT lane, count(*) AS n FROM tickets GROUP BY lane');

const server = createServer((req, res) => {
  const body =
    req.url === '/healthz'
      ? { ok: true }
      : req.url === '/count'
        ? count.get()
        : req.url === '/scan'
          ? scan.all()
          : { error: 'not found' };
  res.writeHead(req.url === '/healthz' || req.url === '/count' || req.url === '/scan' ? 200 : 404, {
    'content-type': 'application/json',
  });
  res.end(JSON.stringify(body));
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});
process.on('SIGTERM', () => {
  db.close();
  process.exit(0);
});
