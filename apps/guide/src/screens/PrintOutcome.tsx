import type { DeskPrintResult } from '@hall/protocol';
import { texts } from '../i18n/texts.ts';
import { useSession } from '../state/session-store.ts';

/** The slip's preview when the virtual printer made one (the demo); a real printer's slip is on paper. */
export function PrintOutcome({ number, result }: { number: string; result: DeskPrintResult }) {
  const locale = useSession((s) => s.locale);
  if (!result.ok || !result.previewUrl) return null;
  return (
    <img
      className="slip-preview"
      src={result.previewUrl}
      alt={texts(locale, 'slipAlt', { number })}
      data-testid="slip-preview"
    />
  );
}
