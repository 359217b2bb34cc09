import { expect, test } from 'vitest';
import { moved } from './config-edit.ts';
import { previewTiles } from './kiosk-preview.ts';
import { testHall } from './test-hall.ts';

test('the preview lists zones and their services in configuration order, edits included', () => {
  const hall = testHall();
  const names = { 'zh-Hans': '社保', 'zh-Hant': '社保', en: 'Social' };
  const edited = {
    ...hall,
    zones: [...hall.zones, { id: 'social', names }],
    services: moved(hall.services, 1, 0),
  };
  const tiles = previewTiles(edited);
  expect(tiles.map((t) => t.zoneId)).toEqual(['civil', 'social']);
  expect(tiles[0]?.services.map((s) => s.id)).toEqual(['pension', 'marriage']);
  expect(tiles[1]?.services).toEqual([]);
});
