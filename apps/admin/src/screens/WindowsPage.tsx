import { useConfigList } from '../components/use-config-list.ts';
import { RowActions } from '../components/RowActions.tsx';
import { ConfigGate } from '../components/ConfigGate.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { SaveStatus } from '../components/SaveStatus.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import type { ConfigVersionView } from '../hub/config-api.ts';
import { texts } from '../i18n/texts.ts';
import { OrderButtons } from '../components/OrderButtons.tsx';
import { useSession } from '../state/session-store.ts';
import { WindowForm } from './WindowForm.tsx';

export function WindowsPage() {
  const locale = useSession((s) => s.locale);
  return (
    <>
      <PageTitle>{texts(locale, 'page.windows')}</PageTitle>
      <SaveStatus />
      <ConfigGate>{(view) => <Windows view={view} />}</ConfigGate>
    </>
  );
}

function Windows({ view }: { view: ConfigVersionView }) {
  const locale = useSession((s) => s.locale);
  const { config } = view;
  const list = useConfigList(config, 'windows', locale, (w) => [w.number, ...Object.values(w.names)]);
  const zoneName = (id: string | undefined) =>
    id ? (config.zones.find((z) => z.id === id)?.names[locale] ?? id) : '—';
  const serviceNames = (services: 'all' | string[]) =>
    services === 'all'
      ? texts(locale, 'allServices')
      : services.map((id) => config.services.find((s) => s.id === id)?.names[locale] ?? id).join('、');
  return (
    <>
      <div className="toolbar">
        <SearchBox id="window-search" value={list.search} onChange={list.setSearch} />
        <button type="button" className="btn btn--primary" onClick={() => list.edit('new')} data-testid="window-new">
          {texts(locale, 'newWindow')}
        </button>
      </div>
      {list.editing !== null && (
        <WindowForm
          key={`${list.editing}-${view.version}`}
          view={view}
          index={list.editing === 'new' ? null : list.editing}
          onDone={() => list.edit(null)}
        />
      )}
      <p className="field__hint" id="windows-order-hint">
        {texts(locale, list.ordering ? 'orderHint' : 'orderOffWhileSearch')}
      </p>
      <table className="list" aria-describedby="windows-order-hint">
        <caption>{texts(locale, 'windowsList')}</caption>
        <thead>
          <tr>
            <th scope="col">{texts(locale, 'windowNumber')}</th>
            <th scope="col">{texts(locale, 'colName')}</th>
            <th scope="col">{texts(locale, 'windowKind')}</th>
            <th scope="col">{texts(locale, 'zone')}</th>
            <th scope="col">{texts(locale, 'colServices')}</th>
            {list.ordering && <th scope="col">{texts(locale, 'colOrder')}</th>}
            <th scope="col">{texts(locale, 'colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {list.shown.map(({ item: w, index }) => (
            <tr key={w.number} data-window={w.number} {...list.dragRow(index)}>
              <td>{w.number}</td>
              <th scope="row">{w.names[locale]}</th>
              <td>{texts(locale, `kind.${w.kind}`)}</td>
              <td>{zoneName(w.zoneId)}</td>
              <td className="wrap">{serviceNames(w.services)}</td>
              {list.ordering && (
                <td>
                  <OrderButtons index={index} count={list.count} name={w.names[locale]} move={list.move} />
                </td>
              )}
              <RowActions name={w.names[locale]} onEdit={() => list.edit(index)} onRemove={() => list.remove(index)} />
            </tr>
          ))}
        </tbody>
      </table>
      {list.shown.length === 0 && <p>{texts(locale, 'noMatches')}</p>}
    </>
  );
}
