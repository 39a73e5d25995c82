import { LabelledInput } from '../../components/LabelledInput';

/** A compact labelled input for the add-forms under a contact's CRM sections. */
export function InlineField({
  id,
  label,
  value,
  onChange,
  error,
  type = 'text',
  wide = false,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  type?: 'text' | 'date';
  /** Takes the spare width of the row (the free-text field, not the date). */
  wide?: boolean;
}) {
  return (
    <LabelledInput
      id={id}
      label={label}
      type={type}
      value={value}
      onChange={onChange}
      error={error}
      className={wide ? 'crm-grow' : undefined}
      inputProps={{ autoComplete: 'off' }}
    />
  );
}
