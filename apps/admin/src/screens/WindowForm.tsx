import { WINDOW_KINDS } from '@hall/protocol';
import { useForm } from 'react-hook-form';
import { Field } from '../components/Field.tsx';
import { FormProblem } from '../components/FormProblem.tsx';
import { NamesFields } from '../components/NamesFields.tsx';
import { useFieldError } from '../components/use-field-error.ts';
import type { ConfigVersionView } from '../hub/config-api.ts';
import { texts } from '../i18n/texts.ts';
import { withItem } from '../logic/config-edit.ts';
import { documentResolver } from '../logic/document-resolver.ts';
import {
  nextWindowNumber,
  toWindow,
  windowFieldOf,
  windowFormValues,
  type WindowFormValues,
} from '../logic/item-forms.ts';
import { useConfig } from '../state/config-store.ts';
import { useSession } from '../state/session-store.ts';
import { useFocusInvalid } from '../components/use-focus-invalid.ts';

export interface WindowFormProps {
  view: ConfigVersionView;
  index: number | null;
  onDone: () => void;
}

export function WindowForm({ view, index, onDone }: WindowFormProps) {
  const locale = useSession((s) => s.locale);
  const saving = useConfig((s) => s.saving);
  const { config } = view;
  const original = index === null ? undefined : config.windows[index];
  const place = index ?? config.windows.length;
  const documentOf = (v: WindowFormValues) => ({
    ...config,
    windows: withItem(config.windows, index, toWindow(original, v)),
  });
  const { register, handleSubmit, formState, watch } = useForm<WindowFormValues>({
    shouldFocusError: false,
    defaultValues: windowFormValues(original, nextWindowNumber(config.windows)),
    resolver: documentResolver((v) => ({
      document: documentOf(v),
      prefix: `windows.${place}.`,
      fieldOf: windowFieldOf,
    })),
    // Checked at submit, then again at each change: a check on blur moves the layout under the pointer.
    reValidateMode: 'onChange',
  });
  const errorOf = useFieldError(formState.errors);
  const all = watch('allServices');
  const title = original ? texts(locale, 'editWindow', { name: original.names[locale] }) : texts(locale, 'newWindow');
  const { formRef, onInvalid } = useFocusInvalid();
  const submit = handleSubmit(async (v) => {
    if (await useConfig.getState().save(documentOf(v))) onDone();
  }, onInvalid);
  const servicesError = errorOf('serviceIds');

  return (
    <form
      ref={formRef}
      className="card editor"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="window-form-title"
      noValidate
    >
      <h2 id="window-form-title">{title}</h2>
      <FormProblem errors={formState.errors} />
      <div className="grid">
        <Field id="win-number" label={texts(locale, 'windowNumber')} error={errorOf('number')}>
          {(a) => <input {...a} type="number" className="short" {...register('number', { valueAsNumber: true })} />}
        </Field>
        <NamesFields name="names" idPrefix="win-name" register={register} errorOf={errorOf} />
        <Field id="win-kind" label={texts(locale, 'windowKind')} error={errorOf('kind')}>
          {(a) => (
            <select {...a} {...register('kind')}>
              {WINDOW_KINDS.map((k) => (
                <option key={k} value={k}>
                  {texts(locale, `kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="win-zone" label={texts(locale, 'zone')} error={errorOf('zoneId')}>
          {(a) => (
            <select {...a} {...register('zoneId')}>
              <option value="">{texts(locale, 'zoneNone')}</option>
              {config.zones.map((z) => (
                <option key={z.id} value={z.id}>
                  {z.names[locale]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset
        className="choices"
        aria-invalid={Boolean(servicesError)}
        {...(servicesError ? { 'aria-describedby': 'win-services-error' } : {})}
      >
        <legend>{texts(locale, 'windowServices')}</legend>
        <div className="check">
          <input id="win-all" type="checkbox" {...register('allServices')} />
          <label htmlFor="win-all">{texts(locale, 'allServices')}</label>
        </div>
        {!all && (
          <ul className="choice-list">
            {config.services.map((s) => (
              <li key={s.id} className="check">
                <input id={`win-svc-${s.id}`} type="checkbox" value={s.id} {...register('serviceIds')} />
                <label htmlFor={`win-svc-${s.id}`}>{s.names[locale]}</label>
              </li>
            ))}
          </ul>
        )}
        {servicesError && (
          <p className="field__error" id="win-services-error">
            {servicesError}
          </p>
        )}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={saving} data-testid="window-save">
          {saving ? texts(locale, 'saving') : texts(locale, 'save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {texts(locale, 'cancel')}
        </button>
      </div>
    </form>
  );
}
