import type { CreateDeviceReply, DeviceStateView, DeviceView } from '@hall/protocol';
import { useCallback, useEffect, useState } from 'react';
import { HubError } from '../components/HubError.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useHallTimeFormat } from '../components/use-hall-time.ts';
import { texts } from '../i18n/texts.ts';
import { api, pageError } from '../state/auth.ts';
import { useSession } from '../state/session-store.ts';
import { DeviceForm } from './DeviceForm.tsx';
import { NewDeviceToken } from './NewDeviceToken.tsx';

/** How often the list is read again, so a kiosk's printer report shows up without a reload. */
const REFRESH_MS = 10_000;

/**
 * Kiosks, displays and rating tablets: create (token shown once), revoke; each one online or offline since
 * when and last seen (the hub's clock), and each kiosk's printer.
 */
export function DevicesPage() {
  const locale = useSession((s) => s.locale);
  const [devices, setDevices] = useState<DeviceStateView[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<CreateDeviceReply | null>(null);

  const load = useCallback(async () => {
    try {
      setDevices(await api().devices());
    } catch (err) {
      if (pageError(err)) setError(err);
    }
  }, []);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  const revoke = async (d: DeviceView) => {
    if (!confirm(texts(locale, 'confirmRevoke', { name: d.name }))) return;
    try {
      await api().revokeDevice(d.id);
      setError(null);
      await load();
    } catch (err) {
      if (pageError(err)) setError(err);
    }
  };
  const fmt = useHallTimeFormat();

  return (
    <>
      <PageTitle>{texts(locale, 'page.devices')}</PageTitle>
      <HubError error={error} />
      {created && <NewDeviceToken reply={created} onClose={() => setCreated(null)} />}
      <DeviceForm
        onCreate={async (body) => {
          try {
            setCreated(await api().createDevice(body));
            setError(null);
            await load();
            return true;
          } catch (err) {
            if (pageError(err)) setError(err);
            return false;
          }
        }}
      />
      <table className="list">
        <caption>{texts(locale, 'devicesList')}</caption>
        <thead>
          <tr>
            <th scope="col">{texts(locale, 'deviceName')}</th>
            <th scope="col">{texts(locale, 'deviceRole')}</th>
            <th scope="col">{texts(locale, 'id')}</th>
            <th scope="col">{texts(locale, 'colState')}</th>
            <th scope="col">{texts(locale, 'colOnline')}</th>
            <th scope="col">{texts(locale, 'colPrinter')}</th>
            <th scope="col">{texts(locale, 'colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {devices.map((d) => (
            <tr key={d.id} data-device={d.id} data-revoked={d.revokedAt !== null ? 'true' : undefined}>
              <th scope="row">{d.name}</th>
              <td>
                {texts(locale, `device.${d.role}`)}
                {d.window !== null && ` · ${d.window}`}
              </td>
              <td>{d.id}</td>
              <td>
                {d.revokedAt !== null ? (
                  texts(locale, 'deviceRevoked', { when: fmt.format(d.revokedAt) })
                ) : (
                  <>
                    {texts(locale, 'deviceActive')}
                    <span className="muted"> · {texts(locale, 'createdAt', { when: fmt.format(d.createdAt) })}</span>
                  </>
                )}
              </td>
              <td data-online={d.online ? 'true' : 'false'}>
                <DeviceConnection device={d} format={fmt} />
              </td>
              <td>
                {d.printer ? (
                  <span
                    className={d.printer.status.condition === 'ready' && !d.printer.status.paperNearEnd ? '' : 'warn'}
                  >
                    {texts(locale, `printer.${d.printer.status.condition}`)}
                    {d.printer.status.paperNearEnd && `，${texts(locale, 'paperLow')}`}
                    <span className="muted"> · {texts(locale, 'reportedAt', { when: fmt.format(d.printer.at) })}</span>
                  </span>
                ) : d.role === 'kiosk' ? (
                  <span className="muted">{texts(locale, 'printerNone')}</span>
                ) : (
                  '—'
                )}
              </td>
              <td className="actions">
                {d.revokedAt === null && (
                  <button type="button" className="btn btn--danger" onClick={() => void revoke(d)}>
                    {texts(locale, 'revoke')}
                    <span className="sr-only"> {d.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Online or offline since when, and when the hub last heard from the device. */
function DeviceConnection({ device: d, format }: { device: DeviceStateView; format: Intl.DateTimeFormat }) {
  const locale = useSession((s) => s.locale);
  if (d.online) {
    return (
      <>
        {texts(locale, 'deviceOnline', { when: d.onlineSince === null ? '—' : format.format(d.onlineSince) })}
        {d.lastSeenAt !== null && (
          <span className="muted"> · {texts(locale, 'lastSeen', { when: format.format(d.lastSeenAt) })}</span>
        )}
      </>
    );
  }
  if (d.offlineSince === null && d.lastSeenAt === null) {
    return <span className="muted">{texts(locale, 'deviceNeverSeen')}</span>;
  }
  return (
    <>
      <span className={d.revokedAt === null ? 'warn' : ''}>
        {d.offlineSince === null
          ? texts(locale, 'deviceOffline')
          : texts(locale, 'deviceOfflineSince', { when: format.format(d.offlineSince) })}
      </span>
      {d.lastSeenAt !== null && (
        <span className="muted"> · {texts(locale, 'lastSeen', { when: format.format(d.lastSeenAt) })}</span>
      )}
    </>
  );
}
