import { useState, type FormEvent } from 'react';
import type { Locale } from '@hall/protocol';
import { Dialog } from '../components/Dialog.tsx';
import { PAUSE_REASONS, ui } from '../i18n/texts.ts';

/** Pause with a reason from the list, and free text if needed; the wall display shows the reason. */
export function PauseDialog({
  locale,
  onCancel,
  onPause,
}: {
  locale: Locale;
  onCancel(): void;
  onPause(reason: string): void;
}) {
  const [choice, setChoice] = useState(0);
  const [detail, setDetail] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    const base = PAUSE_REASONS[choice]?.[locale] ?? '';
    const reason = detail.trim() ? `${base}：${detail.trim()}` : base;
    onPause(reason.slice(0, 200));
  }
  return (
    <Dialog title={ui.pauseReason[locale]} onClose={onCancel} testId="pause-dialog">
      <form className="form" onSubmit={submit}>
        <fieldset className="radios">
          <legend className="field__label">{ui.pauseReason[locale]}</legend>
          {PAUSE_REASONS.map((r, i) => (
            <label key={i} className="radio">
              <input type="radio" name="reason" checked={choice === i} onChange={() => setChoice(i)} />
              {r[locale]}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="field__label">{ui.pauseDetail[locale]}</span>
          <input name="detail" maxLength={150} value={detail} onChange={(e) => setDetail(e.target.value)} />
        </label>
        <div className="form__buttons">
          <button type="button" className="btn" onClick={onCancel}>
            {ui.cancel[locale]}
          </button>
          <button type="submit" className="btn btn--primary" data-testid="pause-confirm">
            {ui.confirm[locale]}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
