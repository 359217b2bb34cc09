// Players run in the browser; here they get fake audio elements and a fake synthesiser (Node has neither).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clipPlayer, findVoice, speechPlayer, type AudioLike } from './players.ts';

type Behaviour = 'ends' | 'errors' | 'hangs' | 'blocked';

function fakeAudio(behaviour: (url: string) => Behaviour, played: string[]) {
  return (url: string): AudioLike => {
    const target = new EventTarget();
    const el = {
      preload: '',
      currentTime: 0,
      pause: () => {},
      addEventListener: target.addEventListener.bind(target),
      removeEventListener: target.removeEventListener.bind(target),
      play: () => {
        played.push(url);
        const b = behaviour(url);
        if (b === 'blocked') return Promise.reject(Object.assign(new Error('no gesture'), { name: 'NotAllowedError' }));
        if (b === 'ends') setTimeout(() => target.dispatchEvent(new Event('ended')), 1);
        if (b === 'errors') setTimeout(() => target.dispatchEvent(new Event('error')), 1);
        return Promise.resolve();
      },
    };
    return el as unknown as AudioLike;
  };
}

describe('clipPlayer', () => {
  it('plays the clips in order, waiting for each to end', async () => {
    const played: string[] = [];
    const p = clipPlayer('/v/', { gapMs: 0, createAudio: fakeAudio(() => 'ends', played) });
    await p.play(['chime', 'qing', 'digit-2', 'digit-2'], '', 'zh-CN');
    expect(played).toEqual(['/v/chime.wav', '/v/qing.wav', '/v/digit-2.wav', '/v/digit-2.wav']);
  });

  it('skips a broken or hung clip instead of blocking the queue', async () => {
    const played: string[] = [];
    const logs: string[] = [];
    const behaviour = (url: string): Behaviour =>
      url.includes('bad') ? 'errors' : url.includes('hang') ? 'hangs' : 'ends';
    const p = clipPlayer('/v/', {
      gapMs: 0,
      clipTimeoutMs: 20,
      log: (m) => logs.push(m),
      createAudio: fakeAudio(behaviour, played),
    });
    await p.play(['bad', 'hang', 'qing'], '', 'zh-CN');
    expect(played).toEqual(['/v/bad.wav', '/v/hang.wav', '/v/qing.wav']);
    expect(logs).toHaveLength(2);
  });

  it('resolves and reports blocked when the browser refuses to play', async () => {
    const played: string[] = [];
    const onBlocked = vi.fn();
    const p = clipPlayer('/v/', { onBlocked, createAudio: fakeAudio(() => 'blocked', played) });
    await expect(p.play(['chime', 'qing'], '', 'zh-CN')).resolves.toBeUndefined();
    expect(onBlocked).toHaveBeenCalledOnce();
    expect(played).toEqual(['/v/chime.wav']);
  });
});

const voice = (lang: string, name = lang) => ({ lang, name }) as SpeechSynthesisVoice;

describe('findVoice', () => {
  it('matches exact, underscore and base languages', () => {
    expect(findVoice([voice('en-US'), voice('zh-CN')], 'zh-CN')?.lang).toBe('zh-CN');
    expect(findVoice([voice('zh_CN')], 'zh-CN')?.lang).toBe('zh_CN');
    expect(findVoice([voice('zh-TW')], 'zh-CN')?.lang).toBe('zh-TW');
    expect(findVoice([voice('en-GB')], 'en')?.lang).toBe('en-GB');
    expect(findVoice([voice('en-US')], 'zh-CN')).toBeUndefined();
  });
});

describe('speechPlayer', () => {
  afterEach(() => vi.unstubAllGlobals());

  class FakeUtterance {
    lang = '';
    rate = 1;
    voice: SpeechSynthesisVoice | null = null;
    onend: (() => void) | null = null;
    onerror: ((e: { error: string }) => void) | null = null;
    constructor(public text: string) {}
  }

  it('speaks the text with a voice of the language and resolves on end', async () => {
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    const spoken: FakeUtterance[] = [];
    const synth = {
      speak: (u: FakeUtterance) => {
        spoken.push(u);
        setTimeout(() => u.onend?.(), 1);
      },
      cancel: () => {},
      getVoices: () => [voice('zh-CN', 'Ting-Ting')],
    } as unknown as SpeechSynthesis;
    await speechPlayer({ synth }).play([], '请 A 零 二 三 号', 'zh-CN');
    expect(spoken[0]?.text).toBe('请 A 零 二 三 号');
    expect(spoken[0]?.voice?.name).toBe('Ting-Ting');
  });

  it('reports blocked (not-allowed) and never hangs', async () => {
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    const onBlocked = vi.fn();
    const synth = {
      speak: (u: FakeUtterance) => setTimeout(() => u.onerror?.({ error: 'not-allowed' }), 1),
      cancel: () => {},
      getVoices: () => [],
    } as unknown as SpeechSynthesis;
    await speechPlayer({ synth, onBlocked }).play([], 'x', 'zh-CN');
    expect(onBlocked).toHaveBeenCalledOnce();

    const silent = { speak: () => {}, cancel: vi.fn(), getVoices: () => [] } as unknown as SpeechSynthesis;
    await speechPlayer({ synth: silent, timeoutMs: 20 }).play([], 'x', 'zh-CN');
    expect(silent.cancel).toHaveBeenCalled();
  });
});
