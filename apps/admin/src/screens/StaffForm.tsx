import { zodResolver } from '@hookform/resolvers/zod';
import { createStaffBodySchema, STAFF_PERMISSIONS, STAFF_ROLES, type CreateStaffBody } from '@hall/protocol';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Field } from '../components/Field.tsx';
import { useFieldError } from '../components/use-field-error.ts';
import { texts } from '../i18n/texts.ts';
import { useSession } from '../state/session-store.ts';
import { useFocusInvalid } from '../components/use-focus-invalid.ts';

type StaffInput = z.input<typeof createStaffBodySchema>;

const EMPTY: StaffInput = { username: '', password: '', role: 'clerk', permissions: [] };

/** A new account, checked by the protocol's `createStaffBodySchema` before it is sent. */
export function StaffForm({ onCreate }: { onCreate: (body: CreateStaffBody) => Promise<boolean> }) {
  const locale = useSession((s) => s.locale);
  const { register, handleSubmit, formState, reset } = useForm<StaffInput, unknown, CreateStaffBody>({
    shouldFocusError: false,
    defaultValues: EMPTY,
    resolver: zodResolver(createStaffBodySchema),
    // Checked at submit, then again at each change: a check on blur moves the layout under the pointer.
    reValidateMode: 'onChange',
  });
  const errorOf = useFieldError(formState.errors);
  const { formRef, onInvalid } = useFocusInvalid();
  const submit = handleSubmit(async (body) => {
    if (await onCreate(body)) reset(EMPTY);
  }, onInvalid);
  return (
    <form
      ref={formRef}
      className="card editor"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="staff-form-title"
      noValidate
    >
      <h2 id="staff-form-title">{texts(locale, 'newStaff')}</h2>
      <div className="grid">
        <Field id="staff-username" label={texts(locale, 'username')} error={errorOf('username')}>
          {(a) => <input {...a} autoComplete="off" {...register('username')} />}
        </Field>
        <Field id="staff-display" label={texts(locale, 'displayName')} error={errorOf('displayName')}>
          {(a) => (
            <input
              {...a}
              {...register('displayName', { setValueAs: (v: string) => (v.trim() === '' ? undefined : v) })}
            />
          )}
        </Field>
        <Field
          id="staff-password"
          label={texts(locale, 'password')}
          hint={texts(locale, 'passwordHint')}
          error={errorOf('password')}
        >
          {(a) => <input {...a} type="password" autoComplete="new-password" {...register('password')} />}
        </Field>
        <Field id="staff-role" label={texts(locale, 'role')} error={errorOf('role')}>
          {(a) => (
            <select {...a} {...register('role')}>
              {STAFF_ROLES.map((r) => (
                <option key={r} value={r}>
                  {texts(locale, `role.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset className="choices">
        <legend>{texts(locale, 'permissions')}</legend>
        {STAFF_PERMISSIONS.map((p) => (
          <div key={p} className="check">
            <input id={`staff-perm-${p}`} type="checkbox" value={p} {...register('permissions')} />
            <label htmlFor={`staff-perm-${p}`}>{texts(locale, `perm.${p}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={formState.isSubmitting}>
          {texts(locale, 'create')}
        </button>
      </div>
    </form>
  );
}
