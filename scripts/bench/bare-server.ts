/**
 * The transport baseline: a bare socket.io server, set up like the hub's (websocket, same ping and buffer
 * settings), that acknowledges every command at once and broadcasts one event per command to the rooms
 * that watch the hall, with a payload of the hub's size. No auth, no validation, no database, no queue.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, {
  serveClient: false,
  maxHttpBufferSize: 64 * 1024,
  pingInterval: 10_000,
  pingTimeout: 5_000,
  cors: { origin: true },
});

let seq = 0;
/** About the size of a public ticket as a display sees it. */
function ticket(id: string, state: string) {
  return {
    id,
    number: `A${String(seq % 1000).padStart(3, '0')}`,
    businessDay: '2026-11-25',
    prefix: 'A',
    seq,
    serviceId: 'resident-medical-insurance',
    lane: 'normal',
    state,
    queueSeq: seq,
    issuedAt: Date.now(),
    queuedAt: Date.now(),
    targetWindow: null,
    window: 1,
    calledAt: Date.now(),
    startedAt: null,
    finishedAt: null,
    recalls: 0,
  };
}

io.on('connection', (socket) => {
  const role = String(socket.handshake.query.role ?? '');
  void socket.join(role === 'display' ? 'display' : role === 'clerk' || role === 'idle-staff' ? 'staff' : 'kiosk');
  const handle = (type: string, state: string) => (payload: { window?: number }, ack: (r: unknown) => void) => {
    seq += 1;
    const id = `bare/${seq}`;
    const t = ticket(id, state);
    ack({ ok: true, ticket: t, window: { number: payload.window ?? 0 } });
    io.to(['display', 'staff']).emit('hall:event', {
      id: seq,
      type,
      at: Date.now(),
      businessDay: t.businessDay,
      ticket: t,
    });
  };
  socket.on('ticket:issue', handle('ticket.issued', 'waiting'));
  socket.on('window:open', handle('window.opened', 'waiting'));
  socket.on('window:call-next', handle('ticket.called', 'called'));
  socket.on('window:start', handle('ticket.started', 'serving'));
  socket.on('window:finish', handle('ticket.finished', 'done'));
});

http.listen(0, '127.0.0.1', () => {
  process.send?.({ type: 'listening', port: (http.address() as AddressInfo).port });
});
process.on('SIGTERM', () => process.exit(0));
