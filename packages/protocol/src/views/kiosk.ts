import { z } from 'zod';
import { printerStatusSchema } from '../kiosk-print.ts';

/** `POST /api/v1/kiosk/print`. */
export const printResultSchema = z.object({
  ok: z.boolean(),
  status: printerStatusSchema,
  /** Virtual printer only: where its PNG preview of the printed ticket can be fetched. */
  previewUrl: z.string().optional(),
});
export type PrintResult = z.infer<typeof printResultSchema>;

/** Demo mode only: `/kiosk/config.json` hands a kiosk its hub and token. */
export const kioskDemoConfigSchema = z.object({ hubUrl: z.string(), token: z.string(), kioskName: z.string() });
export type KioskDemoConfig = z.infer<typeof kioskDemoConfigSchema>;

/** Demo mode only: `/display/config.json`. */
export const displayDemoConfigSchema = z.object({ token: z.string() });
export type DisplayDemoConfig = z.infer<typeof displayDemoConfigSchema>;
