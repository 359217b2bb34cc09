/** A compact age: minutes under an hour, hours under two days, then days. */
export interface Age {
  unit: 'min' | 'h' | 'd';
  value: number;
}

export function ageOf(since: number, now: number): Age {
  const minutes = Math.max(0, Math.floor((now - since) / 60_000));
  if (minutes < 60) return { unit: 'min', value: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { unit: 'h', value: hours };
  return { unit: 'd', value: Math.floor(hours / 24) };
}

/** Departments as chips: trimmed, no blanks, no duplicates, at most 10 (the hub's limit). */
export function addChip(chips: readonly string[], text: string): string[] {
  const v = text.trim().slice(0, 60);
  if (v === '' || chips.includes(v) || chips.length >= 10) return [...chips];
  return [...chips, v];
}
