import type { ReactNode } from 'react';

/** What a control needs to be tied to its label, hint and error (WCAG 1.3.1, 3.3.1). */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

export interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  /** The error to show under the control, already in the console's language. */
  error?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}

/** One labelled form control with its hint and its error, the error announced and linked to the control. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field" data-invalid={error ? 'true' : undefined}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': Boolean(error), ...(described ? { 'aria-describedby': described } : {}) })}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
