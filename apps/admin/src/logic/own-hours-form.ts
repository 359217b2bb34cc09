import type { HallConfig, OpeningHoursOverride } from '@hall/protocol';
import { HOUR_KINDS } from './hours-form.ts';
import { formatRanges, parseRanges } from './time-ranges.ts';

type HourKind = (typeof HOUR_KINDS)[number];

/** Whose own hours: a zone's or a service's, by id. */
export interface HoursTarget {
  kind: 'zone' | 'service';
  id: string;
}

/** Each kind of hours either inherited (from the zone, then the hall) or typed as the hall's are. */
export type OwnHoursFormValues = Record<HourKind, string> & Record<`inherit_${HourKind}`, boolean>;

export const targetKey = (t: HoursTarget): string => `${t.kind}:${t.id}`;

export function targetOf(key: string): HoursTarget | null {
  const [kind, id] = key.split(':');
  return (kind === 'zone' || kind === 'service') && id ? { kind, id } : null;
}

/** The target's hours as they are in the document (undefined: it has none of its own). */
export function ownHoursOf(c: HallConfig, t: HoursTarget): OpeningHoursOverride | undefined {
  return t.kind === 'zone' ? c.zones.find((z) => z.id === t.id)?.hours : c.services.find((s) => s.id === t.id)?.hours;
}

export function ownHoursFormValues(hours: OpeningHoursOverride | undefined): OwnHoursFormValues {
  const values = {} as OwnHoursFormValues;
  for (const k of HOUR_KINDS) {
    values[k] = formatRanges(hours?.[k]);
    values[`inherit_${k}`] = hours?.[k] === undefined;
  }
  return values;
}

/**
 * The document with the target's own hours from the form: a kind left to inherit is not in its override,
 * and an override with no kind is dropped, so the target inherits everything. Or the pieces not understood.
 */
export function ownHoursDocument(
  c: HallConfig,
  t: HoursTarget,
  v: OwnHoursFormValues,
): { ok: true; document: HallConfig } | { ok: false; problems: { field: HourKind; detail: string }[] } {
  const hours: OpeningHoursOverride = {};
  const problems: { field: HourKind; detail: string }[] = [];
  for (const k of HOUR_KINDS) {
    if (v[`inherit_${k}`]) continue;
    const parsed = parseRanges(v[k]);
    if (parsed.ok) hours[k] = parsed.ranges;
    else problems.push({ field: k, detail: parsed.bad });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, document: withOwnHours(c, t, Object.keys(hours).length === 0 ? undefined : hours) };
}

/** The document with the target's own hours replaced, or removed (undefined) so that it inherits them all. */
export function withOwnHours(c: HallConfig, t: HoursTarget, hours: OpeningHoursOverride | undefined): HallConfig {
  const put = <T extends { id: string; hours?: OpeningHoursOverride }>(item: T): T => {
    if (item.id !== t.id) return item;
    const { hours: _old, ...rest } = item;
    return (hours === undefined ? rest : { ...rest, hours }) as T;
  };
  return t.kind === 'zone' ? { ...c, zones: c.zones.map(put) } : { ...c, services: c.services.map(put) };
}
