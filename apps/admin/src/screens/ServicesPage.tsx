import { useState } from 'react';
import { ConfigGate } from '../components/ConfigGate.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { SaveStatus } from '../components/SaveStatus.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import type { HallConfigInput } from '@hall/protocol';
import type { ConfigVersionView } from '../hub/config-api.ts';
import { texts } from '../i18n/texts.ts';
import { NumberingBanner } from '../components/NumberingBanner.tsx';
import { OrderButtons } from '../components/OrderButtons.tsx';
import { useDragOrder } from '../components/use-drag-order.ts';
import { useNumberingWarnings } from '../components/use-numbering-warnings.ts';
import { matches, moved, withoutItem } from '../logic/config-edit.ts';
import { warningByService } from '../logic/numbering-warnings.ts';
import { useConfig } from '../state/config-store.ts';
import { useSession } from '../state/session-store.ts';
import { KioskPreview } from './KioskPreview.tsx';
import { ServiceForm } from './ServiceForm.tsx';

export function ServicesPage() {
  const locale = useSession((s) => s.locale);
  return (
    <>
      <PageTitle>{texts(locale, 'page.services')}</PageTitle>
      <SaveStatus />
      <ConfigGate>{(view) => <Services view={view} />}</ConfigGate>
    </>
  );
}

function Services({ view }: { view: ConfigVersionView }) {
  const locale = useSession((s) => s.locale);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [draft, setDraft] = useState<HallConfigInput | null>(null);
  const edit = (what: number | 'new' | null) => {
    setDraft(null);
    setEditing(what);
  };
  const { config } = view;
  const zoneName = (id: string) => config.zones.find((z) => z.id === id)?.names[locale] ?? id;
  const shown = config.services
    .map((s, index) => ({ s, index }))
    .filter(({ s }) => matches(search, s.id, s.prefix, ...Object.values(s.names)));
  const warnings = useNumberingWarnings(view.version);
  const warningOf = warningByService(warnings ?? []);
  // Ordering a filtered list would move items past hidden ones: the order is edited on the whole list.
  const ordering = search.trim() === '';
  const move = (from: number, to: number) =>
    void useConfig.getState().save({ ...config, services: moved(config.services, from, to) });
  const dragRow = useDragOrder(move, ordering);
  const remove = (index: number) => {
    const s = config.services[index];
    if (s && confirm(`${texts(locale, 'remove')}: ${s.names[locale]}?`)) {
      void useConfig.getState().save({ ...config, services: withoutItem(config.services, index) });
    }
  };
  return (
    <>
      {warnings && <NumberingBanner warnings={warnings} />}
      <div className="toolbar">
        <SearchBox id="service-search" value={search} onChange={setSearch} />
        <button type="button" className="btn btn--primary" onClick={() => edit('new')} data-testid="service-new">
          {texts(locale, 'newService')}
        </button>
      </div>
      {editing !== null && (
        <ServiceForm
          key={`${editing}-${view.version}`}
          view={view}
          index={editing === 'new' ? null : editing}
          onDone={() => edit(null)}
          onDraft={setDraft}
        />
      )}
      {/* Beside the open form, so the admin sees each change as it is typed. */}
      {editing !== null && <KioskPreview config={draft ?? config} />}
      <p className="field__hint" id="services-order-hint">
        {texts(locale, ordering ? 'orderHint' : 'orderOffWhileSearch')}
      </p>
      <table className="list" aria-describedby="services-order-hint">
        <caption>{texts(locale, 'servicesList')}</caption>
        <thead>
          <tr>
            <th scope="col">{texts(locale, 'colName')}</th>
            <th scope="col">{texts(locale, 'id')}</th>
            <th scope="col">{texts(locale, 'prefix')}</th>
            <th scope="col">{texts(locale, 'colDigits')}</th>
            <th scope="col">{texts(locale, 'zone')}</th>
            <th scope="col">{texts(locale, 'avgMinutes')}</th>
            {ordering && <th scope="col">{texts(locale, 'colOrder')}</th>}
            <th scope="col">{texts(locale, 'colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map(({ s, index }) => (
            <tr key={s.id} data-service={s.id} data-numbering={warningOf.get(s.id)?.level} {...dragRow(index)}>
              <th scope="row">
                {s.names[locale]}
                {s.delayService && <span className="tag">{texts(locale, 'delayTag')}</span>}
              </th>
              <td>{s.id}</td>
              <td>
                {s.prefix}
                {warningOf.has(s.id) && (
                  <span className="tag tag--warn">
                    {texts(locale, warningOf.get(s.id)?.level === 'low' ? 'numberingTagLow' : 'numberingTagOverflowed')}
                  </span>
                )}
              </td>
              <td>{s.numberDigits}</td>
              <td>{zoneName(s.zoneId)}</td>
              <td>{s.avgServiceMinutes}</td>
              {ordering && (
                <td>
                  <OrderButtons index={index} count={config.services.length} name={s.names[locale]} move={move} />
                </td>
              )}
              <td className="actions">
                <button
                  type="button"
                  className="btn"
                  onClick={() => edit(index)}
                  aria-label={`${texts(locale, 'edit')} ${s.names[locale]}`}
                >
                  {texts(locale, 'edit')}
                </button>
                <button
                  type="button"
                  className="btn btn--danger"
                  onClick={() => remove(index)}
                  aria-label={`${texts(locale, 'remove')} ${s.names[locale]}`}
                >
                  {texts(locale, 'remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p>{texts(locale, 'noMatches')}</p>}
      {editing === null && <KioskPreview config={config} />}
    </>
  );
}
