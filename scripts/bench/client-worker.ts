/**
 * A benchmark client process: holds a share of the sockets (kiosks, counters, displays, idle screens),
 * drives the load it is told to and reports raw timings to the coordinator. Runs the same code against
 * the hub and against the bare socket.io server.
 */
import { io, type Socket } from 'socket.io-client';
import { nowMs, sleep, type ConnectMsg, type SocketSpec, type StartMsg, type WorkerResult } from './common.ts';

interface Ack {
  ok: boolean;
  code?: string;
  ticket?: { id: string } | null;
}
interface CalledEvent {
  type: string;
  ticket?: { id: string };
}

const PROTOCOL_VERSION = 1;
const sockets: Array<{ spec: SocketSpec; socket: Socket }> = [];
const result: WorkerResult = {
  type: 'result',
  issueMs: [],
  calls: [],
  seen: [],
  displays: 0,
  ops: 0,
  errors: {},
  noAck: 0,
  disconnects: 0,
  cpuMs: 0,
};
const seen = new Map<string, { last: number; count: number }>();
let recording = false;
let running = false;
let requestSeq = 0;
const tag = `${process.pid.toString(36)}-${Date.now().toString(36)}`;

function send(msg: unknown): void {
  process.send?.(msg);
}

function connectOne(url: string, bare: boolean, spec: SocketSpec): Promise<Socket> {
  const socket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    localAddress: spec.localAddress,
    auth: { token: spec.token, protocolVersion: PROTOCOL_VERSION },
    ...(bare ? { query: { role: spec.role } } : {}),
  } as Parameters<typeof io>[1]);
  if (spec.role === 'display') {
    socket.on('hall:event', (e: CalledEvent) => {
      if (e.type !== 'ticket.called' || !e.ticket) return;
      const at = nowMs();
      const s = seen.get(e.ticket.id);
      if (s) {
        s.last = at;
        s.count += 1;
      } else seen.set(e.ticket.id, { last: at, count: 1 });
    });
  }
  socket.on('disconnect', () => {
    if (running) result.disconnects += 1;
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err: Error & { data?: unknown }) =>
      reject(new Error(`${spec.role} from ${spec.localAddress}: ${err.message} ${JSON.stringify(err.data ?? '')}`)),
    );
  });
}

function command(socket: Socket, event: string, payload: Record<string, unknown>): Promise<Ack | undefined> {
  requestSeq += 1;
  result.ops += recording ? 1 : 0;
  return new Promise((resolve) => {
    socket
      .timeout(15_000)
      .emit(event, { ...payload, requestId: `bench-${tag}-${requestSeq}` }, (err: unknown, ack: Ack) => {
        if (err) {
          if (recording) result.noAck += 1;
          resolve(undefined);
          return;
        }
        if (!ack.ok && recording) result.errors[ack.code ?? '?'] = (result.errors[ack.code ?? '?'] ?? 0) + 1;
        resolve(ack);
      });
  });
}

async function kioskLoop(socket: Socket, spec: SocketSpec, everyMs: number): Promise<void> {
  const services = spec.services ?? [];
  let i = Math.floor(Math.random() * services.length);
  let next = nowMs() + Math.random() * everyMs;
  while (running) {
    if (next < nowMs() - 4 * everyMs) next = nowMs();
    await sleep(next - nowMs());
    if (!running) break;
    next += everyMs * (0.5 + Math.random());
    const serviceId = services[i++ % services.length];
    const t0 = nowMs();
    const measured = recording;
    // Open loop: the next issue does not wait for this answer.
    void command(socket, 'ticket:issue', { serviceId, lane: 'normal' }).then((ack) => {
      if (measured && ack?.ok) result.issueMs.push(nowMs() - t0);
    });
  }
}

async function clerkLoop(socket: Socket, spec: SocketSpec, cycleMs: number): Promise<void> {
  const window = spec.window;
  const step = cycleMs / 3;
  let next = nowMs() + Math.random() * cycleMs;
  while (running) {
    // A window that fell behind (a slow hub) carries on from now rather than bursting to catch up.
    if (next < nowMs() - cycleMs) next = nowMs();
    await sleep(next - nowMs());
    if (!running) break;
    next += step;
    const t0 = nowMs();
    const measured = recording;
    const called = await command(socket, 'window:call-next', { window });
    if (!called?.ok || !called.ticket) continue;
    if (measured) result.calls.push([called.ticket.id, t0]);
    await sleep(next - nowMs());
    next += step;
    await command(socket, 'window:start', { window });
    await sleep(next - nowMs());
    next += step;
    await command(socket, 'window:finish', { window });
  }
}

async function onConnect(msg: ConnectMsg): Promise<void> {
  // A few at a time: a real hall's screens do not all connect in the same millisecond either.
  for (let i = 0; i < msg.sockets.length; i += 50) {
    const batch = msg.sockets.slice(i, i + 50);
    const opened = await Promise.all(batch.map((spec) => connectOne(msg.url, msg.bare, spec)));
    opened.forEach((socket, j) => sockets.push({ spec: batch[j] as SocketSpec, socket }));
  }
  result.displays = sockets.filter((s) => s.spec.role === 'display').length;
  for (const { spec, socket } of sockets) {
    if (spec.role !== 'clerk') continue;
    const ack = await command(socket, 'window:open', { window: spec.window });
    if (!ack?.ok) throw new Error(`window ${spec.window} did not open: ${JSON.stringify(ack)}`);
  }
  send({ type: 'connected', sockets: sockets.length });
}

async function onStart(msg: StartMsg): Promise<void> {
  running = true;
  const loops: Array<Promise<void>> = [];
  for (const { spec, socket } of sockets) {
    if (spec.role === 'kiosk') loops.push(kioskLoop(socket, spec, msg.issueEveryMs));
    // Counters start a little later, once the kiosks have built up a short queue.
    if (spec.role === 'clerk') loops.push(sleep(1000).then(() => clerkLoop(socket, spec, msg.cycleMs)));
  }
  await sleep(msg.warmupMs);
  const cpu0 = process.cpuUsage();
  recording = true;
  await sleep(msg.measureMs);
  recording = false;
  const cpu = process.cpuUsage(cpu0);
  result.cpuMs = (cpu.user + cpu.system) / 1000;
  running = false;
  await Promise.all(loops);
  // Late answers and pushes of the last commands.
  await sleep(2000);
  for (const [id, s] of seen) result.seen.push([id, s.last, s.count]);
  for (const { socket } of sockets) socket.disconnect();
  send(result);
}

process.on('message', (msg: ConnectMsg | StartMsg) => {
  const run = msg.type === 'connect' ? onConnect(msg) : onStart(msg);
  run.catch((err: unknown) => {
    send({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  });
});
