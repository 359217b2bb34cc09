import { zodResolver } from '@hookform/resolvers/zod';
import { createDeviceBodySchema, DEVICE_ROLES, type CreateDeviceBody } from '@hall/protocol';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Field } from '../components/Field.tsx';
import { useFieldError } from '../components/use-field-error.ts';
import { texts } from '../i18n/texts.ts';
import { useSession } from '../state/session-store.ts';
import { useFocusInvalid } from '../components/use-focus-invalid.ts';

type DeviceInput = z.input<typeof createDeviceBodySchema>;

/** A new device, checked by the protocol's `createDeviceBodySchema` (a rater names its window). */
export function DeviceForm({ onCreate }: { onCreate: (body: CreateDeviceBody) => Promise<boolean> }) {
  const locale = useSession((s) => s.locale);
  const { register, handleSubmit, formState, reset, watch } = useForm<DeviceInput, unknown, CreateDeviceBody>({
    shouldFocusError: false,
    defaultValues: { role: 'kiosk', name: '' },
    resolver: zodResolver(createDeviceBodySchema),
    // Checked at submit, then again at each change: a check on blur moves the layout under the pointer.
    reValidateMode: 'onChange',
  });
  const errorOf = useFieldError(formState.errors);
  const role = watch('role');
  const { formRef, onInvalid } = useFocusInvalid();
  const submit = handleSubmit(async (body) => {
    if (await onCreate(body)) reset({ role: body.role, name: '' });
  }, onInvalid);
  return (
    <form
      ref={formRef}
      className="card editor"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="device-form-title"
      noValidate
    >
      <h2 id="device-form-title">{texts(locale, 'newDevice')}</h2>
      <div className="grid">
        <Field id="device-role" label={texts(locale, 'deviceRole')} error={errorOf('role')}>
          {(a) => (
            <select {...a} {...register('role')}>
              {DEVICE_ROLES.map((r) => (
                <option key={r} value={r}>
                  {texts(locale, `device.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="device-name" label={texts(locale, 'deviceName')} error={errorOf('name')}>
          {(a) => <input {...a} {...register('name')} />}
        </Field>
        {role === 'rater' && (
          <Field id="device-window" label={texts(locale, 'raterWindow')} error={errorOf('window')}>
            {(a) => (
              <input
                {...a}
                inputMode="numeric"
                className="short"
                {...register('window', {
                  setValueAs: (v: unknown) => (v === '' || v === undefined ? undefined : Number(v)),
                  shouldUnregister: true,
                })}
              />
            )}
          </Field>
        )}
      </div>
      <div className="form-actions">
        <button
          type="submit"
          className="btn btn--primary"
          disabled={formState.isSubmitting}
          data-testid="device-create"
        >
          {texts(locale, 'create')}
        </button>
      </div>
    </form>
  );
}
