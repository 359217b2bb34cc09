/**
 * The QR code's link: the hub's `statusUrl` under the hall's public address (HALL_PUBLIC_URL) when it has one,
 * else the hub as this kiosk reaches it plus the ticket's `statusPath`.
 */
export function ticketStatusUrl(
  hubBase: string,
  reply: { statusPath?: string; statusUrl?: string | undefined },
): string {
  return reply.statusUrl ?? statusUrlOf(hubBase, reply.statusPath);
}

/**
 * The phone status page of a ticket: the hub's address plus the ticket's `statusPath`. In the browser the
 * hub is the page's own origin; in Electron it is the configured `hubUrl`.
 */
export function hubBaseUrl(hubUrl: string, pageOrigin: string | undefined): string {
  const base = hubUrl.trim() !== '' ? hubUrl.trim() : (pageOrigin ?? '');
  return base.replace(/\/+$/, '');
}

export function statusUrlOf(hubBase: string, statusPath: string | undefined): string {
  if (statusPath === undefined || statusPath === '') return `${hubBase}/`;
  return `${hubBase}${statusPath.startsWith('/') ? '' : '/'}${statusPath}`;
}
