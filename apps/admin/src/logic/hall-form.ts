import type { BookingSlots, HallConfig, LocalizedText, QueuePolicy } from '@hall/protocol';

/** The hall form: the elderly rule as a choice with its ratio kept aside while "strict" is chosen. */
export interface HallFormValues {
  hallName: LocalizedText;
  timeZone: string;
  policy: Omit<QueuePolicy, 'elderly'> & { elderly: { rule: 'strict' | 'ratio'; normalPerElderly: number } };
  booking: BookingSlots;
}

export function hallFormValues(c: HallConfig): HallFormValues {
  const e = c.policy.elderly;
  return {
    hallName: c.hallName,
    timeZone: c.timeZone,
    policy: { ...c.policy, elderly: { rule: e.rule, normalPerElderly: e.rule === 'ratio' ? e.normalPerElderly : 2 } },
    booking: c.booking,
  };
}

/** The document with the hall's own fields from the form; zones, services, windows and hours untouched. */
export function toHall(c: HallConfig, v: HallFormValues): HallConfig {
  const { rule, normalPerElderly } = v.policy.elderly;
  return {
    ...c,
    hallName: v.hallName,
    timeZone: v.timeZone.trim(),
    policy: { ...v.policy, elderly: rule === 'strict' ? { rule } : { rule, normalPerElderly } },
    booking: v.booking,
  };
}
