import type { HubClient } from '@hall/hub-client';
import {
  configVersionListSchema,
  configVersionViewSchema,
  type ConfigVersionList,
  type ConfigVersionView,
  type HallConfigInput,
} from '@hall/protocol';

export type { ConfigVersionList, ConfigVersionView };

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
