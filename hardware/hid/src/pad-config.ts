import { RATING_LEVELS } from '@hall/protocol';
import type { RatingLevel } from '@hall/protocol';
import { z } from 'zod';
import { canonicalKeyName } from './key-names.ts';

/** What a call pad can do: the existing window commands a clerk needs without touching the terminal. */
export const CALL_ACTIONS = ['call-next', 'recall', 'no-show', 'pause'] as const;
export type CallAction = (typeof CALL_ACTIONS)[number];

export const PAD_KINDS = ['call', 'rating'] as const;
export type PadKind = (typeof PAD_KINDS)[number];

/** `hid`: the bridge reads raw reports (node-hid). `keyboard-wedge`: the counter terminal's UI reads key events. */
export const PAD_MODES = ['hid', 'keyboard-wedge'] as const;
export type PadMode = (typeof PAD_MODES)[number];

// Keys '1'..'4' (usages 0x1e..0x21 on the number row, 0x59.. on a keypad: both have the short name '1'...).
export const DEFAULT_CALL_KEY_MAP: Readonly<Record<string, CallAction>> = {
  '1': 'call-next',
  '2': 'recall',
  '3': 'no-show',
  '4': 'pause',
};

// Keys '1'..'5' (usages 0x1e..0x22), best first like RATING_LEVELS: '1' = very satisfied.
export const DEFAULT_RATING_KEY_MAP: Readonly<Record<string, RatingLevel>> = {
  '1': 'very-satisfied',
  '2': 'satisfied',
  '3': 'basically-satisfied',
  '4': 'unsatisfied',
  '5': 'very-unsatisfied',
};

/** USB ids as numbers or as the hex lsusb shows, written "0x1209". */
const usbIdSchema = z.union([
  z.number().int().min(0).max(0xffff),
  z
    .string()
    .regex(/^0x[0-9a-fA-F]{1,4}$/, 'write USB ids as hex like "0x1209" or as numbers')
    .transform((s) => Number.parseInt(s, 16)),
]);

/**
 * Which connected device is this pad. vendorId + productId name a model; serialNumber or path pick one
 * unit of it, which is what keeps each pad bound to its own window when identical pads are plugged in.
 * interface / usagePage pick one HID interface of a composite device (a pad that is also a media keyboard).
 */
export const padMatchSchema = z
  .object({
    vendorId: usbIdSchema,
    productId: usbIdSchema,
    serialNumber: z.string().min(1).optional(),
    path: z.string().min(1).optional(),
    interface: z.number().int().min(0).optional(),
    usagePage: usbIdSchema.optional(),
  })
  .strict();
export type PadMatch = z.infer<typeof padMatchSchema>;

/**
 * Where the key is in a report. The default is a boot keyboard without report ids as node-hid delivers it:
 * byte 0 modifiers, byte 1 reserved, byte 2 the first key held, 8 bytes. A device with numbered reports puts
 * the id first: `{ reportId: 1, keyByte: 3, minLength: 9 }`.
 */
export const reportLayoutSchema = z
  .object({
    keyByte: z.number().int().min(0).max(63).default(2),
    reportId: z.number().int().min(0).max(255).optional(),
    minLength: z.number().int().min(1).max(64).default(8),
  })
  .strict()
  .refine((l) => l.keyByte < l.minLength, { message: 'keyByte must lie inside minLength bytes' });
export type ReportLayout = z.infer<typeof reportLayoutSchema>;
export const DEFAULT_REPORT_LAYOUT: ReportLayout = { keyByte: 2, minLength: 8 };

/** Keys are DOM codes ('Digit1', 'Numpad1', 'F13'), short names ('1', 'a') or hex usages ('0x68'). */
function keyMapSchema<const T extends readonly [string, ...string[]]>(actions: T) {
  return z
    .record(z.string().min(1).max(32), z.enum(actions))
    .refine((m) => Object.keys(m).length > 0, { message: 'a keyMap maps at least one key' })
    .transform((m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [canonicalKeyName(k), v])));
}

const commonFields = {
  /** The window this pad belongs to, 1-999: every key press from it goes to this window only. */
  window: z.number().int().min(1).max(999),
  match: padMatchSchema.optional(),
  mode: z.enum(PAD_MODES).default('hid'),
  report: reportLayoutSchema.default(DEFAULT_REPORT_LAYOUT),
  /** Presses of one key closer together than this are one press (bouncing contacts, impatient fingers). */
  minIntervalMs: z.number().int().min(0).max(10_000).default(400),
  /** A token for this pad instead of the bridge's: a `rater` device token bound to the window, say. */
  token: z.string().min(1).optional(),
  /** For the logs: "window 3 rating pad". */
  name: z.string().min(1).max(80).optional(),
};

export const callPadSchema = z
  .object({
    kind: z.literal('call'),
    ...commonFields,
    keyMap: keyMapSchema(CALL_ACTIONS).default(DEFAULT_CALL_KEY_MAP),
    /** The hub needs a reason for `pause`; the wall display shows it. */
    pauseReason: z.string().trim().min(1).max(200).default('暂停服务'),
  })
  .strict();

export const ratingPadSchema = z
  .object({
    kind: z.literal('rating'),
    ...commonFields,
    keyMap: keyMapSchema(RATING_LEVELS).default(DEFAULT_RATING_KEY_MAP),
  })
  .strict();

export const padConfigSchema = z
  .discriminatedUnion('kind', [callPadSchema, ratingPadSchema])
  .refine((p) => p.mode !== 'hid' || p.match !== undefined, {
    path: ['match'],
    message: 'a hid pad needs match: { vendorId, productId } (and serialNumber or path)',
  });
export type PadConfig = z.infer<typeof padConfigSchema>;
export type PadConfigInput = z.input<typeof padConfigSchema>;
export type CallPadConfig = Extract<PadConfig, { kind: 'call' }>;
export type RatingPadConfig = Extract<PadConfig, { kind: 'rating' }>;

/**
 * Could one connected device match both entries? Only when they name the same model and no field that
 * both set tells them apart. Such a config is refused: a device would otherwise go to whichever window
 * came first, and moving a cable would move a pad to another counter.
 */
export function matchesOverlap(a: PadMatch, b: PadMatch): boolean {
  if (a.vendorId !== b.vendorId || a.productId !== b.productId) return false;
  const differ = <T>(x: T | undefined, y: T | undefined): boolean => x !== undefined && y !== undefined && x !== y;
  return !(
    differ(a.serialNumber, b.serialNumber) ||
    differ(a.path, b.path) ||
    differ(a.interface, b.interface) ||
    differ(a.usagePage, b.usagePage)
  );
}

const hex4 = (n: number): string => n.toString(16).padStart(4, '0');

export const padsConfigSchema = z.array(padConfigSchema).superRefine((pads, ctx) => {
  pads.forEach((a, i) => {
    pads.slice(i + 1).forEach((b, k) => {
      if (a.mode !== 'hid' || b.mode !== 'hid' || !a.match || !b.match || !matchesOverlap(a.match, b.match)) return;
      const j = i + 1 + k;
      ctx.addIssue({
        code: 'custom',
        path: [j, 'match'],
        message:
          `pads ${i} (window ${a.window}) and ${j} (window ${b.window}) could both match the same ` +
          `${hex4(a.match.vendorId)}:${hex4(a.match.productId)} device: give each a serialNumber or path`,
      });
    });
  });
});

/** The JSON file bridge-main reads. */
export const bridgeConfigSchema = z
  .object({
    hubUrl: z.url(),
    token: z.string().min(1),
    pads: padsConfigSchema,
    logLevel: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  })
  .strict();
export type BridgeConfig = z.infer<typeof bridgeConfigSchema>;
