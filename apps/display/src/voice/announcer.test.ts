import { describe, expect, it } from 'vitest';
import type { CallAnnouncement } from './announcement.ts';
import { Announcer, type VoicePlayer } from './announcer.ts';

/** A player whose every play stays pending until the test finishes it: shows overlap if there is any. */
function fakePlayer() {
  const calls: { text: string; lang: string; clips: string[] }[] = [];
  const pending: (() => void)[] = [];
  let active = 0;
  let maxActive = 0;
  const player: VoicePlayer = {
    play(clips, text, lang) {
      calls.push({ clips, text, lang });
      active++;
      maxActive = Math.max(maxActive, active);
      return new Promise((resolve) =>
        pending.push(() => {
          active--;
          resolve();
        }),
      );
    },
  };
  /** Finishes plays one by one, letting the announcer start the next, until nothing is pending. */
  const drain = async () => {
    for (let i = 0; i < 1000; i++) {
      await new Promise((r) => setTimeout(r, 0));
      const next = pending.shift();
      if (!next) return;
      next();
    }
  };
  return { player, calls, drain, maxActive: () => maxActive };
}

const call = (eventId: number, number: string, window = 1, recall = false): CallAnnouncement => ({
  eventId,
  at: 0,
  number,
  window,
  recall,
});

describe('Announcer', () => {
  it('plays in order, one at a time', async () => {
    const fake = fakePlayer();
    const a = new Announcer({ player: fake.player });
    a.enqueue(call(1, 'A001'));
    a.enqueue(call(2, 'B002'));
    a.enqueue(call(3, 'C003'));
    expect(fake.calls).toHaveLength(1); // the others wait; nothing is cut off
    await fake.drain();
    await a.idle();
    expect(fake.calls.map((c) => c.text)).toEqual([
      '请 A 零 零 一 号, 到 1 号窗口 办理',
      '请 B 零 零 二 号, 到 1 号窗口 办理',
      '请 C 零 零 三 号, 到 1 号窗口 办理',
    ]);
    expect(fake.maxActive()).toBe(1);
  });

  it('repeats each announcement, chime only the first time, English after each Chinese one', async () => {
    const fake = fakePlayer();
    const a = new Announcer({ player: fake.player, repeat: 2, english: true });
    a.enqueue(call(1, 'A023', 3));
    await fake.drain();
    await a.idle();
    expect(fake.calls.map((c) => c.lang)).toEqual(['zh-CN', 'en', 'zh-CN', 'en']);
    expect(fake.calls[0]?.clips[0]).toBe('chime');
    expect(fake.calls[2]?.clips[0]).toBe('qing');
    expect(fake.calls[1]?.clips[0]).toBe('en-number');
  });

  it('announces a recall of the same ticket again', async () => {
    const fake = fakePlayer();
    const a = new Announcer({ player: fake.player });
    a.enqueue(call(1, 'A023'));
    a.enqueue(call(2, 'A023', 1, true));
    await fake.drain();
    await a.idle();
    expect(fake.calls).toHaveLength(2);
  });

  it('drops the oldest waiting announcement past the bound, never the one playing', async () => {
    const fake = fakePlayer();
    const logs: string[] = [];
    const a = new Announcer({ player: fake.player, maxQueue: 2, log: (m) => logs.push(m) });
    for (let i = 1; i <= 5; i++) a.enqueue(call(i, `A00${i}`));
    expect(a.speaking?.eventId).toBe(1);
    expect(a.waiting).toBe(2);
    await fake.drain();
    await a.idle();
    expect(fake.calls.map((c) => c.text.split(',')[0])).toEqual([
      '请 A 零 零 一 号',
      '请 A 零 零 四 号',
      '请 A 零 零 五 号',
    ]);
    expect(logs).toHaveLength(2);
  });

  it('carries on after a failing or hung player', async () => {
    const logs: string[] = [];
    let n = 0;
    const player: VoicePlayer = {
      play() {
        n++;
        if (n === 1) return Promise.reject(new Error('boom'));
        if (n === 2) return new Promise(() => {}); // never resolves
        return Promise.resolve();
      },
    };
    const a = new Announcer({ player, playTimeoutMs: 20, log: (m) => logs.push(m) });
    a.enqueue(call(1, 'A001'));
    a.enqueue(call(2, 'A002'));
    a.enqueue(call(3, 'A003'));
    await a.idle();
    expect(n).toBe(3);
    expect(logs).toHaveLength(2);
  });

  it('reports what it is speaking', async () => {
    const fake = fakePlayer();
    const seen: (number | null)[] = [];
    const a = new Announcer({ player: fake.player, onSpeaking: (x) => seen.push(x?.eventId ?? null) });
    a.enqueue(call(1, 'A001'));
    a.enqueue(call(2, 'A002'));
    await fake.drain();
    await a.idle();
    expect(seen).toEqual([1, 2, null]);
  });
});
