import { PROTOCOL_VERSION, type HallEventMessage, type HallSnapshot } from '@hall/protocol';
import { io } from 'socket.io-client';
import { expect } from 'vitest';
import { connected, socketClient, type HallSocket } from './clients.ts';
import { lastEventId } from './hall-reads.ts';
import { until } from './wait.ts';

/**
 * A wall display's socket: keeps every pushed event and snapshot. Reconnecting with the last event id it
 * saw must bring exactly the missed events, across a hub crash too, since events are pushed only after
 * they are committed.
 */
export class DisplayWatch {
  readonly events: HallEventMessage[] = [];
  readonly snapshots: HallSnapshot[] = [];
  private readonly socket: HallSocket;

  private constructor(
    url: string,
    token: string,
    private readonly resumedFrom: number | undefined,
  ) {
    this.socket = socketClient(url, token, resumedFrom);
    this.socket.on('hall:event', (e) => this.events.push(e));
    this.socket.on('hall:snapshot', (s) => this.snapshots.push(s));
  }

  static async open(url: string, token: string, lastEventId?: number): Promise<DisplayWatch> {
    const watch = new DisplayWatch(url, token, lastEventId);
    await connected(watch.socket);
    return watch;
  }

  /** The newest event id this display knows: where it resumed from, its last snapshot, its events. */
  lastId(): number {
    const fromSnapshot = this.snapshots.at(-1)?.lastEventId ?? 0;
    return Math.max(this.resumedFrom ?? 0, fromSnapshot, ...this.events.map((e) => e.id));
  }

  close(): void {
    this.socket.disconnect();
  }
}

/** A display's pushed events follow each other without a gap or a repeat from where it (re)started. */
export function expectContiguous(watch: DisplayWatch): void {
  const ids = watch.events.map((e) => e.id);
  const from = ids[0] ?? 0;
  expect(ids, 'event ids pushed to the display').toEqual(ids.map((_, i) => from + i));
}

/**
 * The display reconnects to a restarted hub with the last event id it saw and must get exactly the
 * events it missed, as events rather than a snapshot; the new watch goes on watching.
 */
export async function catchUp(url: string, token: string, previous: DisplayWatch): Promise<DisplayWatch> {
  const from = previous.lastId();
  const newest = await lastEventId(url);
  const watch = await DisplayWatch.open(url, token, from);
  await until(`display catching up to event ${newest}`, () => watch.lastId() >= newest, 5_000);
  expect(watch.snapshots).toEqual([]);
  expect(watch.events.map((e) => e.id)).toEqual(Array.from({ length: newest - from }, (_, i) => from + 1 + i));
  return watch;
}

/** Events a display was shown are the stored ones: same id, same type, same ticket. */
export function expectShownWereStored(shown: readonly HallEventMessage[], stored: readonly HallEventMessage[]): void {
  const byId = new Map(stored.map((e) => [e.id, e]));
  for (const e of shown) {
    const s = byId.get(e.id);
    expect({ id: s?.id, type: s?.type, ticket: s?.ticket?.id }, `event ${e.id} as shown`).toEqual({
      id: e.id,
      type: e.type,
      ticket: e.ticket?.id,
    });
  }
}

/**
 * A display that reconnects by itself, as the wall display does: socket.io's own reconnection, offering the
 * last event id it applied each time, so that a restarted hub sends just the missed events. Nothing in the
 * test reopens it.
 */
export class ReconnectingDisplay {
  readonly events: HallEventMessage[] = [];
  readonly snapshots: HallSnapshot[] = [];
  /** Events pushed again that it had already applied: never expected. */
  readonly repeats: number[] = [];
  reconnects = 0;
  private readonly socket: HallSocket;

  constructor(url: string, token: string) {
    this.socket = io(url, {
      auth: (send) =>
        send({
          token,
          protocolVersion: PROTOCOL_VERSION,
          ...(this.lastId() > 0 ? { lastEventId: this.lastId() } : {}),
        }),
      transports: ['websocket'],
      reconnection: true,
      reconnectionDelay: 100,
      reconnectionDelayMax: 500,
      forceNew: true,
    });
    this.socket.on('hall:event', (e) => {
      if (e.id <= this.lastId()) this.repeats.push(e.id);
      else this.events.push(e);
    });
    this.socket.on('hall:snapshot', (s) => this.snapshots.push(s));
    this.socket.io.on('reconnect', () => (this.reconnects += 1));
  }

  async ready(): Promise<void> {
    await connected(this.socket);
  }

  lastId(): number {
    return Math.max(this.snapshots.at(-1)?.lastEventId ?? 0, this.events.at(-1)?.id ?? 0);
  }

  close(): void {
    this.socket.disconnect();
  }
}
