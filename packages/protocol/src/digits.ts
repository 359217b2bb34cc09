/**
 * Digits as people may type them: full-width (１３８), Arabic-Indic (١٣٨), Devanagari and every other
 * Unicode decimal digit script. Every mask check counts and matches digits through `asciiDigits`, so a
 * whole phone or ID number written in another script is seen as whole.
 */

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/** The ASCII digit a single Unicode decimal digit stands for. */
function digitValue(char: string): string {
  // Unicode keeps each script's digits 0-9 in one run of ten code points, so the value is the offset
  // from the start of the run (runs may sit back to back: count from the first one).
  const code = char.codePointAt(0) ?? 0;
  let start = code;
  while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
  return String((code - start) % 10);
}

/** One character as a mask check reads it: a digit of any script (or ①-like compatibility form) as ASCII. */
function asciiChar(char: string): string {
  if (char >= '0' && char <= '9') return char;
  const compat = char.normalize('NFKC');
  if (DECIMAL_DIGIT.test(compat)) return compat >= '0' && compat <= '9' ? compat : digitValue(compat);
  // Full-width letters (the X of an ID number), spaces, dashes, plus signs and dots read as their ASCII forms.
  if (/^[A-Za-z +.-]$/.test(compat)) return compat;
  return char;
}

/**
 * `text` with every decimal digit of any script written as ASCII 0-9 (and full-width Latin letters,
 * spaces, dashes, plus signs and dots as ASCII), character for character; everything else is kept as typed.
 */
export function asciiDigits(text: string): string {
  return Array.from(text, asciiChar).join('');
}
