import {
  DEFAULT_NUMBER_DIGITS,
  serviceConfigSchema,
  type LocalizedText,
  type NumberDigits,
  type ServiceConfig,
  type WindowConfig,
  type WindowKind,
  type ZoneConfig,
} from '@hall/protocol';

const blankText = (): LocalizedText => ({ 'zh-Hans': '', 'zh-Hant': '', en: '' });

/** The zone form: the icon as a text field, empty for none. */
export interface ZoneFormValues {
  id: string;
  names: LocalizedText;
  icon: string;
}

export function zoneFormValues(z: ZoneConfig | undefined): ZoneFormValues {
  return { id: z?.id ?? '', names: z?.names ?? blankText(), icon: z?.icon ?? '' };
}

/** The zone to store: its own hours kept as they were (they are edited on the hours page). */
export function toZone(original: ZoneConfig | undefined, v: ZoneFormValues): ZoneConfig {
  const { icon: _icon, ...rest } = original ?? { id: '', names: blankText() };
  return { ...rest, id: v.id.trim(), names: v.names, ...(v.icon.trim() === '' ? {} : { icon: v.icon.trim() }) };
}

/** A new service's target wait: the protocol's default, never a copy of it. */
const DEFAULT_TARGET_WAIT_MINUTES: number = serviceConfigSchema.shape.targetWaitMinutes.parse(undefined);

/** The service form: the booking capacity as text, empty for the hall's default. */
export interface ServiceFormValues {
  id: string;
  names: LocalizedText;
  prefix: string;
  /** The width of its numbers as the select gives it: `'3'` (A001) or `'4'` (A0001). */
  numberDigits: `${NumberDigits}`;
  zoneId: string;
  avgServiceMinutes: number;
  /** The wait the hall promises for the service; the live board alerts past it. */
  targetWaitMinutes: number;
  delayService: boolean;
  bookingCapacity: string;
  materials: LocalizedText[];
  // materials on ticket
  printMaterials: boolean;
}

export function serviceFormValues(s: ServiceConfig | undefined, firstZone: string): ServiceFormValues {
  return {
    id: s?.id ?? '',
    names: s?.names ?? blankText(),
    prefix: s?.prefix ?? '',
    numberDigits: `${s?.numberDigits ?? DEFAULT_NUMBER_DIGITS}`,
    zoneId: s?.zoneId ?? firstZone,
    avgServiceMinutes: s?.avgServiceMinutes ?? 10,
    targetWaitMinutes: s?.targetWaitMinutes ?? DEFAULT_TARGET_WAIT_MINUTES,
    delayService: s?.delayService ?? false,
    bookingCapacity: s?.booking?.capacity === undefined ? '' : String(s.booking.capacity),
    materials: s?.materials ?? [],
    // materials on ticket
    printMaterials: s?.printMaterials ?? false,
  };
}

/**
 * The service to store: what the form does not show (its own hours, its slot length) kept as it was; an
 * empty capacity drops the service's own capacity, so the hall's default applies.
 */
export function toService(original: ServiceConfig | undefined, v: ServiceFormValues): ServiceConfig {
  const { booking: oldBooking, ...kept } = original ?? ({} as Partial<ServiceConfig>);
  const { capacity: _capacity, ...otherBooking } = oldBooking ?? {};
  const capacity = v.bookingCapacity.trim();
  const booking = capacity === '' ? otherBooking : { ...otherBooking, capacity: Number(capacity) };
  return {
    ...kept,
    id: v.id.trim(),
    names: v.names,
    prefix: v.prefix.trim(),
    numberDigits: Number(v.numberDigits) as NumberDigits,
    zoneId: v.zoneId,
    avgServiceMinutes: v.avgServiceMinutes,
    targetWaitMinutes: v.targetWaitMinutes,
    delayService: v.delayService,
    materials: v.materials,
    // materials on ticket
    printMaterials: v.printMaterials,
    ...(Object.keys(booking).length === 0 ? {} : { booking }),
  };
}

/**
 * The number width issue the protocol reports on another service sharing this one's prefix: this form's
 * width disagrees with it, so the admin sees it on this form's field.
 */
export const serviceWidthClaim =
  (services: readonly { prefix: string }[], place: number) =>
  (path: string): string | undefined => {
    const m = /^services\.(\d+)\.numberDigits$/.exec(path);
    if (!m) return undefined;
    const other = services[Number(m[1])];
    return other && other.prefix === services[place]?.prefix ? 'numberDigits' : undefined;
  };

/** Another service on the same prefix with another width than the one at `place`, for the field's message. */
export function widthDisagreement<S extends { id: string; prefix: string; numberDigits?: number | undefined }>(
  services: readonly S[],
  place: number,
): S | undefined {
  const mine = services[place];
  const width = (s: S) => s.numberDigits ?? DEFAULT_NUMBER_DIGITS;
  return mine && services.find((s, i) => i !== place && s.prefix === mine.prefix && width(s) !== width(mine));
}

/** Where a service issue lands in the form: the capacity has its own text field. */
export const serviceFieldOf = (path: string): string => (path.startsWith('booking') ? 'bookingCapacity' : path);

/** The window form: "all services" as a box, the chosen ones as a list; the zone empty for none. */
export interface WindowFormValues {
  number: number;
  names: LocalizedText;
  kind: WindowKind;
  zoneId: string;
  allServices: boolean;
  serviceIds: string[];
}

export function windowFormValues(w: WindowConfig | undefined, nextNumber: number): WindowFormValues {
  return {
    number: w?.number ?? nextNumber,
    names: w?.names ?? blankText(),
    kind: w?.kind ?? 'zone',
    zoneId: w?.zoneId ?? '',
    allServices: w === undefined ? false : w.services === 'all',
    serviceIds: w === undefined || w.services === 'all' ? [] : [...w.services],
  };
}

/** The window to store: its lanes kept as they were (the elderly help window's). */
export function toWindow(original: WindowConfig | undefined, v: WindowFormValues): WindowConfig {
  const { zoneId: _zone, ...kept } = original ?? ({} as Partial<WindowConfig>);
  return {
    ...kept,
    number: v.number,
    names: v.names,
    kind: v.kind,
    ...(v.zoneId === '' ? {} : { zoneId: v.zoneId }),
    services: v.allServices ? 'all' : v.serviceIds,
  };
}

/** Where a window issue lands in the form: every issue about its services goes to the service list. */
export const windowFieldOf = (path: string): string => (path.startsWith('services') ? 'serviceIds' : path);

/** The first window number not taken, for a new window. */
export const nextWindowNumber = (windows: readonly WindowConfig[]): number =>
  windows.reduce((max, w) => Math.max(max, w.number), 0) + 1;
