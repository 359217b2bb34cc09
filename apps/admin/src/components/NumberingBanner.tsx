import { texts } from '../i18n/texts.ts';
import type { NumberingWarning } from '../logic/numbering-warnings.ts';
import { useSession } from '../state/session-store.ts';

/** The prefixes running out of numbers today, with the advice to give them 4 digits. */
export function NumberingBanner({ warnings }: { warnings: readonly NumberingWarning[] }) {
  const locale = useSession((s) => s.locale);
  if (warnings.length === 0) return null;
  const overflowed = warnings.some((w) => w.level === 'overflowed');
  return (
    <div
      className={`notice ${overflowed ? 'notice--problem' : 'notice--gentle'}`}
      role="status"
      data-testid="numbering-warning"
    >
      <p className="notice__title">{texts(locale, 'numberingTitle')}</p>
      {warnings.map((w) => (
        <p key={w.prefix} data-prefix={w.prefix} data-level={w.level}>
          {texts(locale, w.level === 'low' ? 'numberingLow' : 'numberingOverflowed', {
            prefix: w.prefix,
            last: w.lastSeq,
            max: w.lastOfWidth,
            width: w.numberDigits,
          })}
        </p>
      ))}
      <p>{texts(locale, 'numberingAdvice')}</p>
    </div>
  );
}
