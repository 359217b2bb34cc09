import { LOCALES } from '@hall/web-ui';
import type { FieldValues, Path, UseFormRegister } from 'react-hook-form';
import { texts } from '../i18n/texts.ts';
import { useSession } from '../state/session-store.ts';
import { Field } from './Field.tsx';

export interface NamesFieldsProps<V extends FieldValues> {
  /** The form's localized-text field, e.g. `names`. */
  name: string;
  idPrefix: string;
  register: UseFormRegister<V>;
  errorOf: (path: string) => string | undefined;
  /** The label of each language's input: `name.` or `text.`. */
  labels?: 'name' | 'text';
}

/** A name in the three languages, each input marked with its language so it is read and typed right. */
export function NamesFields<V extends FieldValues>({
  name,
  idPrefix,
  register,
  errorOf,
  labels = 'name',
}: NamesFieldsProps<V>) {
  const locale = useSession((s) => s.locale);
  return (
    <>
      {LOCALES.map((l) => (
        <Field key={l} id={`${idPrefix}-${l}`} label={texts(locale, `${labels}.${l}`)} error={errorOf(`${name}.${l}`)}>
          {(a) => <input {...a} lang={l} {...register(`${name}.${l}` as Path<V>)} />}
        </Field>
      ))}
    </>
  );
}
