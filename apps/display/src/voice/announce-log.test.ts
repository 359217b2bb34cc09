import { describe, expect, it } from 'vitest';
import { AnnounceLog } from './announce-log.ts';

const NOW = 1_800_000_000_000;

describe('AnnounceLog', () => {
  it('announces a live event once', () => {
    const log = new AnnounceLog();
    expect(log.decide({ eventId: 1, at: NOW }, NOW, { live: true })).toBe('announce');
    expect(log.decide({ eventId: 1, at: NOW }, NOW + 10, { live: true })).toBe('skip-seen');
    expect(log.decide({ eventId: 1, at: NOW }, NOW + 10, { live: false })).toBe('skip-seen');
  });

  it('announces a live event whatever its timestamp says (clocks may disagree)', () => {
    expect(new AnnounceLog().decide({ eventId: 1, at: NOW - 600_000 }, NOW, { live: true })).toBe('announce');
  });

  it('on replay announces only calls from the last 60 s', () => {
    const log = new AnnounceLog();
    expect(log.decide({ eventId: 1, at: NOW - 61_000 }, NOW, { live: false })).toBe('skip-stale');
    expect(log.decide({ eventId: 2, at: NOW - 60_000 }, NOW, { live: false })).toBe('announce');
    expect(log.decide({ eventId: 3, at: NOW - 5_000 }, NOW, { live: false })).toBe('announce');
  });

  it('announces a recall: it is a new event id', () => {
    const log = new AnnounceLog();
    log.decide({ eventId: 10, at: NOW }, NOW, { live: true });
    expect(log.decide({ eventId: 11, at: NOW + 30_000 }, NOW + 30_000, { live: true })).toBe('announce');
  });

  it('survives a reload through JSON and stays bounded', () => {
    const log = new AnnounceLog({ capacity: 3 });
    for (let id = 1; id <= 5; id++) log.decide({ eventId: id, at: NOW }, NOW, { live: true });
    const text = JSON.stringify(log);
    expect(JSON.parse(text)).toEqual([3, 4, 5]);
    const restored = AnnounceLog.fromJSON(text, { capacity: 3 });
    expect(restored.decide({ eventId: 5, at: NOW }, NOW, { live: false })).toBe('skip-seen');
    expect(restored.has(1)).toBe(false);
  });

  it('starts empty from corrupt storage', () => {
    expect(AnnounceLog.fromJSON('{not json').toJSON()).toEqual([]);
    expect(AnnounceLog.fromJSON(null).toJSON()).toEqual([]);
    expect(AnnounceLog.fromJSON('[1,"x",2.5,3]').toJSON()).toEqual([1, 3]);
  });
});
