// Key names shared by both ways a pad reaches us: HID reports carry USB usage codes (keyboard page 0x07),
// keyboard-wedge pads arrive as DOM key events. Both are turned into DOM `code` names ('Digit1', 'Numpad1',
// 'F13'), so one keyMap format serves both. Plain data, no Node APIs: the counter terminal's UI imports it.

const USAGE_TO_CODE = new Map<number, string>();
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
for (let i = 0; i < 26; i += 1) USAGE_TO_CODE.set(0x04 + i, `Key${letters[i] ?? ''}`);
for (let i = 0; i < 9; i += 1) USAGE_TO_CODE.set(0x1e + i, `Digit${i + 1}`);
USAGE_TO_CODE.set(0x27, 'Digit0');
for (const [usage, code] of [
  [0x28, 'Enter'],
  [0x29, 'Escape'],
  [0x2a, 'Backspace'],
  [0x2b, 'Tab'],
  [0x2c, 'Space'],
  [0x2d, 'Minus'],
  [0x2e, 'Equal'],
  [0x4f, 'ArrowRight'],
  [0x50, 'ArrowLeft'],
  [0x51, 'ArrowDown'],
  [0x52, 'ArrowUp'],
  [0x54, 'NumpadDivide'],
  [0x55, 'NumpadMultiply'],
  [0x56, 'NumpadSubtract'],
  [0x57, 'NumpadAdd'],
  [0x58, 'NumpadEnter'],
  [0x62, 'Numpad0'],
  [0x63, 'NumpadDecimal'],
] as const) {
  USAGE_TO_CODE.set(usage, code);
}
for (let i = 0; i < 12; i += 1) USAGE_TO_CODE.set(0x3a + i, `F${i + 1}`);
for (let i = 0; i < 12; i += 1) USAGE_TO_CODE.set(0x68 + i, `F${i + 13}`);
for (let i = 0; i < 9; i += 1) USAGE_TO_CODE.set(0x59 + i, `Numpad${i + 1}`);

const CODE_TO_USAGE = new Map([...USAGE_TO_CODE].map(([usage, code]) => [code, usage]));

/** 0x1e → '0x1e': how a keyMap names a key that has no DOM code (a vendor-specific usage). */
export function usageHex(usage: number): string {
  return `0x${usage.toString(16).padStart(2, '0')}`;
}

/** The DOM `code` of a keyboard-page usage, or undefined for usages we have no name for. */
export function codeOfUsage(usage: number): string | undefined {
  return USAGE_TO_CODE.get(usage);
}

/**
 * The usage of a key name as a keyMap or a simulated pad names it: a DOM code ('Digit3', 'F13'), a short
 * name ('3', 'a', 'F13'), or hex ('0x20').
 */
export function usageOfKeyName(name: string): number | undefined {
  if (/^0x[0-9a-f]{1,2}$/i.test(name)) return Number.parseInt(name, 16);
  return CODE_TO_USAGE.get(name) ?? CODE_TO_USAGE.get(`Digit${name}`) ?? CODE_TO_USAGE.get(`Key${name.toUpperCase()}`);
}

/** 'Digit1' and 'Numpad1' → '1', 'KeyA' → 'a': the short name a keyMap uses by default. */
export function shortName(code: string): string {
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(code);
  if (digit?.[1] !== undefined) return digit[1];
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter?.[1] !== undefined) return letter[1].toLowerCase();
  return code;
}

/** Canonical form of a keyMap key: hex written lower-case with two digits, names kept as written. */
export function canonicalKeyName(name: string): string {
  return /^0x[0-9a-f]{1,2}$/i.test(name) ? usageHex(Number.parseInt(name, 16)) : name;
}

/**
 * The keyMap entry a key hits, most specific first: the exact DOM code ('Numpad1', so a config can tell
 * the number row from the keypad), its short name ('1'), then the DOM `key` a wedge event carries, then hex.
 */
export function lookupKey<A>(
  keyMap: Readonly<Record<string, A>>,
  names: { code?: string | undefined; key?: string | undefined; usage?: number | undefined },
): { name: string; action: A } | null {
  const candidates: string[] = [];
  if (names.code) candidates.push(names.code, shortName(names.code));
  if (names.key) candidates.push(names.key);
  if (names.usage !== undefined) candidates.push(usageHex(names.usage));
  for (const name of candidates) {
    if (Object.hasOwn(keyMap, name)) return { name, action: keyMap[name] as A };
  }
  return null;
}
