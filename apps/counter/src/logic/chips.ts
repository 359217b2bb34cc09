/** Departments as chips: trimmed, no blanks, no duplicates, at most 10 (the hub's limit). */
export function addChip(chips: readonly string[], text: string): string[] {
  const v = text.trim().slice(0, 60);
  if (v === '' || chips.includes(v) || chips.length >= 10) return [...chips];
  return [...chips, v];
}
