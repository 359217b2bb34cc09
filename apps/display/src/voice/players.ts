/**
 * Browser voice players. Speech synthesis sounds best where the OS has a Chinese voice (Windows, macOS,
 * Android); headless Chromium and Electron on Linux have none, so the recorded clips from
 * public/voice (scripts/generate-voice-clips.mjs) are the fallback that always works.
 *
 * Browsers refuse to play sound before the user has interacted with the page. A wall display is started
 * once by a person: the UI shows an "启用语音播报 / Enable voice" button that calls `unlockAudio()`. Until
 * then `play` resolves at once and reports `blocked`, so the queue keeps moving and the screen still updates.
 */
import type { VoicePlayer } from './announcer.ts';

export interface PlayerEvents {
  /** Called when the browser refused to play (no user gesture yet): show the enable-voice button. */
  onBlocked?: () => void;
  log?: (message: string) => void;
}

/** The minimum of HTMLAudioElement the clip player uses, so tests can pass a fake. */
export type AudioLike = Pick<
  HTMLAudioElement,
  'play' | 'pause' | 'addEventListener' | 'removeEventListener' | 'currentTime' | 'preload'
>;

export interface ClipPlayerOptions extends PlayerEvents {
  /** Longest one clip may take (ms, default 4000): a broken or unloadable file must not block the queue. */
  clipTimeoutMs?: number;
  /** Pause between clips (ms, default 40): trimmed clips back to back sound rushed. */
  gapMs?: number;
  createAudio?: (url: string) => AudioLike;
}

const isBlocked = (err: unknown): boolean => err instanceof Error && err.name === 'NotAllowedError';
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Plays `<baseUrl><clip>.wav` files in order with HTMLAudioElement. */
export function clipPlayer(baseUrl = '/display/voice/', options: ClipPlayerOptions = {}): VoicePlayer {
  const { clipTimeoutMs = 4000, gapMs = 40, log = () => {} } = options;
  const createAudio = options.createAudio ?? ((url: string) => new Audio(url));
  // One element per clip, kept: after the first call every clip is in memory and starts without delay.
  const cache = new Map<string, AudioLike>();
  const audioFor = (clip: string): AudioLike => {
    let el = cache.get(clip);
    if (!el) {
      el = createAudio(`${baseUrl}${clip}.wav`);
      el.preload = 'auto';
      cache.set(clip, el);
    }
    return el;
  };

  const playOne = (el: AudioLike, clip: string): Promise<'ok' | 'blocked'> =>
    new Promise((resolve) => {
      let settled = false;
      const finish = (outcome: 'ok' | 'blocked') => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        el.removeEventListener('ended', onEnded);
        el.removeEventListener('error', onError);
        resolve(outcome);
      };
      const onEnded = () => finish('ok');
      const onError = () => {
        log(`clip ${clip} failed to load or play; skipped`);
        finish('ok');
      };
      const timer = setTimeout(() => {
        log(`clip ${clip} timed out; skipped`);
        el.pause();
        finish('ok');
      }, clipTimeoutMs);
      el.addEventListener('ended', onEnded);
      el.addEventListener('error', onError);
      el.currentTime = 0;
      el.play().catch((err: unknown) => {
        if (isBlocked(err)) finish('blocked');
        else onError();
      });
    });

  return {
    async play(clips) {
      // Start loading every clip of the sentence before the first plays, so later ones are ready in time.
      const els = clips.map((c) => audioFor(c));
      for (let i = 0; i < clips.length; i++) {
        const el = els[i];
        const clip = clips[i];
        if (!el || clip === undefined) continue;
        if ((await playOne(el, clip)) === 'blocked') {
          options.onBlocked?.();
          return; // The rest would be blocked too.
        }
        if (gapMs > 0 && i < clips.length - 1) await sleep(gapMs);
      }
    },
  };
}

/** A voice for `lang` ('zh-CN' matches zh-CN, zh_CN, zh; 'en' matches any English voice). */
export function findVoice(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const norm = (l: string) => l.replace('_', '-').toLowerCase();
  const want = norm(lang);
  const base = want.split('-')[0] ?? want;
  return (
    voices.find((v) => norm(v.lang) === want) ??
    voices.find((v) => norm(v.lang) === base || norm(v.lang).startsWith(`${base}-`))
  );
}

/** Voices load asynchronously in Chrome: wait for `voiceschanged`, but not for ever (Linux never sends it). */
export function loadVoices(synth: SpeechSynthesis, timeoutMs = 1500): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, timeoutMs);
    synth.addEventListener('voiceschanged', done);
  });
}

export interface SpeechPlayerOptions extends PlayerEvents {
  synth?: SpeechSynthesis;
  voices?: readonly SpeechSynthesisVoice[];
  /** Upper bound per sentence (ms, default 15000): Chrome's synthesiser sometimes never fires `end`. */
  timeoutMs?: number;
  rate?: number;
}

/** Speaks the announcement text with the Web Speech API. */
export function speechPlayer(options: SpeechPlayerOptions = {}): VoicePlayer {
  const synth = options.synth ?? window.speechSynthesis;
  const { timeoutMs = 15_000, rate = 0.9, log = () => {} } = options;
  return {
    play(_clips, text, lang) {
      return new Promise((resolve) => {
        const voices = options.voices ?? synth.getVoices();
        const u = new SpeechSynthesisUtterance(text);
        u.lang = lang;
        u.rate = rate; // A little slower than normal: halls echo.
        const voice = findVoice(voices, lang);
        if (voice) u.voice = voice;
        let settled = false;
        const finish = () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          log(`speech timed out: ${text}`);
          synth.cancel();
          finish();
        }, timeoutMs);
        u.onend = finish;
        u.onerror = (e) => {
          if (e.error === 'not-allowed') options.onBlocked?.();
          else log(`speech error ${e.error}: ${text}`);
          finish();
        };
        synth.speak(u);
      });
    },
  };
}

export interface PickedPlayer {
  player: VoicePlayer;
  kind: 'speech' | 'clips';
}

/** Speech when the browser has a Chinese voice, else the recorded clips. */
export async function pickPlayer(
  options: PlayerEvents & { baseUrl?: string; preferClips?: boolean } = {},
): Promise<PickedPlayer> {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  if (synth && !options.preferClips) {
    const voices = await loadVoices(synth);
    if (findVoice(voices, 'zh-CN')) return { player: speechPlayer({ ...options, synth, voices }), kind: 'speech' };
  }
  return { player: clipPlayer(options.baseUrl, options), kind: 'clips' };
}

/**
 * Call from a click handler (the enable-voice button). Playing something inside a user gesture lifts the
 * browser's autoplay block for the page. The chime is played audibly on purpose: it proves to the person
 * who clicked that the speakers work, and a muted probe would "succeed" even without a gesture.
 * Resolves true when audio is allowed now. (In Electron, `webPreferences.autoplayPolicy:
 * 'no-user-gesture-required'` removes the need for the button.)
 */
export async function unlockAudio(baseUrl = '/display/voice/'): Promise<boolean> {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  if (synth) {
    // An empty, silent utterance inside the gesture unlocks speech synthesis in Chrome and Safari.
    const u = new SpeechSynthesisUtterance('');
    u.volume = 0;
    synth.speak(u);
  }
  try {
    await new Audio(`${baseUrl}chime.wav`).play();
    return true;
  } catch (err) {
    // A missing file is not a block: only NotAllowedError means the browser still refuses.
    return !isBlocked(err);
  }
}
