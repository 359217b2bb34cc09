import { useCallback, useEffect, useState } from 'react';
import { useFieldArray, useForm, type Resolver } from 'react-hook-form';
import { ConfigGate } from '../components/ConfigGate.tsx';
import { Field } from '../components/Field.tsx';
import { HubError } from '../components/HubError.tsx';
import { NamesFields } from '../components/NamesFields.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useFieldError } from '../components/use-field-error.ts';
import { texts } from '../i18n/texts.ts';
import { fieldErrorsOf } from '../logic/document-resolver.ts';
import { newNoticeId, noticeRowOf, noticesBodyOf, type NoticeFormRow } from '../logic/notices-form.ts';
import { api, pageError } from '../state/auth.ts';
import { useSession } from '../state/session-store.ts';
import { useFocusInvalid } from '../components/use-focus-invalid.ts';

interface NoticesForm {
  notices: NoticeFormRow[];
}

const resolverIn =
  (timeZone: string): Resolver<NoticesForm> =>
  (values) => {
    const built = noticesBodyOf(values.notices, timeZone);
    return built.ok ? { values, errors: {} } : { values: {}, errors: fieldErrorsOf(built.issues, ['notices']) };
  };

/**
 * The wall displays' notices, each in three languages with an optional start and end on the hall's clock
 * (the configuration's time zone, read first); saved as one list.
 */
export function NoticesPage() {
  return <ConfigGate>{(view) => <NoticesEditor timeZone={view.config.timeZone} />}</ConfigGate>;
}

function NoticesEditor({ timeZone }: { timeZone: string }) {
  const locale = useSession((s) => s.locale);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const { register, handleSubmit, formState, control, reset } = useForm<NoticesForm>({
    shouldFocusError: false,
    defaultValues: { notices: [] },
    resolver: resolverIn(timeZone),
  });
  const rows = useFieldArray({ control, name: 'notices' });
  const errorOf = useFieldError(formState.errors);

  const load = useCallback(async () => {
    try {
      const { notices } = await api().notices();
      reset({ notices: notices.map((n) => noticeRowOf(n, timeZone)) });
      setLoaded(true);
    } catch (err) {
      if (pageError(err)) setError(err);
    }
  }, [reset, timeZone]);
  useEffect(() => {
    void load();
  }, [load]);

  const { formRef, onInvalid } = useFocusInvalid();
  const submit = handleSubmit(async (v) => {
    const built = noticesBodyOf(v.notices, timeZone);
    if (!built.ok) return;
    setSaved(false);
    try {
      await api().setNotices(built.body);
      setError(null);
      setSaved(true);
      await load();
    } catch (err) {
      if (pageError(err)) setError(err);
    }
  }, onInvalid);

  return (
    <>
      <PageTitle>{texts(locale, 'page.notices')}</PageTitle>
      <HubError error={error} />
      <p role="status" className={saved ? 'notice notice--ok' : 'sr-only'}>
        {saved ? texts(locale, 'noticesSaved') : ''}
      </p>
      <form
        ref={formRef}
        className="card editor"
        onSubmit={(e) => void submit(e)}
        aria-labelledby="notices-title"
        noValidate
      >
        <h2 id="notices-title">{texts(locale, 'noticesList')}</h2>
        <p className="field__hint">{texts(locale, 'noticesHint')}</p>
        {loaded && rows.fields.length === 0 && <p>{texts(locale, 'noNotices')}</p>}
        {rows.fields.map((f, i) => (
          <fieldset key={f.id} className="material" data-notice={i}>
            <legend>{texts(locale, 'notice', { n: i + 1 })}</legend>
            <div className="grid">
              <Field id={`notice-${i}-id`} label={texts(locale, 'noticeId')} error={errorOf(`notices.${i}.id`)}>
                {(a) => <input {...a} {...register(`notices.${i}.id`)} />}
              </Field>
              <NamesFields
                name={`notices.${i}.text`}
                idPrefix={`notice-${i}-text`}
                register={register}
                errorOf={errorOf}
                labels="text"
              />
              <Field
                id={`notice-${i}-from`}
                label={texts(locale, 'from')}
                hint={texts(locale, 'fromHint')}
                error={errorOf(`notices.${i}.from`)}
              >
                {(a) => <input {...a} type="datetime-local" {...register(`notices.${i}.from`)} />}
              </Field>
              <Field
                id={`notice-${i}-until`}
                label={texts(locale, 'until')}
                hint={texts(locale, 'untilHint')}
                error={errorOf(`notices.${i}.until`)}
              >
                {(a) => <input {...a} type="datetime-local" {...register(`notices.${i}.until`)} />}
              </Field>
            </div>
            <button type="button" className="btn btn--danger" onClick={() => rows.remove(i)}>
              {texts(locale, 'removeNotice', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <div className="form-actions">
          <button
            type="button"
            className="btn"
            disabled={rows.fields.length >= 10}
            onClick={() =>
              rows.append({
                id: newNoticeId(rows.fields, Date.now()),
                text: { 'zh-Hans': '', 'zh-Hant': '', en: '' },
                from: '',
                until: '',
              })
            }
          >
            {texts(locale, 'addNotice')}
          </button>
          <button
            type="submit"
            className="btn btn--primary"
            disabled={formState.isSubmitting}
            data-testid="notices-save"
          >
            {texts(locale, 'saveNotices')}
          </button>
        </div>
      </form>
    </>
  );
}
