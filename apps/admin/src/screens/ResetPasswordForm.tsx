import { zodResolver } from '@hookform/resolvers/zod';
import { resetPasswordBodySchema, type ResetPasswordBody, type StaffView } from '@hall/protocol';
import { useForm } from 'react-hook-form';
import { Field } from '../components/Field.tsx';
import { useFieldError } from '../components/use-field-error.ts';
import { texts } from '../i18n/texts.ts';
import { useSession } from '../state/session-store.ts';
import { useFocusInvalid } from '../components/use-focus-invalid.ts';

/** A new password for one person, checked by the protocol's `resetPasswordBodySchema`. */
export function ResetPasswordForm({
  staff,
  onReset,
}: {
  staff: StaffView;
  onReset: (password: string) => Promise<void>;
}) {
  const locale = useSession((s) => s.locale);
  const { register, handleSubmit, formState } = useForm<ResetPasswordBody>({
    shouldFocusError: false,
    defaultValues: { password: '' },
    resolver: zodResolver(resetPasswordBodySchema),
  });
  const errorOf = useFieldError(formState.errors);
  const { formRef, onInvalid } = useFocusInvalid();
  const submit = handleSubmit((v) => onReset(v.password), onInvalid);
  return (
    <form ref={formRef} className="inline-form" onSubmit={(e) => void submit(e)} noValidate>
      <Field
        id={`reset-${staff.id}`}
        label={texts(locale, 'newPassword', { name: staff.displayName })}
        hint={texts(locale, 'passwordHint')}
        error={errorOf('password')}
      >
        {(a) => <input {...a} type="password" autoComplete="new-password" autoFocus {...register('password')} />}
      </Field>
      <button type="submit" className="btn btn--primary" disabled={formState.isSubmitting}>
        {texts(locale, 'save')}
      </button>
    </form>
  );
}
