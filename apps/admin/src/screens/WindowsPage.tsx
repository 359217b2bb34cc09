import { useState } from 'react';
import { ConfigGate } from '../components/ConfigGate.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { SaveStatus } from '../components/SaveStatus.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import type { ConfigVersionView } from '../hub/config-api.ts';
import { texts } from '../i18n/texts.ts';
import { OrderButtons } from '../components/OrderButtons.tsx';
import { useDragOrder } from '../components/use-drag-order.ts';
import { matches, moved, withoutItem } from '../logic/config-edit.ts';
import { useConfig } from '../state/config-store.ts';
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
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const { config } = view;
  const zoneName = (id: string | undefined) =>
    id ? (config.zones.find((z) => z.id === id)?.names[locale] ?? id) : '—';
  const serviceNames = (services: 'all' | string[]) =>
    services === 'all'
      ? texts(locale, 'allServices')
      : services.map((id) => config.services.find((s) => s.id === id)?.names[locale] ?? id).join('、');
  const shown = config.windows
    .map((w, index) => ({ w, index }))
    .filter(({ w }) => matches(search, w.number, ...Object.values(w.names)));
  // Ordering a filtered list would move items past hidden ones: the order is edited on the whole list.
  const ordering = search.trim() === '';
  const move = (from: number, to: number) =>
    void useConfig.getState().save({ ...config, windows: moved(config.windows, from, to) });
  const dragRow = useDragOrder(move, ordering);
  const remove = (index: number) => {
    const w = config.windows[index];
    if (w && confirm(`${texts(locale, 'remove')}: ${w.names[locale]}?`)) {
      void useConfig.getState().save({ ...config, windows: withoutItem(config.windows, index) });
    }
  };
  return (
    <>
      <div className="toolbar">
        <SearchBox id="window-search" value={search} onChange={setSearch} />
        <button type="button" className="btn btn--primary" onClick={() => setEditing('new')} data-testid="window-new">
          {texts(locale, 'newWindow')}
        </button>
      </div>
      {editing !== null && (
        <WindowForm
          key={`${editing}-${view.version}`}
          view={view}
          index={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
      <p className="field__hint" id="windows-order-hint">
        {texts(locale, ordering ? 'orderHint' : 'orderOffWhileSearch')}
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
            {ordering && <th scope="col">{texts(locale, 'colOrder')}</th>}
            <th scope="col">{texts(locale, 'colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map(({ w, index }) => (
            <tr key={w.number} data-window={w.number} {...dragRow(index)}>
              <td>{w.number}</td>
              <th scope="row">{w.names[locale]}</th>
              <td>{texts(locale, `kind.${w.kind}`)}</td>
              <td>{zoneName(w.zoneId)}</td>
              <td className="wrap">{serviceNames(w.services)}</td>
              {ordering && (
                <td>
                  <OrderButtons index={index} count={config.windows.length} name={w.names[locale]} move={move} />
                </td>
              )}
              <td className="actions">
                <button
                  type="button"
                  className="btn"
                  onClick={() => setEditing(index)}
                  aria-label={`${texts(locale, 'edit')} ${w.names[locale]}`}
                >
                  {texts(locale, 'edit')}
                </button>
                <button
                  type="button"
                  className="btn btn--danger"
                  onClick={() => remove(index)}
                  aria-label={`${texts(locale, 'remove')} ${w.names[locale]}`}
                >
                  {texts(locale, 'remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p>{texts(locale, 'noMatches')}</p>}
    </>
  );
}
