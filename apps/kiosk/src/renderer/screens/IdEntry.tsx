import { hallDate } from '@hall/web-ui';
import { useState, type FormEvent } from 'react';
import { DIGIT_KEYS, Keypad } from '../components/Keypad.tsx';
import { laneTexts } from '../i18n/lane.ts';
import { laneForResidentId } from '../logic/lane-from-id.ts';
import { calendarDateOf, normalizeResidentId } from '../../shared/resident-id.ts';
import { useFlow } from '../state/flow-store.ts';
import { hubNow, useHall } from '../state/hall-store.ts';

const REASON_TEXT = {
  format: 'invalidFormat',
  'check-digit': 'invalidCheckDigit',
  'birth-date': 'invalidBirthDate',
} as const;

/**
 * Typed or scanned ID number → elderly lane from 60. The number lives only in this field's local state
 * and is cleared the moment it has been checked; only the verdict goes on.
 */
export function IdEntry() {
  const locale = useFlow((s) => s.locale);
  const chooseLane = useFlow((s) => s.chooseLane);
  const timeZone = useHall((s) => s.hall?.timeZone ?? 'Asia/Shanghai');
  const [id, setId] = useState('');
  const [problem, setProblem] = useState<keyof typeof REASON_TEXT | null>(null);

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    // Ages count on the hub's date: a kiosk clock a day off would move the elderly lane's birthday.
    const verdict = laneForResidentId(id, calendarDateOf(hallDate(hubNow(), timeZone)));
    setId('');
    if (verdict.kind === 'invalid') setProblem(verdict.reason);
    else if (verdict.kind === 'elderly') chooseLane('elderly');
    else chooseLane('normal', { underAge: true });
  };

  return (
    <form className="entry" onSubmit={submit} autoComplete="off">
      <label className="entry__label" htmlFor="resident-id">
        {laneTexts(locale, 'idPrompt')}
      </label>
      <input
        id="resident-id"
        className="entry__field"
        value={id}
        inputMode="none"
        autoComplete="off"
        spellCheck={false}
        maxLength={24}
        autoFocus
        aria-invalid={problem !== null}
        aria-describedby="resident-id-hint resident-id-problem"
        onChange={(e) => {
          setProblem(null);
          setId(normalizeResidentId(e.target.value).slice(0, 18));
        }}
      />
      <p id="resident-id-hint" className="entry__hint">
        {laneTexts(locale, 'byIdHint')}
      </p>
      <p id="resident-id-problem" className="entry__problem" role="alert">
        {problem ? laneTexts(locale, REASON_TEXT[problem]) : ''}
      </p>
      <Keypad
        keys={DIGIT_KEYS}
        value={id}
        maxLength={18}
        locale={locale}
        fieldLabel={laneTexts(locale, 'idField')}
        onChange={(v) => {
          setProblem(null);
          setId(v);
        }}
      />
      <button type="submit" className="btn btn--primary entry__submit" disabled={id.length === 0}>
        {laneTexts(locale, 'check')}
      </button>
    </form>
  );
}
