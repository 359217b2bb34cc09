import { z } from 'zod';
import { localizedTextSchema } from './localized.ts';
import { priorityGroupSchema, RESERVED_GROUP_IDS } from './priority-groups.ts';
import { LANES } from './ticket.ts';
import { DEFAULT_NUMBER_DIGITS, NUMBER_DIGITS } from './ticket-number.ts';

export const WINDOW_KINDS = [
  'zone',
  'comprehensive',
  'integrated',
  'cross-province',
  'elderly-help',
  'complaints',
] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'ids are lower-case letters, digits and dashes');

/** A hall-local wall-clock time, `HH:MM`; `24:00` ends a range at midnight. */
const clockTimeSchema = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'a time is HH:MM between 00:00 and 24:00');
const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

/** Opening hours within one hall-local day; ranges never cross midnight. */
export const timeRangeSchema = z
  .object({ from: clockTimeSchema, to: clockTimeSchema })
  .strict()
  .refine((r) => r.from < r.to, { message: 'a time range must end after it starts' });
export type TimeRange = z.infer<typeof timeRangeSchema>;

/**
 * The three kinds of opening hours of the "5+2" hall. `regular` applies on working days to every
 * service; `delay` (working-day evenings, lunch breaks) and `weekend` (rest days) apply only to
 * services on the delay-service list.
 */
export const openingHoursSchema = z
  .object({
    regular: z.array(timeRangeSchema).default([]),
    delay: z.array(timeRangeSchema).default([]),
    weekend: z.array(timeRangeSchema).default([]),
  })
  .strict();
export type OpeningHours = z.infer<typeof openingHoursSchema>;

/** A zone or service may replace any of the hall's three kinds of hours; the rest it inherits. */
export const openingHoursOverrideSchema = z
  .object({
    regular: z.array(timeRangeSchema).optional(),
    delay: z.array(timeRangeSchema).optional(),
    weekend: z.array(timeRangeSchema).optional(),
  })
  .strict();
export type OpeningHoursOverride = z.infer<typeof openingHoursOverrideSchema>;

/** Public holidays the hall is closed on, and rest days swapped into working days (调休). */
export const holidayCalendarSchema = z
  .object({
    closed: z.array(localDateSchema).default([]),
    workdays: z.array(localDateSchema).default([]),
  })
  .strict();
export type HolidayCalendar = z.infer<typeof holidayCalendarSchema>;

/** How a service's opening hours are cut into booking slots. */
export const bookingSlotsSchema = z
  .object({
    slotMinutes: z.number().int().min(5).max(240).default(30),
    /** Bookings per slot; 0 means the service takes no bookings. */
    capacity: z.number().int().min(0).max(200).default(2),
  })
  .strict();
export type BookingSlots = z.infer<typeof bookingSlotsSchema>;

export const zoneConfigSchema = z.object({
  id: idSchema,
  names: localizedTextSchema,
  /** A short icon name the kiosk maps to a picture; free text so halls can add their own. */
  icon: z.string().max(40).optional(),
  hours: openingHoursOverrideSchema.optional(),
});
export type ZoneConfig = z.infer<typeof zoneConfigSchema>;

export const serviceConfigSchema = z.object({
  id: idSchema,
  names: localizedTextSchema,
  /** One capital letter; services may share a prefix, and then share its daily sequence. */
  prefix: z.string().regex(/^[A-Z]$/, 'a ticket prefix is one capital letter A-Z'),
  /** Digits of its ticket numbers (A001 or A0001); services sharing a prefix must agree. */
  numberDigits: z.literal(NUMBER_DIGITS).default(DEFAULT_NUMBER_DIGITS),
  zoneId: idSchema,
  avgServiceMinutes: z.number().positive().max(240),
  /** The wait the hall promises for this service: reports count tickets called within it; the live board alerts past it. */
  targetWaitMinutes: z.number().int().min(1).max(480).default(30),
  /** What to bring ("one-time notice"), one line per item. */
  materials: z.array(localizedTextSchema).default([]),
  /** Print `materials` on the ticket and show them on the phone status page (一次性告知), in the ticket's language. */
  printMaterials: z.boolean().default(false),
  /** On the published delay-service list: also served in the `delay` and `weekend` hours. */
  delayService: z.boolean().default(false),
  hours: openingHoursOverrideSchema.optional(),
  /** Replaces the hall's booking slots for this service (capacity 0: not bookable). */
  booking: bookingSlotsSchema.partial().optional(),
});
export type ServiceConfig = z.infer<typeof serviceConfigSchema>;

export const windowConfigSchema = z.object({
  number: z.number().int().positive().max(999),
  names: localizedTextSchema,
  kind: z.enum(WINDOW_KINDS),
  zoneId: idSchema.optional(),
  /** The services this window may serve; `all` for comprehensive and help windows. */
  services: z.union([z.literal('all'), z.array(idSchema).min(1)]),
  /** Restrict the window to some lanes (the elderly help window takes only the elderly lane). */
  lanes: z.array(z.enum(LANES)).min(1).optional(),
});
export type WindowConfig = z.infer<typeof windowConfigSchema>;

export const elderlyRuleSchema = z.discriminatedUnion('rule', [
  /** An elderly ticket is always called before any normal one. */
  z.object({ rule: z.literal('strict') }),
  /** After `normalPerElderly` normal calls at a window, the next call goes to the elderly lane. */
  z.object({ rule: z.literal('ratio'), normalPerElderly: z.number().int().min(1).max(20) }),
]);
export type ElderlyRule = z.infer<typeof elderlyRuleSchema>;

export const queuePolicySchema = z.object({
  elderly: elderlyRuleSchema.default({ rule: 'ratio', normalPerElderly: 2 }),
  recall: z
    .object({
      max: z.number().int().min(0).max(10).default(3),
      cooldownSeconds: z.number().int().min(0).max(600).default(15),
    })
    .default({ max: 3, cooldownSeconds: 15 }),
  /** How many recalls must have been made before a clerk may mark a no-show. */
  noShowMinRecalls: z.number().int().min(0).max(10).default(1),
  /** A checked-in booking counts as due this many minutes before its slot starts (0: when it starts). */
  bookingEarlyMinutes: z.number().int().min(0).max(120).default(0),
  /** A booking may be checked in at the kiosk from this many minutes before its slot until the slot ends. */
  bookingCheckInEarlyMinutes: z.number().int().min(0).max(240).default(30),
  /** How many days ahead (today included) bookings may be made. */
  bookingHorizonDays: z.number().int().min(1).max(90).default(14),
  /** Public bookings one phone may hold at once (still `booked`); it also holds one per service and day. */
  bookingMaxActivePerPhone: z.number().int().min(1).max(20).default(3),
  /**
   * Tickets of a service are still called this long after it closes, so that people who took a
   * number just before closing time are served; new tickets stop at closing time.
   */
  closingGraceMinutes: z.number().int().min(0).max(240).default(30),
  /** How long after a finish the citizen may rate; then the ticket is stored as not rated. */
  ratingTimeoutSeconds: z.number().int().min(5).max(600).default(60),
  /** How often the guidance desk may reprint one ticket (a lost slip); past it the desk is refused. */
  reprintsPerTicket: z.number().int().min(0).max(10).default(3),
  /** How many recent services of one kind the wait estimate averages. */
  estimateSampleSize: z.number().int().min(1).max(100).default(10),
  /**
   * The staff's break (lunch in turns): each window pauses once for about `minutes` between `from` and `to`,
   * hall-local time. The wait forecast counts on it; without it the forecast foresees no pauses.
   */
  staffBreak: z
    .object({ from: clockTimeSchema, to: clockTimeSchema, minutes: z.number().int().min(1).max(240) })
    .strict()
    .refine((b) => b.from < b.to, { message: 'a break must end after it starts' })
    .optional(),
  /** When the supervisors' live board raises alerts (a ticket's wait past its target is per service). */
  alerts: z
    .object({
      /** A window paused longer than this. */
      pauseMaxMinutes: z.number().int().min(1).max(480).default(20),
      /** A kiosk or display without a connection this long. */
      deviceOfflineMinutes: z.number().int().min(1).max(240).default(3),
      /** An unsatisfied rating's follow-up still open after this many hours. */
      followUpOpenHours: z.number().int().min(1).max(720).default(24),
    })
    .strict()
    .default({ pauseMaxMinutes: 20, deviceOfflineMinutes: 3, followUpOpenHours: 24 }),
});
export type QueuePolicy = z.infer<typeof queuePolicySchema>;

/** The rules of a hall whose configuration names none: what a screen assumes before the hall is loaded. */
export const DEFAULT_QUEUE_POLICY: QueuePolicy = queuePolicySchema.parse({});

export const hallConfigSchema = z
  .object({
    hallName: localizedTextSchema,
    /** IANA zone used to decide the business day (numbers reset at local midnight). */
    timeZone: z.string().default('Asia/Shanghai'),
    zones: z.array(zoneConfigSchema).min(1),
    services: z.array(serviceConfigSchema).min(1),
    windows: z.array(windowConfigSchema).min(1),
    policy: queuePolicySchema.default(queuePolicySchema.parse({})),
    /** Priority groups besides the elderly, each its own lane with its call rule (see priority-groups.ts). */
    priorityGroups: z.array(priorityGroupSchema).max(12).default([]),
    /** Opening hours; without them the hall is open every day around the clock. */
    schedule: openingHoursSchema.optional(),
    holidays: holidayCalendarSchema.default({ closed: [], workdays: [] }),
    /** Booking slots for every service unless a service says otherwise. */
    booking: bookingSlotsSchema.default({ slotMinutes: 30, capacity: 2 }),
  })
  .superRefine((hall, ctx) => {
    const zoneIds = new Set<string>();
    hall.zones.forEach((z, i) => {
      if (zoneIds.has(z.id))
        ctx.addIssue({ code: 'custom', path: ['zones', i, 'id'], message: `duplicate zone id ${z.id}` });
      zoneIds.add(z.id);
    });
    const { noShowMinRecalls, recall } = hall.policy;
    if (noShowMinRecalls > recall.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['policy', 'noShowMinRecalls'],
        message: `a no-show needs ${noShowMinRecalls} recalls but only ${recall.max} are allowed`,
      });
    }
    const serviceIds = new Set<string>();
    const prefixWidths = new Map<string, { id: string; digits: number }>();
    hall.services.forEach((s, i) => {
      // A shared prefix is one daily sequence, so it can have only one width.
      const first = prefixWidths.get(s.prefix);
      if (first && first.digits !== s.numberDigits)
        ctx.addIssue({
          code: 'custom',
          path: ['services', i, 'numberDigits'],
          message: `service ${s.id} shares prefix ${s.prefix} with ${first.id} but has ${s.numberDigits} digits, not ${first.digits}`,
        });
      if (!first) prefixWidths.set(s.prefix, { id: s.id, digits: s.numberDigits });
      if (serviceIds.has(s.id))
        ctx.addIssue({ code: 'custom', path: ['services', i, 'id'], message: `duplicate service id ${s.id}` });
      serviceIds.add(s.id);
      if (!zoneIds.has(s.zoneId))
        ctx.addIssue({ code: 'custom', path: ['services', i, 'zoneId'], message: `unknown zone ${s.zoneId}` });
    });
    const numbers = new Set<number>();
    hall.windows.forEach((w, i) => {
      if (numbers.has(w.number))
        ctx.addIssue({
          code: 'custom',
          path: ['windows', i, 'number'],
          message: `duplicate window number ${w.number}`,
        });
      numbers.add(w.number);
      if (w.zoneId !== undefined && !zoneIds.has(w.zoneId))
        ctx.addIssue({ code: 'custom', path: ['windows', i, 'zoneId'], message: `unknown zone ${w.zoneId}` });
      if (w.services !== 'all') {
        w.services.forEach((id, j) => {
          if (!serviceIds.has(id))
            ctx.addIssue({ code: 'custom', path: ['windows', i, 'services', j], message: `unknown service ${id}` });
        });
      }
    });
    const groupIds = new Set<string>();
    hall.priorityGroups.forEach((g, i) => {
      if (groupIds.has(g.id) || RESERVED_GROUP_IDS.includes(g.id))
        ctx.addIssue({
          code: 'custom',
          path: ['priorityGroups', i, 'id'],
          message: `priority group id ${g.id} is taken (a duplicate or a lane's name)`,
        });
      groupIds.add(g.id);
    });
    try {
      new Intl.DateTimeFormat('en', { timeZone: hall.timeZone });
    } catch {
      ctx.addIssue({ code: 'custom', path: ['timeZone'], message: `unknown time zone ${hall.timeZone}` });
    }
  });
export type HallConfig = z.infer<typeof hallConfigSchema>;
export type HallConfigInput = z.input<typeof hallConfigSchema>;
