import { SerialPortMock } from 'serialport';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serialPrinter } from './serial-printer.ts';
import type { SerialFactory, SerialLike } from './serial-printer.ts';

const PATH = '/dev/ttyPRINTER';

/** serialport's own mock port, answering DLE EOT n with replies[n] (or silent without one). */
function answering(replies: Record<number, number>, ports: SerialPortMock[]): SerialFactory {
  return (options) => {
    const port = new SerialPortMock(options);
    ports.push(port);
    const like: SerialLike = {
      get isOpen() {
        return port.isOpen;
      },
      open: (cb) => port.open(cb),
      write: (bytes) => {
        const written = port.write(bytes);
        const reply = bytes[0] === 0x10 && bytes[1] === 0x04 ? replies[bytes[2] ?? 0] : undefined;
        if (reply !== undefined) setTimeout(() => port.port?.emitData(Buffer.from([reply])), 5);
        return written;
      },
      drain: (cb) => port.drain(cb),
      close: (cb) => port.close(cb),
      on: ((event: string, listener: (...args: unknown[]) => void) => port.on(event, listener)) as SerialLike['on'],
      destroy: () => port.destroy(),
    };
    return like;
  };
}

beforeEach(() => SerialPortMock.binding.createPort(PATH, { echo: false, record: true }));
afterEach(() => SerialPortMock.binding.reset());

describe('serial printer (serialport mock)', () => {
  it('reads the DLE EOT answers and writes the job', async () => {
    const ports: SerialPortMock[] = [];
    const p = serialPrinter({ path: PATH, timeoutMs: 300 }, answering({ 1: 0x12, 2: 0x12, 3: 0x12, 4: 0x1e }, ports));
    expect(await p.status()).toEqual({ condition: 'ready', paperNearEnd: true, detail: 'paper near end' });
    await p.print(Buffer.from('A012\n'));
    expect(ports[0]?.port?.recording.toString('hex')).toBe('100401100402100403100404' + '413031320a');
    await p.close();
  });

  it('is offline within the timeout when nothing answers', async () => {
    const p = serialPrinter({ path: PATH, timeoutMs: 200 }, answering({}, []));
    const started = Date.now();
    expect(await p.status()).toMatchObject({ condition: 'offline' });
    expect(Date.now() - started).toBeLessThan(1500);
    await p.close();
  });

  it('is offline when the port does not exist', async () => {
    const p = serialPrinter({ path: '/dev/ttyNOTHERE', timeoutMs: 200 }, answering({}, []));
    expect(await p.status()).toMatchObject({ condition: 'offline' });
    await expect(p.print(Buffer.from('x'))).rejects.toThrow(/print failed/);
  });
});
