import { hubTime } from '@hall/hub-client';
import type { HallConfig, HubError, PrinterStatus, QueueStats, ServiceQueueStats } from '@hall/protocol';
import { create } from 'zustand';
import type { KioskConfig } from '../../shared/kiosk-bridge.ts';
import { statsByService } from '../logic/zone-wait.ts';

export type DevicePhase = 'loading' | 'setup' | 'ready';

/** What the kiosk knows of its device and the hall: config, hub link, queue figures, printer. */
export interface HallState {
  phase: DevicePhase;
  setupReason: 'no-token' | 'token-rejected';
  /** Inside Electron (real printer) rather than a plain browser (the hub's virtual printer). */
  native: boolean;
  config: KioskConfig | null;
  hubBase: string;
  hall: HallConfig | null;
  stats: Record<string, ServiceQueueStats>;
  statsEventId: number;
  /** The hub's business day (hall-local date) from the last figures: "today" for opening times. */
  businessDay: string | null;
  /** Hub clock minus this kiosk's clock, from the last snapshot; 0 (the kiosk's own clock) before the first. */
  clockOffset: number;
  hubConnected: boolean;
  /** The hub refused this device (revoked token, another protocol version): staff must act. */
  deviceRefused: HubError | null;
  printer: PrinterStatus | null;
  setStats(stats: QueueStats): void;
}

export const useHall = create<HallState>()((set) => ({
  phase: 'loading',
  setupReason: 'no-token',
  native: false,
  config: null,
  hubBase: '',
  hall: null,
  stats: {},
  statsEventId: -1,
  businessDay: null,
  clockOffset: 0,
  hubConnected: false,
  deviceRefused: null,
  printer: null,
  setStats: (stats) =>
    set({ stats: statsByService(stats.services), statsEventId: stats.eventId, businessDay: stats.businessDay }),
}));

/** The hub's time now: what the kiosk shows and judges by (opening days, ages), never its own clock. */
export function hubNow(clockOffset: number = useHall.getState().clockOffset): number {
  return hubTime(Date.now(), clockOffset);
}
