import { HallStore } from '@hall/store';
import pino from 'pino';
import { clockStartingAt, systemClock } from './clock.ts';
import { readEnv } from './config/env.ts';
import { loadHallConfig } from './config/load-hall-config.ts';
import { createHub } from './create-hub.ts';
import { demoLeftoverMessage, findDemoLeftovers } from './demo-credentials-check.ts';
import { DEMO_CREDENTIALS, DEMO_DEVICE_TOKENS, demoSeedStateOf, seedDemo } from './demo-seed.ts';
import { smsSenderFromEnv } from './sms/sms-sender-from-env.ts';

/** How long a clean stop may take before the hub exits anyway. */
const STOP_LIMIT_MS = 10_000;

/** The hub process: environment in, a listening hall out, a clean stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const env = readEnv();
  const log = pino({ level: env.logLevel, base: { app: 'hall-hub' } });
  const store = new HallStore(env.dbPath);
  const hub = createHub({
    store,
    // Read only to seed a new database: after that the configuration lives there, in versions.
    hallConfig: () => loadHallConfig(env.configPath),
    clock: env.demoStart === undefined ? systemClock : clockStartingAt(env.demoStart),
    log,
    webRoot: env.webRoot,
    printDir: env.printDir,
    trustedProxies: env.trustedProxies,
    corsOrigins: env.corsOrigins,
    sms: smsSenderFromEnv(env, log),
    publicUrl: env.publicUrl,
    guidePrinter: env.guidePrinter,
    ...(env.demo ? { demo: DEMO_DEVICE_TOKENS } : {}),
  });

  const adminPassword = env.adminPassword ?? (env.demo ? DEMO_CREDENTIALS.adminPassword : undefined);
  if (adminPassword !== undefined && adminPassword.length < 10) {
    throw new Error('HALL_ADMIN_PASSWORD must have at least 10 characters');
  }
  if (env.resetAdmin) {
    if (env.adminPassword === undefined) throw new Error('HALL_RESET_ADMIN=1 needs HALL_ADMIN_PASSWORD');
    await hub.accounts.recoverAdmin(env.adminPassword);
    log.warn('admin password reset from HALL_ADMIN_PASSWORD: remove HALL_RESET_ADMIN and restart');
  }
  const admin = await hub.accounts.ensureAdmin(adminPassword);
  if (admin.generatedPassword) {
    log.warn(
      { username: 'admin', password: admin.generatedPassword },
      'created the admin account with this one-time password: change it',
    );
  }
  if (!admin.created && env.adminPassword !== undefined && !env.resetAdmin) {
    // Not a silent reset: a password left in the service file would undo every later change on each restart.
    log.warn(
      'HALL_ADMIN_PASSWORD is ignored: the admin account already exists and the variable only sets the password ' +
        'of a new one. To set it, restart once with HALL_RESET_ADMIN=1, then remove both (docs/operations.md)',
    );
  }
  if (!env.demo && env.publicUrl === undefined) {
    log.warn(
      'HALL_PUBLIC_URL is not set: the QR code on tickets links to the address each kiosk opened the hub at, ' +
        'which phones may not reach (docs/operations.md)',
    );
  }
  if (!env.demo && env.guidePrinter.kind === 'virtual') {
    log.warn(
      'HALL_GUIDE_PRINTER is not set: the guidance desk prints on a virtual printer (its page shows the slip); ' +
        'set tcp://<printer>:9100 for the desk printer (docs/operations.md)',
    );
  }
  if (!env.demo) {
    // The demo's passwords and tokens are published: a real hall never runs with them (docs/operations.md).
    const leftovers = await findDemoLeftovers(store);
    if (leftovers.length > 0) {
      await hub.close();
      store.close();
      throw new Error(demoLeftoverMessage(leftovers));
    }
  }
  if (env.demo) {
    const windows = hub.hall.hall.config.windows.map((w) => w.number);
    if (await seedDemo(hub.accounts, demoSeedStateOf(store.staff.list(), store.devices.list()), windows))
      log.info('seeded demo clerks and device tokens (see README)');
  }

  const port = await hub.listen(env.port, env.host);
  log.info(
    {
      port,
      db: env.dbPath,
      configVersion: hub.hall.configVersion,
      businessDay: hub.hall.state.businessDay,
      lastEventId: hub.hall.lastEventId,
    },
    `hall hub listening on http://localhost:${port}`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    // Every command is committed in its own transaction before it is answered, so leaving without the clean
    // stop loses nothing; a client that never lets go of its connection must not keep the hub up.
    setTimeout(() => {
      log.warn({ signal, limitMs: STOP_LIMIT_MS }, 'the clean stop took too long: exiting anyway');
      store.close();
      process.exit(1);
    }, STOP_LIMIT_MS);
    void hub
      .close()
      .catch((err: unknown) => log.error({ err }, 'error while stopping'))
      .finally(() => {
        store.close();
        process.exit(0);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
