/** Where the guidance desk prints: HALL_GUIDE_PRINTER, `tcp://host:9100` or `virtual` (unset: virtual). */
export type DeskPrinterAddress = { kind: 'virtual' } | { kind: 'tcp'; host: string; port: number };

export function deskPrinterAddressOf(raw: string | undefined): DeskPrinterAddress {
  if (raw === undefined || raw === '' || raw === 'virtual') return { kind: 'virtual' };
  const bad = () =>
    new Error(
      `HALL_GUIDE_PRINTER must be tcp://<host>:<port> (a network ticket printer, port 9100) or virtual, got "${raw}"`,
    );
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw bad();
  }
  if (url.protocol !== 'tcp:' || url.hostname === '' || url.pathname.replace(/^\/+/, '') !== '' || url.search !== '') {
    throw bad();
  }
  const port = url.port === '' ? 9100 : Number(url.port);
  return { kind: 'tcp', host: url.hostname.replace(/^\[|\]$/g, ''), port };
}
