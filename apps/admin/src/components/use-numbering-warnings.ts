import { useEffect, useState } from 'react';
import { numberingWarnings, type NumberingWarning } from '../logic/numbering-warnings.ts';
import { api, pageError } from '../state/auth.ts';

/**
 * The prefixes nearing or past the last number of their width today, asked again after each saved version
 * (a width changed to 4 digits clears its warning). Null until the hub answers, or when it cannot: the
 * warning is advice, so a failed read shows nothing rather than an error on the page.
 */
export function useNumberingWarnings(version: number): NumberingWarning[] | null {
  const [warnings, setWarnings] = useState<NumberingWarning[] | null>(null);
  useEffect(() => {
    let current = true;
    api()
      .numbering()
      .then((reply) => {
        if (current) setWarnings(numberingWarnings(reply));
      })
      .catch((err: unknown) => {
        if (pageError(err) && current) setWarnings(null);
      });
    return () => {
      current = false;
    };
  }, [version]);
  return warnings;
}
