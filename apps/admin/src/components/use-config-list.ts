import type { HallConfig, HallConfigInput, Locale } from '@hall/protocol';
import { useState } from 'react';
import { texts } from '../i18n/texts.ts';
import { matches, moved, withoutItem } from '../logic/config-edit.ts';
import { useConfig } from '../state/config-store.ts';
import { useDragOrder } from './use-drag-order.ts';

/** The configuration's ordered lists the console edits row by row. */
export type ConfigListKey = 'zones' | 'services' | 'windows';
type ItemOf<K extends ConfigListKey> = HallConfig[K][number];

/**
 * What the zones, services and windows pages share: the search, which row's form is open (and its unsaved
 * draft for the kiosk preview), ordering by drag or by move buttons, and removal after a confirmation. Every
 * change saves the whole document as a new version.
 */
export function useConfigList<K extends ConfigListKey>(
  config: HallConfig,
  key: K,
  locale: Locale,
  searchTerms: (item: ItemOf<K>) => (string | number)[],
) {
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [draft, setDraft] = useState<HallConfigInput | null>(null);
  const items = config[key] as ItemOf<K>[];
  const save = (next: ItemOf<K>[]) => void useConfig.getState().save({ ...config, [key]: next });
  const shown = items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => matches(search, ...searchTerms(item)));
  // Ordering a filtered list would move items past hidden ones: the order is edited on the whole list.
  const ordering = search.trim() === '';
  const move = (from: number, to: number) => save(moved(items, from, to));
  const dragRow = useDragOrder(move, ordering);
  return {
    search,
    setSearch,
    editing,
    draft,
    setDraft,
    shown,
    count: items.length,
    ordering,
    move,
    dragRow,
    edit: (what: number | 'new' | null) => {
      setDraft(null);
      setEditing(what);
    },
    remove: (index: number) => {
      const item = items[index];
      if (item && confirm(`${texts(locale, 'remove')}: ${item.names[locale]}?`)) save(withoutItem(items, index));
    },
  };
}
