import { z } from 'zod';
import { hallConfigSchema } from './hall-config.ts';

/** The bodies and parameters of the configuration API (`/api/v1/config…`, admins only). */

/** The largest configuration document `PUT /api/v1/config` accepts (the demo hall is about 82 KB). */
export const CONFIG_BODY_MAX_BYTES = 1024 * 1024;

/** A note an admin leaves with a version ("adds window 12 for the tax season"). */
export const configNoteSchema = z.string().max(200);

/**
 * `PUT /api/v1/config`: the whole document, and the version it was edited from. The hub answers
 * `CONFIG_VERSION_CONFLICT` when `baseVersion` is no longer the current one, so two admins never
 * overwrite each other.
 */
export const putConfigBodySchema = z
  .object({
    baseVersion: z.number().int().min(1),
    config: hallConfigSchema,
    note: configNoteSchema.optional(),
  })
  .strict();
export type PutConfigBody = z.input<typeof putConfigBodySchema>;

/** `POST /api/v1/config/versions/{n}/rollback`: a new version holding version n's document. */
export const rollbackConfigBodySchema = z
  .object({ baseVersion: z.number().int().min(1), note: configNoteSchema.optional() })
  .strict();
export type RollbackConfigBody = z.infer<typeof rollbackConfigBodySchema>;

/** The most versions one page of `GET /api/v1/config/versions` holds. */
export const CONFIG_VERSIONS_PAGE_MAX = 200;

const wholeNumber = (name: string, min: number) =>
  z.coerce
    .number()
    .int(`${name} must be a whole number of ${min} or more`)
    .min(min, `${name} must be a whole number of ${min} or more`);

/** `?before=N&limit=50`: newest first, `before` is the version after the last one of the page seen. */
export const configVersionsQuerySchema = z
  .object({
    before: wholeNumber('before', 1).optional(),
    limit: wholeNumber('limit', 1)
      .max(CONFIG_VERSIONS_PAGE_MAX, `limit must be at most ${CONFIG_VERSIONS_PAGE_MAX}`)
      .default(50),
  })
  .strict();

/** `/api/v1/config/versions/{n}` */
export const CONFIG_VERSION_PATTERN = /^[1-9][0-9]{0,8}$/;
export const configVersionParamsSchema = z.object({
  n: z.string().regex(CONFIG_VERSION_PATTERN).transform(Number),
});

/** Why a change would strand people during the open day. */
export const CONFIG_PROBLEM_CODES = [
  'SERVICE_HAS_TICKETS',
  'WINDOW_IN_USE',
  'PREFIX_USED_TODAY',
  'ZONE_IN_USE',
  'BOOKINGS_WOULD_BE_DROPPED',
] as const;
export type ConfigProblemCode = (typeof CONFIG_PROBLEM_CODES)[number];

/** One reason an `UNSAFE_CONFIG_CHANGE` was refused; `path` is dotted, into the document sent (or the current one). */
export const configProblemSchema = z.object({
  code: z.enum(CONFIG_PROBLEM_CODES),
  path: z.string(),
  message: z.string(),
});
export type ConfigProblem = z.infer<typeof configProblemSchema>;
