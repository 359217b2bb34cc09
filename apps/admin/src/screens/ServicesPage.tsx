import { useConfigList } from '../components/use-config-list.ts';
import { RowActions } from '../components/RowActions.tsx';
import { ConfigGate } from '../components/ConfigGate.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { SaveStatus } from '../components/SaveStatus.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import type { ConfigVersionView } from '../hub/config-api.ts';
import { texts } from '../i18n/texts.ts';
import { NumberingBanner } from '../components/NumberingBanner.tsx';
import { OrderButtons } from '../components/OrderButtons.tsx';
import { useNumberingWarnings } from '../components/use-numbering-warnings.ts';
import { warningByService } from '../logic/numbering-warnings.ts';
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
  const { config } = view;
  const list = useConfigList(config, 'services', locale, (s) => [s.id, s.prefix, ...Object.values(s.names)]);
  const zoneName = (id: string) => config.zones.find((z) => z.id === id)?.names[locale] ?? id;
  const warnings = useNumberingWarnings(view.version);
  const warningOf = warningByService(warnings ?? []);
  return (
    <>
      {warnings && <NumberingBanner warnings={warnings} />}
      <div className="toolbar">
        <SearchBox id="service-search" value={list.search} onChange={list.setSearch} />
        <button type="button" className="btn btn--primary" onClick={() => list.edit('new')} data-testid="service-new">
          {texts(locale, 'newService')}
        </button>
      </div>
      {list.editing !== null && (
        <ServiceForm
          key={`${list.editing}-${view.version}`}
          view={view}
          index={list.editing === 'new' ? null : list.editing}
          onDone={() => list.edit(null)}
          onDraft={list.setDraft}
        />
      )}
      {/* Beside the open form, so the admin sees each change as it is typed. */}
      {list.editing !== null && <KioskPreview config={list.draft ?? config} />}
      <p className="field__hint" id="services-order-hint">
        {texts(locale, list.ordering ? 'orderHint' : 'orderOffWhileSearch')}
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
            {list.ordering && <th scope="col">{texts(locale, 'colOrder')}</th>}
            <th scope="col">{texts(locale, 'colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {list.shown.map(({ item: s, index }) => (
            <tr key={s.id} data-service={s.id} data-numbering={warningOf.get(s.id)?.level} {...list.dragRow(index)}>
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
              {list.ordering && (
                <td>
                  <OrderButtons index={index} count={list.count} name={s.names[locale]} move={list.move} />
                </td>
              )}
              <RowActions name={s.names[locale]} onEdit={() => list.edit(index)} onRemove={() => list.remove(index)} />
            </tr>
          ))}
        </tbody>
      </table>
      {list.shown.length === 0 && <p>{texts(locale, 'noMatches')}</p>}
      {list.editing === null && <KioskPreview config={config} />}
    </>
  );
}
