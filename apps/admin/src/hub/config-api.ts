import type { HubClient } from '@hall/hub-client';
import { hallConfigSchema, type HallConfigInput } from '@hall/protocol';
import { z } from 'zod';

// The configuration API's answers (the config contract); replaced by the protocol's schemas once merged.
export const configVersionViewSchema = z.object({
  version: z.number().int(),
  createdAt: z.number().int(),
  createdBy: z.string(),
  note: z.string().nullable(),
  config: hallConfigSchema,
});
export type ConfigVersionView = z.infer<typeof configVersionViewSchema>;

export const configVersionListSchema = z.object({
  versions: z.array(
    z.object({
      version: z.number().int(),
      createdAt: z.number().int(),
      createdBy: z.string(),
      note: z.string().nullable(),
      rolledBackFrom: z.number().int().nullable(),
    }),
  ),
  nextBefore: z.number().int().nullable(),
});
export type ConfigVersionList = z.infer<typeof configVersionListSchema>;

/** The configuration routes: read, save a whole document over a base version, versions and rollback. */
export function configApi(c: HubClient) {
  return {
    config: () => c.call('/api/v1/config', configVersionViewSchema),
    putConfig: (baseVersion: number, config: HallConfigInput, note?: string) =>
      c.call('/api/v1/config', configVersionViewSchema, {
        method: 'PUT',
        body: note === undefined ? { baseVersion, config } : { baseVersion, config, note },
      }),
    configVersions: (before?: number) =>
      c.call(`/api/v1/config/versions${before === undefined ? '' : `?before=${before}`}`, configVersionListSchema),
    configVersion: (n: number) => c.call(`/api/v1/config/versions/${n}`, configVersionViewSchema),
    rollback: (n: number, baseVersion: number) =>
      c.call(`/api/v1/config/versions/${n}/rollback`, configVersionViewSchema, { body: { baseVersion } }),
  };
}
