import type { StaffView } from '@hall/protocol';
import { useCallback, useEffect, useState } from 'react';
import { HubError } from '../components/HubError.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { texts } from '../i18n/texts.ts';
import { api, pageError } from '../state/auth.ts';
import { useSession } from '../state/session-store.ts';
import { ResetPasswordForm } from './ResetPasswordForm.tsx';
import { StaffForm } from './StaffForm.tsx';

/** Staff accounts: create, reset a password, disable (for good); roles and permissions at creation. */
export function StaffPage() {
  const locale = useSession((s) => s.locale);
  const me = useSession((s) => s.session?.staff.id);
  const [staff, setStaff] = useState<StaffView[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [resetting, setResetting] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setStaff(await api().staff());
    } catch (err) {
      if (pageError(err)) setError(err);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const act = async (run: () => Promise<unknown>, message: string) => {
    setError(null);
    setDone(null);
    try {
      await run();
      setDone(message);
      await load();
      return true;
    } catch (err) {
      if (pageError(err)) setError(err);
      return false;
    }
  };
  const disable = (s: StaffView) => {
    if (confirm(texts(locale, 'confirmDisable', { name: s.displayName }))) {
      void act(() => api().disableStaff(s.id), texts(locale, 'staffDisabled', { name: s.displayName }));
    }
  };

  return (
    <>
      <PageTitle>{texts(locale, 'page.staff')}</PageTitle>
      <HubError error={error} />
      <p role="status" className={done ? 'notice notice--ok' : 'sr-only'}>
        {done}
      </p>
      <StaffForm
        onCreate={(body) =>
          act(() => api().createStaff(body), texts(locale, 'staffCreated', { name: body.displayName ?? body.username }))
        }
      />
      <table className="list">
        <caption>{texts(locale, 'staffList')}</caption>
        <thead>
          <tr>
            <th scope="col">{texts(locale, 'displayName')}</th>
            <th scope="col">{texts(locale, 'username')}</th>
            <th scope="col">{texts(locale, 'role')}</th>
            <th scope="col">{texts(locale, 'permissions')}</th>
            <th scope="col">{texts(locale, 'colState')}</th>
            <th scope="col">{texts(locale, 'colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((s) => (
            <tr key={s.id} data-staff={s.username}>
              <th scope="row">{s.displayName}</th>
              <td>{s.username}</td>
              <td>{texts(locale, `role.${s.role}`)}</td>
              <td className="wrap">
                {s.permissions
                  .map((p) => (texts.has(`perm.${p}`) ? texts(locale, `perm.${p}` as 'perm.supervise') : p))
                  .join('；')}
              </td>
              <td>{s.disabled ? texts(locale, 'statusDisabled') : texts(locale, 'statusActive')}</td>
              <td className="actions">
                {!s.disabled && (
                  <>
                    <button
                      type="button"
                      className="btn"
                      onClick={() => setResetting(resetting === s.id ? null : s.id)}
                      aria-expanded={resetting === s.id}
                    >
                      {texts(locale, 'resetPassword')}
                      <span className="sr-only"> {s.displayName}</span>
                    </button>
                    {s.id !== me && (
                      <button type="button" className="btn btn--danger" onClick={() => disable(s)}>
                        {texts(locale, 'disable')}
                        <span className="sr-only"> {s.displayName}</span>
                      </button>
                    )}
                  </>
                )}
                {resetting === s.id && (
                  <ResetPasswordForm
                    staff={s}
                    onReset={async (password) => {
                      const ok = await act(
                        () => api().resetPassword(s.id, password),
                        texts(locale, 'passwordReset', { name: s.displayName }),
                      );
                      if (ok) setResetting(null);
                    }}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
