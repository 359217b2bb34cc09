import { describe, expect, it } from 'vitest';
import { deskPrinterAddressOf } from './desk-printer-address.ts';

describe('HALL_GUIDE_PRINTER', () => {
  it('is the virtual printer when unset, empty or "virtual"', () => {
    for (const raw of [undefined, '', 'virtual']) expect(deskPrinterAddressOf(raw)).toEqual({ kind: 'virtual' });
  });

  it('reads a network printer, port 9100 by default', () => {
    expect(deskPrinterAddressOf('tcp://10.0.0.7:9100')).toEqual({ kind: 'tcp', host: '10.0.0.7', port: 9100 });
    expect(deskPrinterAddressOf('tcp://desk-printer')).toEqual({ kind: 'tcp', host: 'desk-printer', port: 9100 });
    expect(deskPrinterAddressOf('tcp://127.0.0.1:9101')).toEqual({ kind: 'tcp', host: '127.0.0.1', port: 9101 });
  });

  it('refuses anything else, naming the variable and the value', () => {
    for (const raw of ['10.0.0.7:9100', 'http://10.0.0.7', 'tcp://', 'tcp://h:9100/x', 'usb://1', 'tcp://h:99999']) {
      expect(() => deskPrinterAddressOf(raw), raw).toThrow(/HALL_GUIDE_PRINTER must be tcp:\/\/<host>:<port>/);
    }
  });
});
