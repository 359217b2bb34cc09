/**
 * `pnpm simulate`: the demo hall's served day and overloaded day played through the queue engine (model-days.ts),
 * with how far the printed wait estimate was from the real wait. `--tickets=N` plays one day of N arrivals instead.
 *
 * `pnpm simulate --hub`: one working day of the demo hall against a real hub, as fast as it goes.
 *
 * The hub is built with createHub in this process, on a real SQLite file, with a clock the simulation moves;
 * kiosks, counters and a wall display talk to it over socket.io on loopback, as the real ones do. The day:
 * a Wednesday, 09:00–17:00 Asia/Shanghai; arrivals by hour with a morning peak; per-service service times
 * around each service's avgServiceMinutes (as configured, unscaled); windows opening at staggered times and pausing for lunch;
 * elderly and booking lanes; transfers; no-shows. Doors close at 17:00; clerks serve whoever is still
 * waiting, then close. At the end it checks the hub's own record of the day.
 *
 * Options: --seed=7, --tickets=N (default: the served day's arrivals with --hub)
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHub, DEMO_CONFIG_PATH, loadHallConfig, type Clock } from '@hall/hub';
import {
  FINAL_STATES,
  PROTOCOL_VERSION,
  type HallConfig,
  type IssuedTicket,
  type NumberingReply,
  type QueueStats,
  type Ticket,
  type WindowCommandResult,
} from '@hall/protocol';
import { HallStore } from '@hall/store';
import pino from 'pino';
import { io, type Socket } from 'socket.io-client';
import { estimateLine, type WaitRecord } from './day-model.ts';
import { printModelDays, SERVED_DAY_ARRIVALS } from './model-days.ts';

function option(name: string, fallback: number): number {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.slice(name.length + 3)) : fallback;
}
const HUB = process.argv.includes('--hub');
function hitOption(name: string): number | undefined {
  return process.argv.some((a) => a.startsWith(`--${name}=`)) ? option(name, 0) : undefined;
}
const TICKETS = option('tickets', SERVED_DAY_ARRIVALS);
const SEED = option('seed', 7);
const MIN = 60_000;
/** Wednesday 2026-11-25, 09:00 in Asia/Shanghai. */
const OPEN = Date.parse('2026-11-25T09:00:00+08:00');
const CLOSE = OPEN + 8 * 60 * MIN;
const DAY = '2026-11-25';
/** Share of the day's arrivals in each hour from 09:00: the morning peak, a lunch dip, a smaller afternoon peak. */
const HOURLY = [0.16, 0.2, 0.15, 0.07, 0.09, 0.13, 0.12, 0.08];
/** Events within one step run together: 5 s of hall time, nothing a wait in minutes could notice. */
const STEP = Number(process.env.SIM_STEP ?? 5_000);

// --- randomness (seeded, so a day can be replayed) -------------------------------------------------
let state = SEED >>> 0 || 1;
function random(): number {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 4_294_967_296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
/** Log-normal around a mean: service times have a long right tail. */
function lognormal(mean: number, sigma = 0.45): number {
  const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return mean * Math.exp(sigma * z - (sigma * sigma) / 2);
}

// --- the hall, the hub, the clients --------------------------------------------------------------

class SimClock implements Clock {
  t = OPEN - 10 * MIN;
  now(): number {
    return this.t;
  }
}

type Ack<T> = ({ ok: true } & T) | { ok: false; code: string; message: string };

function emit<T>(socket: Socket, event: string, payload: unknown): Promise<Ack<T>> {
  const reply = socket.timeout(10_000).emitWithAck(event, payload) as Promise<Ack<T>>;
  return reply.catch((err: unknown) => {
    throw new Error(`${event} ${JSON.stringify(payload)} at ${new Date(clock.t).toISOString()}: ${String(err)}`);
  });
}

const clock = new SimClock();

async function connect(url: string, token: string): Promise<Socket> {
  // The hub allows 5 handshakes a second per address: the hall's screens come up one a second before opening.
  clock.t += 1000;
  const socket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: { token, protocolVersion: PROTOCOL_VERSION },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

let requestSeq = 0;
const rid = (who: string) => `sim-${who}-${(++requestSeq).toString(36)}`;

/**
 * Booking-lane citizens: a booking made by an admin over HTTP (POST /api/v1/bookings), checked in at the
 * kiosk with its code. Kept in one place because the booking API is being reworked.
 */
async function makeBooking(
  url: string,
  adminToken: string,
  serviceId: string,
  slotStart: number,
): Promise<string | undefined> {
  const post = () =>
    fetch(`${url}/api/v1/bookings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ serviceId, slotStart, name: '预约市民' }),
    });
  let res = await post();
  // The morning's bookings go in one burst: past the HTTP rate limit, wait a second as the hub asks (on
  // the hall clock, which its rate limits run on) and go on.
  while (res.status === 429) {
    clock.t += 1000;
    res = await post();
  }
  const body = (await res.json()) as { code?: string };
  if (res.status !== 201) {
    bookingRefusals.push(`${res.status} ${body.code ?? ''}`);
    return undefined;
  }
  return body.code;
}
const bookingRefusals: string[] = [];

interface Citizen {
  arrives: number;
  serviceId: string;
  lane: 'normal' | 'elderly' | 'booking';
  bookingCode?: string;
  ticket?: Ticket;
  estimate?: IssuedTicket['wait'];
  firstCalledAt?: number;
}

interface Desk {
  number: number;
  token: string;
  opensAt: number;
  lunchAt: number;
  state: 'closed' | 'free' | 'busy' | 'paused' | 'done';
  next: number;
  /** What the desk does at `next` while busy. */
  step?: 'show-up' | 'finish' | 'no-show';
  ticketId?: string;
  lunched: boolean;
  /** The hall's last event id when call-next last found nobody: no point asking again before it moves. */
  idleAt?: number;
  serves: (serviceId: string) => boolean;
  elderlyOnly: boolean;
}

async function main(): Promise<void> {
  const started = Date.now();
  // tmpfs when there is one: the day is about the hub's logic; fsync is measured by `pnpm bench`.
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const dir = mkdtempSync(join(base, 'hall-sim-'));
  const store = new HallStore(join(dir, 'hall.db'));
  const demo: HallConfig = loadHallConfig(DEMO_CONFIG_PATH);
  // The demo hall's hours (09:00–17:00 on a Wednesday), but everyone who took a number before closing is
  // served, as halls do on a peak day: windows go on calling for up to 4 hours after 17:00.
  const config: HallConfig = { ...demo, policy: { ...demo.policy, closingGraceMinutes: 240 } };
  const hub = createHub({
    store,
    hallConfig: config,
    clock,
    log: pino({ level: 'silent' }),
    webRoot: join(dir, 'web'),
    printDir: join(dir, 'print'),
  });
  await hub.accounts.ensureAdmin('sim-admin-password');
  const login = async (username: string, password: string) => {
    const r = await hub.accounts.login(username, password);
    if (!r.ok) throw new Error(r.error.message);
    return r.value.token;
  };
  const admin = await login('admin', 'sim-admin-password');
  const port = await hub.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;

  // Four kiosks at the entrance and one wall display on socket.io; one clerk per open window.
  const kiosks = await Promise.all(
    [1, 2, 3, 4].map((i) =>
      connect(url, hub.accounts.createDevice({ role: 'kiosk', name: `sim kiosk ${i}` }, 'sim').token),
    ),
  );
  const displayToken = hub.accounts.createDevice({ role: 'display', name: 'sim display' }, 'sim').token;
  const display = await connect(url, displayToken);
  let stats: QueueStats | undefined;
  display.on('hall:stats', (s: QueueStats) => (stats = s));
  // The hub folds its figure pushes over 250 ms of real time, and a simulated day moves far faster: after
  // each step the desks read the figures as a polling display would.
  const refreshStats = async () => {
    const res = await fetch(`${url}/api/v1/queue`, { headers: { authorization: `Bearer ${displayToken}` } });
    if (res.ok) stats = (await res.json()) as QueueStats;
  };
  const called = new Map<string, number>();
  display.on('hall:event', (e: { type: string; ticket?: { id: string; calledAt: number | null } }) => {
    if (e.type === 'ticket.called' && e.ticket && !called.has(e.ticket.id))
      called.set(e.ticket.id, e.ticket.calledAt ?? clock.t);
  });

  const staffed = config.windows.filter((w) => w.kind !== 'complaints');
  const desks: Desk[] = [];
  for (const w of staffed) {
    const username = `sim-clerk-${w.number}`;
    await hub.accounts.createStaff({ username, password: 'sim-clerk-password', role: 'clerk', permissions: [] }, 'sim');
    const opensAt = OPEN + (random() < 0.8 ? random() * 10 * MIN : 30 * MIN + random() * 30 * MIN);
    desks.push({
      number: w.number,
      token: await login(username, 'sim-clerk-password'),
      opensAt,
      // Lunch in turns within the hall's staff break (11:30–13:30 in the demo hall).
      lunchAt: OPEN + 150 * MIN + random() * 90 * MIN,
      state: 'closed',
      next: opensAt,
      lunched: false,
      serves: (id) => w.services === 'all' || w.services.includes(id),
      elderlyOnly: w.lanes !== undefined && w.lanes.length === 1 && w.lanes[0] === 'elderly',
    });
  }

  // --- the day's citizens -----------------------------------------------------------------------
  const services = config.services.filter((s) =>
    staffed.some((w) => w.services === 'all' || w.services.includes(s.id)),
  );
  // Demand follows the hall's layout: a service listed at more windows draws more citizens.
  const weightOf = (id: string) =>
    1 + staffed.filter((w) => Array.isArray(w.services) && w.services.includes(id)).length;
  const weighted = services.flatMap((s) => Array.from({ length: weightOf(s.id) }, () => s.id));
  const citizens: Citizen[] = [];
  HOURLY.forEach((share, h) => {
    const n = Math.round(TICKETS * share);
    for (let i = 0; i < n; i++) {
      const r = random();
      citizens.push({
        arrives: OPEN + h * 60 * MIN + random() * 60 * MIN,
        serviceId: pick(weighted),
        lane: r < 0.08 ? 'elderly' : r < 0.1 ? 'booking' : 'normal',
      });
    }
  });
  citizens.sort((a, b) => a.arrives - b.arrives);
  clock.t = OPEN - 5 * MIN;
  for (const c of citizens.filter((x) => x.lane === 'booking')) {
    // Booked for the half hour the citizen arrives in.
    const slotStart = c.arrives - (c.arrives % (30 * MIN));
    c.bookingCode = await makeBooking(url, admin, c.serviceId, slotStart);
    if (c.bookingCode === undefined) c.lane = 'normal';
  }

  const serviceMinutes = new Map(config.services.map((s) => [s.id, s.avgServiceMinutes]));
  const zoneOf = new Map(config.services.map((s) => [s.id, s.zoneId]));
  const issuedById = new Map<string, Citizen>();
  const refusals = new Map<string, number>();
  const refuse = (what: string, code: string) =>
    refusals.set(`${what} ${code}`, (refusals.get(`${what} ${code}`) ?? 0) + 1);
  let transfers = 0;
  let pauses = 0;

  /** A free desk asks for the next citizen only when the display's figures show someone it could call. */
  const idle = (d: Desk) =>
    d.idleAt !== undefined &&
    (d.idleAt === stats?.eventId ||
      !stats?.services.some((x) => d.serves(x.serviceId) && (d.elderlyOnly ? x.waitingElderly : x.waiting) > 0));
  const waitingNow = () => stats?.services.reduce((n, s) => n + s.waiting, 0) ?? 0;
  /** Waiting tickets a window may still call (the closing grace has not run out for their service). */
  const callableNow = () => stats?.services.reduce((n, s) => n + (s.callable ? s.waiting : 0), 0) ?? 0;

  async function issue(c: Citizen, kiosk: Socket): Promise<void> {
    const body = {
      requestId: rid('kiosk'),
      serviceId: c.serviceId,
      lane: c.lane,
      ...(c.bookingCode ? { bookingCode: c.bookingCode } : {}),
    };
    const ack = await emit<IssuedTicket>(kiosk, 'ticket:issue', body);
    if (!ack.ok) {
      refuse('issue', ack.code);
      return;
    }
    c.ticket = ack.ticket;
    c.estimate = ack.wait;
    issuedById.set(ack.ticket.id, c);
  }

  async function act(
    d: Desk,
    action: string,
    extra: Record<string, unknown> = {},
  ): Promise<WindowCommandResult | undefined> {
    // The counter terminals' commands go over HTTP, which the hub treats exactly as the socket commands:
    // 43 staff sockets would each parse every full-ticket push, and the day would take minutes to simulate.
    const res = await fetch(`${url}/api/v1/windows/${d.number}/${action}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${d.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ requestId: rid(`w${d.number}`), ...extra }),
    });
    const body = (await res.json()) as WindowCommandResult & { code?: string };
    if (res.status !== 200) {
      if (body.code !== 'NO_TICKET_WAITING') refuse(action, body.code ?? String(res.status));
      return undefined;
    }
    return body;
  }

  async function desk(d: Desk, now: number): Promise<void> {
    if (d.next > now || d.state === 'done') return;
    if (d.state === 'closed') {
      if (await act(d, 'open')) d.state = 'free';
      d.next = now;
      return;
    }
    if (d.state === 'paused') {
      if (await act(d, 'resume')) d.state = 'free';
      d.next = now;
      return;
    }
    if (d.state === 'free') {
      if (!d.lunched && now >= d.lunchAt) {
        d.lunched = true;
        if (await act(d, 'pause', { reason: '午休 lunch' })) {
          pauses++;
          d.state = 'paused';
          d.next = now + (21 + random() * 18) * MIN;
          return;
        }
      }
      // After hours, with nobody left to call (the hall empty, or the closing grace over), the clerk goes home.
      if (now >= CLOSE && callableNow() === 0) {
        if (await act(d, 'close')) d.state = 'done';
        return;
      }
      if (idle(d)) return;
      const r = await act(d, 'call-next');
      if (!r?.ticket) {
        // Nobody for this window: the clerk looks again once something happens in the hall.
        d.idleAt = stats?.eventId;
        d.next = now + 30_000;
        return;
      }
      d.idleAt = undefined;
      d.state = 'busy';
      d.ticketId = r.ticket.id;
      // 3 % do not come; the others walk up in 20–60 s.
      d.step = random() < 0.03 ? 'no-show' : 'show-up';
      d.next = now + (d.step === 'no-show' ? 20_000 : 20_000 + random() * 40_000);
      return;
    }
    // busy
    if (d.step === 'no-show') {
      // The policy wants a recall first; then the clerk may mark the no-show.
      if (await act(d, 'recall')) {
        d.step = undefined;
        d.next = now + 60_000;
      } else d.next = now + 5_000;
      return;
    }
    if (d.step === undefined) {
      await act(d, 'no-show');
      d.state = 'free';
      d.next = now;
      return;
    }
    if (d.step === 'show-up') {
      await act(d, 'start');
      const t = issuedById.get(d.ticketId ?? '');
      d.step = 'finish';
      d.next = now + lognormal(serviceMinutes.get(t?.ticket?.serviceId ?? '') ?? 10) * MIN;
      return;
    }
    // finish, or 4 % sent on to another service of the same zone (a second queue, same number)
    const c = issuedById.get(d.ticketId ?? '');
    const sid = c?.ticket?.serviceId ?? '';
    const others = config.services.filter((s) => s.zoneId === zoneOf.get(sid) && s.id !== sid && services.includes(s));
    if (random() < 0.04 && others.length > 0) {
      const to = pick(others).id;
      if (await act(d, 'transfer', { toServiceId: to, note: '请到本区另一业务继续办理' })) {
        transfers++;
        if (c?.ticket) c.ticket = { ...c.ticket, serviceId: to };
      }
    } else await act(d, 'finish');
    d.state = 'free';
    d.next = now;
  }

  // --- run ----------------------------------------------------------------------------------------
  let next = 0;
  let kioskTurn = 0;
  let steps = 0;
  let lastNote = Date.now();
  /** The next moment anything can happen: an arrival, a desk's next step, lunch, closing time. */
  const nextDue = (now: number) => {
    let due = citizens[next]?.arrives ?? Infinity;
    if (now < CLOSE) due = Math.min(due, CLOSE);
    for (const d of desks) {
      if (d.state === 'done') continue;
      const waits = d.state === 'free' && idle(d);
      due = Math.min(due, waits ? (d.lunched ? Infinity : Math.max(d.lunchAt, d.next)) : d.next);
      if (waits && now >= CLOSE && callableNow() === 0) due = now;
    }
    return due;
  };
  for (clock.t = OPEN; ; clock.t = Math.max(clock.t + STEP, Math.ceil(nextDue(clock.t) / STEP) * STEP)) {
    if (!Number.isFinite(clock.t)) throw new Error(`nothing more can happen, with ${waitingNow()} still waiting`);
    hub.hall.advanceDay();
    const now = clock.t;
    steps++;
    if (Date.now() - lastNote > 10_000) {
      lastNote = Date.now();
      process.stderr.write(
        `  … ${new Date(now + 8 * 3600_000).toISOString().slice(11, 16)}, ${next} arrived, ${waitingNow()} waiting\n`,
      );
    }
    const work: Array<Promise<void>> = [];
    while (next < citizens.length && (citizens[next]?.arrives ?? Infinity) <= now) {
      work.push(issue(citizens[next] as Citizen, kiosks[kioskTurn++ % kiosks.length] as Socket));
      next++;
    }
    for (const d of desks) work.push(desk(d, now));
    await Promise.all(work);
    await refreshStats();
    if (now > CLOSE && desks.every((d) => d.state === 'done')) break;
    if (now > CLOSE + 16 * 60 * MIN) throw new Error('the hall did not empty by the next morning');
  }
  const endedAt = clock.t;
  // Whoever still waits once the closing grace is over is not called today: the day close at midnight
  // cancels those tickets, as it would in the hall.
  const leftAfterGrace = waitingNow();
  // The admin's view of the day's numbers, read before the day closes and every prefix starts again.
  const numberingRes = await fetch(`${url}/api/v1/numbering`, { headers: { authorization: `Bearer ${admin}` } });
  const { prefixes } = (await numberingRes.json()) as NumberingReply;
  clock.t = Date.parse(`${DAY}T16:01:00Z`); // 00:01 the next day in Asia/Shanghai
  hub.hall.advanceDay();
  // A new hall day: the admin signs in again (sessions follow the hall clock).
  const reader = await login('admin', 'sim-admin-password');

  // --- the hub's own record of the day --------------------------------------------------------------
  const res = await fetch(`${url}/api/v1/tickets?day=${DAY}`, { headers: { authorization: `Bearer ${reader}` } });
  const { tickets: stored } = (await res.json()) as { tickets: Ticket[] };
  const numbers = stored.map((t) => t.number);
  const problems: string[] = [];
  if (new Set(numbers).size !== numbers.length) problems.push('a number was issued twice');
  const acked = citizens.filter((c) => c.ticket);
  const storedIds = new Set(stored.map((t) => t.id));
  const lost = acked.filter((c) => !storedIds.has(c.ticket?.id ?? ''));
  if (lost.length > 0) problems.push(`${lost.length} acknowledged tickets missing`);
  if (stored.length !== acked.length) problems.push(`${stored.length} stored tickets for ${acked.length} acknowledged`);
  const open = stored.filter((t) => !FINAL_STATES.includes(t.state));
  if (open.length > 0)
    problems.push(`${open.length} tickets not in a final state (${[...new Set(open.map((t) => t.state))].join(', ')})`);
  // Gaps: each prefix numbered 1..n.
  const byPrefix = new Map<string, number[]>();
  for (const t of stored) byPrefix.set(t.prefix, [...(byPrefix.get(t.prefix) ?? []), t.seq]);
  for (const [p, seqs] of byPrefix) {
    seqs.sort((a, b) => a - b);
    if (seqs.some((s, i) => s !== i + 1)) problems.push(`prefix ${p} has a gap or a repeat`);
  }
  // Numbers never run out (issue 14): past its width a prefix's numbers grow a digit instead of refusing.
  const outOfNumbers = refusals.get('issue NUMBERS_EXHAUSTED') ?? 0;
  if (outOfNumbers > 0) problems.push(`${outOfNumbers} citizens refused for want of numbers`);

  // --- figures --------------------------------------------------------------------------------------
  const waits = new Map<string, number[]>();
  const records: WaitRecord[] = [];
  for (const c of acked) {
    const t = stored.find((s) => s.id === c.ticket?.id);
    const firstCall = t?.history.find((h) => h.action === 'called')?.at;
    if (!t || firstCall === undefined) continue;
    const wait = (firstCall - t.issuedAt) / MIN;
    const zone = zoneOf.get(c.serviceId) ?? '?';
    waits.set(zone, [...(waits.get(zone) ?? []), wait]);
    if (c.estimate !== undefined)
      records.push({ zoneId: zone, lane: c.lane, issuedAt: t.issuedAt, forecast: c.estimate, waitMinutes: wait });
  }
  const states = new Map<string, number>();
  for (const t of stored) states.set(t.state, (states.get(t.state) ?? 0) + 1);
  const hhmm = (t: number) => new Date(t + 8 * 3600_000).toISOString().slice(11, 16);
  const took = (Date.now() - started) / 1000;

  console.log(
    `hall day simulation: ${DAY} (Wednesday) 09:00–17:00 Asia/Shanghai, seed ${SEED}, ${desks.length} windows staffed`,
  );
  console.log(
    `tickets issued ${acked.length} (of ${citizens.length} arrivals), served ${states.get('done') ?? 0}, no-show ${states.get('no-show') ?? 0}, cancelled ${states.get('cancelled') ?? 0}`,
  );
  if (leftAfterGrace > 0)
    console.log(`${leftAfterGrace} still waiting when the closing grace ended: cancelled at the day close`);
  console.log(`service times: each service's avgServiceMinutes as configured (log-normal around it)`);
  console.log(
    `lanes: elderly ${acked.filter((c) => c.lane === 'elderly').length}, booking ${acked.filter((c) => c.lane === 'booking').length}; transfers ${transfers}; lunch pauses ${pauses}; last window closed ${hhmm(endedAt)}`,
  );
  console.log(`\nwait from issue to first call, per zone (minutes):`);
  const rows = [...waits].sort((a, b) => b[1].length - a[1].length);
  console.log(`${'zone'.padEnd(22)} ${'tickets'.padStart(7)} ${'mean'.padStart(6)} ${'p90'.padStart(6)}`);
  for (const [zone, w] of rows) {
    w.sort((a, b) => a - b);
    const mean = w.reduce((a, b) => a + b, 0) / w.length;
    const p90 = w[Math.min(w.length - 1, Math.ceil(0.9 * w.length) - 1)] ?? 0;
    console.log(
      `${zone.padEnd(22)} ${String(w.length).padStart(7)} ${mean.toFixed(1).padStart(6)} ${p90.toFixed(1).padStart(6)}`,
    );
  }
  console.log(`\n${estimateLine(`${TICKETS}-arrival day through the hub`, records)} (${records.length} tickets)`);
  console.log(
    `numbers: ${outOfNumbers} citizens refused for want of numbers; ${
      prefixes
        .filter((p) => p.level !== 'ok')
        .map((p) => `${p.prefix} (${p.numberDigits} digits) ${p.level} at ${p.lastSeq}`)
        .join(', ') || 'every prefix within its width'
    }`,
  );
  const refusalText = [...refusals].map(([k, v]) => `${k} ×${v}`).join(', ') || 'none';
  console.log(
    `refused commands: ${refusalText}${bookingRefusals.length ? `; bookings refused: ${bookingRefusals.join(', ')}` : ''}`,
  );
  console.log(
    `\nchecks: ${problems.length === 0 ? 'OK — no number twice, none lost, no gap, every ticket final, none refused for want of numbers' : problems.join('; ')}`,
  );
  console.log(`${steps} steps of ${STEP / 1000} s, ${requestSeq} commands`);
  console.log(`ran in ${took.toFixed(1)} s (database on ${base})`);

  for (const s of [...kiosks, display]) s.disconnect();
  await hub.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
  if (problems.length > 0) process.exit(1);
}

(HUB ? main() : Promise.resolve(printModelDays(loadHallConfig(DEMO_CONFIG_PATH), SEED, hitOption('tickets')))).catch(
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
