import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { ConfigGate } from '../components/ConfigGate.tsx';
import { Field } from '../components/Field.tsx';
import { FormProblem } from '../components/FormProblem.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { SaveStatus } from '../components/SaveStatus.tsx';
import type { ConfigVersionView } from '../hub/config-api.ts';
import { texts } from '../i18n/texts.ts';
import { documentIssues } from '../logic/config-edit.ts';
import { fieldErrorsOf } from '../logic/document-resolver.ts';
import { formatHolidays, mergeHolidays, parseHolidayPaste } from '../logic/holiday-paste.ts';
import { hoursDocument, type HoursFormValues, HOUR_KINDS } from '../logic/hours-form.ts';
import { formatRanges } from '../logic/time-ranges.ts';
import { useConfig } from '../state/config-store.ts';
import { useSession } from '../state/session-store.ts';
import { OpeningCalendar } from './OpeningCalendar.tsx';
import { OwnHoursForm } from './OwnHoursForm.tsx';
import { TargetSelect } from './TargetSelect.tsx';
import { targetKey, targetOf } from '../logic/own-hours-form.ts';
import { useFocusInvalid } from '../components/use-focus-invalid.ts';

export function HoursPage() {
  const locale = useSession((s) => s.locale);
  return (
    <>
      <PageTitle>{texts(locale, 'page.hours')}</PageTitle>
      <SaveStatus />
      <ConfigGate>
        {(view) => (
          <>
            <HoursForm key={view.version} view={view} />
            <OwnHours view={view} />
            <OpeningCalendar config={view.config} />
          </>
        )}
      </ConfigGate>
    </>
  );
}

/** A zone's or a service's own hours: which one, then its form. */
function OwnHours({ view }: { view: ConfigVersionView }) {
  const locale = useSession((s) => s.locale);
  const first = view.config.zones[0];
  const [of, setOf] = useState(first ? targetKey({ kind: 'zone', id: first.id }) : '');
  const target = targetOf(of);
  return (
    <section className="card editor" aria-labelledby="own-hours-title">
      <h2 id="own-hours-title">{texts(locale, 'ownHours')}</h2>
      <p className="field__hint">{texts(locale, 'ownHoursHint')}</p>
      <div className="field">
        <label className="field__label" htmlFor="own-hours-of">
          {texts(locale, 'ownHoursFor')}
        </label>
        <TargetSelect id="own-hours-of" config={view.config} value={of} onChange={setOf} />
      </div>
      {target && <OwnHoursForm key={`${of}-${view.version}`} config={view.config} target={target} />}
    </section>
  );
}

function HoursForm({ view }: { view: ConfigVersionView }) {
  const locale = useSession((s) => s.locale);
  const saving = useConfig((s) => s.saving);
  const [paste, setPaste] = useState('');
  const [pasteNote, setPasteNote] = useState<{ ok: boolean; text: string } | null>(null);
  const { schedule, holidays } = view.config;
  const resolver: Resolver<HoursFormValues> = (values) => {
    const built = hoursDocument(view.config, values);
    if (!built.ok) {
      const issues = built.problems.map((p) =>
        p.field === 'holidays'
          ? { path: p.field, message: texts(locale, 'holidaysBad', { lines: p.detail }) }
          : { path: p.field, message: texts(locale, 'hoursBad', { piece: p.detail }) },
      );
      return { values: {}, errors: fieldErrorsOf(issues, Object.keys(values)) };
    }
    const issues = documentIssues(built.document);
    if (issues.length === 0) return { values, errors: {} };
    return {
      values: {},
      errors: fieldErrorsOf(
        issues.map((i) => ({ ...i, path: `@${i.path}` })),
        [],
      ),
    };
  };
  const { register, handleSubmit, formState, getValues, setValue } = useForm<HoursFormValues>({
    shouldFocusError: false,
    defaultValues: {
      regular: formatRanges(schedule?.regular),
      delay: formatRanges(schedule?.delay),
      weekend: formatRanges(schedule?.weekend),
      holidays: formatHolidays(holidays),
    },
    resolver,
    // Checked at submit, then again at each change: a check on blur moves the layout under the pointer.
    reValidateMode: 'onChange',
  });
  const errorOf = (path: string) => {
    const e = formState.errors[path as keyof HoursFormValues];
    return typeof e?.message === 'string' ? e.message : undefined;
  };
  const { formRef, onInvalid } = useFocusInvalid();
  const submit = handleSubmit(async (v) => {
    const built = hoursDocument(view.config, v);
    if (built.ok) await useConfig.getState().save(built.document);
  }, onInvalid);
  const mergePaste = () => {
    const pasted = parseHolidayPaste(paste);
    if (pasted.problems.length > 0) {
      setPasteNote({
        ok: false,
        text: texts(locale, 'holidaysBad', { lines: pasted.problems.map((p) => p.line).join('、') }),
      });
      return;
    }
    const current = parseHolidayPaste(getValues('holidays'));
    const merged = mergeHolidays(current, pasted);
    setValue('holidays', formatHolidays(merged), { shouldDirty: true });
    setPaste('');
    setPasteNote({ ok: true, text: texts(locale, 'pasteAdded', { n: pasted.closed.length + pasted.workdays.length }) });
  };

  return (
    <form
      ref={formRef}
      className="card editor"
      onSubmit={(e) => void submit(e)}
      aria-label={texts(locale, 'page.hours')}
      noValidate
    >
      <FormProblem errors={formState.errors} />
      <fieldset>
        <legend>{texts(locale, 'hallHours')}</legend>
        <p className="field__hint" id="hours-hint">
          {texts(locale, 'hoursHint')}
        </p>
        {HOUR_KINDS.map((k) => (
          <Field key={k} id={`hours-${k}`} label={texts(locale, `hours.${k}`)} error={errorOf(k)}>
            {(a) => (
              <input
                {...a}
                {...register(k)}
                aria-describedby={[a['aria-describedby'], 'hours-hint'].filter(Boolean).join(' ')}
              />
            )}
          </Field>
        ))}
      </fieldset>
      <fieldset>
        <legend>{texts(locale, 'holidays')}</legend>
        <Field
          id="holidays-list"
          label={texts(locale, 'holidaysList')}
          hint={texts(locale, 'holidaysHint')}
          error={errorOf('holidays')}
        >
          {(a) => <textarea {...a} rows={8} {...register('holidays')} />}
        </Field>
        <div className="field">
          <label className="field__label" htmlFor="holidays-paste">
            {texts(locale, 'pasteTitle')}
          </label>
          <p className="field__hint" id="holidays-paste-hint">
            {texts(locale, 'pasteHint')}
          </p>
          <textarea
            id="holidays-paste"
            rows={5}
            value={paste}
            onChange={(e) => setPaste(e.target.value)}
            aria-describedby={`holidays-paste-hint${pasteNote ? ' holidays-paste-note' : ''}`}
            aria-invalid={pasteNote?.ok === false}
          />
          {pasteNote && (
            <p id="holidays-paste-note" className={pasteNote.ok ? 'field__ok' : 'field__error'} role="status">
              {pasteNote.text}
            </p>
          )}
          <button type="button" className="btn" onClick={mergePaste} data-testid="holidays-merge">
            {texts(locale, 'pasteAdd')}
          </button>
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={saving} data-testid="hours-save">
          {saving ? texts(locale, 'saving') : texts(locale, 'save')}
        </button>
      </div>
    </form>
  );
}
