import type { NoticesBody } from '@hall/protocol';
import type { HallStore } from '@hall/store';
import type { Clock } from '../clock.ts';
import { currentNotices, saveNotices } from './notices.ts';

/** The hall notices an admin sets and the displays show. */
export class NoticeBoard {
  constructor(
    private readonly store: HallStore,
    private readonly clock: Clock,
  ) {}

  current(): NoticesBody {
    return currentNotices(this.store, this.clock.now());
  }

  /** Replaces the notices (audited) and returns those in force now. */
  set(input: NoticesBody, by: string): NoticesBody {
    saveNotices(this.store, input);
    this.store.audit.append(this.clock.now(), by, 'notices.set', `${input.notices.length} notice(s)`);
    return this.current();
  }
}
