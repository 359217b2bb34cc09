import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { HallConfig } from '@hall/protocol';
import { indexHall } from '@hall/queue-core';
import type { HallStore } from '@hall/store';
import type { Logger } from 'pino';
import { AlertDesk } from './alerts/alert-desk.ts';
import { Accounts } from './auth/accounts.ts';
import { DevicePresence } from './devices/device-presence.ts';
import type { Clock } from './clock.ts';
import { BookingDesk } from './hall/booking-desk.ts';
import { CommandGateway } from './hall/command-gateway.ts';
import { statsOf } from './hall/projection.ts';
import { HallService } from './hall/hall-service.ts';
import { ComplaintDesk } from './hall/complaint-desk.ts';
import { ConfigDesk, startingConfig } from './hall/config-desk.ts';
import { FollowUpList } from './hall/follow-up-list.ts';
import { HallRecords } from './hall/hall-records.ts';
import { ReportDesk } from './reports/report-desk.ts';
import { NumberingWatch } from './hall/numbering-watch.ts';
import { NoticeBoard } from './hall/notice-board.ts';
import { PhoneVerifier } from './hall/phone-verifier.ts';
import { trustOf } from './http/client-address.ts';
import { createHttpApp } from './http/http-app.ts';
import type { HubApp } from './http/http-types.ts';
import type { DemoDeviceTokens } from './demo-seed.ts';
import { CheckInGuard } from './kiosk/check-in-guard.ts';
import { DeskPrinter } from './guide/desk-printer.ts';
import type { DeskPrinterAddress } from './guide/desk-printer-address.ts';
import { GuideDesk } from './guide/guide-desk.ts';
import { KioskPrinters } from './kiosk/kiosk-printers.ts';
import { RateLimiter } from './rate-limiter.ts';
import { ThrottledLog } from './throttled-log.ts';
import type { SmsSender } from './sms/sms-sender.ts';
import { attachSocketServer, disconnectEndedSessions, sessionRoom, type HallIo } from './socket/socket-server.ts';

/** Which services take tickets and which are called now: when it changes, the stats are pushed again. */
function openServicesKey(hall: HallService): string {
  return statsOf(hall)
    .services.map((s) => `${s.open ? 1 : 0}${s.callable ? 1 : 0}`)
    .join('');
}

export interface HubOptions {
  store: HallStore;
  /**
   * Seeds configuration version 1 of a database that has none (HALL_CONFIG); a function is called only
   * then. A database that holds a version runs its latest one and ignores this.
   */
  hallConfig: HallConfig | (() => HallConfig);
  clock: Clock;
  log: Logger;
  webRoot: string;
  /** How often the hub checks for a new business day (ms). */
  dayCheckIntervalMs?: number;
  /** Where the kiosks' virtual printers write their bytes and PNG previews. */
  printDir: string;
  /** Demo mode: hand the kiosk, display and rating tablet pages their device tokens (never in a real hall). */
  demo?: DemoDeviceTokens;
  /** Tests: check every HTTP reply against its response schema (see http/response-serializer.ts). */
  checkResponses?: boolean;
  /** Proxies (addresses or CIDRs) whose X-Forwarded-For names the client; none: the header is ignored. */
  trustedProxies?: readonly string[];
  /** Portal origins allowed to call the public routes from a browser; none: no CORS at all. */
  corsOrigins?: readonly string[];
  /**
   * Where one-time codes and booking codes are texted (an SMS gateway, the demo's log). Without one no
   * phone can be proven, so the public booking routes answer 503 SMS_UNAVAILABLE.
   */
  sms?: SmsSender | undefined;
  /** HALL_PUBLIC_URL: the hall's address for phones; issued tickets' QR codes link under it. */
  publicUrl?: string | undefined;
  /** HALL_GUIDE_PRINTER: the guidance desk's printer; none: a virtual one (previews under the print folder). */
  guidePrinter?: DeskPrinterAddress | undefined;
}

/** How long `close` lets requests under way finish before it cuts the connections still open. */
const CLOSE_GRACE_MS = 2_000;

export interface Hub {
  hall: HallService;
  configs: ConfigDesk;
  bookings: BookingDesk;
  accounts: Accounts;
  /** The supervisors' live board: `check()` is what the hub's timer runs (tests step the clock, then call it). */
  alerts: AlertDesk;
  /** The Fastify instance serving HTTP (its routes, its OpenAPI document). */
  app: HubApp;
  http: HttpServer;
  io: HallIo;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** Builds the hub around a store and a clock; nothing listens until `listen`. */
export function createHub(o: HubOptions): Hub {
  const starting = startingConfig(o.store, o.hallConfig, o.clock, o.log);
  const phones = new PhoneVerifier(
    o.store,
    o.clock,
    o.log,
    o.sms,
    {
      // A citizen needs a code or two; a script walking through phone numbers is stopped early.
      codesPerAddress: new RateLimiter(o.clock, 10 / 3600, 10),
      codesPerPhone: new RateLimiter(o.clock, 5 / 3600, 5),
    },
    (): string => hall.hall.config.hallName['zh-Hans'],
  );
  const checkIn = new CheckInGuard(o.store, phones, o.clock);
  const hall = new HallService(indexHall(starting.config), o.store, o.clock, o.log, starting.version, checkIn);
  const configs = new ConfigDesk(hall, o.store, o.clock, o.log);
  const bookings = new BookingDesk(hall, o.store, o.log, phones, new RateLimiter(o.clock, 10 / 3600, 10), checkIn);
  const accounts = new Accounts(o.store, o.clock);
  const presence = new DevicePresence(o.store, o.clock);
  // A clerk presses a few keys a second at most; a kiosk issues one ticket per citizen.
  const commandRate = new RateLimiter(o.clock, 10, 20);
  const gateway = new CommandGateway(hall, commandRate, o.log, o.publicUrl);
  const printers = new KioskPrinters(o.printDir, o.store, o.clock, o.log);
  const alerts = new AlertDesk(hall, o.store, o.clock, o.log, accounts, presence);
  const deskPrinter = new DeskPrinter(o.guidePrinter ?? { kind: 'virtual' }, resolve(o.printDir), o.log);
  const trustProxy = trustOf(o.trustedProxies ?? []);
  // The callbacks reach `io`, which is attached once Fastify has created the HTTP server.
  const app = createHttpApp({
    hall,
    configs,
    bookings,
    phones,
    printers,
    gateway,
    guide: new GuideDesk(hall, o.store, deskPrinter, o.publicUrl),
    deskPrinter,
    accounts,
    records: new HallRecords(hall, o.store, o.clock),
    complaints: new ComplaintDesk(hall, o.store, o.clock),
    followUps: new FollowUpList(o.store, o.clock),
    reports: new ReportDesk(hall, o.store, o.log),
    alerts,
    notices: new NoticeBoard(o.store, o.clock),
    numbering: new NumberingWatch(hall, o.store, o.log),
    clock: o.clock,
    log: o.log,
    trustProxy,
    corsOrigins: o.corsOrigins ?? [],
    webRoot: o.webRoot,
    rate: new RateLimiter(o.clock, 20, 60),
    loginRate: new RateLimiter(o.clock, 10 / 60, 10),
    publicWriteRate: new RateLimiter(o.clock, 30 / 60, 20),
    refusalLog: new ThrottledLog(o.log, 'request refused', o.clock),
    presence,
    onDeviceSeen: (id) => presence.seen(id),
    demo: o.demo,
    checkResponses: o.checkResponses,
    windowNumbers: () => new Set(hall.hall.windows.keys()),
    printDir: resolve(o.printDir),
    onDeviceRevoked: (id) => io.in(`principal:${id}`).disconnectSockets(true),
    onSessionEnded: (tokenHash) => io.in(sessionRoom(tokenHash)).disconnectSockets(true),
    onStaffLockedOut: (staffId) => io.in(`principal:${staffId}`).disconnectSockets(true),
    onNoticesChanged: (body) => io.to(['display', 'staff']).emit('hall:notices', body),
    onOtherSessionsEnded: (staffId, keep) =>
      io.in(`principal:${staffId}`).except(sessionRoom(keep)).disconnectSockets(true),
  });
  const http = app.server;
  // socket.io answers its own path on the same server, ahead of Fastify.
  const io: HallIo = attachSocketServer(http, {
    hall,
    bookings,
    gateway,
    accounts,
    store: o.store,
    clock: o.clock,
    log: o.log,
    rate: commandRate,
    handshakeRate: new RateLimiter(o.clock, 5, 30),
    trustProxy,
    presence,
    alerts,
  });

  // Opening and closing times change what kiosks may offer without any command: push the stats then.
  let openServices = openServicesKey(hall);
  const pushStatsWhenOpeningChanges = () => {
    const now = openServicesKey(hall);
    if (now === openServices) return;
    openServices = now;
    io.emit('hall:stats', statsOf(hall));
  };

  const dayTimer = setInterval(() => {
    try {
      hall.advanceDay();
    } catch (err) {
      o.log.error({ err }, 'business day check failed');
    }
  }, o.dayCheckIntervalMs ?? 15_000);
  dayTimer.unref();
  // A citizen who walks away without rating: the ticket is stored as not rated once its time is up.
  const ratingTimer = setInterval(() => {
    try {
      hall.expireRatings();
      bookings.markNoShows();
      phones.forgetExpired();
      pushStatsWhenOpeningChanges();
      alerts.check();
    } catch (err) {
      o.log.error({ err }, 'rating, booking, opening-hours or alerts check failed');
    }
  }, 5_000);
  ratingTimer.unref();
  const sessionTimer = setInterval(() => {
    try {
      const cut = disconnectEndedSessions(io, accounts);
      if (cut > 0) o.log.info({ cut }, 'disconnected sockets of ended sessions');
    } catch (err) {
      o.log.error({ err }, 'session sweep failed');
    }
  }, 60_000);
  sessionTimer.unref();

  // A new configuration can open or close services at once: the kiosks' figures follow.
  hall.onConfigChanged(() => pushStatsWhenOpeningChanges());
  // The live board follows every change of the hall, of a device and of a printer at once; time passing
  // (a wait growing past its target) is caught by the timer above.
  const checkAlerts = () => {
    try {
      alerts.check();
    } catch (err) {
      o.log.error({ err }, 'alerts check failed');
    }
  };
  hall.onCommitted(checkAlerts);
  hall.onConfigChanged(checkAlerts);
  presence.onChanged(checkAlerts);
  printers.onReported(checkAlerts);

  return {
    hall,
    configs,
    bookings,
    accounts,
    alerts,
    app,
    http,
    io,
    listen: (port, host = '0.0.0.0') => app.listen({ port, host }).then(() => (http.address() as AddressInfo).port),
    close: async () => {
      clearInterval(dayTimer);
      clearInterval(sessionTimer);
      clearInterval(ratingTimer);
      await deskPrinter.close().catch((err: unknown) => o.log.warn({ err }, 'desk printer did not close'));
      // io.close() disconnects the sockets and closes the HTTP server, which then waits for every open
      // connection. One that was accepted but never sent a request (a browser's preconnected socket, or a
      // silent client) never counts as idle (nodejs/node#63452) and would keep the hub from stopping at all:
      // requests under way get a grace period, then every connection still open is cut.
      const cut = setTimeout(() => http.closeAllConnections(), CLOSE_GRACE_MS);
      try {
        await new Promise<void>((resolve) => {
          void io.close(() => resolve());
        });
        if (http.listening) await new Promise<void>((resolve) => http.close(() => resolve()));
      } finally {
        clearTimeout(cut);
        presence.flush();
      }
    },
  };
}
