/**
 * Plays announcements one after another. A wall display must never talk over itself nor cut a call off
 * half-way (people miss their number), so calls wait in a short queue; if calls pile up faster than they
 * can be spoken (a burst after reconnect), the oldest waiting ones are dropped rather than falling ever
 * further behind.
 */
import { announcementText, clipSequence, englishClips, spokenText, type CallAnnouncement } from './announcement.ts';

/** Speaks one sentence: clip names for clip players, text + BCP 47 language for speech synthesis. */
export interface VoicePlayer {
  /** Resolves when done. Should not reject; if it does, the announcer logs it and carries on. */
  play(clips: string[], text: string, lang: string): Promise<void>;
}

export interface AnnouncerOptions {
  player: VoicePlayer;
  /** Times each announcement is spoken (default 1). */
  repeat?: number;
  /** Speak the English sentence after each Chinese one (default false). */
  english?: boolean;
  /** Waiting announcements kept, besides the one playing (default 20). */
  maxQueue?: number;
  /** Longest a single `play` may take before the queue moves on anyway (default 30 s): a hung player must not silence the hall. */
  playTimeoutMs?: number;
  log?: (message: string) => void;
  /** The announcement now being spoken, or null when idle (for highlighting it on screen). */
  onSpeaking?: (a: CallAnnouncement | null) => void;
}

export class Announcer {
  private readonly queue: CallAnnouncement[] = [];
  private playing: CallAnnouncement | null = null;
  private idleWaiters: (() => void)[] = [];
  private options: Required<Omit<AnnouncerOptions, 'onSpeaking'>> & Pick<AnnouncerOptions, 'onSpeaking'>;

  constructor(options: AnnouncerOptions) {
    this.options = {
      repeat: 1,
      english: false,
      maxQueue: 20,
      playTimeoutMs: 30_000,
      log: (m) => console.warn(`[voice] ${m}`),
      ...options,
    };
  }

  /** Settings screens may change repeat/English at run time; takes effect from the next announcement. */
  configure(changes: Partial<Pick<AnnouncerOptions, 'repeat' | 'english' | 'player'>>): void {
    this.options = { ...this.options, ...changes };
  }

  enqueue(a: CallAnnouncement): void {
    this.queue.push(a);
    while (this.queue.length > this.options.maxQueue) {
      const dropped = this.queue.shift();
      if (dropped) this.options.log(`queue full: dropped ${dropped.number} (event ${dropped.eventId})`);
    }
    if (!this.playing) void this.run();
  }

  get speaking(): CallAnnouncement | null {
    return this.playing;
  }

  get waiting(): number {
    return this.queue.length;
  }

  /** Resolves when nothing is playing or waiting (tests; a graceful page hide). */
  idle(): Promise<void> {
    if (!this.playing && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async run(): Promise<void> {
    let next = this.queue.shift();
    while (next) {
      this.playing = next;
      this.options.onSpeaking?.(next);
      await this.speak(next);
      next = this.queue.shift();
    }
    this.playing = null;
    this.options.onSpeaking?.(null);
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private async speak(a: CallAnnouncement): Promise<void> {
    const repeat = Math.max(1, Math.floor(this.options.repeat));
    for (let i = 0; i < repeat; i++) {
      // The chime only once: it turns heads; repeating it would just slow the repeat down.
      await this.playSafely(clipSequence(a, { chime: i === 0 }), spokenText(a, 'zh-Hans'), 'zh-CN', a);
      if (this.options.english) await this.playSafely(englishClips(a), spokenText(a, 'en'), 'en', a);
    }
  }

  private async playSafely(clips: string[], text: string, lang: string, a: CallAnnouncement): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.options.playTimeoutMs);
    });
    try {
      const result = await Promise.race([this.options.player.play(clips, text, lang), timeout]);
      if (result === 'timeout') this.options.log(`player timed out on ${a.number}; moving on`);
    } catch (err) {
      this.options.log(`player failed on ${a.number} (${announcementText(a, 'en')}): ${String(err)}`);
    } finally {
      clearTimeout(timer);
    }
  }
}
