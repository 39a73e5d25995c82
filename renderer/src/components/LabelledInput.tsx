import type { InputHTMLAttributes } from 'react';
import { FieldFrame } from './Field';

/** Attributes the field sets itself, so callers cannot override them by accident. */
type OwnAttributes =
  'id' | 'type' | 'value' | 'onChange' | 'className' | 'aria-invalid' | 'aria-describedby';

/**
 * A labelled single-line input with at most one message, wired up for assistive technology.
 * Lighter than `Field` (no hint, no "(required)" marker), for compact rows such as date and time.
 * Drawn with `FieldFrame`, so its markup is Field's.
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
  return (
    <FieldFrame id={id} label={label} errors={error ? [error] : []} className={className}>
      {(aria) => (
        <input
          {...inputProps}
          {...aria}
          type={type}
          className="input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
