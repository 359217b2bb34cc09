export { systemClock } from './clock.ts';
export type { Clock } from './clock.ts';
export { loadHallConfig } from './config/load-hall-config.ts';
export { DEMO_CONFIG_PATH, readEnv } from './config/env.ts';
export { createHub } from './create-hub.ts';
export type { Hub, HubOptions } from './create-hub.ts';
export { DEMO_CREDENTIALS, seedDemo } from './demo-seed.ts';
export { rollUpStoredDay } from './reports/roll-up-day.ts';
