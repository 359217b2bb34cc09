import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';

/** Whether the hop at `address` (0 = the direct peer) may name the client before it in X-Forwarded-For. */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * The rule for HALL_TRUSTED_PROXIES: the hops in the list (addresses or CIDRs) are trusted, nothing else.
 * With an empty list the direct peer is the client and X-Forwarded-For is ignored: a client that writes
 * the header itself must not pick its own rate bucket.
 */
export function trustOf(proxies: readonly string[]): TrustProxy {
  return proxies.length === 0 ? () => false : proxyAddr.compile([...proxies]);
}

/** The client behind the trusted proxies; Fastify's `request.ip` follows the same rule (its trustProxy). */
export function clientAddress(request: IncomingMessage, trust: TrustProxy): string {
  return proxyAddr(request, trust);
}
