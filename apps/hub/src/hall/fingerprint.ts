import { fingerprintDigest } from '@hall/store';

/**
 * A stable digest of a command without its request id: a reused request id with other content is
 * refused. Only the digest is stored, never the content (a holder's name, a note).
 */
export function fingerprintOf(kind: string, body: object): string {
  const entries = Object.entries(body)
    .filter(([k]) => k !== 'requestId')
    .sort(([a], [b]) => a.localeCompare(b));
  return fingerprintDigest(`${kind}:${JSON.stringify(entries)}`);
}
