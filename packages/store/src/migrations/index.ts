import { migration001 } from './001-initial.ts';
import { migration002 } from './002-ticket-status-code.ts';
import { migration003 } from './003-ratings-and-complaints.ts';
import { migration004 } from './004-booking-states.ts';
import { migration005 } from './005-hashed-request-fingerprints.ts';
import { migration006 } from './006-config-versions.ts';
import { migration007 } from './007-phone-proofs.ts';
import { migration008 } from './008-device-last-seen.ts';
import { migration009 } from './009-report-rollups.ts';
import { migration010 } from './010-alerts.ts';
import { migration011 } from './011-start-up-indexes.ts';
import { migration012 } from './012-guide-desk.ts';
import type { Db } from '../database.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Work SQL cannot do (hashing), run after `sql` in the same transaction. */
  upgrade?: (db: Db) => void;
}

/** Every migration in order. Add a new numbered file; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
];
