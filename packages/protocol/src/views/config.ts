import { z } from 'zod';
import { configNoteSchema } from '../config-api.ts';
import { hallConfigSchema } from '../hall-config.ts';

/** What one stored version of the configuration says about itself. */
export const configVersionSummarySchema = z.object({
  version: z.number().int().min(1),
  createdAt: z.number().int(),
  /** Staff id of the admin who stored it; `system` for the version seeded from HALL_CONFIG. */
  createdBy: z.string(),
  note: configNoteSchema.nullable(),
  /** The version whose document this one restored, when it was made by a rollback. */
  rolledBackFrom: z.number().int().min(1).nullable(),
});
export type ConfigVersionSummary = z.infer<typeof configVersionSummarySchema>;

/** `GET /api/v1/config`, `GET /api/v1/config/versions/{n}`, and the answer to a PUT or a rollback. */
export const configVersionViewSchema = configVersionSummarySchema.extend({ config: hallConfigSchema });
export type ConfigVersionView = z.infer<typeof configVersionViewSchema>;

/** `GET /api/v1/config/versions`: newest first; `nextBefore` asks for the next page, null at the first version. */
export const configVersionListSchema = z.object({
  versions: z.array(configVersionSummarySchema),
  nextBefore: z.number().int().min(1).nullable(),
});
export type ConfigVersionList = z.infer<typeof configVersionListSchema>;

/** Socket push `hall:config`: every client gets the new document as soon as it is stored and applied. */
export const configPushSchema = z.object({ version: z.number().int().min(1), config: hallConfigSchema });
export type ConfigPush = z.infer<typeof configPushSchema>;
