import { useState, type FormEvent } from 'react';
import type { Locale } from '@hall/protocol';
import { Dialog } from '../components/Dialog.tsx';
import { PAUSE_REASONS, texts } from '../i18n/texts.ts';

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
    const base = texts(locale, PAUSE_REASONS[choice] ?? PAUSE_REASONS[0]);
    const reason = detail.trim() ? `${base}：${detail.trim()}` : base;
    onPause(reason.slice(0, 200));
  }
  return (
    <Dialog title={texts(locale, 'pauseReason')} onClose={onCancel} testId="pause-dialog">
      <form className="form" onSubmit={submit}>
        <fieldset className="radios">
          <legend className="field__label">{texts(locale, 'pauseReason')}</legend>
          {PAUSE_REASONS.map((r, i) => (
            <label key={i} className="radio">
              <input type="radio" name="reason" checked={choice === i} onChange={() => setChoice(i)} />
              {texts(locale, r)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="field__label">{texts(locale, 'pauseDetail')}</span>
          <input name="detail" maxLength={150} value={detail} onChange={(e) => setDetail(e.target.value)} />
        </label>
        <div className="form__buttons">
          <button type="button" className="btn" onClick={onCancel}>
            {texts(locale, 'cancel')}
          </button>
          <button type="submit" className="btn btn--primary" data-testid="pause-confirm">
            {texts(locale, 'confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
