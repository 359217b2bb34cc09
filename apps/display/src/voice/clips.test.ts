/// <reference types="node" />
// The clips are generated once (scripts/generate-voice-clips.mjs) and committed: check they are all there,
// are real WAV files the browser can play, and that every clip the announcements ask for exists.
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clipSequence } from './announcement.ts';

const dir = new URL('../../public/voice/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('clips.json', dir), 'utf8')) as { clips: string[]; espeakNg: string };

describe('voice clips', () => {
  it('lists clips made by espeak-ng', () => {
    expect(manifest.espeakNg).toMatch(/eSpeak NG/);
    expect(manifest.clips.length).toBeGreaterThan(60);
  });

  it.each(manifest.clips)('%s.wav is a PCM WAV with audio', (name) => {
    const wav = readFileSync(new URL(`${name}.wav`, dir));
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.toString('ascii', 8, 12)).toBe('WAVE');
    // Find the data chunk (sox may write other chunks first) and check it holds at least 0.1 s.
    let offset = 12;
    let dataSize = 0;
    let byteRate = 0;
    while (offset + 8 <= wav.length) {
      const id = wav.toString('ascii', offset, offset + 4);
      const size = wav.readUInt32LE(offset + 4);
      if (id === 'fmt ') byteRate = wav.readUInt32LE(offset + 16);
      if (id === 'data') {
        dataSize = size;
        break;
      }
      offset += 8 + size + (size % 2);
    }
    expect(byteRate).toBeGreaterThan(0);
    const seconds = dataSize / byteRate;
    expect(seconds).toBeGreaterThanOrEqual(0.1);
    expect(seconds).toBeLessThanOrEqual(2);
  });

  it('covers every clip an announcement can ask for (all prefixes A..Z, windows 1..999)', () => {
    const listed = new Set(manifest.clips);
    const needed = new Set<string>();
    for (let w = 1; w <= 999; w++) {
      for (const c of clipSequence(
        { eventId: 0, at: 0, number: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', window: w, recall: false },
        { english: true },
      )) {
        needed.add(c);
      }
    }
    expect([...needed].filter((c) => !listed.has(c))).toEqual([]);
  });

  it('stays small enough to commit', () => {
    const total = manifest.clips.reduce((sum, name) => sum + statSync(new URL(`${name}.wav`, dir)).size, 0);
    expect(total).toBeLessThan(2_000_000);
  });
});
