import type { DeskPrinter } from '@hall/protocol';
import { useEffect, useState } from 'react';
import { errorSentence, texts } from '../i18n/texts.ts';
import { api, codeOf } from '../state/auth.ts';
import { useSession } from '../state/session-store.ts';

/** The desk printer's state and the last slip it printed (a preview from the virtual printer of the demo). */
export function SlipPanel() {
  const locale = useSession((s) => s.locale);
  const [printer, setPrinter] = useState<DeskPrinter | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    api()
      .printer()
      .then(setPrinter)
      .catch((err: unknown) => setProblem(errorSentence(locale, codeOf(err))));
  }, [locale]);
  return (
    <section className="card" aria-labelledby="slip-title">
      <h2 id="slip-title">{texts(locale, 'slipTitle')}</h2>
      {problem && (
        <p className="notice notice--problem" role="alert">
          {problem}
        </p>
      )}
      {!printer && !problem && <p role="status">{texts(locale, 'loading')}</p>}
      {printer && (
        <>
          <p data-testid="printer-status">{texts(locale, `printer.${printer.status.condition}`)}</p>
          {printer.lastPreviewUrl && printer.lastNumber ? (
            <img
              className="slip-preview"
              src={printer.lastPreviewUrl}
              alt={texts(locale, 'slipAlt', { number: printer.lastNumber })}
              data-testid="last-slip"
            />
          ) : (
            <p>{texts(locale, printer.kind === 'tcp' && printer.lastNumber ? 'realPrinter' : 'noSlip')}</p>
          )}
        </>
      )}
    </section>
  );
}
