import { laneTexts } from '../i18n/lane.ts';
import type { Locale } from '@hall/web-ui';

export const DIGIT_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'X', '0'] as const;
/** Phone digits only (the last four of a booking's phone). */
export const PHONE_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;
/** The hub's readable-code alphabet: no I, O, 0 or 1 to mix up. */
export const CODE_KEYS = [...'23456789ABCDEFGHJKLMNPQRSTUVWXYZ'] as const;

interface KeypadProps {
  keys: readonly string[];
  value: string;
  maxLength: number;
  locale: Locale;
  onChange(value: string): void;
  /** The field this keypad types into, for its label. */
  fieldLabel: string;
}

/** An on-screen keyboard for a touch kiosk with no physical keys. */
export function Keypad({ keys, value, maxLength, locale, onChange, fieldLabel }: KeypadProps) {
  const type = (k: string) => value.length < maxLength && onChange(value + k);
  return (
    <div className={`keypad keypad--${keys.length > 12 ? 'wide' : 'digits'}`} role="group" aria-label={fieldLabel}>
      {keys.map((k) => (
        <button key={k} type="button" className="btn keypad__key" onClick={() => type(k)} aria-label={k}>
          {k}
        </button>
      ))}
      <button
        type="button"
        className="btn keypad__key keypad__key--action"
        onClick={() => onChange(value.slice(0, -1))}
        aria-label={laneTexts(locale, 'deleteOne')}
      >
        ⌫
      </button>
      <button type="button" className="btn keypad__key keypad__key--action" onClick={() => onChange('')}>
        {laneTexts(locale, 'clear')}
      </button>
    </div>
  );
}
