export type { HallSnapshot } from './views/hall.ts';
