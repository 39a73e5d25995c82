import type { NameParts } from '../../../../electron/shared/crm/contact-crm-fields';
import { Field } from '../../components/Field';

export const EMPTY_NAME_PARTS: NameParts = {
  prefix: '',
  given: '',
  additional: '',
  family: '',
  suffix: '',
};

const LABELS: [keyof NameParts, string][] = [
  ['prefix', 'Title (Dr., Ms.)'],
  ['given', 'First name'],
  ['additional', 'Middle name'],
  ['family', 'Last name'],
  ['suffix', 'Suffix (Jr., PhD)'],
];

/**
 * The name in parts, as address books keep it (vCard N). Folded away: most people never need
 * it. Empty, an export splits the name only where the last name is certain.
 */
export function NamePartsFields({
  value,
  onChange,
}: {
  value: NameParts;
  onChange: (value: NameParts) => void;
}) {
  const filled = Object.values(value).some((v) => v.trim() !== '');
  return (
    <details className="form-name-parts" open={filled || undefined}>
      <summary>Name in parts</summary>
      <p className="muted">
        How address books get the name when you export. Left empty, Netwell splits the name only
        where the last name is certain (so “Ana García López” stays whole).
      </p>
      <div className="form-grid">
        {LABELS.map(([key, label]) => (
          <Field
            key={key}
            id={`contact-name-${key}`}
            label={label}
            value={value[key]}
            onChange={(text) => onChange({ ...value, [key]: text })}
          />
        ))}
      </div>
    </details>
  );
}
