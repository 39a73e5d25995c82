import { useId, type MouseEvent, type ReactNode, type Ref } from 'react';

export interface SummaryItem {
  /** The id of the field the message is about; none for general problems. */
  fieldId?: string;
  message: string;
}

/** The summary's items: one per field message (pointing at the field), then a general message. */
export function summaryItems<K extends string>(
  errors: Partial<Record<K, string>>,
  fieldIds: Record<K, string>,
  general: string | null,
): SummaryItem[] {
  return [
    ...(Object.entries(errors) as [K, string][]).map(([key, message]) => ({
      fieldId: fieldIds[key],
      message,
    })),
    ...(general ? [{ message: general }] : []),
  ];
}

/**
 * What needs a look before the form can be saved, in one place at the top of the form. Each item
 * moves focus to its field. Focus it after a failed save so it is read out.
 */
export function ErrorSummary({
  title,
  items,
  note,
  ref,
  children,
}: {
  title: string;
  items: SummaryItem[];
  note?: string;
  ref?: Ref<HTMLDivElement>;
  /** Something the user can do about it (e.g. "Merge overlapping windows"), after the list. */
  children?: ReactNode;
}) {
  const titleId = useId();
  const focusField = (fieldId: string) => (event: MouseEvent) => {
    event.preventDefault();
    const field = document.getElementById(fieldId);
    field?.focus();
    field?.scrollIntoView({ block: 'center' });
  };
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h3 id={titleId} className="error-summary-title">
        {title}
      </h3>
      <ul className="error-summary-list">
        {items.map((item) => (
          <li key={`${item.fieldId ?? ''}:${item.message}`}>
            {item.fieldId ? (
              <a href={`#${item.fieldId}`} onClick={focusField(item.fieldId)}>
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
      {note && <p className="error-summary-note">{note}</p>}
      {children}
    </div>
  );
}
