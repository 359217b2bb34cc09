/** A stable text of a command without its request id: a reused request id with other content is refused. */
export function fingerprintOf(kind: string, body: object): string {
  const entries = Object.entries(body)
    .filter(([k]) => k !== 'requestId')
    .sort(([a], [b]) => a.localeCompare(b));
  return `${kind}:${JSON.stringify(entries)}`;
}
