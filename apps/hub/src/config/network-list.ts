import { isIP } from 'node:net';

/** Splits a comma-separated list; blanks are dropped, so `a, b,` is two entries. */
function entries(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** HALL_TRUSTED_PROXIES: IPv4/IPv6 addresses or CIDRs (`10.0.0.0/8`, `fd00::/8`); a bad entry stops the hub. */
export function trustedProxiesOf(raw: string | undefined): string[] {
  return entries(raw).map((entry) => {
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const maxPrefix = family === 4 ? 32 : 128;
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= maxPrefix);
    if (family === 0 || rest.length > 0 || !prefixOk) {
      throw new Error(
        `HALL_TRUSTED_PROXIES takes addresses or CIDRs separated by commas (such as 127.0.0.1,10.0.0.0/8), got "${entry}"`,
      );
    }
    return entry;
  });
}

/** HALL_CORS_ORIGINS: web origins (`https://portal.example.gov.cn`), scheme and host only, no path. */
export function corsOriginsOf(raw: string | undefined): string[] {
  return entries(raw).map((entry) => {
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    if (url === undefined || !/^https?:$/.test(url.protocol) || url.origin !== entry) {
      throw new Error(
        `HALL_CORS_ORIGINS takes origins separated by commas (such as https://portal.example.gov.cn, no path or trailing slash), got "${entry}"`,
      );
    }
    return entry;
  });
}
