import type { BookingSession, HallConfig, OpeningHours, TimeRange } from '@hall/protocol';
import { dayKindOf } from './calendar.ts';
import { addDays, instantOf, localMomentOf, minutesOf } from './zoned-time.ts';

const MINUTE = 60_000;

/** One stretch of a day in which a service takes tickets. */
export interface OpenSpan {
  start: number;
  end: number;
  session: BookingSession;
}

/** How far ahead "opens next" looks; a service closed for longer is shown as closed without a date. */
export const NEXT_OPENING_HORIZON_DAYS = 31;

/**
 * A service's hours: its own, else its zone's, else the hall's, kind by kind. Null when nobody set any:
 * the service is open around the clock.
 */
export function hoursOf(hall: HallConfig, serviceId: string): OpeningHours | null {
  const service = hall.services.find((s) => s.id === serviceId);
  const zone = service && hall.zones.find((z) => z.id === service.zoneId);
  if (!hall.schedule && !zone?.hours && !service?.hours) return null;
  const base = hall.schedule ?? { regular: [], delay: [], weekend: [] };
  const pick = (kind: keyof OpeningHours): TimeRange[] => service?.hours?.[kind] ?? zone?.hours?.[kind] ?? base[kind];
  return { regular: pick('regular'), delay: pick('delay'), weekend: pick('weekend') };
}

// Spans are asked for on every call and every stats push; a day's answer never changes for one config.
const memo = new WeakMap<HallConfig, Map<string, OpenSpan[]>>();

/**
 * The spans of one hall-local day: regular hours on working days; delay hours on working days and
 * weekend hours on rest days for services on the delay-service list; nothing on a closed holiday.
 */
export function spansOn(hall: HallConfig, serviceId: string, date: string): OpenSpan[] {
  let byKey = memo.get(hall);
  if (!byKey) memo.set(hall, (byKey = new Map()));
  const key = `${serviceId}|${date}`;
  const known = byKey.get(key);
  if (known) return known;
  const spans = computeSpans(hall, serviceId, date);
  byKey.set(key, spans);
  return spans;
}

function computeSpans(hall: HallConfig, serviceId: string, date: string): OpenSpan[] {
  const tz = hall.timeZone;
  const hours = hoursOf(hall, serviceId);
  if (!hours) return [{ start: instantOf(date, 0, tz), end: instantOf(date, 1440, tz), session: 'regular' }];
  const delayListed = hall.services.find((s) => s.id === serviceId)?.delayService ?? false;
  const kind = dayKindOf(date, hall.holidays);
  const ranges: [TimeRange[], BookingSession][] =
    kind === 'closed'
      ? []
      : kind === 'working'
        ? [
            [hours.regular, 'regular'],
            [delayListed ? hours.delay : [], 'delay'],
          ]
        : [[delayListed ? hours.weekend : [], 'delay']];
  return ranges
    .flatMap(([list, session]) =>
      list.map((r) => ({
        start: instantOf(date, minutesOf(r.from), tz),
        end: instantOf(date, minutesOf(r.to), tz),
        session,
      })),
    )
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
}

/** The span `instant` falls in, if the service is open then. */
export function openSpanAt(hall: HallConfig, serviceId: string, instant: number): OpenSpan | null {
  const { date } = localMomentOf(instant, hall.timeZone);
  return spansOn(hall, serviceId, date).find((s) => s.start <= instant && instant < s.end) ?? null;
}

export function isOpenAt(hall: HallConfig, serviceId: string, instant: number): boolean {
  return openSpanAt(hall, serviceId, instant) !== null;
}

/**
 * Whether a window may call the service's tickets: while it is open, and `graceMinutes` after it
 * closes, so that the people who took a number just before closing are still served.
 */
export function isCallableAt(hall: HallConfig, serviceId: string, instant: number, graceMinutes: number): boolean {
  const { date } = localMomentOf(instant, hall.timeZone);
  return callableSpansOn(hall, serviceId, date, graceMinutes).some((s) => s.start <= instant && instant < s.end);
}

/**
 * The stretches in which the service's tickets may be called, as far as instants of the hall-local day `date` go:
 * its spans of that day and of the day before (an evening's grace may run past midnight), each `graceMinutes`
 * longer. An instant of `date` is callable when it lies in one of them (start included, end not).
 */
export function callableSpansOn(
  hall: HallConfig,
  serviceId: string,
  date: string,
  graceMinutes: number,
): { start: number; end: number }[] {
  const grace = graceMinutes * MINUTE;
  return [addDays(date, -1), date].flatMap((d) =>
    spansOn(hall, serviceId, d).map((s) => ({ start: s.start, end: s.end + grace })),
  );
}

// Hours and the grace are whole minutes, so whether a service is callable holds through a minute; every
// call-next asks it for every waiting ticket's service.
const callableMemo = new WeakMap<HallConfig, { minute: number; byService: Map<string, boolean> }>();

/** `isCallableAt` for one instant and the hall's grace, remembered per service for the minute it is in. */
export function callableServicesAt(hall: HallConfig, instant: number): (serviceId: string) => boolean {
  const minute = Math.floor(instant / MINUTE);
  let memo = callableMemo.get(hall);
  if (memo?.minute !== minute) callableMemo.set(hall, (memo = { minute, byService: new Map() }));
  const known = memo.byService;
  return (serviceId) => {
    let open = known.get(serviceId);
    if (open === undefined) {
      open = isCallableAt(hall, serviceId, minute * MINUTE, hall.policy.closingGraceMinutes);
      known.set(serviceId, open);
    }
    return open;
  };
}

/** When the service next opens (the instant itself when open), within a month; null if not in that time. */
export function nextOpeningAt(hall: HallConfig, serviceId: string, instant: number): number | null {
  const { date } = localMomentOf(instant, hall.timeZone);
  for (let i = 0; i <= NEXT_OPENING_HORIZON_DAYS; i++) {
    const span = spansOn(hall, serviceId, addDays(date, i)).find((s) => s.end > instant);
    if (span) return Math.max(span.start, instant);
  }
  return null;
}

/**
 * When ticketing stops, for an open service: the end of the open stretch `instant` is in, running on
 * through adjoining spans (regular hours straight into evening delay service). Null when closed, or open
 * around the clock.
 */
export function closingAt(hall: HallConfig, serviceId: string, instant: number): number | null {
  if (!hoursOf(hall, serviceId)) return null;
  let span = openSpanAt(hall, serviceId, instant);
  if (!span) return null;
  for (let guard = 0; guard < 48; guard++) {
    const end = span.end;
    const next = openSpanAt(hall, serviceId, end);
    if (!next || next.end <= end) return end;
    span = next;
  }
  return span.end;
}
