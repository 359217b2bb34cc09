import { issuedTicketSchema, type ErrorBody, type Lane, type Ticket } from '@hall/protocol';
import { api, connected, emitAck, socketClient, type HallSocket } from './clients.ts';

export interface IssueBody {
  requestId: string;
  serviceId: string;
  lane: Lane;
}

/**
 * What one attempt told the kiosk. `lost` is the case that matters after a crash: no answer at all, so
 * the kiosk cannot know whether the hub stored the ticket before it died.
 */
export type IssueOutcome =
  | { kind: 'ticket'; ticket: Ticket; /** HTTP only: 200 = the stored first result, 201 = new. */ replayed?: boolean }
  | { kind: 'refused'; error: ErrorBody }
  | { kind: 'lost'; reason: string };

export interface KioskWire {
  issue(body: IssueBody): Promise<IssueOutcome>;
  close(): void;
}

export type WireKind = 'http' | 'socket';

const ATTEMPT_TIMEOUT_MS = 5_000;

function lost(err: unknown): IssueOutcome {
  return {
    kind: 'lost',
    reason: err instanceof Error ? `${err.message}${err.cause ? ` (${String(err.cause)})` : ''}` : String(err),
  };
}

export function httpWire(url: string, token: string): KioskWire {
  return {
    async issue(body) {
      try {
        const r = await api<unknown>(url, '/api/v1/tickets', { token, body, timeoutMs: ATTEMPT_TIMEOUT_MS });
        if (r.status === 200 || r.status === 201) {
          return { kind: 'ticket', ticket: issuedTicketSchema.parse(r.body).ticket, replayed: r.status === 200 };
        }
        return { kind: 'refused', error: r.body as ErrorBody };
      } catch (err) {
        return lost(err);
      }
    },
    close() {},
  };
}

export async function socketWire(url: string, token: string): Promise<KioskWire> {
  const socket: HallSocket = socketClient(url, token);
  await connected(socket);
  return {
    async issue(body) {
      // A disconnected socket.io client buffers the packet for a reconnect that never comes here.
      if (!socket.connected) return { kind: 'lost', reason: 'socket not connected' };
      try {
        const ack = await emitAck(socket, 'ticket:issue', body, ATTEMPT_TIMEOUT_MS);
        if (ack.ok) return { kind: 'ticket', ticket: issuedTicketSchema.parse(ack).ticket };
        return { kind: 'refused', error: { code: ack.code, message: ack.message } };
      } catch (err) {
        return lost(err);
      }
    },
    close() {
      socket.disconnect();
    },
  };
}

export function openWire(kind: WireKind, url: string, token: string): Promise<KioskWire> {
  return kind === 'http' ? Promise.resolve(httpWire(url, token)) : socketWire(url, token);
}

/** A kiosk device as the test drives it: its token and the face of the hub it talks to. */
export interface KioskDevice {
  name: string;
  token: string;
  wire: WireKind;
}

export type KioskWires = Map<string, KioskWire>;

export async function openWires(kiosks: readonly KioskDevice[], url: string): Promise<KioskWires> {
  const wires = await Promise.all(kiosks.map((k) => openWire(k.wire, url, k.token)));
  return new Map(kiosks.map((k, i) => [k.name, wires[i] as KioskWire]));
}

export function wireOf(wires: KioskWires, kiosk: string): KioskWire {
  const w = wires.get(kiosk);
  if (!w) throw new Error(`no wire for kiosk ${kiosk}`);
  return w;
}

export function closeWires(wires: KioskWires): void {
  for (const w of wires.values()) w.close();
}
