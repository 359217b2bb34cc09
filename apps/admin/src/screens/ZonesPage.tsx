import { useConfigList } from '../components/use-config-list.ts';
import { RowActions } from '../components/RowActions.tsx';
import type { HallConfigInput } from '@hall/protocol';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { ConfigGate } from '../components/ConfigGate.tsx';
import { Field } from '../components/Field.tsx';
import { FormProblem } from '../components/FormProblem.tsx';
import { NamesFields } from '../components/NamesFields.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { SaveStatus } from '../components/SaveStatus.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { useFieldError } from '../components/use-field-error.ts';
import type { ConfigVersionView } from '../hub/config-api.ts';
import { texts } from '../i18n/texts.ts';
import { OrderButtons } from '../components/OrderButtons.tsx';
import { withItem } from '../logic/config-edit.ts';
import { documentResolver } from '../logic/document-resolver.ts';
import { toZone, zoneFormValues, type ZoneFormValues } from '../logic/item-forms.ts';
import { useConfig } from '../state/config-store.ts';
import { useSession } from '../state/session-store.ts';
import { useFocusInvalid } from '../components/use-focus-invalid.ts';
import { KioskPreview } from './KioskPreview.tsx';

export function ZonesPage() {
  const locale = useSession((s) => s.locale);
  return (
    <>
      <PageTitle>{texts(locale, 'page.zones')}</PageTitle>
      <SaveStatus />
      <ConfigGate>{(view) => <Zones view={view} />}</ConfigGate>
    </>
  );
}

function Zones({ view }: { view: ConfigVersionView }) {
  const locale = useSession((s) => s.locale);
  const { config } = view;
  const list = useConfigList(config, 'zones', locale, (z) => [z.id, ...Object.values(z.names)]);
  return (
    <>
      <div className="toolbar">
        <SearchBox id="zone-search" value={list.search} onChange={list.setSearch} />
        <button type="button" className="btn btn--primary" onClick={() => list.edit('new')}>
          {texts(locale, 'newZone')}
        </button>
      </div>
      {list.editing !== null && (
        <ZoneForm
          key={`${list.editing}-${view.version}`}
          view={view}
          index={list.editing === 'new' ? null : list.editing}
          onDone={() => list.edit(null)}
          onDraft={list.setDraft}
        />
      )}
      {/* Beside the open form, so the admin sees each change as it is typed. */}
      {list.editing !== null && <KioskPreview config={list.draft ?? config} />}
      <p className="field__hint" id="zones-order-hint">
        {texts(locale, list.ordering ? 'orderHint' : 'orderOffWhileSearch')}
      </p>
      <table className="list" aria-describedby="zones-order-hint">
        <caption>{texts(locale, 'zonesList')}</caption>
        <thead>
          <tr>
            <th scope="col">{texts(locale, 'colName')}</th>
            <th scope="col">{texts(locale, 'id')}</th>
            <th scope="col">{texts(locale, 'colServices')}</th>
            {list.ordering && <th scope="col">{texts(locale, 'colOrder')}</th>}
            <th scope="col">{texts(locale, 'colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {list.shown.map(({ item: z, index }) => (
            <tr key={z.id} data-zone={z.id} {...list.dragRow(index)}>
              <th scope="row">{z.names[locale]}</th>
              <td>{z.id}</td>
              <td>{config.services.filter((s) => s.zoneId === z.id).length}</td>
              {list.ordering && (
                <td>
                  <OrderButtons index={index} count={list.count} name={z.names[locale]} move={list.move} />
                </td>
              )}
              <RowActions name={z.names[locale]} onEdit={() => list.edit(index)} onRemove={() => list.remove(index)} />
            </tr>
          ))}
        </tbody>
      </table>
      {list.shown.length === 0 && <p>{texts(locale, 'noMatches')}</p>}
      {list.editing === null && <KioskPreview config={config} />}
    </>
  );
}

interface ZoneFormProps {
  view: ConfigVersionView;
  index: number | null;
  onDone: () => void;
  /** The document the form would save, at each change: for the kiosk preview. */
  onDraft: (document: HallConfigInput) => void;
}

function ZoneForm({ view, index, onDone, onDraft }: ZoneFormProps) {
  const locale = useSession((s) => s.locale);
  const saving = useConfig((s) => s.saving);
  const { config } = view;
  const original = index === null ? undefined : config.zones[index];
  const documentOf = (v: ZoneFormValues) => ({ ...config, zones: withItem(config.zones, index, toZone(original, v)) });
  const { register, handleSubmit, formState, watch } = useForm<ZoneFormValues>({
    shouldFocusError: false,
    defaultValues: zoneFormValues(original),
    resolver: documentResolver((v) => ({ document: documentOf(v), prefix: `zones.${index ?? config.zones.length}.` })),
    // Checked at submit, then again at each change: a check on blur moves the layout under the pointer.
    reValidateMode: 'onChange',
  });
  useEffect(() => {
    const subscription = watch((v) => onDraft(documentOf(v as ZoneFormValues)));
    return () => subscription.unsubscribe();
    // The form lives for one version and one item (its key), so the subscription is made once.
  }, []);
  const errorOf = useFieldError(formState.errors);
  const { formRef, onInvalid } = useFocusInvalid();
  const submit = handleSubmit(async (v) => {
    if (await useConfig.getState().save(documentOf(v))) onDone();
  }, onInvalid);
  return (
    <form
      ref={formRef}
      className="card editor"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="zone-form-title"
      noValidate
    >
      <h2 id="zone-form-title">
        {original ? texts(locale, 'editZone', { name: original.names[locale] }) : texts(locale, 'newZone')}
      </h2>
      <FormProblem errors={formState.errors} />
      <div className="grid">
        <Field id="zone-id" label={texts(locale, 'id')} hint={texts(locale, 'idHint')} error={errorOf('id')}>
          {(a) => <input {...a} {...register('id')} readOnly={original !== undefined} />}
        </Field>
        <NamesFields name="names" idPrefix="zone-name" register={register} errorOf={errorOf} />
        <Field id="zone-icon" label={texts(locale, 'icon')} error={errorOf('icon')}>
          {(a) => <input {...a} {...register('icon')} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={saving}>
          {saving ? texts(locale, 'saving') : texts(locale, 'save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {texts(locale, 'cancel')}
        </button>
      </div>
    </form>
  );
}
