import type { ChangeEvent, ReactNode, Ref } from 'react';

/** What a field's control needs to be found and described: spread it on the input or select. */
export interface FieldControlAria {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string | undefined;
  errors?: readonly string[] | undefined;
  required?: boolean | undefined;
  /** Marks the label "(optional)", or with the text given, e.g. "optional, private". */
  optional?: boolean | string | undefined;
  /** Added to the wrapper's `field` class, e.g. for layout. */
  className?: string | undefined;
  /** The control itself (a select, a date input…), given the id and the aria wiring. */
  children: (aria: FieldControlAria) => ReactNode;
}

/**
 * A field's label, hint and messages around any control, wired up for assistive technology: the
 * markup `Field` uses for its text input, for controls `Field` does not draw (selects, numbers…).
 */
export function FieldFrame({
  id,
  label,
  hint,
  errors = [],
  required = false,
  optional = false,
  className,
  children,
}: FieldFrameProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = errors.length > 0;
  const describedBy = [hint ? hintId : '', invalid ? errorId : ''].filter(Boolean).join(' ');

  return (
    <div
      className={['field', invalid ? 'field-invalid' : '', className ?? '']
        .filter(Boolean)
        .join(' ')}
    >
      <label className="field-label" htmlFor={id}>
        {label}
        {optional && (
          <>
            {' '}
            <span className="field-optional">{`(${optional === true ? 'optional' : optional})`}</span>
          </>
        )}
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
      {children({
        id,
        'aria-invalid': invalid || undefined,
        'aria-describedby': describedBy || undefined,
      })}
    </div>
  );
}

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
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} required={required}>
      {(aria) => {
        const common = {
          ...aria,
          name: id,
          value,
          required,
          autoComplete,
          onBlur,
          onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
            onChange(event.target.value),
        };
        return multiline ? (
          <textarea
            {...common}
            rows={rows}
            ref={inputRef as Ref<HTMLTextAreaElement>}
            className="input"
          />
        ) : (
          <input
            {...common}
            type={type}
            ref={inputRef as Ref<HTMLInputElement>}
            className="input"
          />
        );
      }}
    </FieldFrame>
  );
}
