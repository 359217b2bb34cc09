/**
 * The no-repeat rule: which call events the display should speak.
 *
 * The hub may deliver an event twice (a replay after reconnect, a page reload), and a wall display that
 * re-reads calls from minutes ago sends people to windows that have moved on. So the display remembers the
 * event ids it announced (bounded; serialisable to localStorage so a reload does not repeat them) and, on
 * a replay, speaks only calls that are still recent. A recall is a new event with a new id: spoken again.
 * Pure: time comes in as an argument.
 */

export type AnnounceDecision = 'announce' | 'skip-seen' | 'skip-stale';

export interface AnnounceLogOptions {
  /** How many announced ids to remember (default 500: far more than a hall calls in a minute). */
  capacity?: number;
  /** On a replay, how old (ms) an event may be and still be announced (default 60 s). */
  replayWindowMs?: number;
}

export class AnnounceLog {
  private readonly capacity: number;
  private readonly replayWindowMs: number;
  /** Insertion order, oldest first, so the oldest are forgotten first. */
  private readonly ids: number[] = [];
  private readonly seen = new Set<number>();

  constructor(options: AnnounceLogOptions = {}, remembered: readonly number[] = []) {
    this.capacity = Math.max(1, options.capacity ?? 500);
    this.replayWindowMs = options.replayWindowMs ?? 60_000;
    for (const id of remembered) this.remember(id);
  }

  /**
   * Whether to announce `event`; an `announce` answer records the id at once, so a second delivery of the
   * same event (even before it has been spoken) is skipped.
   * `live`: pushed as it happened. A live event is announced however old its `at` looks, because the hub's
   * and the display's clocks may disagree; only replays (live=false) are judged by age.
   */
  decide(event: { eventId: number; at: number }, now: number, { live }: { live: boolean }): AnnounceDecision {
    if (this.seen.has(event.eventId)) return 'skip-seen';
    if (!live && now - event.at > this.replayWindowMs) return 'skip-stale';
    this.remember(event.eventId);
    return 'announce';
  }

  has(eventId: number): boolean {
    return this.seen.has(eventId);
  }

  /** For localStorage: `JSON.stringify(log)`. */
  toJSON(): number[] {
    return [...this.ids];
  }

  /** Restores from `toJSON` output; anything unreadable (old format, hand-edited storage) starts empty. */
  static fromJSON(text: string | null | undefined, options: AnnounceLogOptions = {}): AnnounceLog {
    let ids: number[] = [];
    try {
      const parsed: unknown = text ? JSON.parse(text) : [];
      if (Array.isArray(parsed)) ids = parsed.filter((x): x is number => Number.isInteger(x));
    } catch {
      // Corrupt storage must never stop the display from speaking: start afresh.
    }
    return new AnnounceLog(options, ids);
  }

  private remember(id: number): void {
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.ids.push(id);
    while (this.ids.length > this.capacity) {
      const dropped = this.ids.shift();
      if (dropped !== undefined) this.seen.delete(dropped);
    }
  }
}
