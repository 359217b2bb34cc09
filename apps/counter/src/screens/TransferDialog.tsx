import { useState, type FormEvent } from 'react';
import type { HallConfig, Locale, Ticket } from '@hall/protocol';
import { Dialog } from '../components/Dialog.tsx';
import { servicesOf } from '../components/names.ts';
import { texts } from '../i18n/texts.ts';
import { transferTargets } from '../logic/callable.ts';

interface Props {
  hall: HallConfig;
  ticket: Ticket;
  fromWindow: number;
  locale: Locale;
  onCancel(): void;
  onTransfer(fields: { toServiceId?: string; toWindow?: number; note: string }): void;
}

/** Send the citizen on: to another service, to a window serving it, or both; a note for the next clerk. */
export function TransferDialog({ hall, ticket, fromWindow, locale, onCancel, onTransfer }: Props) {
  const [serviceId, setServiceId] = useState('');
  const [toWindow, setToWindow] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const target = serviceId || ticket.serviceId;
  const windows = transferTargets(hall.windows, fromWindow, target, ticket.lane);
  const zones = new Map(hall.zones.map((z) => [z.id, z.names[locale]]));

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!serviceId && !toWindow) return setProblem(texts(locale, 'transferNeedsTarget'));
    if (note.trim() === '') return setProblem(texts(locale, 'transferNeedsNote'));
    onTransfer({
      ...(serviceId ? { toServiceId: serviceId } : {}),
      ...(toWindow ? { toWindow: Number(toWindow) } : {}),
      note: note.trim(),
    });
  }

  return (
    <Dialog title={`${texts(locale, 'transferTitle')} ${ticket.number}`} onClose={onCancel} testId="transfer-dialog">
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span className="field__label">{texts(locale, 'transferTo')}</span>
          <select
            name="service"
            value={serviceId}
            onChange={(e) => {
              setServiceId(e.target.value);
              setToWindow('');
            }}
          >
            <option value="">{texts(locale, 'transferSame')}</option>
            {hall.zones.map((z) => (
              <optgroup key={z.id} label={zones.get(z.id) ?? z.id}>
                {hall.services
                  .filter((s) => s.zoneId === z.id && s.id !== ticket.serviceId)
                  .map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.prefix} · {s.names[locale]}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{texts(locale, 'transferWindow')}</span>
          <select name="window" value={toWindow} onChange={(e) => setToWindow(e.target.value)}>
            <option value="">{texts(locale, 'anyWindow')}</option>
            {windows.map((w) => (
              <option key={w.number} value={w.number}>
                {w.names[locale]} — {servicesOf(hall, w, locale, texts(locale, 'allServices'))}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{texts(locale, 'transferNote')}</span>
          <textarea
            name="note"
            rows={3}
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            required
          />
        </label>
        {problem && (
          <p className="notice notice--problem" role="alert">
            {problem}
          </p>
        )}
        <div className="form__buttons">
          <button type="button" className="btn" onClick={onCancel}>
            {texts(locale, 'cancel')}
          </button>
          <button type="submit" className="btn btn--primary" data-testid="transfer-confirm">
            {texts(locale, 'confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
