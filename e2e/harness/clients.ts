import { DEMO_CREDENTIALS } from '@hall/hub';
import {
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type ErrorBody,
  type LoginReply,
  type ServerToClientEvents,
} from '@hall/protocol';
import { io, type Socket } from 'socket.io-client';

export { DEMO_CREDENTIALS };

export type HallSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface ApiReply<T> {
  status: number;
  /** Parsed JSON as the hub sent it; the type is the caller's claim, not a check. */
  body: T;
}

export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  token?: string;
  body?: unknown;
  timeoutMs?: number;
}

/** One HTTP call to the hub's JSON API. Network errors (a killed hub) reject; HTTP errors resolve. */
export async function api<T = unknown>(url: string, path: string, o: ApiOptions = {}): Promise<ApiReply<T>> {
  const headers: Record<string, string> = {};
  if (o.token !== undefined) headers.authorization = `Bearer ${o.token}`;
  if (o.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${url}${path}`, {
    method: o.method ?? (o.body === undefined ? 'GET' : 'POST'),
    headers,
    ...(o.body !== undefined ? { body: JSON.stringify(o.body) } : {}),
    signal: AbortSignal.timeout(o.timeoutMs ?? 10_000),
  });
  const text = await res.text();
  return { status: res.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
}

export async function login(url: string, username: string, password: string): Promise<LoginReply> {
  const r = await api<LoginReply | ErrorBody>(url, '/api/v1/auth/login', { body: { username, password } });
  if (r.status !== 200) throw new Error(`login ${username} failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as LoginReply;
}

export const adminLogin = (url: string) => login(url, 'admin', DEMO_CREDENTIALS.adminPassword);

export function clerkLogin(url: string, username: 'clerk01' | 'clerk02' | 'lead01'): Promise<LoginReply> {
  const clerk = DEMO_CREDENTIALS.clerks.find((c) => c.username === username);
  if (!clerk) throw new Error(`no demo clerk ${username}`);
  return login(url, clerk.username, clerk.password);
}

/**
 * A socket.io client as the kiosk, counter and display speak it. It connects at once; attach listeners
 * before awaiting `connected` so the first snapshot is not missed. No reconnection by default: a test
 * hub that dies is restarted on another port, and a client retrying the old one is only noise.
 */
export function socketClient(url: string, token: string, lastEventId?: number, reconnection = false): HallSocket {
  return io(url, {
    auth: { token, protocolVersion: PROTOCOL_VERSION, ...(lastEventId !== undefined ? { lastEventId } : {}) },
    transports: ['websocket'],
    reconnection,
    forceNew: true,
  });
}

export function connected(socket: HallSocket, timeoutMs = 5_000): Promise<void> {
  if (socket.connected) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`socket did not connect within ${timeoutMs} ms`)), timeoutMs);
    const done = () => {
      clearTimeout(timer);
      socket.off('connect', onConnect);
      socket.off('connect_error', onError);
    };
    const fail = (err: Error) => {
      done();
      reject(err);
    };
    const onConnect = () => {
      done();
      resolve();
    };
    const onError = (err: Error) => {
      const data = (err as Error & { data?: unknown }).data;
      fail(new Error(`socket connect refused: ${err.message}${data ? ` ${JSON.stringify(data)}` : ''}`));
    };
    socket.on('connect', onConnect);
    socket.on('connect_error', onError);
  });
}

/** The acknowledgement type of a client → hub event. */
export type AckOf<E extends keyof ClientToServerEvents> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];

/**
 * Emits a command and resolves with the hub's ack. Rejects on timeout and, because socket.io-client
 * clears pending acks with an error on disconnect, as soon as the hub goes away.
 */
export function emitAck<E extends keyof ClientToServerEvents>(
  socket: HallSocket,
  event: E,
  payload: unknown,
  timeoutMs = 5_000,
): Promise<AckOf<E>> {
  // socket.io's typed emitWithAck cannot follow a generic event name; the ack type is restored here.
  const untyped = socket as unknown as Socket;
  return untyped.timeout(timeoutMs).emitWithAck(event, payload) as Promise<AckOf<E>>;
}
