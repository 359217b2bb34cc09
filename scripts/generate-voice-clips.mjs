#!/usr/bin/env node
/**
 * Generates the wall display's voice clips: `node scripts/generate-voice-clips.mjs`.
 *
 * Why clips: headless Chromium and Electron on Linux have no speech voices, so the display plays short
 * recorded words in sequence (see apps/display/src/voice/announcement.ts for the order). The clips are
 * committed under apps/display/public/voice/ so no machine needs espeak-ng at run time; regenerate only
 * when a clip name or its wording changes, on a machine with espeak-ng (and ideally sox).
 *
 * - Chinese words: espeak-ng voice `cmn-latn-pinyin` with tone-numbered pinyin (the plain `cmn` voice reads
 *   pinyin aloud as English).
 * - Letters of ticket prefixes and the English words: `-v en`, clearer than the Chinese voice for Latin letters.
 * - With sox: leading/trailing silence trimmed, normalised to -3 dBFS, 22050 Hz mono 16-bit; a two-tone chime.
 *   Without sox the raw espeak-ng output is kept and no chime is written (a warning says so).
 *
 * Idempotent: every run rewrites the same files from the same text, and writes clips.json listing the names.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'apps', 'display', 'public', 'voice');

const PINYIN_DIGITS = ['ling2', 'yi1', 'er4', 'san1', 'si4', 'wu3', 'liu4', 'qi1', 'ba1', 'jiu3'];
const EN_SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** name → [espeak-ng voice, text]; the names must match what announcement.ts asks for. */
function clipTexts() {
  const zh = (text) => ['cmn-latn-pinyin', text];
  const en = (text) => ['en', text];
  const clips = {
    qing: zh('qing3'),
    hao: zh('hao4'),
    dao: zh('dao4'),
    chuangkou: zh('chuang1 kou3'),
    banli: zh('ban4 li3'),
    shi: zh('shi2'),
    bai: zh('bai3'),
    ling: zh('ling2'),
    'en-number': en('Number'),
    'en-window': en('please go to window'),
    'en-hundred': en('hundred'),
  };
  PINYIN_DIGITS.forEach((p, d) => (clips[`digit-${d}`] = zh(p)));
  for (let c = 65; c <= 90; c++) {
    const letter = String.fromCharCode(c);
    clips[`letter-${letter.toLowerCase()}`] = en(letter);
  }
  EN_SMALL.forEach((w, n) => (clips[`en-${n}`] = en(w)));
  EN_TENS.forEach((w, i) => (clips[`en-${(i + 2) * 10}`] = en(w)));
  return clips;
}

function has(cmd) {
  try {
    execFileSync(cmd, ['--version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

if (!has('espeak-ng')) {
  console.error(
    'espeak-ng is missing. The clips are committed; only regenerate on a machine with espeak-ng ' +
      '(Debian: apt-get install -y --no-install-recommends espeak-ng sox).',
  );
  process.exit(1);
}
const withSox = has('sox');
if (!withSox) console.warn('sox is missing: clips are kept untrimmed and no chime is written.');

// Only the version ("eSpeak NG 1.51"): the rest of `--version` is this machine's data path.
const espeakVersion = execFileSync('espeak-ng', ['--version'], { encoding: 'utf8' })
  .replace(/text-to-speech:\s*/, '')
  .replace(/\s+Data at:.*/s, '')
  .trim();
mkdirSync(outDir, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'voice-clips-'));
const written = [];

function report(name) {
  const file = join(outDir, `${name}.wav`);
  written.push(name);
  console.log(`wrote ${file} (${statSync(file).size} bytes)`);
}

try {
  if (withSox) {
    // Two falling tones: the usual "ding-dong" before a call, so heads turn before the number is spoken.
    const chime = join(outDir, 'chime.wav');
    execFileSync('sox', [
      '-R', // repeatable: a fixed dither seed, so a re-run writes identical bytes (no noise in git diffs)
      '-n',
      '-r',
      '22050',
      '-c',
      '1',
      '-b',
      '16',
      chime,
      'synth',
      '0.25',
      'sine',
      '880',
      ':',
      'synth',
      '0.35',
      'sine',
      '660',
      'fade',
      '0',
      '0.35',
      '0.2',
      'gain',
      '-6',
    ]);
    report('chime');
  }
  for (const [name, [voice, text]] of Object.entries(clipTexts())) {
    const raw = join(tmp, `${name}.wav`);
    const file = join(outDir, `${name}.wav`);
    // -s 150: a little slower than the default, easier to follow in an echoing hall.
    execFileSync('espeak-ng', ['-v', voice, '-s', '150', '-w', withSox ? raw : file, text]);
    if (withSox) {
      // Trim silence at both ends (so words join without gaps), normalise loudness, fix the format.
      execFileSync('sox', [
        '-R', // repeatable: a fixed dither seed, so a re-run writes identical bytes (no noise in git diffs)
        raw,
        '-r',
        '22050',
        '-c',
        '1',
        '-b',
        '16',
        file,
        'silence',
        '1',
        '0.02',
        '0.5%',
        'reverse',
        'silence',
        '1',
        '0.02',
        '0.5%',
        'reverse',
        'norm',
        '-3',
      ]);
    }
    report(name);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const manifest = { generator: 'scripts/generate-voice-clips.mjs', espeakNg: espeakVersion, clips: written };
writeFileSync(join(outDir, 'clips.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(`wrote ${join(outDir, 'clips.json')} (${written.length} clips)`);
