import { DEFAULT_NUMBER_DIGITS, NUMBER_DIGITS, type HallConfigInput } from '@hall/protocol';
import { useEffect } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { Field } from '../components/Field.tsx';
import { FormProblem } from '../components/FormProblem.tsx';
import { NamesFields } from '../components/NamesFields.tsx';
import { useFieldError } from '../components/use-field-error.ts';
import type { ConfigVersionView } from '../hub/config-api.ts';
import { texts } from '../i18n/texts.ts';
import { withItem } from '../logic/config-edit.ts';
import { documentResolver } from '../logic/document-resolver.ts';
import {
  serviceFieldOf,
  serviceFormValues,
  serviceWidthClaim,
  toService,
  widthDisagreement,
  type ServiceFormValues,
} from '../logic/item-forms.ts';
import { useConfig } from '../state/config-store.ts';
import { useSession } from '../state/session-store.ts';
import { useFocusInvalid } from '../components/use-focus-invalid.ts';

export interface ServiceFormProps {
  view: ConfigVersionView;
  /** The service's place in the list; null for a new one. */
  index: number | null;
  onDone: () => void;
  /** The document the form would save, at each change: for the kiosk preview. */
  onDraft?: (document: HallConfigInput) => void;
}

/** One service: checked field by field against the whole document it would save. */
export function ServiceForm({ view, index, onDone, onDraft }: ServiceFormProps) {
  const locale = useSession((s) => s.locale);
  const saving = useConfig((s) => s.saving);
  const { config } = view;
  const original = index === null ? undefined : config.services[index];
  const place = index ?? config.services.length;
  const documentOf = (v: ServiceFormValues) => ({
    ...config,
    services: withItem(config.services, index, toService(original, v)),
  });
  const byDocument = documentResolver<ServiceFormValues>((v) => {
    const document = documentOf(v);
    return {
      document,
      prefix: `services.${place}.`,
      fieldOf: serviceFieldOf,
      claim: serviceWidthClaim(document.services, place),
    };
  });
  const form = useForm<ServiceFormValues>({
    shouldFocusError: false,
    defaultValues: serviceFormValues(original, config.zones[0]?.id ?? ''),
    resolver: async (values, context, options) => {
      const result = await byDocument(values, context, options);
      // The protocol's sentence is English and names ids: the field says it in the admin's language.
      const other = widthDisagreement(documentOf(values).services, place);
      const digits = result.errors.numberDigits;
      if (other && digits)
        digits.message = texts(locale, 'digitsDisagree', {
          prefix: other.prefix,
          name: other.names[locale],
          width: other.numberDigits ?? DEFAULT_NUMBER_DIGITS,
        });
      return result;
    },
    // Checked at submit, then again at each change: a check on blur moves the layout under the pointer.
    reValidateMode: 'onChange',
  });
  const { register, handleSubmit, formState, control, watch } = form;
  useEffect(() => {
    if (!onDraft) return;
    const subscription = watch((v) => onDraft(documentOf(v as ServiceFormValues)));
    return () => subscription.unsubscribe();
    // The form lives for one version and one item (its key), so the subscription is made once.
  }, []);
  const materials = useFieldArray({ control, name: 'materials' });
  const errorOf = useFieldError(formState.errors);
  const title = original ? texts(locale, 'editService', { name: original.names[locale] }) : texts(locale, 'newService');
  const { formRef, onInvalid } = useFocusInvalid();
  const submit = handleSubmit(async (v) => {
    if (await useConfig.getState().save(documentOf(v))) onDone();
  }, onInvalid);

  return (
    <form
      ref={formRef}
      className="card editor"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="service-form-title"
      noValidate
    >
      <h2 id="service-form-title">{title}</h2>
      <FormProblem errors={formState.errors} />
      <div className="grid">
        <Field id="svc-id" label={texts(locale, 'id')} hint={texts(locale, 'idHint')} error={errorOf('id')}>
          {(a) => <input {...a} {...register('id')} readOnly={original !== undefined} />}
        </Field>
        <NamesFields name="names" idPrefix="svc-name" register={register} errorOf={errorOf} />
        <Field
          id="svc-prefix"
          label={texts(locale, 'prefix')}
          hint={texts(locale, 'prefixHint')}
          error={errorOf('prefix')}
        >
          {(a) => <input {...a} {...register('prefix')} maxLength={1} className="short" autoCapitalize="characters" />}
        </Field>
        <Field
          id="svc-digits"
          label={texts(locale, 'numberDigits')}
          hint={texts(locale, 'numberDigitsHint')}
          error={errorOf('numberDigits')}
        >
          {(a) => (
            <select {...a} {...register('numberDigits')}>
              {NUMBER_DIGITS.map((d) => (
                <option key={d} value={String(d)}>
                  {texts(locale, `digits.${d}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="svc-zone" label={texts(locale, 'zone')} error={errorOf('zoneId')}>
          {(a) => (
            <select {...a} {...register('zoneId')}>
              {config.zones.map((z) => (
                <option key={z.id} value={z.id}>
                  {z.names[locale]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="svc-avg" label={texts(locale, 'avgMinutes')} error={errorOf('avgServiceMinutes')}>
          {(a) => (
            <input
              {...a}
              type="number"
              step="any"
              className="short"
              {...register('avgServiceMinutes', { valueAsNumber: true })}
            />
          )}
        </Field>
        <Field
          id="svc-target-wait"
          label={texts(locale, 'live.targetWaitMinutes')}
          hint={texts(locale, 'live.targetWaitHint')}
          error={errorOf('targetWaitMinutes')}
        >
          {(a) => (
            <input {...a} type="number" className="short" {...register('targetWaitMinutes', { valueAsNumber: true })} />
          )}
        </Field>
        <Field
          id="svc-capacity"
          label={texts(locale, 'bookingCapacity')}
          hint={texts(locale, 'bookingCapacityHint')}
          error={errorOf('bookingCapacity')}
        >
          {(a) => <input {...a} inputMode="numeric" className="short" {...register('bookingCapacity')} />}
        </Field>
      </div>
      <div className="check">
        <input id="svc-delay" type="checkbox" {...register('delayService')} />
        <label htmlFor="svc-delay">{texts(locale, 'delayService')}</label>
      </div>
      {/* materials on ticket */}
      <div className="check">
        <input id="svc-print-materials" type="checkbox" {...register('printMaterials')} />
        <label htmlFor="svc-print-materials">{texts(locale, 'printMaterials')}</label>
      </div>
      <fieldset className="materials">
        <legend>{texts(locale, 'materials')}</legend>
        {materials.fields.map((f, i) => (
          <fieldset key={f.id} className="material">
            <legend>{texts(locale, 'material', { n: i + 1 })}</legend>
            <NamesFields
              name={`materials.${i}`}
              idPrefix={`svc-mat-${i}`}
              register={register}
              errorOf={errorOf}
              labels="text"
            />
            <button type="button" className="btn btn--danger" onClick={() => materials.remove(i)}>
              {texts(locale, 'removeMaterial', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="btn"
          onClick={() => materials.append({ 'zh-Hans': '', 'zh-Hant': '', en: '' })}
        >
          {texts(locale, 'addMaterial')}
        </button>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={saving} data-testid="service-save">
          {saving ? texts(locale, 'saving') : texts(locale, 'save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {texts(locale, 'cancel')}
        </button>
      </div>
    </form>
  );
}
