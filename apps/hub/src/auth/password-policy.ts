import { COMMON_PASSWORDS } from './common-passwords.ts';

export const MIN_PASSWORD_LENGTH = 10;

/**
 * Why a new password is refused, or undefined when it may be used. Applies to passwords being set (a new
 * account, a reset, a change, the first admin's); stored hashes keep working whatever they hold.
 */
export function passwordProblem(password: string, username: string): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return `the password has fewer than ${MIN_PASSWORD_LENGTH} characters`;
  }
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  // The username with a few characters around it (`admin2026!`) is the second guess after the username.
  if (name.length > 0 && lower.includes(name) && lower.replaceAll(name, '').length < 6) {
    return 'the password is the username, or the username with a few characters added';
  }
  if (isSimpleSequence(lower)) {
    return 'the password is a simple sequence or repetition (like 1234567890 or aaaaaaaaaa)';
  }
  const word = lower.replace(/[\d\W_]+$/u, '');
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(word)) {
    return 'the password is on the list of common passwords, or one of them with digits or symbols added';
  }
  return undefined;
}

/** `1234567890`, `0987654321`, `abcdefghij`, `aaaaaaaaaa`, `121212121212`, `abcabcabcabc`. */
function isSimpleSequence(s: string): boolean {
  const codes = [...s].map((c) => c.codePointAt(0) ?? 0);
  if (codes.length < 3) return codes.length > 0;
  const steps = codes.slice(1).map((c, i) => c - (codes[i] ?? 0));
  // 9 → 0 continues an ascending digit run, 0 → 9 a descending one.
  const step = (d: number) => (d === -9 ? 1 : d === 9 ? -1 : d);
  const first = step(steps[0] ?? 0);
  if (Math.abs(first) <= 1 && steps.every((d) => step(d) === first)) return true;
  for (let unit = 1; unit <= 4; unit += 1) {
    if (
      s.length >= unit * 2 &&
      s ===
        s
          .slice(0, unit)
          .repeat(Math.ceil(s.length / unit))
          .slice(0, s.length)
    )
      return true;
  }
  return false;
}
