import { useState, type FormEvent } from 'react';
import { CODE_KEYS, Keypad } from '../components/Keypad.tsx';
import { laneTexts } from '../i18n/lane.ts';
import { useFlow } from '../state/flow-store.ts';

/** A booking code (4-20 letters and digits) for the booking lane. */
export function BookingEntry() {
  const locale = useFlow((s) => s.locale);
  const chooseLane = useFlow((s) => s.chooseLane);
  const [code, setCode] = useState('');
  const [tooShort, setTooShort] = useState(false);

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const trimmed = code.trim().toUpperCase();
    if (trimmed.length < 4) {
      setTooShort(true);
      return;
    }
    chooseLane('booking', { bookingCode: trimmed });
  };

  return (
    <form className="entry" onSubmit={submit} autoComplete="off">
      <label className="entry__label" htmlFor="booking-code">
        {laneTexts.bookingPrompt[locale]}
      </label>
      <input
        id="booking-code"
        className="entry__field"
        value={code}
        inputMode="none"
        autoComplete="off"
        spellCheck={false}
        maxLength={20}
        autoFocus
        aria-invalid={tooShort}
        aria-describedby="booking-code-problem"
        onChange={(e) => {
          setTooShort(false);
          setCode(e.target.value.replace(/[^0-9A-Za-z]/g, '').toUpperCase());
        }}
      />
      <p id="booking-code-problem" className="entry__problem" role="alert">
        {tooShort ? laneTexts.bookingTooShort[locale] : ''}
      </p>
      <Keypad
        keys={CODE_KEYS}
        value={code}
        maxLength={20}
        locale={locale}
        fieldLabel={laneTexts.bookingField[locale]}
        onChange={(v) => {
          setTooShort(false);
          setCode(v);
        }}
      />
      <button type="submit" className="btn btn--primary entry__submit" disabled={code.length === 0}>
        {laneTexts.check[locale]}
      </button>
    </form>
  );
}
