import type { HallConfig, LocalizedText } from '@hall/protocol';

/** The longest audit detail a configuration change writes; the versions themselves keep every byte. */
const MAX_SUMMARY = 1000;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const nameOf = (n: LocalizedText) => n['zh-Hans'];

/** Added, removed, renamed and otherwise changed entries of one list, keyed by id. */
function listChanges<T>(
  what: string,
  before: readonly T[],
  after: readonly T[],
  keyOf: (t: T) => string,
  namesOf: (t: T) => LocalizedText,
  extra: (a: T, b: T) => string[] = () => [],
): string[] {
  const old = new Map(before.map((t) => [keyOf(t), t]));
  const now = new Map(after.map((t) => [keyOf(t), t]));
  const added = [...now.keys()].filter((k) => !old.has(k));
  const removed = [...old.keys()].filter((k) => !now.has(k));
  const renamed: string[] = [];
  const changed: string[] = [];
  for (const [k, a] of old) {
    const b = now.get(k);
    if (b === undefined) continue;
    if (!same(namesOf(a), namesOf(b))) renamed.push(`${k} "${nameOf(namesOf(a))}" → "${nameOf(namesOf(b))}"`);
    const more = extra(a, b);
    changed.push(...more.map((m) => `${k} ${m}`));
    if (more.length === 0 && same(namesOf(a), namesOf(b)) && !same(a, b)) changed.push(k);
  }
  return [
    added.length ? `${what} added: ${added.join(', ')}` : '',
    removed.length ? `${what} removed: ${removed.join(', ')}` : '',
    renamed.length ? `${what} renamed: ${renamed.join(', ')}` : '',
    changed.length ? `${what} changed: ${changed.join(', ')}` : '',
  ].filter(Boolean);
}

/**
 * What changed between two configuration documents, for the audit log ("services renamed: …; windows
 * added: 12"): people read it, so it names things; the diff of the whole documents is in the versions.
 */
export function summarizeConfigChange(before: HallConfig, after: HallConfig): string {
  const parts = [
    ...(same(before.hallName, after.hallName) ? [] : ['hall renamed']),
    ...(before.timeZone === after.timeZone ? [] : [`time zone ${before.timeZone} → ${after.timeZone}`]),
    ...listChanges(
      'zones',
      before.zones,
      after.zones,
      (z) => z.id,
      (z) => z.names,
    ),
    ...listChanges(
      'services',
      before.services,
      after.services,
      (s) => s.id,
      (s) => s.names,
      (a, b) => (a.prefix === b.prefix ? [] : [`prefix ${a.prefix} → ${b.prefix}`]),
    ),
    ...listChanges(
      'windows',
      before.windows,
      after.windows,
      (w) => String(w.number),
      (w) => w.names,
    ),
    ...(['policy', 'schedule', 'holidays', 'booking'] as const).flatMap((k) =>
      same(before[k], after[k]) ? [] : [`${k} changed`],
    ),
  ];
  const text = parts.length ? parts.join('; ') : 'no change';
  return text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY - 1)}…` : text;
}
