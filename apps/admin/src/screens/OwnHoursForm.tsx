import type { HallConfig } from '@hall/protocol';
import { useForm, type Resolver } from 'react-hook-form';
import { Field } from '../components/Field.tsx';
import { FormProblem } from '../components/FormProblem.tsx';
import { useFocusInvalid } from '../components/use-focus-invalid.ts';
import { texts } from '../i18n/texts.ts';
import { documentIssues } from '../logic/config-edit.ts';
import { fieldErrorsOf } from '../logic/document-resolver.ts';
import { HOUR_KINDS } from '../logic/hours-form.ts';
import {
  ownHoursDocument,
  ownHoursFormValues,
  ownHoursOf,
  withOwnHours,
  type HoursTarget,
  type OwnHoursFormValues,
} from '../logic/own-hours-form.ts';
import { useConfig } from '../state/config-store.ts';
import { useSession } from '../state/session-store.ts';

export interface OwnHoursFormProps {
  config: HallConfig;
  target: HoursTarget;
}

/**
 * A zone's or a service's own hours, each kind inherited or typed as the hall's hours are; "inherit all"
 * drops them. Checked by the same line parser and then the protocol schema on the whole document.
 */
export function OwnHoursForm({ config, target }: OwnHoursFormProps) {
  const locale = useSession((s) => s.locale);
  const saving = useConfig((s) => s.saving);
  const own = ownHoursOf(config, target);
  const resolver: Resolver<OwnHoursFormValues> = (values) => {
    const built = ownHoursDocument(config, target, values);
    if (!built.ok) {
      const issues = built.problems.map((p) => ({
        path: p.field,
        message: texts(locale, 'hoursBad', { piece: p.detail }),
      }));
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
  const { register, handleSubmit, formState, watch } = useForm<OwnHoursFormValues>({
    shouldFocusError: false,
    defaultValues: ownHoursFormValues(own),
    resolver,
    reValidateMode: 'onChange',
  });
  const errorOf = (k: (typeof HOUR_KINDS)[number]) => {
    const message = formState.errors[k]?.message;
    return typeof message === 'string' ? message : undefined;
  };
  const { formRef, onInvalid } = useFocusInvalid();
  const submit = handleSubmit(async (v) => {
    const built = ownHoursDocument(config, target, v);
    if (built.ok) await useConfig.getState().save(built.document);
  }, onInvalid);
  const inheritAll = () => void useConfig.getState().save(withOwnHours(config, target, undefined));
  const inherited = watch(['inherit_regular', 'inherit_delay', 'inherit_weekend']);

  return (
    <form
      ref={formRef}
      onSubmit={(e) => void submit(e)}
      aria-label={texts(locale, 'ownHours')}
      noValidate
      data-testid="own-hours-form"
    >
      <FormProblem errors={formState.errors} />
      {HOUR_KINDS.map((k, i) => (
        <fieldset key={k} className="own-hours">
          <legend>{texts(locale, `hours.${k}`)}</legend>
          <div className="check">
            <input id={`own-${k}-inherit`} type="checkbox" {...register(`inherit_${k}`)} />
            <label htmlFor={`own-${k}-inherit`}>{texts(locale, 'inherit')}</label>
          </div>
          {/* An inherited kind has nothing to type: its line comes back, as it was, when unticked. */}
          {inherited[i] !== true && (
            <Field
              id={`own-${k}`}
              label={texts(locale, `hours.${k}`)}
              hint={texts(locale, 'hoursHint')}
              error={errorOf(k)}
            >
              {(a) => <input {...a} {...register(k)} />}
            </Field>
          )}
        </fieldset>
      ))}
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={saving} data-testid="own-hours-save">
          {saving ? texts(locale, 'saving') : texts(locale, 'saveOwnHours')}
        </button>
        <button type="button" className="btn" disabled={saving || own === undefined} onClick={inheritAll}>
          {texts(locale, 'clearOwnHours')}
        </button>
      </div>
    </form>
  );
}
