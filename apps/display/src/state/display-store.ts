import type { DisplayBookingView, HallConfig, Notice } from '@hall/protocol';
import { create } from 'zustand';
import { EMPTY_DISPLAY, type DisplayData } from '../logic/hall-state.ts';

export type Phase =
  /** Looking for a token and the hall config. */
  | 'starting'
  /** No token (not demo mode) or the hub refused it: the attendant setup screen. */
  | 'setup'
  | 'running';

export type VoiceStatus = 'off' | 'locked' | 'ready' | 'speaking';

export interface DisplayStore {
  phase: Phase;
  /** Why the setup screen shows (a refused token), if not simply a first start. */
  setupReason: 'refused' | null;
  hall: HallConfig | null;
  data: DisplayData;
  /** A snapshot has been applied at least once: there is something true to show. */
  synced: boolean;
  connected: boolean;
  /** Set once the first connection was lost: the reconnecting mark shows only then. */
  everConnected: boolean;
  /** The hub speaks another protocol version: the screen says so until it reloads for the new build. */
  outdated: boolean;
  /** Today's bookings, as pushed (`hall:bookings`) or read (`GET /api/v1/bookings`). */
  bookings: DisplayBookingView[];
  /** Counts the pushes: a read started before the latest push is older than it and is dropped. */
  bookingsVersion: number;
  notices: Notice[];
  voice: VoiceStatus;
  /** The text being spoken now, for the speaker indicator. */
  speaking: string | null;
}

export const useDisplay = create<DisplayStore>()(() => ({
  phase: 'starting',
  setupReason: null,
  hall: null,
  data: EMPTY_DISPLAY,
  synced: false,
  connected: false,
  everConnected: false,
  outdated: false,
  bookings: [],
  bookingsVersion: 0,
  notices: [],
  voice: 'off',
  speaking: null,
}));
