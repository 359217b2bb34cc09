import { useForm, type Path } from 'react-hook-form';
import { ConfigGate } from '../components/ConfigGate.tsx';
import { Field } from '../components/Field.tsx';
import { FormProblem } from '../components/FormProblem.tsx';
import { NamesFields } from '../components/NamesFields.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { SaveStatus } from '../components/SaveStatus.tsx';
import { useFieldError } from '../components/use-field-error.ts';
import type { ConfigVersionView } from '../hub/config-api.ts';
import { texts, type TextKey } from '../i18n/texts.ts';
import { documentResolver } from '../logic/document-resolver.ts';
import { hallFormValues, toHall, type HallFormValues } from '../logic/hall-form.ts';
import { useConfig } from '../state/config-store.ts';
import { useSession } from '../state/session-store.ts';
import { useFocusInvalid } from '../components/use-focus-invalid.ts';

export function HallPage() {
  const locale = useSession((s) => s.locale);
  return (
    <>
      <PageTitle>{texts(locale, 'page.hall')}</PageTitle>
      <SaveStatus />
      <ConfigGate>{(view) => <HallForm key={view.version} view={view} />}</ConfigGate>
    </>
  );
}

/** The number fields of the policy, by their form path and label. */
const NUMBERS = [
  ['policy.recall.max', 'recallMax'],
  ['policy.recall.cooldownSeconds', 'recallCooldown'],
  ['policy.noShowMinRecalls', 'noShowMinRecalls'],
  ['policy.closingGraceMinutes', 'closingGrace'],
  ['policy.ratingTimeoutSeconds', 'ratingTimeout'],
  ['policy.bookingHorizonDays', 'bookingHorizon'],
  ['booking.slotMinutes', 'bookingSlotMinutes'],
  ['booking.capacity', 'bookingCapacityHall'],
] as const satisfies readonly (readonly [Path<HallFormValues>, TextKey])[];

/** The live board's alert thresholds (`policy.alerts`); a ticket's target wait is set per service. */
const ALERT_NUMBERS = [
  ['policy.alerts.pauseMaxMinutes', 'live.pauseMaxMinutes'],
  ['policy.alerts.deviceOfflineMinutes', 'live.deviceOfflineMinutes'],
  ['policy.alerts.followUpOpenHours', 'live.followUpOpenHours'],
] as const satisfies readonly (readonly [Path<HallFormValues>, TextKey])[];

function HallForm({ view }: { view: ConfigVersionView }) {
  const locale = useSession((s) => s.locale);
  const saving = useConfig((s) => s.saving);
  const { register, handleSubmit, formState, watch } = useForm<HallFormValues>({
    shouldFocusError: false,
    defaultValues: hallFormValues(view.config),
    resolver: documentResolver((v) => ({ document: toHall(view.config, v), prefix: '' })),
    // Checked at submit, then again at each change: a check on blur moves the layout under the pointer.
    reValidateMode: 'onChange',
  });
  const errorOf = useFieldError(formState.errors);
  const rule = watch('policy.elderly.rule');
  const { formRef, onInvalid } = useFocusInvalid();
  const submit = handleSubmit((v) => useConfig.getState().save(toHall(view.config, v)), onInvalid);
  return (
    <form
      ref={formRef}
      className="card editor"
      onSubmit={(e) => void submit(e)}
      aria-label={texts(locale, 'page.hall')}
      noValidate
    >
      <FormProblem errors={formState.errors} />
      <fieldset>
        <legend>{texts(locale, 'hallNameLegend')}</legend>
        <div className="grid">
          <NamesFields name="hallName" idPrefix="hall-name" register={register} errorOf={errorOf} />
          <Field
            id="hall-tz"
            label={texts(locale, 'timeZone')}
            hint={texts(locale, 'timeZoneHint')}
            error={errorOf('timeZone')}
          >
            {(a) => <input {...a} {...register('timeZone')} />}
          </Field>
        </div>
      </fieldset>
      <fieldset>
        <legend>{texts(locale, 'policyLegend')}</legend>
        <div className="grid">
          <Field id="hall-elderly" label={texts(locale, 'elderlyRule')} error={errorOf('policy.elderly.rule')}>
            {(a) => (
              <select {...a} {...register('policy.elderly.rule')}>
                <option value="ratio">{texts(locale, 'elderly.ratio')}</option>
                <option value="strict">{texts(locale, 'elderly.strict')}</option>
              </select>
            )}
          </Field>
          {rule === 'ratio' && (
            <Field
              id="hall-ratio"
              label={texts(locale, 'normalPerElderly')}
              error={errorOf('policy.elderly.normalPerElderly')}
            >
              {(a) => (
                <input
                  {...a}
                  type="number"
                  className="short"
                  {...register('policy.elderly.normalPerElderly', { valueAsNumber: true })}
                />
              )}
            </Field>
          )}
          {NUMBERS.map(([path, label]) => (
            <Field
              key={path}
              id={`hall-${path.replace(/\./g, '-')}`}
              label={texts(locale, label)}
              error={errorOf(path)}
            >
              {(a) => <input {...a} type="number" className="short" {...register(path, { valueAsNumber: true })} />}
            </Field>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{texts(locale, 'live.alertsLegend')}</legend>
        <div className="grid">
          {ALERT_NUMBERS.map(([path, label]) => (
            <Field
              key={path}
              id={`hall-${path.replace(/\./g, '-')}`}
              label={texts(locale, label)}
              error={errorOf(path)}
            >
              {(a) => <input {...a} type="number" className="short" {...register(path, { valueAsNumber: true })} />}
            </Field>
          ))}
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={saving}>
          {saving ? texts(locale, 'saving') : texts(locale, 'save')}
        </button>
      </div>
    </form>
  );
}
