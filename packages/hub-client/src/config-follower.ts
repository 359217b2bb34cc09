import type { ConfigPush, HallConfig } from '@hall/protocol';

export interface ConfigFollower {
  /** The version the screen shows, for `connectHall`'s `configVersion`; undefined before the first snapshot. */
  version(): number | undefined;
  /** Call with each snapshot: the first one names the version of the configuration read at start. */
  onSnapshot(snapshot: { configVersion: number }): void;
  /** Call with each `hall:config` push: a version the screen does not show yet is applied. */
  onConfig(push: ConfigPush): void;
}

/**
 * Keeps a screen on the hall configuration in force: it read the document at start (`GET /api/v1/hall`),
 * then each new version arrives as a push, also at a reconnect after a change made while it was away.
 */
export function followConfig(apply: (config: HallConfig, version: number) => void): ConfigFollower {
  let shown: number | undefined;
  return {
    version: () => shown,
    onSnapshot: (snapshot) => {
      shown ??= snapshot.configVersion;
    },
    onConfig: (push) => {
      if (push.version === shown) return;
      shown = push.version;
      apply(push.config, push.version);
    },
  };
}
