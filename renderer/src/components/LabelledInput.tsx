import type { InputHTMLAttributes } from 'react';

/** Attributes the field sets itself, so callers cannot override them by accident. */
type OwnAttributes =
  'id' | 'type' | 'value' | 'onChange' | 'className' | 'aria-invalid' | 'aria-describedby';

/**
 * A labelled single-line input with at most one message, wired up for assistive technology.
 * Lighter than `Field` (no hint, no "(required)" marker), for compact rows such as date and time.
 */
export function LabelledInput({
  id,
  label,
  value,
  onChange,
  error,
  type = 'text',
  className,
  inputProps,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  type?: 'text' | 'date' | 'time' | 'number';
  /** Added to the wrapper's `field` class, e.g. for layout. */
  className?: string | undefined;
  /** Any other input attributes: name, required, min/max, autoComplete… */
  inputProps?: Omit<InputHTMLAttributes<HTMLInputElement>, OwnAttributes>;
}) {
  const wrapperClass = ['field', error ? 'field-invalid' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={wrapperClass}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <div className="field-error" id={`${id}-error`}>
          <p>{error}</p>
        </div>
      )}
      <input
        {...inputProps}
        id={id}
        type={type}
        className="input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
