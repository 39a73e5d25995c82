import type { ChangeEvent, Ref } from 'react';

export interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  hint?: string;
  errors?: string[];
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'email' | 'tel' | 'url';
  autoComplete?: string;
  inputRef?: Ref<HTMLInputElement | HTMLTextAreaElement>;
}

/** A labelled text field with its hint and its messages, wired up for assistive technology. */
export function Field({
  id,
  label,
  value,
  onChange,
  onBlur,
  hint,
  errors = [],
  required = false,
  multiline = false,
  rows = 3,
  type = 'text',
  autoComplete = 'off',
  inputRef,
}: FieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = errors.length > 0;
  const describedBy = [hint ? hintId : '', invalid ? errorId : ''].filter(Boolean).join(' ');
  const common = {
    id,
    name: id,
    value,
    required,
    autoComplete,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy || undefined,
    onBlur,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange(event.target.value),
  };

  return (
    <div className={invalid ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
        {required && (
          <span className="field-required" aria-hidden="true">
            {' '}
            (required)
          </span>
        )}
      </label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {invalid && (
        <div className="field-error" id={errorId}>
          {errors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      {multiline ? (
        <textarea
          {...common}
          rows={rows}
          ref={inputRef as Ref<HTMLTextAreaElement>}
          className="input"
        />
      ) : (
        <input {...common} type={type} ref={inputRef as Ref<HTMLInputElement>} className="input" />
      )}
    </div>
  );
}
