import { useState, type FormEvent } from 'react';
import { texts } from '../../i18n/texts.ts';
import {
  checkRange,
  periodOf,
  RANGE_KINDS,
  stepPeriod,
  type RangeKind,
  type RangeProblem,
  type ReportRange,
} from '../../logic/report-range.ts';
import { REPORT_MAX_DAYS } from '@hall/protocol';
import { useSession } from '../../state/session-store.ts';

/** What the picker shows: a period around a day, or a range typed in. */
export interface RangeChoice {
  kind: RangeKind;
  /** A day in the period (day, week, month). */
  anchor: string;
  /** The range typed in, once shown (custom). */
  custom: ReportRange;
}

export function rangeOfChoice(c: RangeChoice, today: string): ReportRange {
  return c.kind === 'custom' ? c.custom : periodOf(c.kind, c.anchor, today);
}

/** The period of the report: day, week, month or any range of business days, never after the hub's today. */
export function RangePicker({
  today,
  choice,
  onChange,
}: {
  today: string;
  choice: RangeChoice;
  onChange: (c: RangeChoice) => void;
}) {
  const locale = useSession((s) => s.locale);
  const [from, setFrom] = useState(choice.custom.from);
  const [to, setTo] = useState(choice.custom.to);
  const [problem, setProblem] = useState<RangeProblem | null>(null);
  const kind = choice.kind;

  const showCustom = (e: FormEvent) => {
    e.preventDefault();
    const range = { from, to };
    const p = checkRange(range, today);
    setProblem(p);
    if (!p) onChange({ ...choice, custom: range });
  };
  const step = (direction: -1 | 1) => (kind === 'custom' ? null : stepPeriod(kind, choice.anchor, direction, today));

  return (
    <div className="card range-picker" data-testid="range-picker">
      <fieldset className="range-kinds">
        <legend>{texts(locale, 'range.kind')}</legend>
        {RANGE_KINDS.map((k) => (
          <label key={k} className="check">
            <input
              type="radio"
              name="range-kind"
              value={k}
              checked={k === kind}
              onChange={() => onChange({ ...choice, kind: k })}
            />
            {texts(locale, `range.${k}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'custom' ? (
        <form className="filters" onSubmit={showCustom} noValidate>
          <div className="field">
            <label className="field__label" htmlFor="range-from">
              {texts(locale, 'range.from')}
            </label>
            <input
              id="range-from"
              type="date"
              max={today}
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              aria-invalid={problem !== null}
              aria-describedby={problem ? 'range-problem' : undefined}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="range-to">
              {texts(locale, 'range.to')}
            </label>
            <input
              id="range-to"
              type="date"
              max={today}
              value={to}
              onChange={(e) => setTo(e.target.value)}
              aria-invalid={problem !== null}
              aria-describedby={problem ? 'range-problem' : undefined}
            />
          </div>
          <button type="submit" className="btn btn--primary" data-testid="range-show">
            {texts(locale, 'range.show')}
          </button>
          {problem && (
            <p className="field__error range-problem" id="range-problem" role="alert">
              {texts(locale, `rangeProblem.${problem}`, { max: REPORT_MAX_DAYS })}
            </p>
          )}
        </form>
      ) : (
        <div className="filters">
          <div className="field">
            <label className="field__label" htmlFor="range-day">
              {texts(locale, 'range.pickDay')}
            </label>
            <input
              id="range-day"
              type="date"
              max={today}
              value={choice.anchor}
              onChange={(e) => {
                if (checkRange({ from: e.target.value, to: e.target.value }, today) === null)
                  onChange({ ...choice, anchor: e.target.value });
              }}
            />
          </div>
          <div className="range-steps">
            <button
              type="button"
              className="btn"
              disabled={step(-1) === null}
              onClick={() => {
                const d = step(-1);
                if (d) onChange({ ...choice, anchor: d });
              }}
            >
              {texts(locale, `range.prev.${kind}`)}
            </button>
            <button
              type="button"
              className="btn"
              disabled={step(1) === null}
              onClick={() => {
                const d = step(1);
                if (d) onChange({ ...choice, anchor: d });
              }}
            >
              {texts(locale, `range.next.${kind}`)}
            </button>
            <button
              type="button"
              className="btn"
              disabled={choice.anchor === today}
              onClick={() => onChange({ ...choice, anchor: today })}
            >
              {texts(locale, 'range.today')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
